#!/usr/bin/env python3
"""Summarise a JFR recording's execution samples: top frames by self time and by total (inclusive) time.

    bench/jfr-top.py recording.jfr [--filter org.concert] [--top 25]
Reads `jfr print --events jdk.ExecutionSample --stack-depth 200` (the JDK's jfr tool).
"""
import argparse, collections, re, subprocess, sys

p = argparse.ArgumentParser()
p.add_argument("jfr")
p.add_argument("--filter", default=None, help="also list inclusive time of frames containing this text")
p.add_argument("--top", type=int, default=25)
p.add_argument("--under", default=None, help="only samples with a frame containing this text (e.g. CaseSession.snapshot)")
p.add_argument("--jfr-tool", default="jfr")
p.add_argument("--event", default="jdk.ExecutionSample",
               help="jdk.ExecutionSample (CPU) or jdk.ObjectAllocationSample (allocation, weighted by bytes)")
a = p.parse_args()
out = subprocess.run([a.jfr_tool, "print", "--events", a.event, "--stack-depth", "200", a.jfr],
                     capture_output=True, text=True, check=True).stdout
samples = []
weights = []
for block in out.split(a.event + " {")[1:]:
    frames = re.findall(r"^\s+([\w$.<>/\[\]]+\(.*?\))\s+line:", block, re.M)
    frames = [re.sub(r"\(.*\)", "", f) for f in frames]
    w = re.search(r"weight = ([\d.]+) (\w+)", block)
    weight = 1.0
    if w:
        weight = float(w.group(1)) * {"bytes": 1, "kB": 1e3, "MB": 1e6, "GB": 1e9}.get(w.group(2), 1)
    if frames and (a.under is None or any(a.under in f for f in frames)):
        samples.append(frames)
        weights.append(weight)
n = sum(weights)
print(f"{len(samples)} samples" + (f", {n/1e6:.0f} MB sampled weight" if a.event != "jdk.ExecutionSample" else ""))
self_ = collections.Counter()
for s, w in zip(samples, weights):
    self_[s[0]] += w
print(f"\nTop {a.top} by self time:")
for f, c in self_.most_common(a.top):
    print(f"  {100*c/n:5.1f}%  {f}")
incl = collections.Counter()
for s, w in zip(samples, weights):
    for f in set(s):
        incl[f] += w
print(f"\nTop {a.top} by total time" + (f" (frames with '{a.filter}')" if a.filter else "") + ":")
shown = 0
for f, c in incl.most_common():
    if a.filter and a.filter not in f:
        continue
    print(f"  {100*c/n:5.1f}%  {f}")
    shown += 1
    if shown >= a.top:
        break
