#!/usr/bin/env bash
# Failover under steady load: a pod SIGKILLed per round while sessions rerun back to back, the
# gateway (warm pool) and haproxy (Debian's, installed when absent; two pods, health-checked every
# 200 ms, sessions reconnect) interleaved round by round: per session the longest gap between runs
# (p50/p99 over all rounds) and the platform's recovery (kill -> warm pool full), then where the
# gateway's failovers spent their time (bench/failover_breakdown.py). Asserts nothing.
#
#   bench/failover.sh                         # 20 sessions, 10 kills each side
#   BENCH_SESSIONS=50 BENCH_KILLS=20 bench/failover.sh
#   SCHEDULER_ARGS="--failover-hold 0ms" bench/failover.sh   # the warm top-up not held (docs/platform.md)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
OUT="$(mktemp -d /tmp/gauntlet-bench-failover-XXXX)"
WARM="${BENCH_WARM:-2}"
./gauntlet --version >/dev/null # builds on first use
source bench/platform.sh
install_peer haproxy
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

start_platform light "$WARM"
HP_PORT=$(free_port); P1=$(free_port); P2=$(free_port)
cat > "$OUT/haproxy.cfg" <<CFG
global
  maxconn 4096
defaults
  mode http
  timeout connect 1s
  timeout client 1h
  timeout server 1h
  timeout tunnel 1h
  option redispatch
  retries 3
frontend sessions
  bind 127.0.0.1:$HP_PORT
  default_backend pods
backend pods
  balance first
  option httpchk GET /_stcore/health
  server p1 127.0.0.1:$P1 check inter 200ms fall 1 rise 2
  server p2 127.0.0.1:$P2 check inter 200ms fall 1 rise 2
CFG
haproxy -f "$OUT/haproxy.cfg" -db >"$OUT/haproxy.log" 2>&1 &
PIDS+=($!)
echo "machine: $(nproc) cores, $(uptime | sed 's/.*load/load/'); $(haproxy -v | head -1); logs in $OUT"
BENCH_TRACE="$OUT/trace.txt" java -cp "$(cat simulations/target/classpath.txt)" bench/FailoverBench.java "${BENCH_KILLS:-10}" \
  "${BENCH_SESSIONS:-20}" "$GATEWAY_URL/apps/light/" "$SCHEDULER_URL" "$WARM" "http://127.0.0.1:$HP_PORT/" \
  "$JAR" "$PWD/apps/light.yaml" "$P1" "$P2"
python3 bench/failover_breakdown.py "$OUT/gateway.log" "$OUT/trace.txt"
echo "after: $(uptime | sed 's/.*load/load/')"
