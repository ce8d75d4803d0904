#!/usr/bin/env python3
"""Protocol checks for Kindred's open health and care feeds, with third-party validators:

  OR-*    Open Referral UK (HSDS 3.0 UK profile) under /openreferral: every page and record
          validated by `jsonschema` against the profile's compiled schemas, then paging,
          filters, bad input, CORS and no-nulls                      (openreferral_checks.py)
  FHIR-*  FHIR R4 under /fhir: every Bundle and resource parsed by `fhir.resources`,
          references followed, search paging walked, referrals (ServiceRequest) made with an
          API token from `kindred admin api-token create`                   (fhir_checks.py)

Usage (with the packages of requirements.txt, e.g. target/test-venv/bin/python):
  healthcare_check.py --bin target/debug/kindred [--database-url postgres://...]
      starts its own demo server in a temporary directory and runs every check
  healthcare_check.py --url http://127.0.0.1:8080 [--token TOKEN]
      against a `kindred serve --demo` already running; the referral checks need --token

Prints one line per check and ends with "checks: N passed, M failed"; exits 1 on failure.
Referrals are new each run (example.org addresses), so a shared database is fine.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from fhir_checks import REFERRERS, check_fhir
from harness import Client, Server, Tally, all_groups, free_port
from openreferral_checks import DEFAULT_SCHEMAS, check_openreferral


def create_tokens(server: Server) -> dict[tuple[str, str], str]:
    """API tokens for REFERRERS from `kindred admin api-token create`, run as Server.start
    runs the server: the same working directory (SQLite under ./kindred-data) and KINDRED_*
    environment. The server must be stopped: SQLite takes one Kindred process at a time."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KINDRED_")}
    env.update(server.env)
    tokens = {}
    for name, organisation in REFERRERS:
        done = subprocess.run(
            [str(server.binary), "admin", "api-token", "create", "--name", name, "--organisation", organisation],
            cwd=server.workdir, env=env, capture_output=True, text=True, timeout=120, check=False,
        )
        lines = done.stdout.strip().splitlines()
        if done.returncode != 0 or not lines:
            raise RuntimeError(f"kindred admin api-token create: exit {done.returncode}: {done.stderr.strip()[-400:]}")
        tokens[(name, organisation)] = lines[-1].strip()
    return tokens


def run_checks(t: Tally, client: Client, schemas: Path, make_token) -> None:
    groups = all_groups(client)
    for name, step in (("Open Referral UK", lambda: check_openreferral(t, client, groups, schemas)),
                       ("FHIR R4", lambda: check_fhir(t, client, groups, make_token))):
        try:
            step()
        except Exception as err:  # noqa: BLE001 (report it and go on to the next feed)
            t.crashed(f"{name} (stopped early)", err)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", type=Path, help="the kindred binary: start a demo server and run every check")
    parser.add_argument("--url", help="a running demo server")
    parser.add_argument("--token", help="with --url: an API token for the referral checks")
    parser.add_argument("--database-url", help="KINDRED_DATABASE_URL for the server (default: SQLite in a temp dir)")
    parser.add_argument("--label", default="sqlite", help="names the server's log files")
    parser.add_argument("--schemas", type=Path, default=DEFAULT_SCHEMAS, help="the Open Referral UK schema folder")
    args = parser.parse_args()
    if bool(args.bin) == bool(args.url):
        parser.error("give exactly one of --bin and --url")
    t = Tally()
    if args.url:
        make_token = (lambda name, organisation: args.token) if args.token else None
        run_checks(t, Client(args.url.rstrip("/")), args.schemas, make_token)
    else:
        with tempfile.TemporaryDirectory(prefix="kindred-healthcare-") as tmp:
            env = {"KINDRED_DATABASE_URL": args.database_url} if args.database_url else {}
            server = Server(args.bin.resolve(), Path(tmp), free_port(), env)
            try:
                # Once to load the demo data; stopped to make API tokens; again for the checks.
                server.start(f"healthcare-{args.label}")
                server.stop()
                try:
                    tokens = create_tokens(server)
                    make_token = lambda name, organisation: tokens[(name, organisation)]  # noqa: E731
                except Exception as err:  # noqa: BLE001 (the referral checks will report it)
                    def make_token(name, organisation, err=err):
                        raise err
                server.start(f"healthcare-{args.label}-checks")
                run_checks(t, Client(server.url), args.schemas, make_token)
            except Exception as err:  # noqa: BLE001
                t.crashed("server checks (stopped early)", err)
            finally:
                server.stop()
    print(t.summary(), flush=True)
    return 1 if t.failed or not t.passed else 0


if __name__ == "__main__":
    sys.exit(main())
