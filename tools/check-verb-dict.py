#!/usr/bin/env python3
# Checker for dyad's PETRARCH-1-format verb-pattern dictionary.
# Part of the dyad project (MIT OR Apache-2.0). Written 2026-11-25.
#
# Usage:
#   python3 tools/check-verb-dict.py [VERBS_FILE] [--codes CAMEO_TSV] [--quiet]
#
# Defaults: VERBS_FILE = dictionaries/dyad/dyad.verbs.txt (relative to the repository root)
#           CAMEO_TSV  = ../shared/reference/cameo-event-codes.tsv (relative to the repository
#                        root; the table is read at run time, never copied).
# If the CAMEO table is absent, code validation and coverage are skipped with the message
# "skipped: ../shared not found".
#
# Checks: synset syntax and references, block headers, verb lines (single and multi-word
# forms, irregular forms in {...}), pattern syntax (exactly one '*', tokens $ + % ^ &SYN,
# '_' joins), codes (CAMEO, '---', '###', paired 'X:Y'), verbs listed in more than one block,
# duplicate patterns, patterns whose code merely repeats the block default, modal patterns
# ("SHOULD *", "MUST *" ...) coded as the act itself, and CAMEO coverage.
# It also checks dictionaries/dyad/golden.tsv (or --golden PATH): six tab-separated columns,
# valid CAMEO codes, at least two sentences per root code, and that every golden sentence
# contains at least one verb form of the dictionary (regular forms generated as the engine
# is expected to: -S/-ES, -ED/-D, -ING with e-drop, y->IES/IED).
# Exit status: 0 when no errors (warnings allowed), 1 otherwise.

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

WORD = r"[A-Z0-9][A-Z0-9'.\-]*"
WORD_RE = re.compile(r"^" + WORD + r"_?$")
HEADER_RE = re.compile(r"^---\s+([A-Z0-9_]+)\s+\[([^\]]*)\]\s*---\s*$")
CODE_BODY_RE = re.compile(r"^(---|###|[0-9]{2,4})$")
MODALS = {"SHOULD", "MUST", "OUGHT", "HAS_TO", "HAVE_TO", "NEEDS_TO", "NEED_TO"}


def strip_comment(line):
    """Remove a trailing '# comment' that is not inside [...] (so [###] survives)."""
    depth = 0
    for i, ch in enumerate(line):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        elif ch == "#" and depth == 0:
            return line[:i].rstrip()
    return line.rstrip()


