#!/usr/bin/env python3
"""Wall-clock times of the command line (issue 18): JVM start, evaluate with a cold and a warm rule cache.

    bench/cli_times.py OUT_DIR [RUNS]

Runs `java -jar target/concert.jar --version` and `evaluate` RUNS times each (default 5) and the cold evaluate
(a new, empty cache folder each time) RUNS // 2 + 1 times, in interleaved order so that a change of load
touches all of them alike; writes OUT_DIR/cli.json (every time, the median, the load average around each).
"""
import json, os, statistics, subprocess, sys, tempfile, time

out = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
jar = ["java", "-jar", "target/concert.jar"]
warm_dir = tempfile.mkdtemp(prefix="concert-bench-cache-")
cases = {"vienna": ["cases/vienna-1815.json", "--as-of", "1816-01-01"],
         "russia-west": ["cases/russia-west-1990-2022.json", "--as-of", "2008-04-04"]}


def load():
    return float(open("/proc/loadavg").read().split()[0])


def timed(args):
    before = load()
    t = time.perf_counter()
    r = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - t
    if r.returncode != 0:
        sys.exit(f"{' '.join(args)} failed ({r.returncode}): {r.stderr[-2000:]}")
    return {"seconds": round(seconds, 3), "load": [before, load()]}


commands = {"version": jar + ["--version"]}
for name, case in cases.items():
    commands[f"evaluate {name}, warm cache"] = jar + ["evaluate"] + case + ["--cache-dir", warm_dir]
# The warm cache is filled once before timing (that run is a cold one, kept apart from the timed ones).
first = timed(commands["evaluate vienna, warm cache"])
results = {k: [] for k in commands}
results["evaluate vienna, cold cache"] = [first]
for i in range(runs):
    for k, args in commands.items():
        results[k].append(timed(args))
    if i <= runs // 2 - 1:
        with tempfile.TemporaryDirectory(prefix="concert-bench-cold-") as cold:
            results["evaluate vienna, cold cache"].append(timed(jar + ["evaluate"] + cases["vienna"] + ["--cache-dir", cold]))

summary = {k: {"median": statistics.median(x["seconds"] for x in v), "runs": v,
               "command": " ".join(commands.get(k, jar + ["evaluate"] + cases["vienna"] + ["--cache-dir", "NEW-EMPTY-FOLDER"]))
                          .replace(warm_dir, "WARM-FOLDER")}
           for k, v in results.items()}
json.dump(summary, open(os.path.join(out, "cli.json"), "w"), indent=1)
for k, v in summary.items():
    loads = [x["load"][0] for x in v["runs"]]
    print(f"  {k}: median {v['median']:.2f} s of {len(v['runs'])} (load average {min(loads):.1f}-{max(loads):.1f})")
