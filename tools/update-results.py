#!/usr/bin/env python3
"""Regenerate the output blocks of eval/RESULTS.md from the release binary.

Usage (from the repository's root, with ../shared beside it, after `cargo build --release`):

    python3 tools/update-results.py [COMMIT]

Each fenced block that holds a command's output (the development set, the event triples, the
seed article; not the blocks of commands) is replaced by that command's current output; with
COMMIT, the "Measured at commit …" line names it. Nothing else in the file changes.
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, 'target', 'release', 'dyad')
PHOENIX = ['--phoenix', '../shared/dictionaries/phoenix']
GOLDS = ['eval/dev-triples', 'eval/dev-triples-check', 'eval/dev-triples-fresh',
         'eval/dev-triples-new', 'eval/dev-triples-held']


def run(args):
    r = subprocess.run([BIN] + args, cwd=ROOT, capture_output=True, text=True)
    return (r.stdout + r.stderr).rstrip('\n')


def triples(extra):
    return '\n\n'.join(run(['eval', 'triples', g] + extra) for g in GOLDS)


# Fenced block index (0-based, in file order) → its output. Blocks 0 and 4 are commands.
OUTPUTS = {
    1: lambda: run(['eval', 'dev']),
    2: lambda: run(['eval', 'dev'] + PHOENIX + ['--monadic']),
    3: lambda: run(['eval', 'dev'] + PHOENIX + ['--petrarch1-verbs', '--monadic']),
    5: lambda: triples([]),
    6: lambda: triples(PHOENIX),
    7: lambda: triples(PHOENIX + ['--petrarch1-verbs']),
    8: lambda: run(['eval', 'seed']),
    9: lambda: run(['eval', 'seed'] + PHOENIX),
    10: lambda: run(['eval', 'seed'] + PHOENIX + ['--petrarch1-verbs']),
}


def main():
    if not os.path.exists(BIN):
        sys.exit('update-results: build first: cargo build --release')
    if not os.path.isdir(os.path.join(ROOT, '..', 'shared')):
        sys.exit('update-results: ../shared not found beside the repository')
    path = os.path.join(ROOT, 'eval', 'RESULTS.md')
    out, block, inside = [], -1, False
    for line in open(path).read().split('\n'):
        if line.startswith('```'):
            out.append(line)
            if not inside:
                block += 1
                if block in OUTPUTS:
                    out.extend(OUTPUTS[block]().split('\n'))
            inside = not inside
            continue
        if inside and block in OUTPUTS:
            continue
        out.append(line)
    text = '\n'.join(out)
    if len(sys.argv) > 1:
        text = re.sub(r'Measured at commit \S+', 'Measured at commit ' + sys.argv[1], text)
    open(path, 'w').write(text)


if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1].startswith('-'):
        # (an option is no commit: print the usage and change nothing)
        print(__doc__ or 'usage: python3 tools/update-results.py [COMMIT]')
        sys.exit(0)
    main()
