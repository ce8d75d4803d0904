"""Small helpers for the protocol checks: a Kindred server process, an SMTP sink that keeps
every message it receives, a web client that behaves like a same-origin browser form, and
a tally of named checks.

Everything listens on 127.0.0.1 only; nothing here reaches the internet.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import os
import signal
import socket
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests
from aiosmtpd.controller import Controller

UTC = dt.timezone.utc
# The demo group with a cancelled (2nd upcoming) and a moved (3rd, a day later) meeting.
CARDIFF = "cardiff-anxiety-cafe"
# How far the API looks ahead (HORIZON_DAYS in crates/kindred-web/src/meetings/mod.rs).
HORIZON = dt.timedelta(days=400)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- results -------------------------------------------------------------------------------


class Tally:
    """Named checks: one line each, and a closing "checks: N passed, M failed"."""

    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0

    def check(self, name: str, problems: list[str] | bool, detail: str = "") -> bool:
        """`problems` is a list of what went wrong (empty: pass) or a plain truth value."""
        if isinstance(problems, bool):
            problems = [] if problems else [detail or "assertion failed"]
        if problems:
            self.failed += 1
            print(f"FAIL {name}", flush=True)
            for p in problems[:8]:
                print(f"     - {p}", flush=True)
            if len(problems) > 8:
                print(f"     - ... and {len(problems) - 8} more", flush=True)
            return False
        self.passed += 1
        print(f"ok   {name}" + (f" ({detail})" if detail else ""), flush=True)
        return True

    def note(self, text: str) -> None:
        """Worth knowing, but not a failure (a choice for the people building Kindred)."""
        print(f"note {text}", flush=True)

    def crashed(self, name: str, err: BaseException) -> None:
        """A check that could not run to the end counts as failed."""
        self.check(name, [f"{type(err).__name__}: {err}"])

    def summary(self) -> str:
        return f"checks: {self.passed} passed, {self.failed} failed"


# --- SMTP sink -----------------------------------------------------------------------------


@dataclass
class Mail:
    to: list[str]
    subject: str
    body: str
    headers: dict[str, str]


class _Keep:
    def __init__(self, sink: "SmtpSink") -> None:
        self.sink = sink

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        msg = email.message_from_bytes(envelope.original_content or envelope.content, policy=email.policy.default)
        part = msg.get_body(preferencelist=("plain",)) or msg
        mail = Mail(
            to=[a.lower() for a in envelope.rcpt_tos],
            subject=str(msg.get("Subject", "")),
            body=part.get_content(),
            headers={k.lower(): str(v) for k, v in msg.items()},
        )
        with self.sink.lock:
            self.sink.messages.append(mail)
        return "250 Message accepted for delivery"


class SmtpSink:
    """An SMTP server on 127.0.0.1 (aiosmtpd, no TLS, no auth) that keeps every message."""

    def __init__(self) -> None:
        self.messages: list[Mail] = []
        self.lock = threading.Lock()
        self.port = free_port()
        self.controller = Controller(_Keep(self), hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> "SmtpSink":
        self.controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self.controller.stop()

    def to(self, address: str) -> list[Mail]:
        with self.lock:
            return [m for m in self.messages if address.lower() in m.to]

    def wait_for(self, address: str, match, timeout: float) -> list[Mail]:
        """Messages to `address` for which `match(mail)` holds, waiting up to `timeout` s
        for at least one."""
        deadline = time.monotonic() + timeout
        while True:
            found = [m for m in self.to(address) if match(m)]
            if found or time.monotonic() > deadline:
                return found
            time.sleep(0.5)


# --- the server ----------------------------------------------------------------------------


@dataclass
class Server:
    """`kindred serve --demo` in `workdir` (which gets ./kindred-data), on a fixed port so
    that a restart keeps the same public URL."""

    binary: Path
    workdir: Path
    port: int
    env: dict[str, str] = field(default_factory=dict)
    process: subprocess.Popen | None = None
    log: Path | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, name: str, timeout: float = 120) -> "Server":
        env = {k: v for k, v in os.environ.items() if not k.startswith("KINDRED_")}
        env.update(self.env)
        self.log = self.workdir / f"{name}.log"
        out = self.workdir / f"{name}.out"
        with open(self.log, "wb") as err_file, open(out, "wb") as out_file:
            self.process = subprocess.Popen(
                [str(self.binary), "serve", "--demo", "--bind", f"127.0.0.1:{self.port}"],
                cwd=self.workdir,
                env=env,
                stdout=out_file,
                stderr=err_file,
                stdin=subprocess.DEVNULL,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if "Kindred is running at" in out.read_text(errors="replace"):
                return self
            if self.process.poll() is not None:
                break
            time.sleep(0.2)
        tail = self.log.read_text(errors="replace")[-2000:]
        self.stop()
        raise RuntimeError(f"the server ({name}) did not start:\n{tail}")

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log else ""

    def stop(self) -> None:
        """A clean stop (SIGTERM), as an operator would."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def crash(self) -> None:
        """SIGKILL: no chance to finish anything."""
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.process = None


# --- a web client ----------------------------------------------------------------------------


class Client:
    """A requests session that sends what a same-origin browser form sends (`Origin`), so
    Kindred's cross-site guard lets its POSTs through."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.http = requests.Session()
        self.http.headers["Accept-Language"] = "en"

    def get(self, path: str, **kw) -> requests.Response:
        return self.http.get(self.base + path, timeout=60, **kw)

    def post(self, path: str, data: dict | None = None, **kw) -> requests.Response:
        headers = {"Origin": self.base, **kw.pop("headers", {})}
        return self.http.post(self.base + path, data=data or {}, headers=headers, timeout=60, **kw)

    def json(self, path: str, **kw):
        r = self.get(path, **kw)
        r.raise_for_status()
        return r.json()

    def fresh(self) -> "Client":
        """A new connection pool with the same cookies (after a server restart)."""
        other = Client(self.base)
        other.http.cookies.update(self.http.cookies)
        return other


# --- the JSON API ------------------------------------------------------------------------------


def instant(text: str) -> dt.datetime:
    """An RFC 3339 time from the API, as an aware UTC datetime."""
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def rfc3339(t: dt.datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def rule_date(item: dict) -> dt.date:
    """A meeting id is `<series id>-<YYYY-MM-DD>`: the date the rule gave it."""
    return dt.date.fromisoformat(item["id"][-10:])


def all_groups(client: Client) -> list[dict]:
    groups, page = [], 1
    while True:
        body = client.json("/api/v1/groups", params={"per_page": 100, "page": page})
        groups += body["items"]
        if page >= body.get("total_pages", 1) or not body["items"]:
            return groups
        page += 1


def api_meetings(client: Client, slug: str, lo: dt.datetime, hi: dt.datetime, limit: int = 100):
    """Meetings (cancelled ones too) not ended at `lo` that start before `hi`, page by page
    through the `next_after` cursor. Returns (items, ids the API repeated across pages)."""
    items, seen, repeated = [], set(), []
    params = {"from": rfc3339(lo), "limit": limit}
    for _ in range(200):
        body = client.json(f"/api/v1/groups/{slug}/meetings", params=params)
        for item in body["items"]:
            if item["id"] in seen:
                repeated.append(item["id"])
                continue
            seen.add(item["id"])
            items.append(item)
        if not body.get("next_after") or not body["items"] or instant(body["items"][-1]["starts_at"]) >= hi:
            break
        params = {"from": rfc3339(lo), "after": body["next_after"], "limit": limit}
    return [i for i in items if instant(i["starts_at"]) < hi], repeated
