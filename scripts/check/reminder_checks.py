"""Checks 5-6: meeting reminders end to end over real SMTP (an aiosmtpd sink), through the
same forms a person uses, and a reminder that must survive `kill -9` while SMTP is down."""

from __future__ import annotations

import datetime as dt
import re
import tempfile
import time
import uuid
from pathlib import Path

from harness import CARDIFF, UTC, Client, Server, SmtpSink, Tally, api_meetings, free_port, instant

PASSWORD = "a-long-test-password-for-checks"

def link_in(body: str, base: str, path: str) -> str | None:
    """The first link to `base + path...` in an email body, as a path."""
    m = re.search(re.escape(base) + r"(" + re.escape(path) + r"[^\s<>\"']*)", body)
    return m.group(1) if m else None


def newcomer(client: Client, sink: SmtpSink, address: str, name: str) -> list[str]:
    """Signs up, confirms the address from the emailed link, signs in, and joins Cardiff
    Anxiety Café, as a person would with a browser. Returns problems (empty: all done)."""
    r = client.post("/signup", {"email": address, "pseudonym": name, "password": PASSWORD})
    if r.status_code != 200:
        return [f"sign-up: HTTP {r.status_code}"]
    mails = sink.wait_for(address, lambda m: "/verify/" in m.body, 30)
    if not mails:
        return [f"no confirmation email to {address} within 30 s"]
    verify = link_in(mails[0].body, client.base, "/verify/")
    if not verify:
        return [f"the confirmation email has no link starting {client.base}/verify/: {mails[0].body!r}"]
    for step, r in (("open the confirmation link", client.get(verify)), ("confirm", client.post(verify))):
        if r.status_code != 200:
            return [f"{step}: HTTP {r.status_code}"]
    r = client.post("/login", {"email": address, "password": PASSWORD, "next": "/"})
    if r.status_code != 200 or "kindred_session" not in client.http.cookies:
        return [f"sign in: HTTP {r.status_code}, cookies {list(client.http.cookies.keys())}"]
    page = client.get(f"/groups/{CARDIFF}/join")
    version = re.search(r'name="version" value="(\d+)"', page.text)
    if page.status_code != 200 or not version:
        return [f"join page: HTTP {page.status_code}, version field {'found' if version else 'missing'}"]
    r = client.post(f"/groups/{CARDIFF}/join", {"accept": "yes", "version": version.group(1)})
    if r.status_code != 200:
        return [f"join: HTTP {r.status_code}"]
    return []


def next_meeting(client: Client) -> dict | None:
    """Cardiff's next meeting that is not cancelled, starts in 3 minutes or more (a reminder
    is only queued before the start) and within the 14 days KINDRED_REMINDER_MINUTES allows."""
    now = dt.datetime.now(UTC)
    items, _ = api_meetings(client, CARDIFF, now, now + dt.timedelta(days=13))
    return next((i for i in items if not i["cancelled"] and instant(i["starts_at"]) > now + dt.timedelta(minutes=3)), None)


def reply(client: Client, meeting_id: str, answer: str) -> list[str]:
    r = client.post(f"/meetings/{meeting_id}/reply", {"reply": answer})
    if r.status_code != 200:
        return [f"reply {answer}: HTTP {r.status_code}"]
    mine = client.json(f"/api/v1/meetings/{meeting_id}").get("my_reply")
    return [] if mine == answer else [f"after replying {answer}, the API says my_reply={mine!r}"]


def is_reminder(mail, meeting_id: str) -> bool:
    return mail.subject.startswith("Reminder:") and f"/meetings/{meeting_id}" in mail.body


def reminders(sink: SmtpSink, address: str, meeting_id: str) -> list:
    return [m for m in sink.to(address) if is_reminder(m, meeting_id)]