class Checker:
    def __init__(self, path, codes):
        self.path = path
        self.codes = codes  # set of CAMEO codes or None
        self.errors = []
        self.warnings = []
        self.synsets = {}
        self.blocks = []  # (name, code, lineno)
        self.verbs = {}  # verb form -> (block, lineno)
        self.verb_lines = 0
        self.verb_forms = 0
        self.patterns = 0
        self.used_codes = {}  # code -> count
        self.block_pats = []  # (lineno, pattern, code) of the current block
        self.verb_entries = []  # (base, has_irregular, forms)

    def err(self, n, msg):
        self.errors.append(f"{self.path}:{n}: error: {msg}")

    def warn(self, n, msg):
        self.warnings.append(f"{self.path}:{n}: warning: {msg}")

    def check_code(self, n, code, where):
        """Validate the inside of [...]; return list of CAMEO codes in it."""
        parts = code.split(":")
        if len(parts) > 2:
            self.err(n, f"{where}: code [{code}] has more than one ':'")
            return []
        out = []
        for p in parts:
            p = p.strip()
            if not CODE_BODY_RE.match(p):
                self.err(n, f"{where}: malformed code [{code}]")
                continue
            if p in ("---", "###"):
                if len(parts) == 2 and p == "###":
                    self.err(n, f"{where}: discard code cannot be paired [{code}]")
                continue
            if self.codes is not None and p not in self.codes:
                self.err(n, f"{where}: unknown CAMEO code {p}")
                continue
            out.append(p)
        for p in out:
            self.used_codes[p] = self.used_codes.get(p, 0) + 1
        return out

    def check_phrase_words(self, n, text, where, allow_plus_marker):
        """A verb form: WORD or WORD_WORD with one '+'-marked verb word when multi-word."""
        words = text.split("_")
        if any(w == "" for w in words[:-1]):
            self.err(n, f"{where}: empty word in '{text}'")
            return False
        if words[-1] == "":
            words = words[:-1]  # trailing '_' = exact word
        marked = [w for w in words if w.startswith("+")]
        if len(words) > 1:
            if allow_plus_marker and len(marked) != 1:
                self.err(n, f"{where}: multi-word verb '{text}' needs exactly one '+' on the verb word")
                return False
        elif marked and len(words) == 1:
            # a single word may carry the marker (+SAY) but it is pointless
            self.warn(n, f"{where}: '+' marker on single-word verb '{text}'")
        for w in words:
            w2 = w[1:] if w.startswith("+") else w
            if not re.match(r"^" + WORD + r"$", w2):
                self.err(n, f"{where}: bad word '{w}' in '{text}'")
                return False
        return True

    def check_pattern(self, n, pat, block, block_code):
        if not pat:
            self.err(n, "empty pattern")
            return
        tokens = pat.split()
        stars = 0
        flat = []
        for t in tokens:
            pieces = t.split("_")
            # allow trailing '_' (exact word) on the token
            if pieces[-1] == "":
                pieces = pieces[:-1]
            for pc in pieces:
                if pc == "":
                    self.err(n, f"pattern '{pat}': empty piece in token '{t}'")
                    return
                flat.append(pc)
        for i, pc in enumerate(flat):
            if pc == "*":
                stars += 1
            elif pc in ("$", "+", "%"):
                pass
            elif pc == "^":
                if not any(x in ("$", "+") for x in flat[i + 1:]):
                    self.err(n, f"pattern '{pat}': '^' must be followed by a $ or + later")
            elif pc.startswith("&"):
                name = pc[1:]
                if name not in self.synsets:
                    self.err(n, f"pattern '{pat}': undeclared synset &{name}")
            elif not re.match(r"^" + WORD + r"$", pc):
                self.err(n, f"pattern '{pat}': bad token '{pc}'")
        if stars != 1:
            self.err(n, f"pattern '{pat}': must contain exactly one '*' (found {stars})")
        for tok in ("$", "+", "%"):
            if flat.count(tok) > 1:
                self.err(n, f"pattern '{pat}': '{tok}' used more than once")
        # modal rule: "SHOULD *" (or SHOULD immediately before the verb) must not code the act
        if "*" in flat:
            i = flat.index("*")
            prev = flat[i - 1] if i > 0 else None
            prev2 = "_".join(flat[i - 2:i]) if i > 1 else None
            if prev in MODALS or prev2 in MODALS:
                self.err(n, f"pattern '{pat}': modal form before the verb; the engine handles modality, do not code it")

    def run(self):
        try:
            with open(self.path, encoding="utf-8") as fh:
                lines = fh.read().split("\n")
        except OSError as e:
            print(f"error: cannot read {self.path}: {e}")
            sys.exit(1)
        state = "top"  # top | synset | block
        cur_syn = None
        block = None
        block_code = None
        block_has_verb = False
        block_patterns = set()
        for n, raw in enumerate(lines, 1):
            if "\t" in raw:
                self.err(n, "tab character (use spaces)")
            line = strip_comment(raw)
            s = line.strip()
            if s == "":
                if state == "synset":
                    if cur_syn is not None and not self.synsets[cur_syn]:
                        self.err(n, f"synset &{cur_syn} has no members")
                    state = "top" if block is None else "block"
                    cur_syn = None
                continue
            if s.startswith("&"):
                if block is not None:
                    self.err(n, "synset defined after the first verb block")
                m = re.match(r"^&([A-Z0-9]+)$", s)
                if not m:
                    self.err(n, f"malformed synset name '{s}' (letters and digits only: '_' is the adjacency connector)")
                    continue
                name = m.group(1)
                if name in self.synsets:
                    self.err(n, f"duplicate synset &{name}")
                self.synsets[name] = []
                cur_syn = name
                state = "synset"
                continue
            if state == "synset":
                if not s.startswith("+"):
                    self.err(n, f"synset member must start with '+': '{s}'")
                    continue
                member = s[1:]
                if not re.match(r"^(&?" + WORD + r")(_(&?" + WORD + r"))*_?$", member):
                    self.err(n, f"malformed synset member '{s}'")
                    continue
                for piece in member.rstrip("_").split("_"):
                    if piece.startswith("&") and piece[1:] not in self.synsets:
                        self.err(n, f"synset member refers to undeclared synset {piece}")
                if member in self.synsets[cur_syn]:
                    self.err(n, f"duplicate member '{member}' in &{cur_syn}")
                self.synsets[cur_syn].append(member)
                continue
            if s.startswith("---"):
                m = HEADER_RE.match(s)
                if not m:
                    self.err(n, f"malformed block header '{s}'")
                    continue
                if block is not None and not block_has_verb:
                    self.err(n, f"block {block} has no verbs")
                self.finish_block(block_code)
                block = m.group(1)
                block_code = m.group(2).strip()
                if any(b[0] == block for b in self.blocks):
                    self.err(n, f"duplicate block name {block}")
                self.check_code(n, block_code, f"block {block}")
                self.blocks.append((block, block_code, n))
                block_has_verb = False
                block_patterns = set()
                state = "block"
                continue
            if s.startswith("- "):
                if block is None or not block_has_verb:
                    self.err(n, "pattern before any verb of a block")
                    continue
                m = re.match(r"^- (.*?)\s*\[([^\]]*)\]\s*$", s)
                if not m:
                    self.err(n, f"pattern line without a [code]: '{s}'")
                    continue
                pat, code = m.group(1).strip(), m.group(2).strip()
                self.patterns += 1
                self.check_pattern(n, pat, block, block_code)
                self.check_code(n, code, f"pattern '{pat}'")
                key = " ".join(pat.split())
                if key in block_patterns:
                    self.err(n, f"duplicate pattern '{pat}' in block {block}")
                block_patterns.add(key)
                self.block_pats.append((n, pat, code))
                continue
            if s.startswith("-"):
                self.err(n, f"pattern must start with '- ': '{s}'")
                continue
            # verb line
            if block is None:
                self.err(n, f"verb line outside a block: '{s}'")
                continue
            m = re.match(r"^(\S+)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?\s*$", s)
            if not m:
                self.err(n, f"malformed verb line '{s}'")
                continue
            base, forms, code = m.group(1), m.group(2), m.group(3)
            if not self.check_phrase_words(n, base, "verb", True):
                continue
            all_forms = [base]
            if forms is not None:
                inner = forms[1:-1].split()
                for f in inner:
                    if self.check_phrase_words(n, f, f"irregular form of {base}", True):
                        all_forms.append(f)
                if "_" in base:
                    for f in inner:
                        if "_" not in f or "+" not in f:
                            self.err(n, f"irregular form '{f}' of multi-word verb {base} must also be multi-word with '+'")
            if code is not None:
                c = code[1:-1].strip()
                self.check_code(n, c, f"verb {base}")
                if c == block_code:
                    self.warn(n, f"verb {base} code only repeats the block default")
                else:
                    self.block_own_codes = True
            self.verb_lines += 1
            block_has_verb = True
            self.verb_entries.append((base, forms is not None and len(all_forms) > 1, all_forms))
            for f in all_forms:
                key = f.rstrip("_").replace("+", "")
                if key in self.verbs and self.verbs[key][0] != block:
                    self.err(n, f"verb form {key} also in block {self.verbs[key][0]} (line {self.verbs[key][1]})")
                elif key in self.verbs:
                    self.err(n, f"verb form {key} listed twice in block {block}")
                self.verbs[key] = (block, n)
                self.verb_forms += 1
        if block is not None and not block_has_verb:
            self.err(len(lines), f"block {block} has no verbs")
        self.finish_block(block_code)

    @staticmethod
    def words(pat):
        return [w.rstrip("_") for w in re.split(r"[ _]+", pat) if w]

    @staticmethod
    def contains(longer, shorter):
        """True if the word sequence 'shorter' occurs in order within 'longer'."""
        it = iter(longer)
        return all(any(w == x for x in it) for w in shorter)

    def finish_block(self, block_code):
        """Warn about patterns whose code only repeats the block default, unless the
        pattern overrides a shorter pattern of the same block that has another code (or one
        as long with an actor where it has a word), or a verb of the block has a code of its
        own."""
        pats = getattr(self, "block_pats", [])
        # (A verb of the block with a code of its own is overridden by any pattern: then a
        # pattern with the block's default code is no repetition — "CALL" [---] in a block
        # of [041] telephone verbs, "- * + [041]".)
        own = getattr(self, "block_own_codes", False)
        self.block_own_codes = False
        for n, pat, code in pats:
            if code != block_code or own:
                continue
            lw = self.words(pat)
            # (Or of the same length with a word where it has an actor: "*_ITS" [---] keeps
            # "received its first shipment" from "*_+" [043].)
            overrides = any(
                c2 != code and p2 != pat
                and ((len(self.words(p2)) < len(lw) and self.contains(lw, self.words(p2)))
                     or (len(self.words(p2)) == len(lw)
                         and all(a == b or b in ("+", "$", "%")
                                 for a, b in zip(lw, self.words(p2)))))
                for _, p2, c2 in pats)
            if not overrides:
                self.warn(n, f"pattern '{pat}' only repeats the block default [{code}]")
        self.block_pats = []


