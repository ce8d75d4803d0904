"""Checks 1-3: Kindred's iCalendar output read by a third-party parser (`icalendar`), each
series expanded by `python-dateutil` (RRULE less EXDATEs, RECURRENCE-ID overrides applied),
once with the zone database and once with the calendar's own VTIMEZONE, and compared instant
by instant with the JSON API over windows that include both clock changes."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections import defaultdict

import icalendar
from dateutil.rrule import rruleset, rrulestr

from harness import CARDIFF, HORIZON, UTC, Client, Tally, all_groups, api_meetings, instant, rfc3339, rule_date

# --- reading calendars with icalendar ---------------------------------------------------------

# VEVENT properties RFC 5545 (section 3.6.1) allows at most once.
ONCE = ["UID", "DTSTAMP", "DTSTART", "DTEND", "DURATION", "CLASS", "CREATED", "DESCRIPTION", "GEO",
        "LAST-MODIFIED", "LOCATION", "ORGANIZER", "PRIORITY", "SEQUENCE", "STATUS", "SUMMARY",
        "TRANSP", "URL", "RECURRENCE-ID"]


def values(component, name):
    """A property's values as a list (icalendar gives a list only when it is repeated)."""
    v = component.get(name)
    return [] if v is None else v if isinstance(v, list) else [v]


def calendar_problems(cal, where: str) -> list[str]:
    """Structural rules every calendar must keep."""
    problems = []
    zones = {str(z["TZID"]) for z in cal.walk("VTIMEZONE")}
    for name in ("VERSION", "PRODID"):
        if name not in cal:
            problems.append(f"{where}: VCALENDAR has no {name}")
    for comp in cal.walk():
        if comp.name == "VTIMEZONE" or (comp.name in ("STANDARD", "DAYLIGHT")):
            continue
        for name in comp:
            for v in values(comp, name):
                tzid = getattr(v, "params", {}).get("TZID")
                if tzid and tzid not in zones:
                    problems.append(f"{where}: {comp.name} {name} uses TZID={tzid} but no VTIMEZONE defines it")
    for ev in cal.walk("VEVENT"):
        uid = str(ev.get("UID", "?"))
        for name in ("UID", "DTSTAMP", "DTSTART", "SEQUENCE"):
            if name not in ev:
                problems.append(f"{where}: VEVENT {uid} has no {name}")
        for name in ONCE:
            if len(values(ev, name)) > 1:
                problems.append(f"{where}: VEVENT {uid} has {name} {len(values(ev, name))} times (RFC 5545: at most once)")
        if "DTEND" in ev and "DURATION" in ev:
            problems.append(f"{where}: VEVENT {uid} has both DTEND and DURATION")
    return problems


def own_zones(cal) -> dict:
    """Time zones built from the calendar's own VTIMEZONEs (dateutil's tzical), ignoring the
    zone database: what a calendar program without one would use."""
    return {str(z["TZID"]): z.to_tz(lookup_tzid=False) for z in cal.walk("VTIMEZONE")}


def moment(prop, zones: dict | None) -> dt.datetime:
    """A DATE-TIME property's value; with `zones`, its wall time read in the calendar's own
    VTIMEZONE for its TZID instead of the zone database."""
    t = prop.dt
    tzid = prop.params.get("TZID")
    if zones is not None and tzid:
        t = t.replace(tzinfo=zones[tzid])
    return t


def length(ev) -> dt.timedelta:
    if "DURATION" in ev:
        return ev.decoded("DURATION")
    return ev.decoded("DTEND") - ev.decoded("DTSTART")


def series_events(cal) -> dict[str, tuple]:
    """UID -> (the series VEVENT, [its RECURRENCE-ID overrides])."""
    masters, overrides = {}, defaultdict(list)
    for ev in cal.walk("VEVENT"):
        uid = str(ev["UID"])
        if "RECURRENCE-ID" in ev:
            overrides[uid].append(ev)
        else:
            masters.setdefault(uid, []).append(ev)
    return {uid: (evs[0], overrides.get(uid, [])) for uid, evs in masters.items()} | {
        uid: (None, ovs) for uid, ovs in overrides.items() if uid not in masters
    }


def exdates(master, zones) -> list[dt.datetime]:
    out = []
    for lst in values(master, "EXDATE"):
        for d in lst.dts:
            t = d.dt
            if zones is not None and lst.params.get("TZID"):
                t = t.replace(tzinfo=zones[lst.params["TZID"]])
            out.append(t)
    return out