def check_reminders(t: Tally, binary: Path, database_url: str | None, label: str, first_server=None) -> None:
    """Starts a demo server with KINDRED_MAIL_URL at the sink and every reminder due at once
    (KINDRED_REMINDER_MINUTES=20160: two weeks); `first_server(client)` runs first, on it."""
    run = uuid.uuid4().hex[:10]
    first = f"newcomer-{label}-{run}@example.org"
    second = f"crash-test-{label}-{run}@example.org"
    with tempfile.TemporaryDirectory(prefix="kindred-check-") as tmp, SmtpSink() as sink:
        env = {"KINDRED_MAIL_URL": f"smtp://127.0.0.1:{sink.port}", "KINDRED_REMINDER_MINUTES": "20160"}
        if database_url:
            env["KINDRED_DATABASE_URL"] = database_url
        server = Server(binary, Path(tmp), free_port(), env)
        server.start("first")
        meeting = None
        users: list[Client] = []
        try:
            a, b = Client(server.url), Client(server.url)
            users = [a, b]
            if first_server:
                first_server(a)

            # 5: a newcomer's reminder.
            problems = newcomer(a, sink, first, "Test Newcomer") or newcomer(b, sink, second, "Test Crash")
            meeting = next_meeting(a)
            if meeting is None:
                problems.append(f"{CARDIFF} has no meeting (not cancelled) in the next 13 days")
            else:
                problems += reply(a, meeting["id"], "going")
            t.check(f"5a sign up, confirm the emailed link, sign in, join {CARDIFF}, reply going"
                    + (f" to {meeting['id'][-10:]}" if meeting else ""), problems)
            if problems:
                return
            sink.wait_for(first, lambda m: is_reminder(m, meeting["id"]), 90)
            time.sleep(7)  # one more outbox pass (every 5 s): would a second copy follow?
            got = reminders(sink, first, meeting["id"])
            problems = [] if len(got) == 1 else [f"{len(got)} reminders to {first} for {meeting['id']}"]
            if got:
                body = got[0].body
                if not link_in(body, server.url, f"/meetings/{meeting['id']}"):
                    problems.append(f"no link {server.url}/meetings/{meeting['id']} in the body")
                if not link_in(body, server.url, "/unsubscribe/"):
                    problems.append(f"no link {server.url}/unsubscribe/<token> in the body")
                headers = {k.lower(): v for k, v in got[0].headers.items()} if hasattr(got[0].headers, "items") else {}
                if "/unsubscribe/" not in str(headers.get("list-unsubscribe", "")):
                    problems.append("no List-Unsubscribe header pointing at /unsubscribe/<token> (RFC 2369)")
                if str(headers.get("list-unsubscribe-post", "")) != "List-Unsubscribe=One-Click":
                    problems.append("no List-Unsubscribe-Post: List-Unsubscribe=One-Click header (RFC 8058)")
            t.check("5b exactly one reminder over SMTP: subject 'Reminder:', meeting link, unsubscribe link and List-Unsubscribe headers", problems,
                    got[0].subject if got else "")

            # 6: the second person replies while SMTP is down; the server is killed; the
            # reminder still arrives, once, after a restart.
            server.stop()
            down = free_port()  # nothing listens here
            server.env = {**env, "KINDRED_MAIL_URL": f"smtp://127.0.0.1:{down}"}
            server.start("smtp-down")
            b = b.fresh()
            users[1] = b
            problems = reply(b, meeting["id"], "going")
            # The log says when the reminder is queued and when sending it failed.
            deadline = time.monotonic() + 30
            while "email not sent" not in server.log_text() and time.monotonic() < deadline:
                time.sleep(0.5)
            for line in ("meeting reminders queued", "email not sent"):
                if line not in server.log_text():
                    problems.append(f"the server log has no {line!r} within 30 s of the reply")
            time.sleep(2)  # let it record the failure and the retry time
            server.crash()
            if reminders(sink, second, meeting["id"]):
                problems.append("a reminder reached the sink although SMTP was down")
            t.check("6a reply while SMTP is down: reminder queued, delivery fails, server killed (SIGKILL)", problems)

            server.env = env
            started = time.monotonic()
            server.start("restarted")
            # mail.rs retries after 30 s << attempts (60 s after the first failure); a
            # message claimed when the server died is free again after its 120 s lease.
            sink.wait_for(second, lambda m: is_reminder(m, meeting["id"]), 180)
            waited = time.monotonic() - started
            time.sleep(7)
            got = reminders(sink, second, meeting["id"])
            problems = [] if len(got) == 1 else [f"{len(got)} reminders to {second} after the restart"]
            again = reminders(sink, first, meeting["id"])
            if len(again) != 1:
                problems.append(f"the first person now has {len(again)} reminders (a restart must not repeat one)")
            t.check("6b after restart the reminder arrives exactly once; no earlier reminder is repeated",
                    problems, f"arrived {waited:.0f} s after the restart")

            problems = []
            unsubscribe = link_in(got[0].body, server.url, "/unsubscribe/") if got else None
            if not unsubscribe:
                problems.append("no unsubscribe link to follow")
            else:
                anonymous = Client(server.url)  # the link works without signing in
                shown = anonymous.get(unsubscribe)
                done = anonymous.post(unsubscribe)
                form = 'method="post"' in shown.text
                if shown.status_code != 200 or not form:
                    problems.append(f"GET {unsubscribe}: HTTP {shown.status_code}, form {'found' if form else 'missing'}")
                if done.status_code != 200 or 'role="status"' not in done.text:
                    problems.append(f"POST {unsubscribe}: HTTP {done.status_code}, no confirmation on the page")
            t.check("6c unsubscribe link: GET shows a form (200), POST turns meeting emails off (200)", problems)
        finally:
            # Give the places back (capacity is limited and the database may be shared).
            if meeting is not None and server.process is not None:
                for c in users:
                    try:
                        c.fresh().post(f"/meetings/{meeting['id']}/reply", {"reply": "not_going"})
                    except Exception:  # noqa: BLE001
                        pass
            server.stop()
