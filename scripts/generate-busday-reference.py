#!/usr/bin/env python3
"""Writes Tests/SalesOpsScheduleTests/Fixtures/busday-reference.json from numpy.

The Swift BusinessCalendar must agree with numpy's busday_offset (roll='forward') and
busday_count exactly; this file is the independent answer key. Run it once when the cases
change and check the JSON in: the tests read the JSON and need no Python.

    python3 scripts/generate-busday-reference.py
"""
import datetime as dt
import json
import pathlib

import numpy as np

SEED = 20260302
OUTPUT = pathlib.Path(__file__).resolve().parent.parent / "Tests/SalesOpsScheduleTests/Fixtures/busday-reference.json"

WEEKMASKS = {
    "mon-fri": "1111100",
    "sun-thu": "1111001",
    "mon-sat": "1111110",
}


def nth_weekday(year, month, weekday, n):
    """The n-th (1-based; -1 = last) given weekday (0 = Monday) of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def observed(day):
    """US federal rule: a Saturday holiday is observed on Friday, a Sunday one on Monday."""
    if day.weekday() == 5:
        return day - dt.timedelta(days=1)
    if day.weekday() == 6:
        return day + dt.timedelta(days=1)
    return day


def easter(year):
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def us_holidays(year):
    """US federal holidays as observed (a Saturday New Year's Day falls in the prior year)."""
    days = [
        observed(dt.date(year, 1, 1)),
        nth_weekday(year, 1, 0, 3),    # Martin Luther King Jr. Day
        nth_weekday(year, 2, 0, 3),    # Washington's Birthday
        nth_weekday(year, 5, 0, -1),   # Memorial Day
        observed(dt.date(year, 6, 19)),
        observed(dt.date(year, 7, 4)),
        nth_weekday(year, 9, 0, 1),    # Labor Day
        nth_weekday(year, 10, 0, 2),   # Columbus Day
        observed(dt.date(year, 11, 11)),
        nth_weekday(year, 11, 3, 4),   # Thanksgiving
        observed(dt.date(year, 12, 25)),
    ]
    return [d for d in days if d.year == year] + [d for d in [observed(dt.date(year + 1, 1, 1))] if d.year == year]


def eu_holidays(year):
    """German national holidays, unmoved when they fall on a weekend (as in most of the EU)."""
    e = easter(year)
    return [
        dt.date(year, 1, 1),
        e - dt.timedelta(days=2),   # Good Friday
        e + dt.timedelta(days=1),   # Easter Monday
        dt.date(year, 5, 1),
        e + dt.timedelta(days=39),  # Ascension Day
        e + dt.timedelta(days=50),  # Whit Monday
        dt.date(year, 10, 3),
        dt.date(year, 12, 25),
        dt.date(year, 12, 26),
    ]


HOLIDAYS = {
    "none": [],
    "us": sorted(us_holidays(2026) + us_holidays(2027)),
    "eu": sorted(eu_holidays(2026) + eu_holidays(2027)),
}


def iso(day):
    return str(np.datetime64(day, "D"))


def main():
    rng = np.random.default_rng(SEED)
    calendars = {}
    for mask_name, mask in WEEKMASKS.items():
        for holiday_name, days in HOLIDAYS.items():
            calendars[f"{mask_name}/{holiday_name}"] = {
                "weekmask": mask,
                "holidays": [d.isoformat() for d in days],
            }

    lo = np.datetime64("2025-01-01", "D").astype(np.int64)
    hi = np.datetime64("2028-12-31", "D").astype(np.int64)
    offsets = []
    counts = []
    for name, spec in calendars.items():
        weekmask, holidays = spec["weekmask"], spec["holidays"]
        # Random starts and offsets across the range.
        starts = rng.integers(lo, hi + 1, size=300).astype("datetime64[D]")
        ns = rng.integers(-30, 401, size=300)
        # Every holiday, the day before and after it, with small offsets: the edges.
        edge_starts = []
        for h in holidays:
            for delta in (-1, 0, 1):
                edge_starts.append(np.datetime64(h, "D") + delta)
        edge_ns = rng.integers(-5, 6, size=len(edge_starts))
        all_starts = list(starts) + edge_starts
        all_ns = list(ns) + list(edge_ns)
        results = np.busday_offset(all_starts, all_ns, roll="forward", weekmask=weekmask, holidays=holidays)
        for start, n, due in zip(all_starts, all_ns, results):
            offsets.append({"calendar": name, "date": iso(start), "n": int(n), "expected": iso(due)})

        begins = rng.integers(lo, hi + 1, size=120).astype("datetime64[D]")
        spans = rng.integers(-400, 401, size=120)
        ends = begins + spans
        # Short spans and equal dates too, where the edge handling shows.
        short_begins = rng.integers(lo, hi + 1, size=40).astype("datetime64[D]")
        short_ends = short_begins + rng.integers(-8, 9, size=40)
        all_begins = list(begins) + list(short_begins)
        all_ends = list(ends) + list(short_ends)
        totals = np.busday_count(all_begins, all_ends, weekmask=weekmask, holidays=holidays)
        for begin, end, total in zip(all_begins, all_ends, totals):
            counts.append({"calendar": name, "from": iso(begin), "to": iso(end), "expected": int(total)})

    document = {
        "generator": "scripts/generate-busday-reference.py",
        "numpy": np.__version__,
        "seed": SEED,
        "calendars": calendars,
        "offsets": offsets,
        "counts": counts,
    }
    # One case per line keeps diffs readable when the cases change.
    lines = ["{"]
    for key in ("generator", "numpy", "seed"):
        lines.append(f"  {json.dumps(key)}: {json.dumps(document[key])},")
    lines.append('  "calendars": ' + json.dumps(calendars, indent=2).replace("\n", "\n  ") + ",")
    for key in ("offsets", "counts"):
        lines.append(f'  "{key}": [')
        rows = [f"    {json.dumps(case)}" for case in document[key]]
        lines.append(",\n".join(rows))
        lines.append("  ]," if key == "offsets" else "  ]")
    lines.append("}")
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text("\n".join(lines) + "\n")
    print(f"wrote {len(offsets)} offset and {len(counts)} count cases to {OUTPUT}")


if __name__ == "__main__":
    main()
