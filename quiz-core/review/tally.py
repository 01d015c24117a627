#!/usr/bin/env python3
"""Tallies a blind review round: reads the reviewers' JSON lines (reviewer*/review.jsonl under the round's
directory) and articles.tsv, prints kept/all, kept per article, coverage verdicts and the most frequent reasons.
usage: tally.py ROUND_DIR"""
import collections, glob, json, os, statistics, sys

root = sys.argv[1]
articles = {}
for line in open(os.path.join(root, "articles.tsv"), encoding="utf-8"):
    name, path, reviewer, drafts = line.rstrip("\n").split("\t")
    articles[name] = {"path": path, "reviewer": reviewer, "drafts": int(drafts or 0), "kept": 0, "judged": 0,
                      "coverage": "-", "missing": [], "letters": collections.Counter()}
reasons = collections.Counter()
for f in sorted(glob.glob(os.path.join(root, "reviewer*", "review.jsonl"))):
    for line in open(f, encoding="utf-8"):
        line = line.strip()
        if not line:
            continue
        r = json.loads(line)
        a = articles[r["article"].replace(".article.txt", "").replace(".questions.txt", "")]
        if "coverage" in r:
            a["coverage"], a["missing"] = r["coverage"], r.get("missing", [])
        elif "verdict" in r:
            a["judged"] += 1
            if r["verdict"].upper() == "KEEP":
                a["kept"] += 1
            else:
                for letter in (r.get("letters") or "?").replace(" ", "").split(","):
                    a["letters"][letter] += 1
                    reasons[letter] += 1
print("| Article | Source | Drafts | Kept | Coverage | Drop letters |")
print("|---|---|---|---|---|---|")
for name, a in articles.items():
    letters = ", ".join(f"{k}×{v}" for k, v in sorted(a["letters"].items()))
    print(f"| {name} | {a['path']} | {a['drafts']} | {a['kept']} | {a['coverage']} | {letters} |")
drafts = sum(a["drafts"] for a in articles.values())
judged = sum(a["judged"] for a in articles.values())
kept = sum(a["kept"] for a in articles.values())
print()
print(f"kept/all drafts: {kept}/{drafts} = {100 * kept / max(drafts, 1):.1f} % (judged {judged})")
print(f"kept per article: median {statistics.median(a['kept'] for a in articles.values())}, "
      f"min {min(a['kept'] for a in articles.values())}, max {max(a['kept'] for a in articles.values())}")
print("coverage:", dict(collections.Counter(a["coverage"] for a in articles.values())))
print("drop letters:", dict(reasons.most_common()))
