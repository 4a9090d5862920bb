# Where a gateway failover's time goes, from the gateway's log and FailoverBench's trace (run by
# bench/failover.sh): kill -> failover begins -> placed -> upstream open (replay sent) -> first run back.
import re
import statistics
import sys
from datetime import datetime


def epoch_ms(stamp):
    base, frac = stamp.rstrip("Z").split(".")
    return datetime.fromisoformat(base + "+00:00").timestamp() * 1000 + float("0." + frac) * 1000


def pct(values, p):
    s = sorted(values)
    return s[max(0, -(-len(s) * p // 100) - 1)] if s else float("nan")


begins, done = {}, []
for line in open(sys.argv[1]):
    m = re.match(r"(\S+) gateway session (\S+) app \S+: failover from pod \S+ begins", line)
    if m:
        begins[m.group(2)] = epoch_ms(m.group(1))
    m = re.match(r"(\S+) gateway session (\S+) app \S+: failover to pod (\S+) done in (\d+)ms"
                 r" \(placed in (\d+)ms, connected in (\d+)ms\)", line)
    if m and m.group(2) in begins:
        done.append((begins.pop(m.group(2)), epoch_ms(m.group(1)), int(m.group(5)), int(m.group(6)), m.group(3)))
rounds = []
for line in open(sys.argv[2]):
    f = line.split()
    rounds.append((int(f[3]), sorted(int(x) for x in f[5:])))
parts = {"kill -> failover begins (detection)": [], "begins -> placement answer": [],
         "placement -> upstream open": [], "begins -> upstream open (gateway's log)": [], "upstream open (replay sent) -> run back at client": [],
         "kill -> run back at client": []}
spread = []
for i, (kill, firsts) in enumerate(rounds):
    until = rounds[i + 1][0] if i + 1 < len(rounds) else float("inf")
    mine = sorted((d for d in done if kill - 50 <= d[0] < until), key=lambda d: d[1])
    parts["kill -> failover begins (detection)"] += [d[0] - kill for d in mine]
    parts["begins -> placement answer"] += [d[2] for d in mine]
    parts["placement -> upstream open"] += [d[3] for d in mine]
    parts["begins -> upstream open (gateway's log)"] += [d[1] - d[0] for d in mine]
    # sessions are anonymous on both sides: pair the i-th upstream open with the i-th run back
    parts["upstream open (replay sent) -> run back at client"] += [f - d[1] for d, f in zip(mine, firsts)]
    parts["kill -> run back at client"] += [f - kill for f in firsts]
    spread.append(len({d[4] for d in mine}))
print("gateway failover breakdown over %d rounds (ms; sessions landed on %s pod(s) per round)"
      % (len(rounds), "/".join(str(n) for n in sorted(set(spread)))))
for name, values in parts.items():
    if values:
        print("  %-52s p50 %5.0f  p99 %5.0f  max %5.0f" % (name, statistics.median(values), pct(values, 99), max(values)))
