#!/usr/bin/env python3
"""Draws the fact audit's sample of case events, deterministically.

Usage (from the repository root, Python 3.6 or later, git on the path):
    python3 docs/fact-audit/sample.py

Frame: the events of the case files as they stood at FRAME_COMMIT, the commit the audit started
from, read with `git show`, so that the audit's own corrections and later case files do not change
the draw. Counterfactual assumptions (ids starting "cf-") have no source to check and are left out.
The two counterfactual variants of the Russia-West case copy its events byte for byte; a copy is
the same fact, so the frame holds each distinct fact once (keyed by its full content) and a fact
drawn through a variant is checked once and corrected in every copy.

Draw: stage 1 takes one fact from each case file (in file-name order, among the facts of that file
not yet drawn), so that every case contributes; stage 2 takes the rest by simple random sampling
from the facts not yet drawn. Both stages use one random.Random(SEED).
"""
import json
import random
import subprocess

SEED = 20261130
SIZE = 40
FRAME_COMMIT = "f696a881352afa65a01b3dc6af82c9e9953b9cc9"


def git(*args):
    return subprocess.run(["git", *args], check=True, capture_output=True, text=True).stdout


def case_files():
    names = git("ls-tree", "--name-only", FRAME_COMMIT, "cases/").split()
    return sorted(n for n in names if n.endswith(".json") and not n.endswith("case.schema.json"))


def key(event):
    return json.dumps(event, sort_keys=True, ensure_ascii=False)


def frame():
    """Returns (cases, facts): the case ids in file order, and each distinct fact's cases."""
    cases, facts = [], {}
    for path in case_files():
        case = json.loads(git("show", f"{FRAME_COMMIT}:{path}"))
        cases.append(case["id"])
        for event in case.get("events", []):
            if not event["id"].startswith("cf-"):
                facts.setdefault(key(event), []).append(case["id"])
    return cases, facts


def draw():
    cases, facts = frame()
    rng = random.Random(SEED)
    drawn = []
    for case_id in cases:
        options = sorted(k for k, holders in facts.items() if case_id in holders and k not in drawn)
        drawn.append(rng.choice(options))
    rest = sorted(k for k in facts if k not in drawn)
    drawn += rng.sample(rest, SIZE - len(drawn))
    return [(n + 1, facts[k], json.loads(k)) for n, k in enumerate(drawn)], len(facts)


if __name__ == "__main__":
    sample, population = draw()
    print(f"# seed {SEED}, frame {FRAME_COMMIT[:12]}: {len(sample)} of {population} distinct facts")
    print("n\tcases\tevent\tdate\tkind\tconfidence")
    for n, holders, event in sample:
        print(f"{n}\t{'+'.join(holders)}\t{event['id']}\t{event['date']}\t{event['kind']}\t{event['confidence']}")
