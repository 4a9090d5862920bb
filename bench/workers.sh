#!/usr/bin/env bash
# Load in one JVM vs split over local workers, back to back at the same total load: sessions held,
# interaction success and the harness's own CPU per 1,000 interactions (coordinator + workers; the
# platform's processes are not counted). Then, with BENCH_LEVELS, the 2-worker run at rising user
# counts, for the largest held at >= 99.9% interaction success. Prints a table; asserts nothing.
#
#   bench/workers.sh                       # 400 users: 1 JVM, then 2 workers, then 1 JVM, 2 workers
#   BENCH_USERS=800 BENCH_ROUNDS=1 bench/workers.sh
#   BENCH_LEVELS="400 800 1200 1600" bench/workers.sh   # the 2-worker ladder only
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
USERS="${BENCH_USERS:-400}"
ROUNDS="${BENCH_ROUNDS:-2}"
HOLD="${BENCH_HOLD:-40s}"
OUT="$(mktemp -d /tmp/gauntlet-bench-workers-XXXX)"
mkdir -p "$OUT/scenarios" "$OUT/apps"
cp apps/light.yaml "$OUT/apps/"
./gauntlet --version >/dev/null # builds on first use

scenario() { # users -> scenario file
  local users=$1 pods=$(( $1 / 500 + 2 )) ramp=$(( $1 * 12 / 1000 + 10 ))
  cat > "$OUT/scenarios/scale-$users.yaml" <<YAML
name: workers-bench
target:
  gateways: 2
  scheduler: {healthInterval: 1s, healthFailures: 10, detachedTtl: 120s, placementDeadline: 30s}
  apps: [{app: light, warm: $pods, maxSessionsPerPod: 500, idleRetire: 600s, startTimeout: 60s}]
  runtime: {jvmOptions: [-Xmx256m, -XX:+UseSerialGC, -XX:TieredStopAtLevel=1, -Xss512k]}
load:
  users: $users
  ramp: ${ramp}s
  hold: $HOLD
  interactionsPerSession: 10
  thinkTime: {min: 2s, max: 4s}
  apps: [{app: light, widgets: [{key: n, kind: slider, values: [1, 2, 3]}]}]
deadlines: {interaction: 10s, recovery: 15s}
YAML
  echo "$OUT/scenarios/scale-$users.yaml"
}

one() { # users workers -> a table row
  local file dir
  file=$(scenario "$1")
  dir=$(./gauntlet run "$file" --workers "$2" --out "$OUT/reports" --seed 1 2>"$OUT/last.err" | tail -n 1) || true
  python3 - "$dir" "$1" "$2" <<'PY'
import json, re, sys
run, users, workers = sys.argv[1], sys.argv[2], sys.argv[3]
s = json.load(open(run + "/summary.json"))
changes = []
for line in open(run + "/journal.jsonl"):
    e = json.loads(line)
    if e["type"] == "session_started": changes.append((e["t"], 1))
    elif e["type"] == "session_ended": changes.append((e["t"], -1))
changes.sort(key=lambda c: (c[0], c[1]))
held = open_now = 0
for _, d in changes:
    open_now += d
    held = max(held, open_now)
ok, failed = s["interactions"]["ok"], s["interactions"]["failed"]
cpu = re.search(r"harness CPU ([0-9.]+) s.*: ([0-9.]+) s per 1,000", open(run + "/run.log").read())
print(f"{users:>6} {workers:>8} {held:>6} {ok + failed:>13} {100.0 * ok / max(1, ok + failed):>9.3f}% "
      f"{cpu.group(1) if cpu else '-':>14} {cpu.group(2) if cpu else '-':>11}  {s['status']}")
PY
}

printf "%6s %8s %6s %13s %10s %14s %11s  %s\n" users workers held interactions success "harness CPU s" "s/1000 int" status
if [[ -n "${BENCH_LEVELS:-}" ]]; then
  for users in $BENCH_LEVELS; do one "$users" 2; done
else
  for _ in $(seq "$ROUNDS"); do one "$USERS" 1; one "$USERS" 2; done
fi
echo "(run directories under $OUT/reports)"
