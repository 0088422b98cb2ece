#!/usr/bin/env python3
"""Check dyad actor and agent dictionaries (TABARI/PETRARCH format) for malformed lines.

    python3 tools/check-actor-dicts.py dictionaries/dyad/*.actors.txt dictionaries/dyad/dyad.agents.txt

Files whose name contains "agents" are checked as agents dictionaries, all others as actor
dictionaries. Reports, with file:line and reason:
  * bad brackets, empty or malformed code blocks, codes not matching [A-Z]{3}([A-Z]{3})*
    (agents: ~CODE or CODE~), bad dates (must be real YYYYMMDD dates; ranges must not be
    reversed), illegal characters or too-short phrases (TABARI needs >= 3 characters),
    synonym (+) or code lines with no entry to attach to, entries without any code,
  * duplicate names (entry names and + synonyms) within a file,
  * warnings: overlapping date ranges inside one entry, names found in more than one file.
Prints a summary with counts per file. Exit status 1 if any error was found.
Written for the dyad project; licence MIT OR Apache-2.0.
"""
import datetime
import re
import sys

CODE_RE = re.compile(r"^(?:[A-Z]{3})+$")
AGENT_CODE_RE = re.compile(r"^(?:~(?:[A-Z]{3})+|(?:[A-Z]{3})+~)$")
NAME_RE = re.compile(r"^[A-Z0-9_.'&]+$")
AGENT_PHRASE_RE = re.compile(r"^(?:[A-Z0-9_.'&]|![A-Z]+!)+$")
BLOCK_RE = re.compile(r"\[([^\[\]]*)\]")
SUBST_RE = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
DATE_MIN, DATE_MAX = 19000101, 20991231


def strip_comment(line):
    i = line.find("#")
    return (line if i < 0 else line[:i]).rstrip()


def parse_date(s):
    if not re.fullmatch(r"\d{8}", s):
        return None
    try:
        d = datetime.date(int(s[:4]), int(s[4:6]), int(s[6:]))
    except ValueError:
        return None
    return d


