#!/usr/bin/env python3
"""Checks GDELT 2.0 files written by dyad-store with third-party readers.

    pip install gdelt-py==0.1.11 pandas
    python3 tests/gdelt_py_check.py EVENTS_FILE [MENTIONS_FILE]

Events: every line has 61 tab-separated columns; py_gdelt's EventsParser().parse(bytes) yields
one record per line (it silently skips lines it cannot parse, so the counts must match) and
py_gdelt.models.events.Event.from_raw accepts every record; pandas reads the file with
sep="\\t", header=None, dtype=str, quoting=3 into (lines, 61); ids are below 2^31; the values
py_gdelt reads back equal the file's columns. Mentions (optional): 16 columns, MentionsParser +
Mention.from_raw on every row, pandas shape (lines, 16).
Prints one summary line per file and exits non-zero on the first failure.
"""
import sys

import pandas as pd
from py_gdelt.models.events import Event, Mention
from py_gdelt.parsers.events import EventsParser
from py_gdelt.parsers.mentions import MentionsParser


def fail(msg):
    print(f"FAIL: {msg}")
    sys.exit(1)


def lines_of(data, path, ncols):
    text = data.decode("utf-8")
    lines = [l for l in text.split("\n") if l]
    if not lines:
        fail(f"{path}: no rows")
    for n, line in enumerate(lines, 1):
        cols = line.split("\t")
        if len(cols) != ncols:
            fail(f"{path}:{n}: {len(cols)} columns, want {ncols}")
        if '"' in line or "\r" in line:
            fail(f"{path}:{n}: quote or CR character")
    return lines


def check_pandas(path, nrows, ncols):
    df = pd.read_csv(path, sep="\t", header=None, dtype=str, quoting=3, keep_default_na=False)
    if df.shape != (nrows, ncols):
        fail(f"{path}: pandas shape {df.shape}, want {(nrows, ncols)}")
    return df


def check_events(path):
    data = open(path, "rb").read()
    lines = lines_of(data, path, 61)
    raws = list(EventsParser().parse(data))
    if len(raws) != len(lines):
        fail(f"{path}: EventsParser yielded {len(raws)} of {len(lines)} rows")
    events = []
    for n, raw in enumerate(raws, 1):
        try:
            events.append(Event.from_raw(raw))
        except Exception as e:  # noqa: BLE001 - report which row
            fail(f"{path}:{n}: Event.from_raw: {e}")
    df = check_pandas(path, len(lines), 61)
    for n, (ev, line) in enumerate(zip(events, lines), 1):
        c = line.split("\t")
        if not (0 < ev.global_event_id < 2**31) or ev.global_event_id != int(c[0]):
            fail(f"{path}:{n}: id {ev.global_event_id} vs {c[0]}")
        if ev.date.strftime("%Y%m%d") != c[1]:
            fail(f"{path}:{n}: date {ev.date} vs {c[1]}")
        if (ev.event_code, ev.event_base_code, ev.event_root_code) != (c[26], c[27], c[28]):
            fail(f"{path}:{n}: codes {ev.event_code}/{ev.event_base_code}/{ev.event_root_code}")
        if ev.quad_class != int(c[29]) or abs(ev.goldstein_scale - float(c[30])) > 1e-9:
            fail(f"{path}:{n}: quad/goldstein {ev.quad_class} {ev.goldstein_scale}")
        if (ev.num_mentions, ev.num_sources, ev.num_articles) != (int(c[31]), int(c[32]), int(c[33])):
            fail(f"{path}:{n}: counts")
        if ev.source_url != (c[60] or None):
            fail(f"{path}:{n}: source_url {ev.source_url!r}")
        if c[5] and (ev.actor1 is None or ev.actor1.code != c[5]):
            fail(f"{path}:{n}: actor1 {ev.actor1}")
        if df.iloc[n - 1, 26] != c[26]:
            fail(f"{path}:{n}: pandas EventCode {df.iloc[n - 1, 26]!r}")
    print(f"events ok: {path}: {len(lines)} rows, 61 columns, EventsParser+Event.from_raw and pandas")


def check_mentions(path):
    data = open(path, "rb").read()
    lines = lines_of(data, path, 16)
    raws = list(MentionsParser().parse(data))
    if len(raws) != len(lines):
        fail(f"{path}: MentionsParser yielded {len(raws)} of {len(lines)} rows")
    for n, raw in enumerate(raws, 1):
        try:
            m = Mention.from_raw(raw)
        except Exception as e:  # noqa: BLE001
            fail(f"{path}:{n}: Mention.from_raw: {e}")
        if m.global_event_id != int(lines[n - 1].split("\t")[0]):
            fail(f"{path}:{n}: mention event id {m.global_event_id}")
    check_pandas(path, len(lines), 16)
    print(f"mentions ok: {path}: {len(lines)} rows, 16 columns, MentionsParser+Mention.from_raw and pandas")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    check_events(sys.argv[1])
    if len(sys.argv) > 2:
        check_mentions(sys.argv[2])