def rule_of(master, zones):
    start = moment(master["DTSTART"], zones)
    rules = rruleset()
    if "RRULE" in master:
        rules.rrule(rrulestr(master["RRULE"].to_ical().decode(), dtstart=start))
    elif str(master.get("STATUS", "")).upper() != "CANCELLED":
        rules.rdate(start)
    return start, rules


def expand(master, overrides, lo, hi, zones=None) -> tuple[list[dt.datetime], list[str]]:
    """Start instants (UTC) of the series' meetings not ended at `lo` that start before `hi`:
    the RRULE from DTSTART, less EXDATEs, with RECURRENCE-ID overrides applied. Also returns
    problems (overrides that replace no meeting of the rule)."""
    start, rules = rule_of(master, zones)
    for ex in exdates(master, zones):
        rules.exdate(ex)
    every = {o.astimezone(UTC) for o in rules.between(start - dt.timedelta(seconds=1), hi + dt.timedelta(days=62), inc=True)}
    moved, problems = {}, []
    for ov in overrides:
        was = moment(ov["RECURRENCE-ID"], zones).astimezone(UTC)
        moved[was] = (moment(ov["DTSTART"], zones).astimezone(UTC), length(ov) if ("DURATION" in ov or "DTEND" in ov) else length(master))
        if was not in every and was < hi + dt.timedelta(days=62):
            problems.append(f"RECURRENCE-ID {was:%Y-%m-%d %H:%M}Z is not a meeting of the rule (or it is also an EXDATE)")
    out = []
    for t in every:
        begins, lasts = moved.get(t, (t, length(master)))
        if begins + lasts > lo and begins < hi:
            out.append(begins)
    return sorted(out), problems


def fetch_calendar(client: Client, path: str):
    r = client.get(path)
    if r.status_code != 200:
        raise ValueError(f"{path}: HTTP {r.status_code}")
    if not r.headers.get("Content-Type", "").startswith("text/calendar"):
        raise ValueError(f"{path}: Content-Type is {r.headers.get('Content-Type')!r}")
    return icalendar.Calendar.from_ical(r.content)


# --- 1-3: calendars against the API -------------------------------------------------------------


def check_calendars(t: Tally, client: Client, groups: list[dict]) -> None:
    now = dt.datetime.now(UTC).replace(microsecond=0)
    windows = {
        "around 25 Oct 2026 (clocks go back)": (dt.datetime(2026, 10, 10, tzinfo=UTC), dt.datetime(2026, 11, 10, tzinfo=UTC)),
        "1 Mar-30 Apr 2027 (clocks go forward 28 Mar)": (dt.datetime(2027, 3, 1, tzinfo=UTC), dt.datetime(2027, 4, 30, tzinfo=UTC)),
        "now to now+60 days": (now, now + dt.timedelta(days=60)),
    }
    parse_problems, structure, uid_problems = [], [], []
    compare = {name: [] for name in windows}
    exceptions_problems, wallclock_problems = [], []
    all_uids: dict[str, str] = {}
    n_series = n_compared = 0
    calendars = {}

    for g in groups:
        slug = g["slug"]
        try:
            cal = fetch_calendar(client, f"/groups/{slug}/calendar.ics")
        except Exception as err:  # noqa: BLE001 (any parse error is the finding)
            parse_problems.append(f"{slug}: {err}")
            continue
        calendars[slug] = cal
        structure += calendar_problems(cal, slug)
        zones = own_zones(cal)
        events = series_events(cal)
        for uid, (master, overrides) in events.items():
            if master is None:
                uid_problems.append(f"{slug}: overrides with UID {uid} but no series VEVENT with it")
                continue
            if uid in all_uids:
                uid_problems.append(f"UID {uid} is used by {all_uids[uid]} and {slug}")
            all_uids[uid] = slug
        master_uids = [str(e["UID"]) for e in cal.walk("VEVENT") if "RECURRENCE-ID" not in e]
        if len(master_uids) != len(set(master_uids)):
            uid_problems.append(f"{slug}: two series VEVENTs share a UID")
        n_series += len(events)

        for name, (lo, hi) in windows.items():
            items, _ = api_meetings(client, slug, lo, hi)
            api = defaultdict(list)
            for item in items:
                if not item["cancelled"]:
                    api[item["series_id"]].append(instant(item["starts_at"]))
            ics_ids = set()
            for uid, (master, overrides) in events.items():
                if master is None:
                    continue
                series_id = uid.split("@")[0]
                ics_ids.add(series_id)
                want = sorted(api.get(series_id, []))
                for label, zones_used in (("zone database", None), ("own VTIMEZONE", zones)):
                    try:
                        got, problems = expand(master, overrides, lo, hi, zones_used)
                    except Exception as err:  # noqa: BLE001
                        compare[name].append(f"{slug}: cannot expand {uid} ({label}): {type(err).__name__}: {err}")
                        continue
                    compare[name] += [f"{slug}: {p}" for p in problems]
                    if got != want:
                        extra = [f"{x:%Y-%m-%d %H:%M}Z" for x in got if x not in want][:4]
                        missing = [f"{x:%Y-%m-%d %H:%M}Z" for x in want if x not in got][:4]
                        compare[name].append(f"{slug} ({label}): calendar has {len(got)}, API {len(want)}; only in calendar {extra}, only in API {missing}")
                n_compared += 1
            for series_id in set(api) - ics_ids:
                compare[name].append(f"{slug}: API has meetings of series {series_id}, the calendar has no VEVENT for it")

            # Cancelled meetings are EXDATEs, moved ones RECURRENCE-ID overrides at the new time.
            exceptions_problems += exception_problems(slug, events, items)
            wallclock_problems += wallclock(slug, items)

    t.check(f"1a group calendars are text/calendar and parse with icalendar ({len(calendars)} groups, {n_series} series)", parse_problems)
    t.check("1b every TZID used has a VTIMEZONE; VEVENTs have UID, DTSTAMP, DTSTART, SEQUENCE; no property repeated that RFC 5545 allows once", structure)
    t.check("1c one UID per series, unique across calendars; every override has its series", uid_problems)
    for name, problems in compare.items():
        t.check(f"1d series expanded by dateutil = API meetings, {name}", problems, f"{n_compared // len(windows)} series")
    t.check("1e API cancelled meetings are EXDATEs and moved ones RECURRENCE-ID overrides at the API's time",
            list(dict.fromkeys(exceptions_problems)))
    t.check("1f weekly series keep their wall-clock time across clock changes (API local_start)",
            list(dict.fromkeys(wallclock_problems)))
    check_seven_oclock(t, client, groups)
    check_paging(t, client, groups)
    check_next_meeting(t, client)
    check_cardiff(t, client, calendars.get(CARDIFF))
    check_meeting_calendars(t, client, groups)


