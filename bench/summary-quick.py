#!/usr/bin/env python3
"""Issue 18's figures against their targets, from what `bench/run.sh` (default mode) left in target/bench/.

    bench/summary-quick.py target/bench
"""
import json, os, re, sys

d = sys.argv[1] if len(sys.argv) > 1 else "target/bench"
rows = []  # (figure, value, target, verdict, load average)


def add(figure, value, target="", ok=None, load=""):
    rows.append((figure, value, target, "" if ok is None else ("met" if ok else "MISSED"), load))


def loads(xs):
    return f"{min(xs):.1f}-{max(xs):.1f}" if xs else ""


cli = json.load(open(os.path.join(d, "cli.json"))) if os.path.exists(os.path.join(d, "cli.json")) else {}
if cli:
    version = cli["version"]["median"]
    add("CLI `--version` (JVM start), median", f"{version:.2f} s", load=loads([x["load"][0] for x in cli["version"]["runs"]]))
    for k, v in cli.items():
        if k == "version":
            continue
        l = loads([x["load"][0] for x in v["runs"]])
        if "warm" in k:
            add(f"CLI `{k}`, median", f"{v['median']:.2f} s = {v['median'] / version:.1f}x --version", "<= 2x --version",
                v["median"] <= 2 * version, l)
        else:
            add(f"CLI `{k}`, median", f"{v['median']:.2f} s = {v['median'] / version:.1f}x --version", load=l)

sizes = {}
if os.path.exists(os.path.join(d, "sizes.txt")):
    for line in open(os.path.join(d, "sizes.txt")):
        shape, enc, n = line.split()
        sizes[(shape, enc)] = int(n)
    for shape in ("tree", "graph"):
        if (shape, "identity") in sizes:
            add(f"Russia-West 2008-04-04 answer, {shape}", f"{sizes[(shape, 'identity')]:,} B; gzip {sizes.get((shape, 'gzip'), 0):,} B")


def wrk(path):
    text = open(path).read()
    rate = float(re.search(r"Requests/sec:\s*([\d.]+)", text).group(1))

    def pct(p):
        m = re.search(rf"^\s*{p}%\s+([\d.]+)(us|ms|s)\b", text, re.M)
        if not m:
            return None
        return float(m.group(1)) * {"us": 1e-3, "ms": 1, "s": 1e3}[m.group(2)]

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    socket = re.search(r"Socket errors: (.*)", text)
    la = [float(x) for x in re.findall(r"load average ([\d.]+)", text)]
    return rate, pct(50), pct(99), (int(errors.group(1)) if errors else 0), socket.group(1) if socket else "", la


for shape in ("graph", "tree"):
    p = os.path.join(d, f"wrk-fresh-{shape}.txt")
    if not os.path.exists(p):
        continue
    rate, p50, p99, errors, socket, la = wrk(p)
    lean = shape == "graph"
    add(f"HTTP fresh evaluations, Russia-West, {shape} shape, per second", f"{rate:,.0f}",
        ">= 3,000 (lean shape)" if lean else "", rate >= 3000 if lean else None, loads(la))
    add(f"HTTP fresh evaluations, Russia-West, {shape} shape, p50 / p99",
        f"{p50:.1f} / {p99:.1f} ms" if p50 is not None and p99 is not None else "?",
        "p99 <= 20 ms (lean shape)" if lean else "", (p99 is not None and p99 <= 20) if lean else None, loads(la))
    add(f"HTTP errors, {shape} shape", f"{errors} non-2xx{'; socket ' + socket if socket else ''}", "0", errors == 0 and not socket)

p = os.path.join(d, "jmh-ratio.json")
if os.path.exists(p):
    res = {b["benchmark"].rsplit(".", 1)[-1]: b["primaryMetric"] for b in json.load(open(p))}
    la = [float(x) for x in re.findall(r"load average ([\d.]+)", open(os.path.join(d, "jmh-ratio.txt")).read())] \
        if os.path.exists(os.path.join(d, "jmh-ratio.txt")) else []
    if "concert" in res and "handWritten" in res:
        def ms(name):
            m = res[name]
            return m["scorePercentiles"]["50.0"] / (1000.0 if m["scoreUnit"].startswith("us") else 1.0)
        c, h = ms("concert"), ms("handWritten")
        add("evaluation, ~200 facts (183), p50", f"{c:.3f} ms", load=loads(la))
        add("hand-written check, ~200 facts, p50", f"{h:.4f} ms", load=loads(la))
        add("Concert / hand-written, ~200 facts (p50)", f"{c / h:.0f}x", "<= 10x", c / h <= 10, loads(la))

machine = open(os.path.join(d, "machine.txt")).read() if os.path.exists(os.path.join(d, "machine.txt")) else ""
print()
print("Issue 18 figures (bench/run.sh); " + " ".join(l.strip() for l in machine.splitlines() if l.startswith(("date", "commit", "cores"))))
w = [max(len(str(r[i])) for r in rows + [("figure", "value", "target", "", "load average")]) for i in range(5)]
print(" | ".join(h.ljust(w[i]) for i, h in enumerate(("figure", "value", "target", "", "load average"))))
print("-+-".join("-" * x for x in w))
for r in rows:
    print(" | ".join(str(x).ljust(w[i]) for i, x in enumerate(r)))
if machine:
    print()
    print("\n".join(l for l in machine.splitlines() if l.startswith(("start", "end"))))
print("A load average above the number of cores means the figures were taken under load from other work.")
