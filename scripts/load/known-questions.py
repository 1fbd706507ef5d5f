#!/usr/bin/env python3
"""Writes a Lua file of questions a researcher can really ask of the running service, drawn from the
values each saved query's parameters take (/api/queries/NAME/parameters): every saved query with each
value of each parameter in each result format, and the comparison and regulation pages of each
concept, theme and number. Since issue 17 a made-up value is refused (400) before it executes, so the
load test draws distinct questions from these. Usage: known-questions.py BASE_URL OUT.lua"""
import json
import sys
import urllib.error
import urllib.parse
import urllib.request

RESULTS = ["application/sparql-results+json", "text/csv", "text/tab-separated-values"]
GRAPHS = ["text/turtle", "application/n-triples", "application/ld+json"]


def get(base, path):
    with urllib.request.urlopen(base + path, timeout=30) as r:
        return json.load(r)


def formats(base, name):
    """A CONSTRUCT query answers graphs, not tables: it refuses CSV with 406."""
    request = urllib.request.Request(base + f"/api/queries/{name}", headers={"Accept": "text/csv"})
    try:
        with urllib.request.urlopen(request, timeout=60):
            return RESULTS
    except urllib.error.HTTPError as e:
        if e.code == 406:
            return GRAPHS
        raise


def lua(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main(base, out):
    api, pages = [], []
    for q in get(base, "/api/queries"):
        name = q["name"]
        offered = formats(base, name)
        for accept in offered:
            api.append((f"/api/queries/{name}", accept))
        for p in get(base, f"/api/queries/{name}/parameters"):
            for v in p.get("values", []):
                value = urllib.parse.quote(v["value"], safe="")
                for accept in offered:
                    api.append((f"/api/queries/{name}?{p['name']}={value}", accept))
                if p["name"] in ("concept", "theme"):
                    pages.append(f"/compare?{p['name']}={value}")
                if p["name"] == "number":
                    pages.append(f"/regulations?number={value}")
    with open(out, "w", encoding="utf-8") as f:
        f.write("api_questions = {\n" + "".join(f"  {{ {lua(p)}, {lua(a)} }},\n" for p, a in api) + "}\n")
        f.write("page_questions = {\n" + "".join(f"  {lua(p)},\n" for p in sorted(set(pages))) + "}\n")
    print(f"{len(api)} saved-query questions, {len(set(pages))} page questions", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