def exception_problems(slug, events, items) -> list[str]:
    """The API's cancelled/moved meetings (in `items`) against EXDATE and RECURRENCE-ID."""
    problems = []
    by_series = {uid.split("@")[0]: ev for uid, ev in events.items() if ev[0] is not None}
    for item in items:
        if not (item["cancelled"] or item["moved"]):
            continue
        master, overrides = by_series.get(item["series_id"], (None, []))
        if master is None:
            problems.append(f"{slug}: {item['id']} has no series VEVENT")
            continue
        zone = zoneinfo.ZoneInfo(item["timezone"])
        start_local = master["DTSTART"].dt.astimezone(zone)
        # The meeting the rule gave: its date at the series' local time.
        original = dt.datetime.combine(rule_date(item), start_local.time(), zone).astimezone(UTC)
        if item["cancelled"] and "RRULE" in master:
            if original not in {e.astimezone(UTC) for e in exdates(master, None)}:
                problems.append(f"{slug}: {item['id']} is cancelled in the API but is no EXDATE")
        elif item["cancelled"] and str(master.get("STATUS", "")).upper() != "CANCELLED":
            problems.append(f"{slug}: {item['id']} (a single meeting) is cancelled in the API, the VEVENT has no STATUS:CANCELLED")
        if item["moved"]:
            match = [o for o in overrides if o["RECURRENCE-ID"].dt.astimezone(UTC) == original]
            if not match:
                problems.append(f"{slug}: {item['id']} is moved in the API but has no RECURRENCE-ID {original:%Y-%m-%d %H:%M}Z")
            elif match[0]["DTSTART"].dt.astimezone(UTC) != instant(item["starts_at"]):
                problems.append(f"{slug}: {item['id']} moved to {item['starts_at']} in the API, {match[0]['DTSTART'].dt} in the calendar")
    return problems


