#!/usr/bin/env python3
"""Protocol checks for Kindred's meetings, with third-party parsers and a real SMTP server:

  1. group calendars (.ics) parsed by `icalendar`, expanded by `python-dateutil` and compared
     instant by instant with the JSON API, across the clock changes   (calendar_checks.py)
  2. the Cardiff Anxiety Cafe's cancelled and moved meetings as EXDATE / RECURRENCE-ID
  3. one meeting's calendar
  4. the Meeting Guide feed against the format's rules and types.json   (feed_checks.py)
  5. reminders end to end: a newcomer signs up, confirms their address from the email the
     SMTP sink (aiosmtpd) received, joins a group, replies going, gets one reminder
  6. a reminder queued while SMTP is down survives `kill -9` and arrives exactly once after
     a restart; its unsubscribe link works                            (reminder_checks.py)

Usage (with the packages of requirements.txt, e.g. target/test-venv/bin/python):
  meetings_check.py --bin target/debug/kindred [--database-url postgres://...] [--label NAME]
      starts its own demo servers in a temporary directory and runs every check
  meetings_check.py --url http://127.0.0.1:8080
      checks 1-4 only, against a `kindred serve --demo` already running

Prints one line per check and ends with "checks: N passed, M failed"; exits 1 on failure.
Test accounts are new each run (example.org addresses), so a shared database is fine.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from calendar_checks import check_calendars
from feed_checks import check_feed
from harness import Client, Tally, all_groups
from reminder_checks import check_reminders

ROOT = Path(__file__).resolve().parents[2]
# shared/ sits beside the repository, on developers' machines and in CI.
DEFAULT_TYPES = ROOT.parent / "shared" / "standards" / "meeting-guide" / "types.json"


def read_only_checks(t: Tally, client: Client, types: Path) -> None:
    """Checks 1-4: they need no account and change nothing."""
    groups = all_groups(client)
    for name, step in (("1-3 calendars", lambda: check_calendars(t, client, groups)),
                       ("4 Meeting Guide feed", lambda: check_feed(t, client, groups, types))):
        try:
            step()
        except Exception as err:  # noqa: BLE001 (report it and go on to the next check)
            t.crashed(f"{name} (stopped early)", err)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", type=Path, help="the kindred binary: start servers and run every check")
    parser.add_argument("--url", help="a running demo server: run checks 1-4 only")
    parser.add_argument("--database-url", help="KINDRED_DATABASE_URL for the servers (default: SQLite in a temp dir)")
    parser.add_argument("--label", default="sqlite", help="goes into the test accounts' addresses")
    parser.add_argument("--types", type=Path, default=DEFAULT_TYPES, help="Meeting Guide types.json")
    args = parser.parse_args()
    if bool(args.bin) == bool(args.url):
        parser.error("give exactly one of --bin and --url")
    t = Tally()
    if args.url:
        read_only_checks(t, Client(args.url.rstrip("/")), args.types)
    else:
        try:
            check_reminders(t, args.bin.resolve(), args.database_url, args.label,
                            first_server=lambda client: read_only_checks(t, client, args.types))
        except Exception as err:  # noqa: BLE001
            t.crashed("server checks (stopped early)", err)
    print(t.summary(), flush=True)
    return 1 if t.failed or not t.passed else 0


if __name__ == "__main__":
    sys.exit(main())