class Checker:
    def __init__(self):
        self.errors = 0
        self.warnings = 0
        self.names_by_file = {}

    def err(self, path, lineno, msg):
        self.errors += 1
        print(f"{path}:{lineno}: error: {msg}")

    def warn(self, path, lineno, msg):
        self.warnings += 1
        print(f"{path}:{lineno}: warning: {msg}")

    def check_block(self, path, lineno, body):
        """Check the inside of one [...] actor code block; return (code, lo, hi) or None."""
        parts = body.split()
        if not parts or len(parts) > 2:
            self.err(path, lineno, f"malformed code block [{body}]")
            return None
        code = parts[0]
        if code == "---" and len(parts) == 1:
            return code, datetime.date.min, datetime.date.max, False
        if not CODE_RE.match(code):
            self.err(path, lineno, f"code {code!r} does not match [A-Z]{{3}}([A-Z]{{3}})*")
            return None
        lo, hi = datetime.date.min, datetime.date.max
        if len(parts) == 2:
            r = parts[1]
            if r[0] in "<>":
                d = parse_date(r[1:])
                if d is None:
                    self.err(path, lineno, f"bad date {r[1:]!r} in [{body}]")
                    return None
                # TABARI manual 6.5.2: <d and >d are inclusive of d
                if r[0] == "<":
                    hi = d
                else:
                    lo = d
            elif "-" in r:
                a, _, b = r.partition("-")
                da, db = parse_date(a), parse_date(b)
                if da is None or db is None:
                    self.err(path, lineno, f"bad date range {r!r} in [{body}]")
                    return None
                if da > db:
                    self.err(path, lineno, f"reversed date range {r!r}")
                    return None
                lo, hi = da, db
            else:
                self.err(path, lineno, f"bad date restriction {r!r} (want d-d, >d or <d)")
                return None
            for d in (lo, hi):
                if d not in (datetime.date.min, datetime.date.max):
                    n = int(d.strftime("%Y%m%d"))
                    if not DATE_MIN <= n <= DATE_MAX:
                        self.warn(path, lineno, f"implausible date {n} in [{body}]")
        return code, lo, hi, len(parts) == 2

    def check_name(self, path, lineno, name, seen):
        if not NAME_RE.match(name):
            bad = sorted(set(c for c in name if not re.match(r"[A-Z0-9_.'&]", c)))
            self.err(path, lineno, f"illegal characters {bad} in name {name!r}")
        if len(name) < 3:
            self.err(path, lineno, f"name {name!r} shorter than 3 characters")
        key = name.rstrip("_")
        if key in seen:
            self.err(path, lineno, f"duplicate name {name!r} (first at line {seen[key]})")
        else:
            seen[key] = lineno

    def check_actors(self, path):
        seen = {}
        stats = dict(entries=0, synonyms=0, codes=0, dated=0)
        entry = None  # dict(line, name, blocks)

        def close(e):
            if e is None:
                return
            if not e["blocks"]:
                self.err(path, e["line"], f"entry {e['name']!r} has no code")
            undated = [b for b in e["blocks"] if not b[3]]
            if len(undated) > 1:
                self.err(path, undated[1][4], f"{e['name']}: more than one default (undated) code")
            if undated and e["blocks"][-1][3]:
                self.err(path, undated[0][4], f"{e['name']}: default (undated) code must come last")
            dated = sorted((lo, hi, c, ln) for c, lo, hi, d, ln in e["blocks"] if d)
            for (a_lo, a_hi, a_c, a_ln), (b_lo, b_hi, b_c, b_ln) in zip(dated, dated[1:]):
                if b_lo <= a_hi:
                    self.warn(path, b_ln, f"{e['name']}: [{b_c}] overlaps [{a_c}] of line {a_ln}")

        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        for lineno, raw in enumerate(lines, 1):
            if raw.strip() == "~FINISH":
                break
            line = strip_comment(raw)
            if not line.strip():
                continue
            if raw.count("[") != raw.count("]"):
                self.err(path, lineno, "unbalanced brackets")
                continue
            if line[0] in " \t":
                body = line.strip()
                m = re.fullmatch(r"\[([^\[\]]*)\]", body)
                if not m:
                    self.err(path, lineno, "indented line must hold exactly one [CODE ...] block")
                    continue
                if entry is None:
                    self.err(path, lineno, "code line with no entry before it")
                    continue
                r = self.check_block(path, lineno, m.group(1))
                if r:
                    entry["blocks"].append(r + (lineno,))
                    stats["codes"] += 1
                    stats["dated"] += r[3]
                continue
            head = line.split("[", 1)[0].strip()
            rest = line[len(line.split("[", 1)[0]):].strip()
            if " " in head or "\t" in head:
                self.err(path, lineno, f"phrase {head!r} contains blanks (use _)")
                continue
            if head.startswith("+"):
                if entry is None:
                    self.err(path, lineno, "synonym with no entry before it")
                    continue
                if entry["blocks"]:
                    self.err(path, lineno, "synonym after the entry's codes")
                name = head[1:]
                stats["synonyms"] += 1
                if rest:
                    self.err(path, lineno, "synonym lines take no code")
            else:
                close(entry)
                name = head
                entry = dict(line=lineno, name=name, blocks=[])
                stats["entries"] += 1
            self.check_name(path, lineno, name, seen)
            if rest:
                leftover = BLOCK_RE.sub("", rest).strip()
                if leftover:
                    self.err(path, lineno, f"text outside code blocks: {leftover!r}")
                for body in BLOCK_RE.findall(rest):
                    r = self.check_block(path, lineno, body)
                    if r:
                        entry["blocks"].append(r + (lineno,))
                        stats["codes"] += 1
                        stats["dated"] += r[3]
        close(entry)
        self.names_by_file[path] = seen
        return stats

    def check_agents(self, path):
        seen = {}
        subst = {}
        stats = dict(agents=0, plurals=0, substitution_sets=0, expanded=0)
        codes_used = set()
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        for lineno, raw in enumerate(lines, 1):
            if raw.strip() == "~FINISH":
                break
            line = strip_comment(raw).strip()
            if not line:
                continue
            m = SUBST_RE.match(line)
            if m:
                words = [w.strip() for w in m.group(2).split(",")]
                if any(not w or not NAME_RE.match(w) for w in words):
                    self.err(path, lineno, f"bad substitution set {line!r}")
                subst[m.group(1)] = words
                stats["substitution_sets"] += 1
                continue
            if line.count("[") != 1 or line.count("]") != 1 or not line.endswith("]"):
                self.err(path, lineno, "agent line must end with exactly one [CODE] block")
                continue
            pre, _, code = line[:-1].partition("[")
            code = code.strip()
            if not AGENT_CODE_RE.match(code):
                self.err(path, lineno, f"agent code {code!r} must be ~XXX... or XXX...~")
            else:
                codes_used.add(code.strip("~"))
            pre = pre.strip()
            plurals = []
            m = re.fullmatch(r"(\S+)\s*\{([^{}]*)\}", pre)
            if m:
                pre = m.group(1)
                plurals = m.group(2).split()
            elif "{" in pre or "}" in pre:
                self.err(path, lineno, "bad {plural} block")
                continue
            if " " in pre:
                self.err(path, lineno, f"phrase {pre!r} contains blanks (use _)")
                continue
            if not AGENT_PHRASE_RE.match(pre):
                self.err(path, lineno, f"illegal characters in agent phrase {pre!r}")
                continue
            stats["agents"] += 1
            stats["plurals"] += len(plurals)
            expansions = [pre]
            for s in re.findall(r"![A-Z]+!", pre):
                if s not in subst:
                    self.err(path, lineno, f"undefined substitution set {s}")
                    expansions = []
                    break
                expansions = [e.replace(s, w, 1) for e in expansions for w in subst[s]]
            for name in expansions + plurals:
                stats["expanded"] += 1
                self.check_name(path, lineno, name, seen)
        self.names_by_file[path] = seen
        stats["codes_used"] = codes_used
        return stats

    def cross_file(self):
        owner = {}
        for path, names in self.names_by_file.items():
            if "agents" in path:
                continue
            for name, ln in names.items():
                if name in owner:
                    p0, l0 = owner[name]
                    self.warn(path, ln, f"name {name!r} also in {p0}:{l0}")
                else:
                    owner[name] = (path, ln)


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    c = Checker()
    summary = []
    for path in argv[1:]:
        try:
            if "agents" in path.rsplit("/", 1)[-1]:
                st = c.check_agents(path)
            else:
                st = c.check_actors(path)
        except (OSError, UnicodeDecodeError) as e:
            c.err(path, 0, f"cannot read: {e}")
            continue
        summary.append((path, st))
    c.cross_file()
    for path, st in summary:
        shown = {k: v for k, v in st.items() if k != "codes_used"}
        print(f"{path}: " + ", ".join(f"{k}={v}" for k, v in shown.items()))
        if "codes_used" in st:
            roles = set()
            for code in st["codes_used"]:
                roles.update(code[i:i + 3] for i in range(0, len(code), 3))
            print(f"{path}: agent role codes used: {' '.join(sorted(roles))}")
    print(f"{c.errors} error(s), {c.warnings} warning(s)")
    return 1 if c.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