def wallclock(slug, items) -> list[str]:
    """Weekly series: every meeting that was not moved starts at the same local time, in the
    API's local_start and in the calendar's expansion."""
    problems = []
    times = defaultdict(set)
    for item in items:
        if not item["moved"] and (item.get("recurrence") or "").startswith("FREQ=WEEKLY"):
            local = instant(item["starts_at"]).astimezone(zoneinfo.ZoneInfo(item["timezone"]))
            if local.strftime("%Y-%m-%dT%H:%M") != item["local_start"]:
                problems.append(f"{slug}: {item['id']} starts_at {item['starts_at']} is {local:%H:%M} in {item['timezone']}, local_start says {item['local_start']}")
            times[item["series_id"]].add(item["local_start"][11:])
    for series_id, seen in times.items():
        if len(seen) > 1:
            problems.append(f"{slug}: series {series_id} meets at {sorted(seen)} local time")
    return problems


def check_seven_oclock(t: Tally, client: Client, groups: list[dict]) -> None:
    """A weekly 19:00 meeting is 19:00 in London on both sides of 28 March 2027, so 19:00Z
    before and 18:00Z after, in the API and in the calendar."""
    change = dt.datetime(2027, 3, 28, 1, tzinfo=UTC)
    lo, hi = dt.datetime(2027, 3, 1, tzinfo=UTC), dt.datetime(2027, 4, 30, tzinfo=UTC)
    for g in groups:
        items, _ = api_meetings(client, g["slug"], lo, hi)
        weekly = [i for i in items if i.get("recurrence", "").startswith("FREQ=WEEKLY;BYDAY=")
                  and i["local_start"].endswith("T19:00") and not i["cancelled"] and not i["moved"]]
        before = [i for i in weekly if instant(i["starts_at"]) < change]
        after = [i for i in weekly if instant(i["starts_at"]) > change]
        if not (before and after):
            continue
        cal = fetch_calendar(client, f"/groups/{g['slug']}/calendar.ics")
        series_id = before[-1]["series_id"]
        master, overrides = next(e for u, e in series_events(cal).items() if u.split("@")[0] == series_id)
        got, _ = expand(master, overrides, lo, hi)
        london = zoneinfo.ZoneInfo("Europe/London")
        problems = []
        for side, item, hour in (("before", before[-1], 19), ("after", after[0], 18)):
            at = instant(item["starts_at"])
            if at.hour != hour or at.astimezone(london).hour != 19:
                problems.append(f"API {side}: {item['starts_at']} (want {hour}:00Z, 19:00 in London)")
            if at not in got:
                problems.append(f"calendar has no meeting at {item['starts_at']}")
        t.check(f"1g weekly 19:00 meeting ({g['slug']}) is 19:00 local both sides of 28 Mar 2027: "
                f"{before[-1]['starts_at']} then {after[0]['starts_at']}", problems)
        return
    t.check("1g weekly 19:00 meeting across 28 Mar 2027", ["no weekly 19:00 series in the demo data"])


def check_paging(t: Tally, client: Client, groups: list[dict]) -> None:
    """Paging with a small limit through `next_after` gives exactly the meetings of one big page."""
    now = dt.datetime.now(UTC).replace(microsecond=0)
    hi = now + dt.timedelta(days=120)
    slugs = [CARDIFF] + [g["slug"] for g in groups if g.get("next_meeting")][:5]
    problems = []
    for slug in dict.fromkeys(slugs):
        big, _ = api_meetings(client, slug, now, hi, limit=100)
        small, repeated = api_meetings(client, slug, now, hi, limit=5)
        if repeated:
            problems.append(f"{slug}: limit=5 pages repeat {sorted(set(repeated))[:3]} ")
        if [i["id"] for i in small] != [i["id"] for i in big]:
            problems.append(f"{slug}: limit=5 paging gave {len(small)} meetings, limit=100 gave {len(big)}")
        first = client.json(f"/api/v1/groups/{slug}/meetings", params={"from": rfc3339(now), "limit": 3})["items"]
        if [i["id"] for i in first] != [i["id"] for i in big[:3]]:
            problems.append(f"{slug}: limit=3 gave {[i['id'][-10:] for i in first]}, want {[i['id'][-10:] for i in big[:3]]}")
    t.check(f"1h API paging: small pages via next_after = one big page, no repeats ({len(dict.fromkeys(slugs))} groups)", problems)


def check_next_meeting(t: Tally, client: Client) -> None:
    """/api/v1/groups next_meeting = the first meeting from the group's list not cancelled."""
    groups = all_groups(client)  # afresh: no meeting should end between the two requests
    now = dt.datetime.now(UTC)
    problems = []
    for g in groups:
        items, _ = api_meetings(client, g["slug"], now, now + HORIZON, limit=100)
        first = next((i for i in items if not i["cancelled"]), None)
        want = first and instant(first["starts_at"])
        got = g.get("next_meeting") and instant(g["next_meeting"])
        if got != want:
            problems.append(f"{g['slug']}: groups list says {g.get('next_meeting')}, meetings list {first and first['starts_at']}")
        elif first and g.get("next_meeting_timezone") != first["timezone"]:
            problems.append(f"{g['slug']}: next_meeting_timezone {g.get('next_meeting_timezone')} != {first['timezone']}")
    t.check(f"1i groups list next_meeting = first meeting not cancelled in the meetings API ({len(groups)} groups)", problems)


