# Pod created -> ready through the scheduler vs a Streamlit-like python3 process start, interleaved;
# run by bench/podstart.sh (argv: scheduler URL, app, pods N, rounds). Prints medians and ratios.
import json, statistics, subprocess, sys, threading, time, urllib.request

SCHEDULER, APP, N, ROUNDS = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
POLL = 0.02  # the scheduler checks starting pods every 20 ms: the stand-in is polled as often
STAND_IN = r'''
import asyncio, decimal, email.parser, http.server, json, logging, sqlite3, ssl, uuid
class Health(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200); self.send_header("Content-Length", "2"); self.end_headers(); self.wfile.write(b"ok")
    def log_message(self, *args): pass
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Health)
print(server.server_address[1], flush=True)
server.serve_forever()
'''

def call(method, path, body=None):
    req = urllib.request.Request(SCHEDULER + path, method=method,
        data=None if body is None else json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.loads(r.read() or b"null")

def pods():
    return [p for p in call("GET", "/v1/pods") if p["app"] == APP]

def place_all(ids):
    answers = {}
    def one(i):
        answers[i] = call("POST", "/v1/placements", {"app": APP, "sessionId": i})
    threads = [threading.Thread(target=one, args=(i,)) for i in ids]
    [t.start() for t in threads]
    [t.join() for t in threads]
    by_id = {p["id"]: p for p in pods()}
    took = [by_id[a["podId"]]["readyAt"] - by_id[a["podId"]]["createdAt"] for a in answers.values()]
    for i in ids:
        call("DELETE", "/v1/placements/" + i)
    deadline = time.time() + 60
    while pods() and time.time() < deadline:  # idle pods retire after 1 ms: the next start is cold again
        time.sleep(0.05)
    return took

def stand_in_start():
    t0 = time.monotonic()
    p = subprocess.Popen([sys.executable, "-c", STAND_IN], stdout=subprocess.PIPE, text=True)
    port = p.stdout.readline().strip()
    while True:
        try:
            urllib.request.urlopen("http://127.0.0.1:%s/_stcore/health" % port, timeout=1).read()
            break
        except OSError:
            time.sleep(POLL)
    took = (time.monotonic() - t0) * 1000
    return p, took

def stand_ins(n):
    procs, took, lock = [], [], threading.Lock()
    def one():
        p, ms = stand_in_start()
        with lock:
            procs.append(p); took.append(ms)
    threads = [threading.Thread(target=one) for _ in range(n)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    for p in procs:
        p.kill(); p.wait()
    return took

def median(v): return statistics.median(v)
def p90(v): return sorted(v)[max(0, int(len(v) * 0.9 + 0.999) - 1)]

first = place_all(["first"])[0]
print("first pod after start (waits for the class-data archive when the build is new): %d ms" % first)
results = {k: [] for k in ("pod one by one", "python one by one", "pod %d at once" % N, "python %d at once" % N)}
serial = 0
for r in range(ROUNDS):
    for i in range(N):
        serial += 1
        results["pod one by one"] += place_all(["s%d" % serial])
        results["python one by one"] += stand_ins(1)
    results["pod %d at once" % N] += place_all(["c%d-%d" % (r, i) for i in range(N)])
    results["python %d at once" % N] += stand_ins(N)
    print("round %d: " % (r + 1) + "  ".join("%s median %.0f ms" % (k, median(v)) for k, v in results.items()))
print("\ncreated -> ready (ms, all rounds)      median     p90   ratio pod/python")
for kind in ("one by one", "%d at once" % N):
    pod, py = results["pod " + kind], results["python " + kind]
    print("%-12s pod    %6.0f %7.0f   x%.2f" % (kind, median(pod), p90(pod), median(pod) / median(py)))
    print("%-12s python %6.0f %7.0f" % (kind, median(py), p90(py)))
