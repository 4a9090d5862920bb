# Sourced by the bench scripts: starts a scheduler (one app pool) and a gateway in the foreground of
# this shell, each by pid, and stops exactly those on exit. Needs OUT set; uses the built platform jar.
JAR="$PWD/platform/target/gauntlet-platform.jar"
COMPONENT_JVM=(-Xmx256m -XX:+UseSerialGC -Xss512k) # what a local deployment gives its gateway and scheduler
PIDS=()

stop_all() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_all EXIT

wait_file() { # file seconds
  local deadline=$(( SECONDS + $2 ))
  until [[ -s "$1" ]]; do
    (( SECONDS < deadline )) || { echo "bench: $1 not written within $2 s" >&2; exit 1; }
    sleep 0.1
  done
}

# start_platform APP WARM [scheduler config lines for the pool...]: sets SCHEDULER_URL, GATEWAY_URL
start_platform() {
  local app=$1 warm=$2
  mkdir -p "$OUT/state"
  cat > "$OUT/scheduler.yaml" <<YAML
runtime:
  jvmOptions: [-Xmx128m, -XX:+UseSerialGC, -XX:TieredStopAtLevel=1, -Xss512k]
  ownerPid: $$
  classDataSharing: true
pools:
  - app: $app
    spec: $PWD/apps/$app.yaml
    warm: $warm
    maxSessionsPerPod: ${POD_SESSIONS:-5000}
    idleRetire: ${POD_IDLE_RETIRE:-3600s}
    startTimeout: 60s
YAML
  java "${COMPONENT_JVM[@]}" -jar "$JAR" scheduler --config "$OUT/scheduler.yaml" --state-dir "$OUT/state" \
    --port-file "$OUT/scheduler.port" --owner-pid $$ ${SCHEDULER_ARGS:-} 2>"$OUT/scheduler.log" &
  PIDS+=($!)
  wait_file "$OUT/scheduler.port" 60
  SCHEDULER_URL="http://127.0.0.1:$(cat "$OUT/scheduler.port")"
  start_gateway "$JAR" gateway
  GATEWAY_PID=$STARTED_PID
  GATEWAY_URL=$STARTED_URL
}

# start_gateway JAR NAME: one more gateway on the running scheduler; sets STARTED_PID, STARTED_URL
start_gateway() {
  java "${COMPONENT_JVM[@]}" ${GATEWAY_JVM:-} -jar "$1" gateway --scheduler "$SCHEDULER_URL" \
    --port-file "$OUT/$2.port" --owner-pid $$ ${GATEWAY_ARGS:-} 2>"$OUT/$2.log" &
  STARTED_PID=$!
  PIDS+=($STARTED_PID)
  wait_file "$OUT/$2.port" 60
  STARTED_URL="http://127.0.0.1:$(cat "$OUT/$2.port")"
}

# first_ready_pod SECONDS: prints the endpoint and pid of the earliest ready pod in the state dir
first_ready_pod() {
  local deadline=$(( SECONDS + $1 )) endpoint
  while (( SECONDS < deadline )); do
    endpoint=$(python3 - "$OUT/state/pods" <<'PY'
import glob, json, sys
pods = []
for f in glob.glob(sys.argv[1] + "/*.json"):
    try:
        p = json.load(open(f))
    except ValueError:
        continue
    if p.get("readyAt"):
        pods.append((p["readyAt"], p["endpoint"], p["pid"]))
print("%s %s" % min(pods)[1:] if pods else "")
PY
)
    [[ -n "$endpoint" ]] && { echo "$endpoint"; return; }
    sleep 0.2
  done
  echo "bench: no pod ready within $1 s (see $OUT/scheduler.log)" >&2
  exit 1
}

# install_peer PROGRAM: installs nginx or haproxy from Debian's packages when absent (never enabled as a service)
install_peer() {
  command -v "$1" >/dev/null && return
  echo "bench: installing $1 from Debian's packages..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
}
