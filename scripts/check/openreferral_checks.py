"""Open Referral UK (HSDS 3.0, UK profile) checks: every page and every record of
`/openreferral/` validated by `jsonschema` against the profile's own compiled schemas
(shared/standards/openreferral-uk), then paging, filters, bad input and the rules the UK
profile adds (organization_id always, no nulls, open CORS).

The schemas carry no `$schema`. They are validated as JSON Schema 2020-12, the dialect the
profile's openapi.json declares (`jsonSchemaDialect`): their `#/definitions/...` references
resolve as plain JSON pointers there, and 2020-12's format checker knows `uuid`, which the
draft-07 one does not. Formats (uuid, uri, email, date-time) are asserted, not just
annotated: `rfc3986-validator` and `rfc3339-validator` back `uri` and `date-time`.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import uuid
from pathlib import Path

from jsonschema import Draft202012Validator

from harness import Client, Tally

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SCHEMAS = ROOT.parent / "shared" / "standards" / "openreferral-uk"
BASE = "/openreferral"
FORMATS = Draft202012Validator.FORMAT_CHECKER
WEEKDAY = r"(MO|TU|WE|TH|FR|SA|SU)"
NTH_WEEKDAY = re.compile(rf"^-?[1-5]{WEEKDAY}(,-?[1-5]{WEEKDAY})*$")
PLAIN_WEEKDAYS = re.compile(rf"^{WEEKDAY}(,{WEEKDAY})*$")


class Schemas:
    """Validators for what each endpoint answers."""

    def __init__(self, folder: Path) -> None:
        missing = {"uuid", "uri", "email", "date-time"} - set(FORMATS.checkers)
        if missing:
            raise RuntimeError(f"jsonschema cannot check the formats {sorted(missing)}: install requirements.txt")
        load = lambda name: json.loads((folder / name).read_text())  # noqa: E731
        full = load("service_with_definitions.json")
        definitions = full["definitions"]

        def definition(name: str) -> dict:
            return {**definitions[name], "definitions": definitions}

        self.validators = {
            name: Draft202012Validator(schema, format_checker=FORMATS)
            for name, schema in {
                "service_list": load("service_list.json"),
                "service": load("service.json"),
                "service_with_definitions": full,
                "service_at_location_list": load("service_at_location_list.json"),
                "service_at_location": load("service_at_location.json"),
                "organization_list": load("organization_list.json"),
                "organization": load("organization.json"),
                "taxonomy": definition("taxonomy"),
                "taxonomy_term": definition("taxonomy_term"),
                "about": load("openapi.json")["paths"]["/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"],
            }.items()
        }
        for v in self.validators.values():
            Draft202012Validator.check_schema(v.schema)

    def errors(self, name: str, doc, where: str) -> list[str]:
        out = []
        for e in sorted(self.validators[name].iter_errors(doc), key=lambda e: list(e.absolute_path)):
            path = "/".join(str(p) for p in e.absolute_path) or "(root)"
            out.append(f"{where} against {name}: {path}: {e.message[:200]}")
        return out


def hollow(value, path: str = "") -> list[str]:
    """Where a document has `null`, an empty string or an empty list (the profile wants empty
    optional fields left out)."""
    if value is None:
        return [f"{path or '(root)'} is null"]
    if value == "" or value == []:
        return [f"{path or '(root)'} is {json.dumps(value)}"]
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in hollow(v, f"{path}/{k}")]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in hollow(v, f"{path}/{i}")]
    return []


def is_uuid(text) -> bool:
    try:
        return isinstance(text, str) and str(uuid.UUID(text)) == text.lower()
    except ValueError:
        return False


class Feed:
    """GETs under /openreferral, keeping what every response must get right (open CORS,
    JSON, nothing empty) for checks at the end."""

    def __init__(self, client: Client) -> None:
        self.client = client
        self.requests = 0
        self.cors: list[str] = []
        self.json: list[str] = []
        self.empty: list[str] = []

    def get(self, path: str, **params):
        r = self.client.get(BASE + path, params=params)
        where = r.request.path_url
        self.requests += 1
        if r.headers.get("Access-Control-Allow-Origin") != "*":
            self.cors.append(f"{where} (HTTP {r.status_code}): Access-Control-Allow-Origin {r.headers.get('Access-Control-Allow-Origin')!r}")
        body = None
        try:
            body = r.json()
        except ValueError:
            self.json.append(f"{where} (HTTP {r.status_code}): not JSON: {r.text[:120]!r}")
        if "json" not in r.headers.get("Content-Type", ""):
            self.json.append(f"{where} (HTTP {r.status_code}): Content-Type {r.headers.get('Content-Type')!r}")
        if r.status_code == 200 and body is not None:
            # An empty page must say so with `contents: []`; everything else must not be empty.
            shown = {k: v for k, v in body.items() if k != "contents"} if isinstance(body, dict) and body.get("contents") == [] else body
            self.empty += [f"{where}: {p}" for p in hollow(shown)]
        return r, body

    def ok(self, path: str, **params):
        r, body = self.get(path, **params)
        if r.status_code != 200:
            raise RuntimeError(f"GET {r.request.path_url}: HTTP {r.status_code}: {r.text[:300]}")
        return body


def walk(feed: Feed, path: str, per_page: int = 50, **params) -> tuple[list[dict], list[str]]:
    """Every page of a list endpoint, and what is wrong with its paging."""
    items, problems, page, total = [], [], 1, None
    while True:
        body = feed.ok(path, page=page, per_page=per_page, **params)
        where = f"{path} page {page}"
        contents = body.get("contents")
        if not isinstance(contents, list):
            return items, problems + [f"{where}: no contents list"]
        if total is None:
            total = body.get("total_items")
            if not isinstance(total, int):
                return items, [f"{where}: total_items {total!r}"]
            pages = math.ceil(total / per_page)
            if body.get("total_pages") != pages:
                problems.append(f"{where}: total_pages {body.get('total_pages')!r}, {total} items / {per_page} make {pages}")
        elif body.get("total_items") != total:
            problems.append(f"{where}: total_items changed from {total} to {body.get('total_items')}")
        last = page >= body.get("total_pages", 0)
        expect = {"page_number": page, "size": len(contents), "first_page": page == 1, "last_page": last, "empty": not contents}
        problems += [f"{where}: {k} is {body.get(k)!r}, expected {v!r}" for k, v in expect.items() if body.get(k) != v]
        if not last and len(contents) != per_page:
            problems.append(f"{where}: {len(contents)} items on a page before the last (per_page {per_page})")
        items += contents
        if last or not contents or page > 1000:
            break
        page += 1
    if len(items) != total:
        problems.append(f"{path}: the pages hold {len(items)} items, total_items says {total}")
    beyond = feed.ok(path, page=page + 1, per_page=per_page, **params)
    if beyond.get("contents") != [] or beyond.get("empty") is not True or beyond.get("size") != 0:
        problems.append(f"{path} page {page + 1} (past the end): size {beyond.get('size')!r}, empty {beyond.get('empty')!r}, "
                        f"{len(beyond.get('contents') or [])} items")
    ids = [i.get("id") for i in items]
    if len(set(ids)) != len(ids):
        problems.append(f"{path}: {len(ids) - len(set(ids))} ids appear more than once across pages")
    return items, problems


def all_ids(feed: Feed, path: str, **params) -> set[str]:
    """The ids a filtered list returns (one big page, per_page=500, walked to the end)."""
    items, _ = walk(feed, path, per_page=500, **params)
    return {i["id"] for i in items}


def check_openreferral(t: Tally, client: Client, groups: list[dict], schemas_dir: Path = DEFAULT_SCHEMAS) -> None:
    """`groups`: every group of /api/v1/groups (the JSON API), the reference for the feed."""
    feed = Feed(client)
    schemas = Schemas(schemas_dir)
    state: dict = {}

    def step(name: str, fn) -> None:
        try:
            problems, detail = fn()
            t.check(name, problems, detail)
        except Exception as err:  # noqa: BLE001 (report it and go on to the next check)
            t.crashed(name, err)

    def about():
        r, body = feed.get("/")
        problems = [] if r.status_code == 200 else [f"HTTP {r.status_code}"]
        if isinstance(body, dict):
            problems += schemas.errors("about", body, "GET /openreferral/")
            problems += [f"no {k}" for k in ("version", "profile", "openapi_url") if not body.get(k)]
        return problems, f"version {body.get('version')!r}" if isinstance(body, dict) else ""

    def services():
        items, problems = walk(feed, "/services")
        state["summaries"] = items
        for s in items:
            problems += schemas.errors("service_list", s, f"services list item {s.get('id')}")
        return problems, f"{len(items)} services on {math.ceil(len(items) / 50)} pages of 50"

    def full_services():
        full, problems = {}, []
        for s in state["summaries"]:
            doc = feed.ok(f"/services/{s['id']}")
            full[s["id"]] = doc
            where = f"/services/{s['id']}"
            problems += schemas.errors("service", doc, where) + schemas.errors("service_with_definitions", doc, where)
            if doc.get("id") != s["id"]:
                problems.append(f"{where} answers id {doc.get('id')!r}")
        state["full"] = full
        return problems, f"{len(full)} services fetched by id"

    def identity():
        problems = []
        api = {g["id"] for g in groups}
        listed = set(state["full"])
        if api != listed:
            problems.append(f"the feed lists {len(listed)} services, /api/v1/groups {len(api)} groups: "
                            f"{len(listed - api)} only in the feed, {len(api - listed)} only in the API "
                            f"(e.g. {sorted(api ^ listed)[:2]})")
        orgs: dict[str, int] = {}
        for sid, s in state["full"].items():
            for key in ("id", "organization_id"):
                if not is_uuid(s.get(key)):
                    problems.append(f"service {sid}: {key} {s.get(key)!r} is not a UUID")
            org = s.get("organization_id")
            if org and org not in orgs:
                r, body = feed.get(f"/organizations/{org}")
                orgs[org] = r.status_code
                if r.status_code == 200:
                    problems += schemas.errors("organization", body, f"/organizations/{org}")
                    if sid not in {x.get("id") for x in body.get("services", [])}:
                        problems.append(f"/organizations/{org} does not list its service {sid}")
            if orgs.get(org) != 200:
                problems.append(f"service {sid}: organization_id {org!r} does not resolve (HTTP {orgs.get(org)})")
        state["orgs"] = orgs
        return problems, f"{len(orgs)} organisations resolved"

    def organizations():
        items, problems = walk(feed, "/organizations")
        for o in items:
            problems += schemas.errors("organization_list", o, f"organizations list item {o.get('id')}")
        missing = set(state.get("orgs", {})) - {o.get("id") for o in items}
        if missing:
            problems.append(f"{len(missing)} organisations that services name are not in /organizations: {sorted(missing)[:3]}")
        return problems, f"{len(items)} organisations"

    def schedules():
        problems, monthly, checked = [], 0, 0
        rules = {g["id"]: g.get("schedule") for g in groups}
        for sid, s in state["full"].items():
            rrule = (rules.get(sid) or {}).get("rrule")
            scheds = s.get("schedules", [])
            if not rrule:
                continue
            parts = dict(p.split("=", 1) for p in rrule.split(";") if "=" in p)
            if len(scheds) != 1:
                problems.append(f"service {sid}: {len(scheds)} schedules for the rule {rrule}")
                continue
            sc, checked = scheds[0], checked + 1
            want = {"freq": parts.get("FREQ"), "interval": int(parts.get("INTERVAL", 1)),
                    "byday": parts.get("BYDAY"), "bymonthday": parts.get("BYMONTHDAY"),
                    "opens_at": (rules[sid] or {}).get("start")}
            for k, v in want.items():
                if v is not None and sc.get(k) != v:
                    problems.append(f"service {sid} ({rrule}): schedule {k} {sc.get(k)!r}, expected {v!r}")
            if sc.get("freq") == "MONTHLY":
                monthly += 1
                if "byday" in sc and not NTH_WEEKDAY.match(sc["byday"]):
                    problems.append(f"service {sid}: monthly byday {sc['byday']!r} is not like 2MO or -1FR")
                if "byday" not in sc and "bymonthday" not in sc:
                    problems.append(f"service {sid}: monthly schedule with neither byday nor bymonthday")
            elif "byday" in sc and not PLAIN_WEEKDAYS.match(sc["byday"]):
                problems.append(f"service {sid}: weekly byday {sc['byday']!r} is not like MO or TU,TH")
        if not monthly:
            problems.append("no service has a MONTHLY schedule (the demo has monthly groups)")
        return problems, f"{checked} schedules match the groups' rules, {monthly} monthly"

    def service_at_locations():
        items, problems = walk(feed, "/service_at_locations")
        services_ = state["full"]
        for sal in items:
            where = f"service_at_locations list item {sal.get('id')}"
            problems += schemas.errors("service_at_location_list", sal, where)
            if sal.get("service_id") not in services_:
                problems.append(f"{where}: service_id {sal.get('service_id')!r} is not a listed service")
            if (sal.get("location") or {}).get("id") != sal.get("location_id"):
                problems.append(f"{where}: location_id {sal.get('location_id')!r} but location.id {(sal.get('location') or {}).get('id')!r}")
        nested = {x["id"] for s in services_.values() for x in s.get("service_at_locations", [])}
        if nested != {x.get("id") for x in items}:
            problems.append(f"the services nest {len(nested)} service_at_locations, the list has {len(items)}")
        state["sal"] = items
        return problems, f"{len(items)} service_at_locations"

    def service_at_location_by_id():
        problems = []
        for sal in state["sal"]:
            doc = feed.ok(f"/service_at_locations/{sal['id']}")
            problems += schemas.errors("service_at_location", doc, f"/service_at_locations/{sal['id']}")
            if doc.get("id") != sal["id"] or doc.get("service_id") != sal.get("service_id"):
                problems.append(f"/service_at_locations/{sal['id']}: id {doc.get('id')!r}, service_id {doc.get('service_id')!r}")
        return problems, f"{len(state['sal'])} fetched by id"

    def taxonomies():
        items, problems = walk(feed, "/taxonomies")
        terms, more = walk(feed, "/taxonomy_terms")
        problems += more
        for x in items:
            problems += schemas.errors("taxonomy", x, f"taxonomies list item {x.get('id')}")
            doc = feed.ok(f"/taxonomies/{x['id']}")
            problems += schemas.errors("taxonomy", doc, f"/taxonomies/{x['id']}")
        ids = {x.get("id") for x in items}
        for x in terms:
            problems += schemas.errors("taxonomy_term", x, f"taxonomy_terms list item {x.get('id')}")
            doc = feed.ok(f"/taxonomy_terms/{x['id']}")
            problems += schemas.errors("taxonomy_term", doc, f"/taxonomy_terms/{x['id']}")
            if x.get("taxonomy_id") not in ids:
                problems.append(f"term {x.get('id')} ({x.get('term')}): taxonomy_id {x.get('taxonomy_id')!r} is not a listed taxonomy")
        used = {a.get("taxonomy_term_id") for s in state["full"].values() for a in s.get("attributes", [])}
        unknown = used - {x.get("id") for x in terms}
        if unknown:
            problems.append(f"services' attributes name {len(unknown)} terms /taxonomy_terms does not list")
        state["terms"] = terms
        return problems, f"{len(items)} taxonomies, {len(terms)} terms, each fetched by id"

    def carries(term_id: str) -> set[str]:
        return {sid for sid, s in state["full"].items() if any(a.get("taxonomy_term_id") == term_id for a in s.get("attributes", []))}

    def filters():
        problems, said = [], []
        by_code = {x.get("term"): x for x in state["terms"]}
        for code in ("mental_health", "anxiety"):
            term = by_code.get(code)
            if not term:
                problems.append(f"no taxonomy term {code!r}")
                continue
            got, want = all_ids(feed, "/services", taxonomy_term_id=term["id"]), carries(term["id"])
            if got != want:
                problems.append(f"taxonomy_term_id={term['id']} ({code}): {len(got)} services, {len(want)} carry the term "
                                f"({len(got - want)} without it, {len(want - got)} left out)")
            said.append(f"{code} {len(got)}")
        conditions = {x.get("taxonomy_id") for x in state["terms"] if x.get("term") == "anxiety"}
        for tax in conditions:
            got = all_ids(feed, "/services", taxonomy_id=tax)
            want = {sid for x in state["terms"] if x.get("taxonomy_id") == tax for sid in carries(x["id"])}
            if got != want:
                problems.append(f"taxonomy_id={tax}: {len(got)} services, {len(want)} carry one of its terms")
        counts: dict[str, set[str]] = {}
        for sid, s in state["full"].items():
            counts.setdefault(s.get("organization_id"), set()).add(sid)
        org = max(counts, key=lambda o: len(counts[o]))
        got = all_ids(feed, "/services", organization_id=org)
        if got != counts[org]:
            problems.append(f"organization_id={org}: {len(got)} services, the organisation has {len(counts[org])}")
        said.append(f"one organisation {len(got)}")
        future = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
        for value in (future, future[:10]):
            body = feed.ok("/services", modified_after=value)
            if body.get("total_items") != 0:
                problems.append(f"modified_after={value} (the future): total_items {body.get('total_items')}")
        past = feed.ok("/services", modified_after="2000-01-01T00:00:00+01:00")
        if past.get("total_items", 0) < len(state["full"]):
            problems.append(f"modified_after=2000-01-01T00:00:00+01:00: total_items {past.get('total_items')} < {len(state['full'])} listed")
        found = all_ids(feed, "/services", search="anxiety")
        if not found:
            problems.append("search=anxiety finds nothing")
        said.append(f"search anxiety {len(found)}")
        return problems, ", ".join(said)

    def proximity():
        physical = [s for s in state["sal"] if (s.get("location") or {}).get("location_type") == "physical"
                    and (s.get("location") or {}).get("addresses") and "latitude" in s["location"]]
        if not physical:
            return ["no physical service_at_location with an address and a position"], ""
        here = physical[0]["location"]
        postcode = here["addresses"][0]["postal_code"]
        problems = []
        items, more = walk(feed, "/service_at_locations", per_page=500, postcode=postcode, proximity=5000)
        problems += more
        if physical[0]["id"] not in {i["id"] for i in items}:
            problems.append(f"postcode={postcode}&proximity=5000 leaves out the service_at_location at {postcode}")
        far = []
        for i in items:
            loc = i.get("location") or {}
            if "latitude" in loc:
                km = haversine(here["latitude"], here["longitude"], loc["latitude"], loc["longitude"])
                if km > 5 + 2:  # the postcode's centroid is not the venue; approximate venues are rounded
                    far.append(f"{i['id']} is {km:.1f} km away")
        if far:
            problems.append(f"postcode={postcode}&proximity=5000 returns places further away: {far[:3]}")
        virtual = sum(1 for i in items if (i.get("location") or {}).get("location_type") == "virtual")
        return problems, f"{len(items)} within 5 km of {postcode} ({virtual} virtual)"

    def bad_input():
        problems = []
        cases = [("/services", {"per_page": "0"}), ("/services", {"per_page": "501"}), ("/services", {"page": "abc"}),
                 ("/services", {"page": "0"}), ("/services", {"taxonomy_term_id": "not-a-uuid"}),
                 ("/services", {"organization_id": "nope"}), ("/services", {"modified_after": "yesterday"}),
                 ("/service_at_locations", {"proximity": "abc", "postcode": "CF10 1AA"}),
                 ("/service_at_locations", {"postcode": "ZZ99 9ZZ"}), ("/taxonomy_terms", {"per_page": "-1"})]
        for path, params in cases:
            r, body = feed.get(path, **params)
            if r.status_code != 400 or not isinstance(body, dict):
                problems.append(f"GET {r.request.path_url}: HTTP {r.status_code}, expected 400 JSON: {r.text[:150]!r}")
        unknown = str(uuid.uuid4())
        for path in ("services", "service_at_locations", "taxonomies", "taxonomy_terms", "organizations"):
            for id_ in (unknown, "not-a-uuid"):
                r, _ = feed.get(f"/{path}/{id_}")
                if r.status_code != 404:
                    problems.append(f"GET {r.request.path_url}: HTTP {r.status_code}, expected 404")
        return problems, f"{len(cases)} bad queries, 10 unknown ids"

    # (name, check, what it needs from the checks before it)
    steps = [
        ("OR-1 GET /openreferral/ names version, profile and openapi_url", about, ()),
        ("OR-2 every /services page (per_page=50): paging consistent, items valid against service_list.json", services, ()),
        ("OR-3 every service by id valid against service.json and service_with_definitions.json", full_services, ("summaries",)),
        ("OR-4 services match /api/v1/groups; UUID ids; every organization_id resolves (organization.json)", identity, ("full",)),
        ("OR-5 every /organizations page valid against organization_list.json", organizations, ("full",)),
        ("OR-6 schedules say each group's rule in iCalendar terms (freq, interval, byday like 2MO/-1FR)", schedules, ("full",)),
        ("OR-7 every /service_at_locations page valid against service_at_location_list.json", service_at_locations, ("full",)),
        ("OR-8 every service_at_location by id valid against service_at_location.json", service_at_location_by_id, ("sal",)),
        ("OR-9 taxonomies and terms (lists and by id) valid against the profile's definitions", taxonomies, ("full",)),
        ("OR-10 filters: taxonomy_term_id, taxonomy_id, organization_id, modified_after, search", filters, ("full", "terms")),
        ("OR-11 service_at_locations near a postcode (postcode + proximity)", proximity, ("sal",)),
        ("OR-12 bad query values answer 400 JSON; unknown ids 404", bad_input, ()),
    ]
    for name, fn, needs in steps:
        lacking = [k for k in needs if k not in state]
        if lacking:
            t.check(name, [f"skipped: an earlier check could not read {', '.join(lacking)}"])
        else:
            step(name, fn)
    t.check("OR-13 every response sends Access-Control-Allow-Origin: *", feed.cors, f"{feed.requests} responses")
    t.check("OR-14 every response is JSON (application/json), errors too", feed.json)
    t.check("OR-15 no null, empty string or empty list anywhere in any response", feed.empty)


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))