def check_cardiff(t: Tally, client: Client, cal) -> None:
    """The demo's cancelled (2nd upcoming) and moved (3rd, a day later) meetings."""
    name = f"2 {CARDIFF}: calendar has EXDATE and RECURRENCE-ID matching the API's cancelled and moved meetings"
    if cal is None:
        t.check(name, ["no calendar (see 1a)"])
        return
    events = {u: e for u, e in series_events(cal).items() if e[0] is not None}
    problems = []
    if len(events) != 1:
        problems.append(f"want one series, the calendar has {len(events)}")
    master, overrides = next(iter(events.values()))
    start = master["DTSTART"].dt.astimezone(UTC)
    items, _ = api_meetings(client, CARDIFF, start, start + HORIZON + dt.timedelta(days=400))
    cancelled = [i for i in items if i["cancelled"]]
    moved = [i for i in items if i["moved"]]
    ex = exdates(master, None)
    if not ex:
        problems.append("no EXDATE")
    if not overrides:
        problems.append("no RECURRENCE-ID")
    if not cancelled:
        problems.append("the API shows no cancelled meeting")
    if not moved:
        problems.append("the API shows no moved meeting")
    if len(ex) != len(cancelled):
        problems.append(f"{len(ex)} EXDATEs, {len(cancelled)} cancelled meetings in the API")
    if len(overrides) != len(moved):
        problems.append(f"{len(overrides)} RECURRENCE-IDs, {len(moved)} moved meetings in the API")
    problems += exception_problems(CARDIFF, events, items)
    for item in moved:
        if rule_date(item) + dt.timedelta(days=1) != dt.date.fromisoformat(item["local_start"][:10]):
            problems.append(f"{item['id']} was moved to {item['local_start']}, not a day later")
    t.check(name, problems, f"{len(ex)} EXDATE, {len(overrides)} RECURRENCE-ID")


def check_meeting_calendars(t: Tally, client: Client, groups: list[dict]) -> None:
    """/meetings/{id}/calendar.ics: one VEVENT whose DTSTART and DURATION match the API."""
    now = dt.datetime.now(UTC)
    picks = []
    for g in groups:
        if g.get("next_meeting"):
            items, _ = api_meetings(client, g["slug"], now, now + dt.timedelta(days=120))
            picks += items[:1] if g["slug"] != CARDIFF else items[:4]  # Cardiff: cancelled and moved too
    problems = []
    for item in picks:
        where = f"/meetings/{item['id']}/calendar.ics"
        try:
            cal = fetch_calendar(client, where)
        except Exception as err:  # noqa: BLE001
            problems.append(f"{where}: {err}")
            continue
        problems += calendar_problems(cal, where)
        evs = cal.walk("VEVENT")
        if len(evs) != 1:
            problems.append(f"{where}: {len(evs)} VEVENTs")
            continue
        ev = evs[0]
        starts = ev.decoded("DTSTART").astimezone(UTC)
        if starts != instant(item["starts_at"]):
            problems.append(f"{where}: DTSTART {starts:%Y-%m-%dT%H:%M}Z, API starts_at {item['starts_at']}")
        if length(ev) != instant(item["ends_at"]) - instant(item["starts_at"]):
            problems.append(f"{where}: lasts {length(ev)}, API {instant(item['ends_at']) - instant(item['starts_at'])}")
        mine = own_zones(cal)
        if mine and moment(ev["DTSTART"], mine).astimezone(UTC) != starts:
            problems.append(f"{where}: its own VTIMEZONE puts DTSTART at {moment(ev['DTSTART'], mine).astimezone(UTC)}")
        if item["cancelled"] != (str(ev.get("STATUS", "")).upper() == "CANCELLED"):
            problems.append(f"{where}: STATUS {ev.get('STATUS')} but API cancelled={item['cancelled']}")
    t.check(f"3 /meetings/{{id}}/calendar.ics: one VEVENT, DTSTART = API starts_at, DURATION = ends_at - starts_at ({len(picks)} meetings)", problems)
