#!/usr/bin/env python3
"""Where extraction's CPU goes, from a Java Flight Recording's execution samples.

Usage: scripts/jfr-stages.py RECORDING.jfr [WITHIN]
Only samples whose stack passes through WITHIN (a class name part, default DocumentPipeline) count.
Prints the share of samples per pipeline stage (the outermost PolicyKG frame below the pipeline
decides), per library at the leaf (regex, Jena, HanLP, collections, …) within each stage, the hottest
leaf methods, and the hottest PolicyKG methods counting what they call in libraries (the innermost
PolicyKG frame of each stack).
"""
import collections
import json
import subprocess
import sys

STAGES = [  # (class-name prefix under org/policykg/, stage), first match wins
    ("ingest/DocumentPipeline.validate", "validate (SHACL)"),
    ("validate/", "validate (SHACL)"),
    ("rdf/", "build RDF"),
    ("extract/citation/relation/", "extract: citation relations"),
    ("extract/citation/", "extract: citations"),
    ("extract/department/", "extract: departments"),
    ("extract/indicator/", "extract: targets"),
    ("extract/project/", "extract: projects"),
    ("structure/metadata/", "structure: metadata"),
    ("structure/", "structure: outline, tables"),
    ("normalize/", "normalize"),
    ("read/", "read"),
]
PASS_THROUGH = ("bench/", "ingest/", "extract/DocumentExtractor")
LIBRARIES = [
    ("java/util/regex/", "regex"), ("org/apache/jena/shacl/", "Jena SHACL"), ("org/apache/jena/", "Jena"),
    ("com/hankcs/", "HanLP"), ("java/lang/String", "strings"), ("java/lang/AbstractStringBuilder", "strings"),
    ("java/lang/StringBuilder", "strings"), ("java/lang/StringLatin1", "strings"), ("java/lang/StringUTF16", "strings"),
    ("java/util/", "collections, streams"), ("java/lang/invoke/", "lambdas"), ("org/policykg/", "PolicyKG own code"),
]


def frames(event):
    out = []
    for f in event["values"]["stackTrace"]["frames"]:
        m = f["method"]
        out.append(m["type"]["name"] + "." + m["name"])
    return out  # leaf first


def stage(stack):
    for name in reversed(stack):  # from the root
        if not name.startswith("org/policykg/"):
            continue
        rest = name[len("org/policykg/"):]
        if rest.startswith("ingest/DocumentPipeline.validate"):
            return "validate (SHACL)"
        if rest.startswith(PASS_THROUGH):
            continue
        for prefix, label in STAGES:
            if rest.startswith(prefix):
                return label
        return "other PolicyKG: " + rest.split(".")[0]
    return "outside PolicyKG frames"


def library(leaf):
    for prefix, label in LIBRARIES:
        if leaf.startswith(prefix):
            return label
    return "other: " + leaf.rsplit("/", 1)[0]


def main():
    recording = sys.argv[1]
    within = sys.argv[2] if len(sys.argv) > 2 else "DocumentPipeline"
    raw = subprocess.run(["jfr", "print", "--json", "--events", "jdk.ExecutionSample", "--stack-depth", "400", recording],
                         check=True, capture_output=True, text=True).stdout
    stacks = [s for s in (frames(e) for e in json.loads(raw)["recording"]["events"]) if any(within in f for f in s)]
    total = len(stacks)
    by_stage = collections.Counter()
    by_stage_lib = collections.defaultdict(collections.Counter)
    leaves = collections.Counter()
    own = collections.Counter()
    for s in stacks:
        st = stage(s)
        by_stage[st] += 1
        by_stage_lib[st][library(s[0])] += 1
        leaves[s[0]] += 1
        own[next((f for f in s if f.startswith("org/policykg/") and "bench/" not in f), "-")] += 1
    print(f"{total} execution samples within {within}")
    print("\n== by stage (outermost PolicyKG frame), and at the leaf within it")
    for st, n in by_stage.most_common():
        libs = ", ".join(f"{lib} {100 * c / n:.0f}%" for lib, c in by_stage_lib[st].most_common(4))
        print(f"{100 * n / total:5.1f}%  {st:32s} ({libs})")
    print("\n== hottest leaf methods")
    for m, n in leaves.most_common(25):
        print(f"{100 * n / total:5.1f}%  {m}")
    print("\n== hottest PolicyKG methods (innermost PolicyKG frame, library calls included)")
    for m, n in own.most_common(30):
        print(f"{100 * n / total:5.1f}%  {m}")


if __name__ == "__main__":
    main()
