#!/usr/bin/env python3
"""Reads salesops .ics files with a real iCalendar parser (the `icalendar` package) and checks
what calendar apps rely on to import them: every VEVENT all-day (DTSTART a DATE, DTEND the next
day), every component with a UID unique in the file, a DTSTAMP, a SUMMARY and a DESCRIPTION
(and a SEQUENCE, when present, a whole number);
every VTODO with an all-day DUE. Exits 1 with each problem listed.

    python3 scripts/check-ics.py FILE.ics ...
"""
import datetime
import sys

try:
    import icalendar
except ImportError:
    sys.exit("check-ics.py needs the icalendar package: python3 -m pip install icalendar")


def check(path):
    problems = []
    with open(path, "rb") as handle:
        calendar = icalendar.Calendar.from_ical(handle.read())
    for name in ("VERSION", "PRODID"):
        if name not in calendar:
            problems.append(f"VCALENDAR has no {name}")
    components = [c for c in calendar.walk() if c.name in ("VEVENT", "VTODO")]
    if not components:
        problems.append("no VEVENT or VTODO")
    uids = set()
    for component in components:
        uid = str(component.get("UID", ""))
        where = f"{component.name} {uid or '(no UID)'}"
        if not uid:
            problems.append(f"{where}: no UID")
        elif uid in uids:
            problems.append(f"{where}: UID used twice")
        uids.add(uid)
        for name in ("DTSTAMP", "SUMMARY", "DESCRIPTION"):
            if name not in component:
                problems.append(f"{where}: no {name}")
        if "SEQUENCE" in component and not (isinstance(component.decoded("SEQUENCE"), int) and component.decoded("SEQUENCE") >= 0):
            problems.append(f"{where}: SEQUENCE is not a whole number of 0 or more")
        if component.name == "VEVENT":
            start = component.decoded("DTSTART", None)
            end = component.decoded("DTEND", None)
            if type(start) is not datetime.date:
                problems.append(f"{where}: DTSTART is not a DATE (all-day)")
            elif end != start + datetime.timedelta(days=1):
                problems.append(f"{where}: DTEND {end} is not the day after DTSTART {start}")
        else:
            if type(component.decoded("DUE", None)) is not datetime.date:
                problems.append(f"{where}: DUE is not a DATE")
    return problems


failed = False
for path in sys.argv[1:]:
    for problem in check(path):
        print(f"{path}: {problem}")
        failed = True
sys.exit(1 if failed else 0)
