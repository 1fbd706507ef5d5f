#!/usr/bin/env python3
"""Which citation relation is taken for which: scripts/relation-confusion.py SCORE.py GOLD.tsv PRED.tsv [--docs DIR]

Matches each gold citation to the predicted rows of the same citation with score.py's own rules
(same number, or the same title) and counts, per gold relation, the label predicted for it: the
same label when it is among them, else the labels given instead ("none" when the citation is not
found). Predicted relations of a matched citation that the gold lacks are counted as "extra".
"""
import importlib.util
import os
import sys
from collections import Counter

spec = importlib.util.spec_from_file_location("score", sys.argv[1])
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
gold = score.prep_relations(score.read_rows(sys.argv[2]))
pred = score.prep_relations(score.read_rows(sys.argv[3]))
if "--docs" in sys.argv:
    docs = sys.argv[sys.argv.index("--docs") + 1]
    sources = {score.source_key(f) for f in os.listdir(docs) if not f.startswith(".")}
    pred = [p for p in pred if p["source"] in sources]
counts = Counter()
for g in gold:
    labels = sorted({p["relation"] for p in pred if p["source"] == g["source"] and score.cite_match(g, p)})
    counts[(g["relation"], g["relation"] if g["relation"] in labels else "+".join(labels) or "none")] += 1
for p in pred:
    same = [g for g in gold if g["source"] == p["source"] and score.cite_match(g, p)]
    if same and p["relation"] not in {g["relation"] for g in same}:
        counts[("extra", p["relation"])] += 1
print("gold -> predicted   count")
for (g, p), n in sorted(counts.items()):
    print(f"{g:>10} -> {p:<20} {n}")