def regular_forms(word):
    """Regular inflections of a single verb word (the engine's job; mirrored for checks)."""
    w = word
    out = {w, w + "S", w + "ED", w + "ING"}
    if w.endswith("E"):
        out |= {w + "D", w[:-1] + "ING"}
    if w.endswith(("S", "SH", "CH", "X", "Z", "O")):
        out.add(w + "ES")
    if w.endswith("Y") and len(w) > 1 and w[-2] not in "AEIOU":
        out |= {w[:-1] + "IES", w[:-1] + "IED"}
    return out


def phrase_forms(entry):
    """All word sequences (tuples) that a verb entry matches."""
    base, _has_irr, forms = entry
    seqs = set()
    for f in forms:
        words = [x for x in f.rstrip("_").split("_") if x]
        marked = [i for i, x in enumerate(words) if x.startswith("+")]
        words = [x.lstrip("+") for x in words]
        i = marked[0] if marked else 0
        variants = regular_forms(words[i]) if f == base else {words[i]}
        for v in variants:
            seqs.add(tuple(words[:i] + [v] + words[i + 1:]))
    return seqs


def check_golden(path, checker, codes, levels):
    errors = []
    if not os.path.exists(path):
        print(f"golden: {path} not found (skipped)")
        return errors
    seqs = []
    for e in checker.verb_entries:
        seqs.extend(phrase_forms(e))
    per_root = {}
    rows = 0
    no_verb = []
    with open(path, encoding="utf-8") as fh:
        header_seen = False
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if not header_seen:
                header_seen = True
                if cols != ["id", "sentence", "source", "target", "cameo", "why"]:
                    errors.append(f"{path}:{n}: bad header {cols}")
                continue
            if len(cols) != 6:
                errors.append(f"{path}:{n}: expected 6 columns, got {len(cols)}")
                continue
            rows += 1
            code = cols[4]
            if codes is not None and code not in codes:
                errors.append(f"{path}:{n}: unknown CAMEO code {code}")
            per_root[code[:2]] = per_root.get(code[:2], 0) + 1
            toks = re.findall(r"[A-Z0-9'-]+", cols[1].upper())
            toks = [t[:-2] if t.endswith("'S") else t for t in toks]
            found = any(
                tuple(toks[i:i + len(sq)]) == sq
                for sq in seqs for i in range(len(toks) - len(sq) + 1))
            if not found:
                no_verb.append(cols[0])
    if codes is not None:
        roots = sorted(c for c in codes if levels.get(c) == "1")
        for r in roots:
            if per_root.get(r, 0) < 2:
                errors.append(f"{path}: root {r} has {per_root.get(r, 0)} golden sentences (< 2)")
    for gid in no_verb:
        errors.append(f"{path}: sentence {gid} contains no verb form of the dictionary")
    print(f"golden: {rows} sentences, {len(per_root)} roots, {len(no_verb)} without a dictionary verb")
    return errors


