"""Check 4: the Meeting Guide feed (/feeds/meeting-guide.json) against the format's rules
(shared/standards/README.md, "Meeting Guide JSON") and its type codes (types.json), and
against the JSON API: only weekly series of addiction recovery groups, on their real days
and times."""

from __future__ import annotations

import datetime as dt
import html.parser
import json
import re
import zoneinfo
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlparse

from harness import UTC, Client, Tally, api_meetings, instant, rule_date

class LinkFinder(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[dict] = []

    def handle_starttag(self, tag, attrs):
        if tag == "link":
            self.links.append(dict(attrs))


HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
UPDATED = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")
SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")


def series_pattern(items: list[dict]) -> dict[str, dict]:
    """Per series in the API's items: the weekdays (0 = Sunday) and local time of its rule's
    meetings, and whether each weekday's meetings fall exactly 7 days apart. Rule dates
    (from the id) are used, so a cancelled or moved meeting leaves no gap."""
    out = {}
    by_series = defaultdict(list)
    for i in items:
        by_series[i["series_id"]].append(i)
    for series_id, its in by_series.items():
        dates = sorted({rule_date(i) for i in its})
        by_day = defaultdict(list)
        for d in dates:
            by_day[(d.weekday() + 1) % 7].append(d)
        weekly = all(len(ds) >= 2 and all((b - a).days == 7 for a, b in zip(ds, ds[1:])) for ds in by_day.values())
        plain = [i for i in its if not i["moved"]]
        lasts = {instant(i["ends_at"]) - instant(i["starts_at"]) for i in plain}
        out[series_id] = {
            "weekly": weekly and bool(by_day),
            "days": sorted(by_day),
            "times": {i["local_start"][11:] for i in plain},
            "ends": {(dt.datetime.fromisoformat(i["local_start"]) + d).strftime("%H:%M") for i in plain for d in lasts},
            "timezone": {i["timezone"] for i in its},
        }
    return out


def check_feed(t: Tally, client: Client, groups: list[dict], types_path: Path) -> None:
    r = client.get("/feeds/meeting-guide.json")
    problems = []
    if r.status_code != 200:
        problems.append(f"HTTP {r.status_code}")
    if r.headers.get("Access-Control-Allow-Origin") != "*":
        problems.append(f"Access-Control-Allow-Origin is {r.headers.get('Access-Control-Allow-Origin')!r}")
    if not r.headers.get("Content-Type", "").startswith("application/json"):
        problems.append(f"Content-Type is {r.headers.get('Content-Type')!r}")
    try:
        feed = r.json()
    except ValueError as err:
        feed = None
        problems.append(f"not JSON: {err}")
    if not isinstance(feed, list):
        problems.append("not a JSON array")
        feed = []
    t.check(f"4a /feeds/meeting-guide.json is a JSON array with Access-Control-Allow-Origin: * ({len(feed)} meetings)", problems)

    # Field rules (README "Meeting Guide JSON" in shared/standards).
    codes = set(json.loads(types_path.read_text()))
    # The standards README asks for ONL on online meetings, which types.json does not list.
    codes_allowed = codes | {"ONL"}
    problems, slugs, no_place = [], set(), []
    for m in feed:
        s = m.get("slug", "?")
        for key in ("name", "slug", "time", "end_time", "timezone", "types", "region", "notes", "group", "url", "entity", "updated"):
            if key not in m:
                problems.append(f"{s}: no {key}")
        if not isinstance(m.get("name"), str) or not m.get("name"):
            problems.append(f"{s}: name is empty")
        if not SLUG.match(str(s)):
            problems.append(f"{s}: slug is not URL-safe")
        if s in slugs:
            problems.append(f"{s}: slug is not unique")
        slugs.add(s)
        days = m.get("day")
        days = days if isinstance(days, list) else [days]
        if not days or not all(isinstance(d, int) and not isinstance(d, bool) and 0 <= d <= 6 for d in days):
            problems.append(f"{s}: day {m.get('day')!r} is not 0-6 or a non-empty list of them")
        for key in ("time", "end_time"):
            if not HHMM.match(str(m.get(key, ""))):
                problems.append(f"{s}: {key} {m.get(key)!r} is not HH:MM")
        try:
            zoneinfo.ZoneInfo(str(m.get("timezone")))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            problems.append(f"{s}: timezone {m.get('timezone')!r} is not an IANA zone")
        if not isinstance(m.get("types"), list) or not set(m["types"]) <= codes_allowed:
            problems.append(f"{s}: types {m.get('types')!r} has codes not in types.json: {sorted(set(m.get('types') or []) - codes_allowed)}")
        if not UPDATED.match(str(m.get("updated", ""))):
            problems.append(f"{s}: updated {m.get('updated')!r} is not YYYY-MM-DD HH:MM:SS")
        for key in ("latitude", "longitude"):
            if key in m and not isinstance(m[key], (int, float)):
                problems.append(f"{s}: {key} is not a number")
        if not (m.get("formatted_address") or m.get("conference_url")):
            no_place.append(s)
    t.check("4b every entry: name, unique URL-safe slug, day 0-6, time/end_time HH:MM, IANA timezone, types from types.json (+ONL), updated YYYY-MM-DD HH:MM:SS", problems)
    online = [f"{m.get('slug')}: types {m.get('types')}, conference_url {m.get('conference_url')!r}"
              for m in feed if ("ONL" in (m.get("types") or [])) != bool(m.get("conference_url"))]
    t.check("4c ONL in types exactly when conference_url is present", online)
    if "ONL" not in codes:
        t.note("types.json has no ONL code; the standards README asks for ONL on online meetings, so 4b allows it")
    if no_place:
        t.note(f"feed entries with neither formatted_address nor conference_url (Meeting Guide needs a location): {no_place}")

    # Each entry is a weekly series of an addiction recovery group, at the time it says.
    by_slug = {g["slug"]: g for g in groups}
    now = dt.datetime.now(UTC)
    lo, hi = now, now + dt.timedelta(days=70)
    patterns, weekly_problems, listed = {}, [], set()
    for m in feed:
        group = urlparse(str(m.get("url", ""))).path.rstrip("/").split("/")[-1]
        prefix = str(m.get("slug", ""))[len(group) + 1:]
        g = by_slug.get(group)
        if g is None:
            weekly_problems.append(f"{m.get('slug')}: url {m.get('url')!r} names no listed group")
            continue
        if g["category"] != "addiction_recovery":
            weekly_problems.append(f"{m.get('slug')}: {group} is {g['category']}, not addiction_recovery")
        if group not in patterns:
            patterns[group] = series_pattern(api_meetings(client, group, lo, hi)[0])
        series = [sid for sid in patterns[group] if sid.startswith(prefix)] if prefix else []
        if len(series) != 1:
            weekly_problems.append(f"{m.get('slug')}: matches {len(series)} series of {group} in the API")
            continue
        listed.add(series[0])
        p = patterns[group][series[0]]
        days = m["day"] if isinstance(m.get("day"), list) else [m.get("day")]
        if not p["weekly"]:
            weekly_problems.append(f"{m['slug']}: the API's meetings are not 7 days apart (dates on weekdays {p['days']})")
        if sorted(days) != p["days"]:
            weekly_problems.append(f"{m['slug']}: day {m.get('day')}, the API's meetings fall on {p['days']}")
        if p["times"] != {m.get("time")}:
            weekly_problems.append(f"{m['slug']}: time {m.get('time')}, the API's local starts {sorted(p['times'])}")
        if p["ends"] != {m.get("end_time")}:
            weekly_problems.append(f"{m['slug']}: end_time {m.get('end_time')}, the API's local ends {sorted(p['ends'])}")
        if p["timezone"] != {m.get("timezone")}:
            weekly_problems.append(f"{m['slug']}: timezone {m.get('timezone')}, the API's {sorted(p['timezone'])}")
    t.check("4d each entry is a weekly series of an addiction recovery group, on the API's days and times", weekly_problems)

    # Every weekly recovery series is listed; fortnightly and monthly ones are not.
    problems, left_out = [], []
    for g in groups:
        if g["category"] != "addiction_recovery" or g.get("status") == "closed":
            continue
        if g["slug"] not in patterns:
            patterns[g["slug"]] = series_pattern(api_meetings(client, g["slug"], lo, hi)[0])
        for sid, p in patterns[g["slug"]].items():
            if p["weekly"] and sid not in listed:
                problems.append(f"{g['slug']}: weekly series {sid} is missing from the feed")
            if not p["weekly"]:
                left_out.append(g["slug"])
                if sid in listed:
                    problems.append(f"{g['slug']}: series {sid} is not weekly but is in the feed")
    t.check("4e every weekly addiction recovery series is listed, fortnightly/monthly ones are not", problems,
            f"left out as not weekly: {', '.join(left_out) or 'none'}")

    page = client.get("/groups")
    finder = LinkFinder()
    finder.feed(page.text)
    found = [link for link in finder.links
             if "alternate" in (link.get("rel") or "").split() and link.get("type") == "application/json"
             and link.get("href") == "/feeds/meeting-guide.json"]
    t.check('4f GET /groups has <link rel="alternate" type="application/json" href="/feeds/meeting-guide.json">',
            [] if page.status_code == 200 and found else [f"HTTP {page.status_code}, <link> tags: {finder.links}"])
