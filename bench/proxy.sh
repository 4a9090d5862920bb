#!/usr/bin/env bash
# The gateway vs nginx vs straight to the pod: the same runtime pod (app `light`) behind each, rerun
# round trips at 1 session (p50/p99) and reruns/s, errors and p99 at 100 and 1,000 concurrent
# sessions; the three are interleaved round by round in one client JVM, then medians and ratios to
# `direct`. nginx (Debian's, installed when absent) runs in the foreground with our config and is
# stopped by pid, as are the scheduler and gateway. Asserts nothing.
#
#   bench/proxy.sh                                   # 3 rounds, 300 serial reruns, 10 s per level
#   BENCH_ROUNDS=5 BENCH_LEVELS=100 bench/proxy.sh
#   BENCH_BASELINE_JAR=/tmp/old-platform.jar bench/proxy.sh   # adds `gw-base`: a second gateway from that jar
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROUNDS="${BENCH_ROUNDS:-3}"
SERIAL="${BENCH_SERIAL:-300}"
SECONDS_PER_LEVEL="${BENCH_SECONDS:-10}"
LEVELS="${BENCH_LEVELS-100,1000}"
OUT="$(mktemp -d /tmp/gauntlet-bench-proxy-XXXX)"
./gauntlet --version >/dev/null # builds on first use
source bench/platform.sh
install_peer nginx
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

start_platform light 1
read -r POD POD_PID <<<"$(first_ready_pod 60)"
BASELINE=()
if [[ -n "${BENCH_BASELINE_JAR:-}" ]]; then
  start_gateway "$BENCH_BASELINE_JAR" gateway-base
  BASELINE=("gw-base=$STARTED_URL/apps/light/@$STARTED_PID")
fi
NGINX_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
mkdir -p "$OUT/nginx"
cat > "$OUT/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/error.log warn;
events { worker_connections 8192; }
http {
  access_log off;
  client_body_temp_path $OUT/nginx/body;
  proxy_temp_path $OUT/nginx/proxy;
  fastcgi_temp_path $OUT/nginx/fastcgi;
  uwsgi_temp_path $OUT/nginx/uwsgi;
  scgi_temp_path $OUT/nginx/scgi;
  upstream pod { server ${POD#http://}; keepalive 64; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://pod;
      proxy_http_version 1.1;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection "upgrade";
      proxy_set_header Host \$host;
      proxy_read_timeout 3600s;
    }
  }
}
CONF
nginx -c "$OUT/nginx/nginx.conf" -p "$OUT/nginx" -g 'daemon off;' 2>>"$OUT/nginx/error.log" &
NGINX_PID=$!
PIDS+=($NGINX_PID)
python3 - "$NGINX_PORT" <<'PY'
import socket, sys, time
deadline = time.time() + 20
while True:
    try:
        socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1).close(); break
    except OSError:
        if time.time() > deadline: sys.exit("bench: nginx is not listening (see its error.log)")
        time.sleep(0.1)
PY

echo "machine: $(nproc) cores, $(uptime | sed 's/.*load/load/')"
echo "pod $POD; nginx $(nginx -v 2>&1 | sed 's/.*nginx\///') on :$NGINX_PORT; gateway $GATEWAY_URL; logs in $OUT"
java -Xss512k -cp "$(cat simulations/target/classpath.txt):protocol/target/classes" bench/RerunBench.java \
  "$ROUNDS" "$SERIAL" "$SECONDS_PER_LEVEL" "$LEVELS" \
  "direct=$POD/@$POD_PID" "nginx=http://127.0.0.1:$NGINX_PORT/@$NGINX_PID" "gateway=$GATEWAY_URL/apps/light/@$GATEWAY_PID" ${BASELINE[@]+"${BASELINE[@]}"}
echo "after: $(uptime | sed 's/.*load/load/')"
