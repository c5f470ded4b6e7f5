#!/usr/bin/env python3
"""Issue 7's figures against their targets, from what bench/run.sh left in target/bench/.

    bench/summary.py target/bench
"""
import json, os, re, sys

d = sys.argv[1] if len(sys.argv) > 1 else "target/bench"
rows = []  # (figure, value, target, verdict)


def add(figure, value, target="", ok=None):
    rows.append((figure, value, target, "" if ok is None else ("met" if ok else "MISSED")))


def jmh(path):
    p = os.path.join(d, path)
    if not os.path.exists(p):
        return {}
    out = {}
    for b in json.load(open(p)):
        name = b["benchmark"].rsplit(".", 2)[-2] + "." + b["benchmark"].rsplit(".", 1)[-1]
        key = (name,) + tuple(sorted(b.get("params", {}).items()))
        m = b["primaryMetric"]
        pct = m.get("scorePercentiles", {})
        out[key] = {"score": m["score"], "unit": m["scoreUnit"], "p50": pct.get("50.0"), "p99": pct.get("99.0"),
                    "n": sum(len(x) for x in m.get("rawData", [])) or None, "mode": b["mode"]}
    return out


def get(results, name, **params):
    return results.get((name,) + tuple(sorted((k, str(v)) for k, v in params.items())))


def ms(x, unit):
    return x / 1000.0 if unit.startswith("us") else x


r = jmh("jmh.json")
for facts in (50, 200, 1000):
    c = get(r, "EvaluationBenchmark.concert", facts=facts)
    h = get(r, "EvaluationBenchmark.handWritten", facts=facts)
    ch = get(r, "EvaluationBenchmark.concertChainRules", facts=facts)
    if not c:
        continue
    t50, t99 = (1.0, 5.0) if facts == 200 else (None, None)
    add(f"evaluation, ~{facts} facts, p50", f"{ms(c['p50'], c['unit']):.3f} ms", "≤ 1 ms" if t50 else "",
        ms(c["p50"], c["unit"]) <= t50 if t50 else None)
    add(f"evaluation, ~{facts} facts, p99", f"{ms(c['p99'], c['unit']):.3f} ms", "≤ 5 ms" if t99 else "",
        ms(c["p99"], c["unit"]) <= t99 if t99 else None)
    if h:
        add(f"hand-written P17/P20 check, ~{facts} facts, p50", f"{ms(h['p50'], h['unit']):.3f} ms")
        ratio = c["p50"] / h["p50"]
        add(f"Concert / hand-written (p50), ~{facts} facts", f"{ratio:.1f}×", "≤ 10×" if facts == 200 else "",
            ratio <= 10 if facts == 200 else None)
        if ch:
            add(f"Concert with the chain's 13 rules only / hand-written, ~{facts} facts", f"{ch['p50'] / h['p50']:.1f}×")

rp = get(r, "TimelineBenchmark.replay")
rv = get(r, "TimelineBenchmark.reevaluate")
if rp:
    add("30-year monthly timeline (387 dates), incremental p50", f"{rp['p50']:.1f} ms", "≤ 50 ms", rp["p50"] <= 50)
if rp and rv:
    add("  naive re-evaluation p50", f"{rv['p50']:.1f} ms")
    add("  naive / incremental", f"{rv['p50'] / rp['p50']:.1f}×", "≥ 5×", rv["p50"] / rp["p50"] >= 5)
rg = get(r, "RegressionBenchmark.wholeSuite")
if rg:
    add("whole regression suite, rule base built, p50", f"{rg['p50']:.1f} ms", "≤ 2 s", rg["p50"] <= 2000)
for n in (30, 100, 300):
    b = get(r, "RuleBaseBenchmark.build", rules=n)
    g = get(r, "RuleBaseBenchmark.gatedReload", rules=n)
    if b:
        add(f"rule-base build, {n} rules (warm, mean of {b['n']})", f"{b['score'] / 1000:.2f} s")
    if g:
        add(f"gated reload, {n} rules (warm, mean of {g['n']})", f"{g['score'] / 1000:.2f} s", "≤ 5 s" if n == 100 else "",
            g["score"] <= 5000 if n == 100 else None)
first = get(jmh("jmh-first-reload.json"), "RuleBaseBenchmark.gatedReload", rules=100)
if first:
    add(f"gated reload, 100 rules, first after a start (mean of {first['n']} JVMs)", f"{first['score'] / 1000:.2f} s", "≤ 5 s",
        first["score"] <= 5000)


def wrk(name):
    p = os.path.join(d, f"wrk-{name}.txt")
    if not os.path.exists(p):
        return None
    t = open(p).read()
    unit = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    lat = {q: float(v) * unit[u] for q, v, u in re.findall(r"^\s+(\d+)%\s+([\d.]+)(us|ms|s)\s*$", t, re.M)}
    errors = sum(int(x) for x in re.findall(r"(?:connect|read|write|timeout) (\d+)", t))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", t)
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", t).group(1)), "p50": lat.get("50"), "p99": lat.get("99"),
            "errors": errors + (int(non2xx.group(1)) if non2xx else 0), "bytes": re.search(r"bytes: (\d+)", t).group(1),
            "load": re.search(r"load average ([\d. ]+)", t).group(1).strip()}


MODES = {"evaluated": "every request evaluated", "kept": "as shipped: a repeated question answered from the cache"}
for mode, meaning in MODES.items():
    for name in ("russia-west", "vienna"):
        w = wrk(f"{mode}-{name}")
        if not w:
            continue
        what = "evaluations/s" if mode == "evaluated" else "answers/s"
        add(f"HTTP {mode}: {name} ({int(w['bytes']) // 1024} KB answers), {what}", f"{w['rps']:.0f}", "≥ 3,000", w["rps"] >= 3000)
        add(f"HTTP {mode}: {name} p50 / p99", f"{w['p50']:.2f} / {w['p99']:.2f} ms", "p99 ≤ 20 ms", w["p99"] <= 20)
        add(f"HTTP {mode}: {name} errors", str(w["errors"]), "0", w["errors"] == 0)
        add(f"  (load average during {mode} {name})", w["load"])
    hp = os.path.join(d, f"heap-{mode}.txt")
    if os.path.exists(hp):
        t = open(hp).read()
        after = int(re.search(r"after the load test: (\d+) MB", t).group(1))
        gc = int(re.search(r"after a full GC: (\d+) MB", t).group(1))
        opts = re.search(r"^server: (.*)$", open(os.path.join(d, f"wrk-{mode}-russia-west.txt")).read(), re.M)
        add(f"HTTP {mode}: heap used after the load test" + (f" ({opts.group(1).strip()})" if opts else ""), f"{after} MB", "≤ 256 MB", after <= 256)
        add(f"HTTP {mode}: heap used after a full GC (live)", f"{gc} MB", "≤ 256 MB", gc <= 256)

width = max(len(x[0]) for x in rows) if rows else 10
for f, v, t, ok in rows:
    print(f"{f:<{width}}  {v:>18}  {t:>12}  {ok}")
for name in ("machine.txt", "load-jmh.txt"):
    p = os.path.join(d, name)
    if os.path.exists(p):
        print(f"\n{name}:\n" + open(p).read().rstrip())
