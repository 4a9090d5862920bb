#!/usr/bin/env bash
# Pod start: created -> ready (the scheduler's own stamps) for N pods one after another and N at
# once, against a Streamlit-like stand-in (python3 -c: imports a few modules, serves HTTP health)
# started the same ways, interleaved; medians, p90 and ratios. Also the first pod after the
# scheduler starts (it waits for the class-data archive when the build is new). Asserts nothing.
#
#   bench/podstart.sh                        # app light, 5 pods, 3 rounds
#   BENCH_APP=dash BENCH_PODS=10 bench/podstart.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
OUT="$(mktemp -d /tmp/gauntlet-bench-podstart-XXXX)"
./gauntlet --version >/dev/null # builds on first use
source bench/platform.sh
POD_SESSIONS=1 POD_IDLE_RETIRE=1ms start_platform "${BENCH_APP:-light}" 0
echo "machine: $(nproc) cores, $(uptime | sed 's/.*load/load/'); logs in $OUT"
python3 bench/podstart.py "$SCHEDULER_URL" "${BENCH_APP:-light}" "${BENCH_PODS:-5}" "${BENCH_ROUNDS:-3}"
echo "after: $(uptime | sed 's/.*load/load/')"
