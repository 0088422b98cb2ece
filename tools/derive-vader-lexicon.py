#!/usr/bin/env python3
"""Regenerates crates/dyad-enrich/data/vader.tsv from the PyPI package vaderSentiment 3.3.2
(C.J. Hutto, MIT licence): the sentiment lexicon (word and mean valence), the booster/dampener
words and the negation words of vaderSentiment.py.

Usage: python3 tools/derive-vader-lexicon.py
(downloads the wheel with `pip download` into a temporary folder when the package is not
importable). Deterministic: the same package gives the same bytes.
"""
import importlib.util
import os
import subprocess
import sys
import tempfile
import zipfile

VERSION = "3.3.2"
OUT = os.path.join(os.path.dirname(__file__), "..", "crates", "dyad-enrich", "data", "vader.tsv")


def load_package():
    tmp = tempfile.mkdtemp()
    subprocess.check_call([sys.executable, "-m", "pip", "download", "--no-deps", "-q",
                           "-d", tmp, f"vaderSentiment=={VERSION}"])
    whl = [f for f in os.listdir(tmp) if f.endswith(".whl")][0]
    zipfile.ZipFile(os.path.join(tmp, whl)).extractall(tmp)
    pkg = os.path.join(tmp, "vaderSentiment")
    spec = importlib.util.spec_from_file_location("vs", os.path.join(pkg, "vaderSentiment.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    with open(os.path.join(pkg, "vader_lexicon.txt"), encoding="utf-8") as f:
        lex = f.read()
    return mod, lex


def main():
    mod, lex = load_package()
    lines = [
        "# VADER sentiment lexicon, booster words and negations, derived by",
        f"# tools/derive-vader-lexicon.py from the PyPI package vaderSentiment {VERSION}",
        "# (https://github.com/cjhutto/vaderSentiment), Copyright (c) 2016 C.J. Hutto, MIT licence.",
        "# Columns: kind (L lexicon word with mean valence, B booster with scalar, N negation), word, value.",
    ]
    for line in lex.splitlines():
        f = line.split("\t")
        if len(f) >= 2 and f[0].strip():
            lines.append(f"L\t{f[0]}\t{float(f[1]):g}")
    for w, v in sorted(mod.BOOSTER_DICT.items()):
        lines.append(f"B\t{w}\t{v:g}")
    for w in sorted(set(mod.NEGATE)):
        lines.append(f"N\t{w}\t0")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {OUT}: {len(lines) - 4} rows")


if __name__ == "__main__":
    main()
