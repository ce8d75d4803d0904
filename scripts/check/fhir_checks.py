"""FHIR R4 checks: every Bundle and resource under `/fhir` parsed by `fhir.resources`
(pydantic models: cardinality, datatypes and unknown elements are enforced), references
followed, the HealthcareService mapping compared with the JSON API's groups, search paging
walked through its `next` links, and referrals (`ServiceRequest`) made with an API token.

Models: fhir.resources 8.x ships FHIR R5 at its root and R4B (4.3.0) under
`fhir.resources.R4B`; plain R4 (4.0.1) was last the root package of 6.4.0, which needs
pydantic 1. We use `fhir.resources.R4B`: R4B changed only the medicinal-product, evidence
and subscription resources, so HealthcareService, Organization, Location, Bundle,
CapabilityStatement, OperationOutcome, ServiceRequest and Patient are the R4 definitions,
and an R5-only element (or any unknown one) is still refused.
"""

from __future__ import annotations

import uuid
from urllib.parse import urlsplit

import requests
from fhir.resources.R4B import get_fhir_model_class

from harness import Client, Tally

FHIR_JSON = "application/fhir+json"
DAYS = {"MO": "mon", "TU": "tue", "WE": "wed", "TH": "thu", "FR": "fri", "SA": "sat", "SU": "sun"}
DEFAULT_COUNT = 20
# The referrers the checks need tokens for: (name, organisation). Another organisation's
# token must not read the first one's referrals.
REFERRERS = [("Check referrer", "Check Surgery"), ("Check other referrer", "Other Check Surgery")]


def parse(body, kind: str, where: str):
    """The model of `body` as a `kind` resource, and what is wrong with it."""
    if not isinstance(body, dict):
        return None, [f"{where}: not a JSON object"]
    if body.get("resourceType") != kind:
        return None, [f"{where}: resourceType {body.get('resourceType')!r}, expected {kind}"]
    try:
        return get_fhir_model_class(kind).model_validate(body), []
    except Exception as err:  # noqa: BLE001 (pydantic's ValidationError, or worse)
        lines = [line.strip() for line in str(err).splitlines()[1:] if line.strip()]
        pairs = [f"{lines[i]}: {lines[i + 1][:160]}" for i in range(0, len(lines) - 1, 2)]
        return None, [f"{where}: not a valid {kind}: " + "; ".join(pairs[:4] or [str(err)[:300]])]