def main(argv):
    quiet = "--quiet" in argv
    args = [a for a in argv if a != "--quiet"]
    codes_path = os.path.join(ROOT, "..", "shared", "reference", "cameo-event-codes.tsv")
    if "--codes" in args:
        i = args.index("--codes")
        if i + 1 >= len(args):
            print("error: --codes needs a path")
            return 2
        codes_path = args[i + 1]
        del args[i:i + 2]
    golden = os.path.join(ROOT, "dictionaries", "dyad", "golden.tsv")
    if "--golden" in args:
        i = args.index("--golden")
        if i + 1 >= len(args):
            print("error: --golden needs a path")
            return 2
        golden = args[i + 1]
        del args[i:i + 2]
    path = args[0] if args else os.path.join(ROOT, "dictionaries", "dyad", "dyad.verbs.txt")

    codes = None
    levels = {}
    if os.path.exists(codes_path):
        codes = set()
        with open(codes_path, encoding="utf-8") as fh:
            header = fh.readline().rstrip("\n").split("\t")
            ci, li = header.index("cameo_code"), header.index("level")
            for row in fh:
                cols = row.rstrip("\n").split("\t")
                if len(cols) > max(ci, li) and cols[ci]:
                    codes.add(cols[ci])
                    levels[cols[ci]] = cols[li]
    else:
        print("skipped: ../shared not found (CAMEO code validation and coverage)")

    c = Checker(path, codes)
    c.run()
    for w in c.warnings if not quiet else []:
        print(w)
    for e in c.errors:
        print(e)
    print(f"synsets: {len(c.synsets)} ({sum(len(v) for v in c.synsets.values())} members)")
    print(f"blocks: {len(c.blocks)}")
    print(f"verb lines: {c.verb_lines}; verb forms incl. irregular: {c.verb_forms}")
    print(f"patterns: {c.patterns}")
    if codes is not None:
        used = set(c.used_codes)
        # a two-digit root code counts as covered when its 'not specified' child X0 is coded
        missing = []
        for code in sorted(codes):
            if code in used:
                continue
            if levels.get(code) == "1" and (code + "0") in used:
                continue
            missing.append(code)
        print(f"CAMEO codes: {len(codes)}; covered: {len(codes) - len(missing)}; missing: {len(missing)}")
        if missing:
            print("missing codes: " + " ".join(missing))
            c.errors.append(f"{len(missing)} CAMEO codes have no pattern, verb or block default")
    gerr = check_golden(golden, c, codes, levels)
    for e in gerr:
        print(e)
    c.errors.extend(gerr)
    print(f"errors: {len(c.errors)}; warnings: {len(c.warnings)}")
    return 1 if c.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
