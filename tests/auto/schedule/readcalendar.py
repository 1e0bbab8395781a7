#!/usr/bin/python3
"""Reads a calendar file with python-icalendar (an independent reader) and prints its events as JSON:
[{uid, sequence, status, start, end, summary, alarms: [trigger seconds]}], sorted by UID."""
import json
import sys

import icalendar

with open(sys.argv[1], "rb") as handle:
    calendar = icalendar.Calendar.from_ical(handle.read())
events = []
for event in calendar.walk("VEVENT"):
    alarms = [int(alarm.get("TRIGGER").dt.total_seconds()) for alarm in event.walk("VALARM")]
    events.append({
        "uid": str(event.get("UID")),
        "sequence": int(event.get("SEQUENCE", 0)),
        "status": str(event.get("STATUS", "")),
        "start": event.decoded("DTSTART").isoformat(),
        "end": event.decoded("DTEND").isoformat(),
        "summary": str(event.get("SUMMARY")),
        "alarms": alarms,
    })
print(json.dumps(sorted(events, key=lambda e: e["uid"])))