class Api:
    """Requests to `/fhir`, keeping every response's Content-Type for a check at the end.
    No `Origin` header and no cookies: an integrator's server is not a browser."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.http = requests.Session()
        self.http.headers["Accept"] = FHIR_JSON
        self.requests = 0
        self.content_type: list[str] = []

    def call(self, method: str, path: str, token: str | None = None, **kw):
        headers = dict(kw.pop("headers", {}))
        if token:
            headers["Authorization"] = f"Bearer {token}"
        r = self.http.request(method, self.base + path, headers=headers, timeout=60, **kw)
        self.requests += 1
        if not r.headers.get("Content-Type", "").startswith(FHIR_JSON):
            self.content_type.append(f"{method} {r.request.path_url} (HTTP {r.status_code}): {r.headers.get('Content-Type')!r}")
        try:
            return r, r.json()
        except ValueError:
            return r, None

    def get(self, path: str, **kw):
        return self.call("GET", path, **kw)

    def read(self, path: str, kind: str, **kw):
        r, body = self.get(path, **kw)
        if r.status_code != 200:
            return None, body, [f"GET {r.request.path_url}: HTTP {r.status_code}: {r.text[:200]}"]
        model, problems = parse(body, kind, f"GET {r.request.path_url}")
        return model, body, problems


def links(bundle: dict) -> dict[str, str]:
    return {link.get("relation"): link.get("url") for link in bundle.get("link", [])}


def local(url: str) -> str:
    """A link's path and query, to follow it on the server under test."""
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def search(api: Api, kind: str, params: dict | None = None) -> tuple[list[dict], list[str], dict]:
    """Every page of a search, following `next` links; the resources, what is wrong with the
    Bundles, and the first Bundle."""
    resources, problems, first = [], [], None
    r, body = api.get(f"/fhir/{kind}", params=params or {})
    page, total = 1, None
    while True:
        where = f"GET {r.request.path_url}"
        if r.status_code != 200:
            return resources, problems + [f"{where}: HTTP {r.status_code}: {r.text[:200]}"], first or {}
        _, bad = parse(body, "Bundle", where)
        problems += bad
        first = first or body
        if body.get("type") != "searchset":
            problems.append(f"{where}: Bundle type {body.get('type')!r}")
        total = body.get("total") if total is None else total
        if body.get("total") != total or not isinstance(total, int):
            problems.append(f"{where}: total {body.get('total')!r} (first page said {total!r})")
        rel = links(body)
        missing = [k for k in ("self", "first", "last") if not rel.get(k)]
        if missing:
            problems.append(f"{where}: no link {', '.join(missing)}")
        if page > 1 and not rel.get("previous"):
            problems.append(f"{where}: page {page} has no previous link")
        if page == 1 and rel.get("previous"):
            problems.append(f"{where}: the first page has a previous link")
        for e in body.get("entry", []):
            res = e.get("resource") or {}
            if res.get("resourceType") != kind:
                problems.append(f"{where}: an entry is a {res.get('resourceType')!r}")
                continue
            if not str(e.get("fullUrl", "")).startswith("http") or not str(e.get("fullUrl", "")).endswith(f"/{kind}/{res.get('id')}"):
                problems.append(f"{where}: fullUrl {e.get('fullUrl')!r} for {kind}/{res.get('id')}")
            if (e.get("search") or {}).get("mode") != "match":
                problems.append(f"{where}: {kind}/{res.get('id')} search.mode {(e.get('search') or {}).get('mode')!r}")
            resources.append(res)
        if not rel.get("next"):
            break
        if not body.get("entry") or page > 500:
            problems.append(f"{where}: a next link after an empty page")
            break
        r, body = api.get(local(rel["next"]))
        page += 1
    if isinstance(total, int) and total != len(resources):
        problems.append(f"GET /fhir/{kind}: the pages hold {len(resources)} resources, total says {total}")
    ids = [x.get("id") for x in resources]
    if len(set(ids)) != len(ids):
        problems.append(f"GET /fhir/{kind}: {len(ids) - len(set(ids))} ids repeated across pages")
    return resources, problems, first or {}


def codes(concepts: list[dict]) -> set[str]:
    return {c.get("code") for cc in concepts or [] for c in cc.get("coding", [])}


def described(resource: dict) -> bool:
    """Whether a HealthcareService says when it meets other than in availableTime: a note
    (availabilityExceptions) or an extension."""
    return bool(resource.get("availabilityExceptions") or resource.get("extension"))


def plain_weekly(rrule: str) -> bool:
    parts = dict(p.split("=", 1) for p in rrule.split(";") if "=" in p)
    return (parts.get("FREQ") == "WEEKLY" and parts.get("INTERVAL", "1") == "1"
            and set(parts) <= {"FREQ", "INTERVAL", "BYDAY", "WKST"} and bool(parts.get("BYDAY")))


def outcome(r, body, want: set[int], what: str) -> list[str]:
    """An error answered with one of the `want` statuses and an OperationOutcome."""
    problems = [] if r.status_code in want else [f"{what}: HTTP {r.status_code}, expected {sorted(want)}: {r.text[:200]}"]
    return problems + parse(body, "OperationOutcome", what)[1]


def check_fhir(t: Tally, client: Client, groups: list[dict], make_token=None) -> None:
    """`groups`: every group of /api/v1/groups. `make_token(name, organisation)` gives an API
    token for a referrer, for the organisations in REFERRERS (None: the referral checks are
    skipped)."""
    api = Api(client.base)
    by_id = {g["id"]: g for g in groups}
    state: dict = {}

    def step(name: str, fn, needs=()) -> None:
        lacking = [k for k in needs if k not in state]
        if lacking:
            t.check(name, [f"skipped: an earlier check could not read {', '.join(lacking)}"])
            return
        try:
            problems, detail = fn()
            t.check(name, problems, detail)
        except Exception as err:  # noqa: BLE001
            t.crashed(name, err)

    def metadata():
        cap, body, problems = api.read("/fhir/metadata", "CapabilityStatement")
        if cap is None:
            return problems, ""
        if cap.fhirVersion != "4.0.1":
            problems.append(f"fhirVersion {cap.fhirVersion!r}, expected 4.0.1 (R4)")
        if not any("json" in f for f in cap.format or []):
            problems.append(f"format {cap.format!r} names no JSON")
        resources = {r.type: r for rest in cap.rest or [] if rest.mode == "server" for r in rest.resource or []}
        wanted = {"HealthcareService": {"read", "search-type"}, "Organization": {"read"}, "Location": {"read"},
                  "ServiceRequest": {"create", "read"}}
        for kind, verbs in wanted.items():
            said = {i.code for i in resources[kind].interaction or []} if kind in resources else set()
            if not verbs <= said:
                problems.append(f"{kind}: interactions {sorted(said)}, expected at least {sorted(verbs)}")
        params = {p.name for p in resources["HealthcareService"].searchParam or []} if "HealthcareService" in resources else set()
        if not {"name", "service-category"} <= params:
            problems.append(f"HealthcareService searchParam {sorted(params)} lacks name or service-category")
        return problems, f"fhirVersion {cap.fhirVersion}, {len(resources)} resource types"

    def healthcare_services():
        services, problems, first = search(api, "HealthcareService")
        if len(first.get("entry", [])) != min(DEFAULT_COUNT, len(services)):
            problems.append(f"the first page holds {len(first.get('entry', []))} entries; the default _count is {DEFAULT_COUNT}")
        ids = {s.get("id") for s in services}
        if ids != set(by_id):
            problems.append(f"{len(ids)} HealthcareServices, {len(by_id)} groups in /api/v1/groups: "
                            f"{len(ids - set(by_id))} unknown to the API, {len(set(by_id) - ids)} missing (e.g. {sorted(ids ^ set(by_id))[:2]})")
        if services:
            state["services"] = services
        host = urlsplit(links(first).get("self", "")).netloc
        if host and host != urlsplit(client.base).netloc:
            t.note(f"FHIR links and fullUrls name {host}, the server under test is {client.base} (public_url; links followed by path)")
        pages = -(-len(services) // DEFAULT_COUNT)
        return problems, f"{len(services)} services on {pages} pages, every Bundle and resource parsed"

    def references():
        problems, seen = [], {}

        def resolve(ref: str, kind: str):
            if ref not in seen:
                seen[ref] = api.read(f"/fhir/{ref}", kind)
                problems.extend(seen[ref][2])
            return seen[ref][1]

        for s in state["services"]:
            sid, where = s.get("id"), f"HealthcareService/{s.get('id')}"
            _, one, bad = api.read(f"/fhir/{where}", "HealthcareService")
            problems.extend(bad)
            if one is not None and one != s:
                problems.append(f"GET /fhir/{where} differs from its search entry")
            org = (s.get("providedBy") or {}).get("reference", "")
            if not org.startswith("Organization/"):
                problems.append(f"{where}: providedBy {s.get('providedBy')!r}")
            else:
                resolve(org, "Organization")
            places = []
            for loc in s.get("location", []):
                ref = loc.get("reference", "")
                if not ref.startswith("Location/"):
                    problems.append(f"{where}: location {loc!r}")
                elif (body := resolve(ref, "Location")) is not None:
                    places.append(body)
            group = by_id.get(sid)
            if not group:
                continue
            virtual = [p for p in places if "vi" in codes([p.get("physicalType") or {}])]
            online = group.get("attendance") in ("online", "hybrid")
            if online and not virtual:
                problems.append(f"{where} ({group['attendance']}): no Location with physicalType vi")
            if group.get("attendance") == "in_person" and virtual:
                problems.append(f"{where} (in person): a virtual Location")
            if group.get("attendance") in ("in_person", "hybrid") and not [p for p in places if p not in virtual]:
                problems.append(f"{where} ({group['attendance']}): no physical Location")
            said = {c.lower() for c in codes(s.get("communication", []))}
            if group.get("languages") and not set(group["languages"]) <= said:
                problems.append(f"{where}: communication {sorted(said)}, the group speaks {group['languages']}")
            if group.get("category") not in codes(s.get("category", [])):
                problems.append(f"{where}: category {sorted(codes(s.get('category', [])))}, the group's is {group.get('category')!r}")
        state["references"] = {k: v[1] for k, v in seen.items()}
        return problems, f"{len(seen)} Organization and Location references resolved and parsed"

    def times():
        problems, weekly, other = [], 0, 0
        for s in state["services"]:
            group, where = by_id.get(s.get("id")), f"HealthcareService/{s.get('id')}"
            schedule = (group or {}).get("schedule")
            if not schedule:
                if group and s.get("availableTime"):
                    problems.append(f"{where}: availableTime for a group with no usual schedule")
                continue
            rule, slots = schedule["rrule"], s.get("availableTime", [])
            if plain_weekly(rule):
                weekly += 1
                days = sorted(DAYS[d] for d in dict(p.split("=", 1) for p in rule.split(";"))["BYDAY"].split(","))
                h, m = map(int, schedule["start"].split(":"))
                # A meeting past midnight cannot be said in one availableTime: 23:59:00 will do.
                end = min(h * 60 + m + int(schedule.get("duration_minutes", 0)), 1439)
                want = {"days": days, "start": f"{h:02}:{m:02}:00", "end": f"{end // 60:02}:{end % 60:02}:00"}
                got = [{"days": sorted(x.get("daysOfWeek", [])), "start": x.get("availableStartTime"),
                        "end": x.get("availableEndTime")} for x in slots]
                if got != [want]:
                    problems.append(f"{where} ({rule} at {schedule['start']}): availableTime {got}, expected [{want}]")
            else:
                other += 1
                if slots:
                    problems.append(f"{where} ({rule}): availableTime {slots} says weekly for a rule that is not")
                if not described(s):
                    problems.append(f"{where} ({rule}): the schedule is not described (availabilityExceptions or an extension)")
        return problems, f"{weekly} weekly in availableTime, {other} fortnightly or monthly described instead"

    def directories():
        problems, said = [], []
        for kind in ("Organization", "Location"):
            items, bad, _ = search(api, kind)
            problems += bad
            for x in items:
                problems += api.read(f"/fhir/{kind}/{x.get('id')}", kind)[2]
            referenced = {ref.split("/", 1)[1] for ref in state.get("references", {}) if ref.startswith(kind + "/")}
            missing = referenced - {x.get("id") for x in items}
            if missing:
                problems.append(f"{len(missing)} {kind}s that HealthcareServices reference are not in GET /fhir/{kind}")
            said.append(f"{len(items)} {kind}s")
        return problems, ", ".join(said)

    def total(params: dict) -> tuple[int | None, list[dict], list[str]]:
        items, problems, first = search(api, "HealthcareService", params)
        return first.get("total"), items, problems

    def search_params():
        problems, said = [], []
        word = "anxiety"
        n, items, bad = total({"name": word})
        n_upper, _, bad_upper = total({"name": word.upper()})
        problems += bad + bad_upper
        want = {g["id"] for g in groups if word in g["name"].lower()}
        if {x.get("id") for x in items} != want:
            problems.append(f"name={word}: {n} services, {len(want)} groups have {word!r} in their name")
        if n_upper != n:
            problems.append(f"name={word.upper()}: total {n_upper}, name={word}: {n} (must not depend on case)")
        said.append(f"name {n}")
        n, items, bad = total({"service-category": "mental_health"})
        problems += bad
        want = {g["id"] for g in groups if g.get("category") == "mental_health"}
        if {x.get("id") for x in items} != want:
            problems.append(f"service-category=mental_health: {n} services, {len(want)} groups in the category")
        systems = {c.get("system") for x in items for cc in x.get("category", []) for c in cc.get("coding", [])
                   if c.get("code") == "mental_health"}
        for system in systems:
            m, _, bad = total({"service-category": f"{system}|mental_health"})
            problems += bad
            if m != n:
                problems.append(f"service-category={system}|mental_health: total {m}, without the system {n}")
        said.append(f"category {n}")
        one = next(iter(by_id))
        m, items, bad = total({"_id": one})
        problems += bad
        if [x.get("id") for x in items] != [one]:
            problems.append(f"_id={one}: {[x.get('id') for x in items]}")
        r, body = api.get("/fhir/HealthcareService", params={"_count": 5})
        r2, body2 = api.get("/fhir/HealthcareService", params={"_count": 5, "_page": 2})
        page1 = [e["resource"]["id"] for e in (body or {}).get("entry", [])]
        page2 = [e["resource"]["id"] for e in (body2 or {}).get("entry", [])]
        if len(page1) != 5 or len(page2) != 5 or set(page1) & set(page2) or "next" not in links(body or {}):
            problems.append(f"_count=5: page 1 {len(page1)} entries, _page=2 {len(page2)}, overlap {len(set(page1) & set(page2))}, "
                            f"next link {'present' if 'next' in links(body or {}) else 'missing'}")
        r, body = api.get("/fhir/HealthcareService", params={"_count": 100})
        if r.status_code != 200 or len((body or {}).get("entry", [])) != min(100, len(by_id)):
            problems.append(f"_count=100: HTTP {r.status_code}, {len((body or {}).get('entry', []))} entries")
        r, body = api.get("/fhir/HealthcareService", params={"_count": 5, "_page": 1000})
        if r.status_code == 200:
            problems += parse(body, "Bundle", r.request.path_url)[1]
            if body.get("entry") or body.get("total") != len(by_id):
                problems.append(f"_page=1000: {len(body.get('entry', []))} entries, total {body.get('total')}")
        else:
            problems += outcome(r, body, {400}, f"GET {r.request.path_url}")
        return problems, ", ".join(said) + ", _id, _count, _page"

    def errors():
        problems = []
        unknown = str(uuid.uuid4())
        for path in (f"HealthcareService/{unknown}", f"Organization/{unknown}", f"Location/{unknown}", "HealthcareService/not-an-id"):
            r, body = api.get(f"/fhir/{path}")
            problems += outcome(r, body, {404}, f"GET /fhir/{path}")
        for count in ("abc", "-1", "1.5"):
            r, body = api.get("/fhir/HealthcareService", params={"_count": count})
            problems += outcome(r, body, {400}, f"GET {r.request.path_url}")
        r, body = api.get("/fhir/HealthcareService", params={"colour": "blue"})
        if r.status_code == 200:
            problems += parse(body, "Bundle", "GET ?colour=blue")[1]
            if "colour" in links(body or {}).get("self", ""):
                problems.append("?colour=blue was ignored but the self link still names it (FHIR: self shows the parameters used)")
        else:
            problems += outcome(r, body, {400}, "GET /fhir/HealthcareService?colour=blue")
        return problems, f"unknown search parameter: HTTP {r.status_code}"

    steps = [
        ("FHIR-1 GET /fhir/metadata parses as an R4 CapabilityStatement", metadata, ()),
        ("FHIR-2 every HealthcareService search page: searchset Bundle, total, links, fullUrl, search.mode; one per group", healthcare_services, ()),
        ("FHIR-3 each HealthcareService by id; providedBy, locations (vi when online), communication, category", references, ("services",)),
        ("FHIR-4 availableTime only for plain weekly schedules; fortnightly and monthly described instead", times, ("services",)),
        ("FHIR-5 Organization and Location searches and reads parse", directories, ("services",)),
        ("FHIR-6 search: name (contains, any case), service-category (code and system|code), _id, _count, _page", search_params, ()),
        ("FHIR-7 errors are OperationOutcomes: unknown id 404, bad _count 400, unknown parameter", errors, ()),
    ]
    for name, fn, needs in steps:
        step(name, fn, needs)
    if make_token is None:
        t.note("no API token: the ServiceRequest checks (FHIR-8 to FHIR-10) were skipped")
    else:
        check_referrals(t, api, state, groups, make_token, step)
    t.check("FHIR-11 every /fhir response says Content-Type: application/fhir+json", api.content_type, f"{api.requests} responses")


def referral(performer: str, email: str) -> dict:
    return {
        "resourceType": "ServiceRequest", "status": "active", "intent": "order",
        "contained": [{"resourceType": "Patient", "id": "p", "name": [{"given": ["Test"]}],
                       "telecom": [{"system": "email", "value": email}]}],
        "subject": {"reference": "#p"},
        "performer": [{"reference": performer}],
        "requester": {"display": "Check Surgery"},
        "note": [{"text": "Referred for peer support."}],
    }


def check_referrals(t: Tally, api: Api, state: dict, groups: list[dict], make_token, step) -> None:
    run = uuid.uuid4().hex[:10]
    group = next((g for g in groups if g.get("status", "active") == "active"), groups[0])
    performer = f"HealthcareService/{group['id']}"
    headers = {"Content-Type": FHIR_JSON}

    def post(body, token):
        return api.call("POST", "/fhir/ServiceRequest", token=token, json=body, headers=headers)

    def create():
        state["token"] = make_token("Check referrer", "Check Surgery")
        r, body = post(referral(performer, f"check-{run}@example.org"), state["token"])
        if r.status_code != 201:
            return [f"POST /fhir/ServiceRequest: HTTP {r.status_code}: {r.text[:300]}"], ""
        model, problems = parse(body, "ServiceRequest", "the 201 body")
        location = r.headers.get("Location", "")
        path = urlsplit(location).path
        if model is None:
            return problems, ""
        if path != f"/fhir/ServiceRequest/{model.id}" and not path.startswith(f"/fhir/ServiceRequest/{model.id}/_history/"):
            problems.append(f"Location header {location!r}, the body's id {model.id!r}")
        if model.status != "active" or model.intent != "order" or [p.reference for p in model.performer or []] != [performer]:
            problems.append(f"the created request: status {model.status}, intent {model.intent}, performer {[p.reference for p in model.performer or []]}")
        state["created"] = model.id
        return problems, f"ServiceRequest/{model.id} for {group.get('slug', group['id'])}"

    def read_back():
        sid = state["created"]
        model, body, problems = api.read(f"/fhir/ServiceRequest/{sid}", "ServiceRequest", token=state["token"])
        if model is not None and (model.id != sid or not model.status):
            problems.append(f"GET ServiceRequest/{sid}: id {model.id!r}, status {model.status!r}")
        r, body = api.get(f"/fhir/ServiceRequest/{sid}")
        problems += outcome(r, body, {401}, "GET it without a token")
        other = make_token("Check other referrer", "Other Check Surgery")
        if other != state["token"]:  # (one --token given: no second referrer to try)
            r, body = api.get(f"/fhir/ServiceRequest/{sid}", token=other)
            problems += outcome(r, body, {403, 404}, "GET it with another referrer's token")
        return problems, f"status {model.status if model else '?'}"

    def refused():
        problems = []
        good = referral(performer, f"check-{run}-refused@example.org")
        for what, token in (("no token", None), ("a made-up token", "kindred_" + uuid.uuid4().hex)):
            r, body = post(good, token)
            problems += outcome(r, body, {401}, f"POST with {what}")
            if r.status_code == 401 and not r.headers.get("WWW-Authenticate", "").lower().startswith("bearer"):
                problems.append(f"POST with {what}: 401 without WWW-Authenticate: Bearer (RFC 6750)")
        bad = {
            "no status": {k: v for k, v in good.items() if k != "status"},
            "no intent": {k: v for k, v in good.items() if k != "intent"},
            "no subject": {k: v for k, v in good.items() if k != "subject"},
            "a performer that is an Organization": {**good, "performer": [{"reference": f"Organization/{uuid.uuid4()}"}]},
            "an unknown HealthcareService": {**good, "performer": [{"reference": f"HealthcareService/{uuid.uuid4()}"}]},
            "no performer": {k: v for k, v in good.items() if k != "performer"},
            "a Patient resource": {"resourceType": "Patient", "name": [{"given": ["Test"]}]},
            "status 'banana'": {**good, "status": "banana"},
        }
        for what, body in bad.items():
            r, answer = post(body, state["token"])
            problems += outcome(r, answer, {400, 422}, f"POST with {what}")
        r, answer = api.call("POST", "/fhir/ServiceRequest", token=state["token"], data="{not json", headers=headers)
        problems += outcome(r, answer, {400, 422}, "POST with a body that is not JSON")
        return problems, f"{len(bad) + 3} refused"

    step("FHIR-8 POST /fhir/ServiceRequest with a token: 201, Location header, a valid ServiceRequest", create)
    step("FHIR-9 GET the ServiceRequest with the token shows its status; no token 401; another referrer 403/404", read_back, ("created",))
    step("FHIR-10 refused: no or bad token 401; invalid requests 400/422; every answer an OperationOutcome", refused, ("token",))
