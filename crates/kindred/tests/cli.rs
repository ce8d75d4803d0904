//! The `kindred` binary as a newcomer meets it: start-up, configuration errors, a second
//! instance, shutdown. Runs the real binary against a real listener on 127.0.0.1.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test that cannot proceed should panic"
)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

fn kindred(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kindred"));
    cmd.current_dir(dir)
        .env_remove("KINDRED_DATABASE_URL")
        .env_remove("KINDRED_BIND")
        .env_remove("KINDRED_CONFIG")
        .stdin(Stdio::null());
    // On the PostgreSQL pass, the server runs on PostgreSQL too.
    if let Ok(url) = std::env::var("KINDRED_TEST_DATABASE_URL") {
        cmd.env("KINDRED_DATABASE_URL", url);
    }
    cmd
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().unwrap()
}

struct Server {
    child: Child,
    address: String,
}

impl Server {
    fn start(dir: &Path, extra: &[&str]) -> Self {
        let mut child = kindred(dir)
            .args(["serve", "--bind", "127.0.0.1:0"])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).unwrap();
        let address = line
            .split("http://")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .unwrap_or_else(|| panic!("no address in {line:?}"))
            .to_owned();
        Self { child, address }
    }

    fn get(&self, path: &str) -> (u16, String) {
        let mut stream = TcpStream::connect(&self.address).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nAccept: application/json\r\n\r\n",
            self.address
        )
        .unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        let status = response
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let body = response.split("\r\n\r\n").nth(1).unwrap_or_default().to_owned();
        (status, body)
    }

    fn terminate(mut self) -> std::process::ExitStatus {
        let pid = self.child.id().to_string();
        Command::new("kill").args(["-TERM", &pid]).status().unwrap();
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(Instant::now() < deadline, "kindred did not stop on SIGTERM");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn help_and_version() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["--help"][..],
        &["serve", "--help"],
        &["migrate", "--help"],
        &["demo", "--help"],
    ] {
        let out = run(kindred(dir.path()).args(args));
        assert!(out.status.success(), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stdout).contains("Usage"), "{args:?}");
    }
    let out = run(kindred(dir.path()).arg("version"));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("kindred {}", env!("CARGO_PKG_VERSION"))
    );
    let out = run(kindred(dir.path()).arg("settings"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("KINDRED_DATABASE_URL"));
}

#[test]
fn bad_configuration_stops_with_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(kindred(dir.path())
        .arg("serve")
        .env("KINDRED_BIND", "not-an-address"));
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("`bind`") && err.contains("KINDRED_BIND"), "{err}");

    std::fs::write(
        dir.path().join("kindred.toml"),
        "request_timeout_secs = \"soon\"\n",
    )
    .unwrap();
    let out = run(kindred(dir.path()).arg("serve"));
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("`request_timeout_secs`") && err.contains("kindred.toml"),
        "{err}"
    );
}

#[test]
fn an_unreachable_database_is_a_clear_error_without_the_password() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(kindred(dir.path()).arg("migrate").env(
        "KINDRED_DATABASE_URL",
        "postgres://kindred:hunter2@127.0.0.1:9/kindred",
    ));
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("cannot open the database"), "{err}");
    assert!(!err.contains("hunter2"), "{err}");
}

#[test]
fn synthetic_groups_are_generated_at_scale() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(kindred(dir.path()).args(["demo", "--groups", "1500"]));
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Generated 1500 synthetic groups"));
    let out = run(kindred(dir.path()).args(["demo", "--groups", "0"]));
    assert!(!out.status.success());
    if std::env::var("KINDRED_TEST_DATABASE_URL").is_err() {
        let server = Server::start(dir.path(), &[]);
        let (status, body) = server.get("/api/v1/groups?q=anxiety&near=LS6&per_page=5");
        assert_eq!(status, 200, "{body}");
        assert!(body.contains("distance_km"), "{body}");
        assert!(server.terminate().success());
    }
}

#[test]
fn groups_are_imported_from_csv_and_json_with_row_level_errors() {
    let dir = tempfile::tempdir().unwrap();
    let unique = std::process::id();
    let org = format!("Import Test Organisation {unique}");
    let json = serde_json::json!({
        "organisations": [{"name": org, "kind": "charity", "verified": true}],
        "groups": [
            {"slug": format!("import-online-{unique}"), "name": "Online Import Group", "organisation": org, "summary": "Online.",
             "category": "mental_health", "conditions": ["anxiety"], "leadership": "peer_led", "structure": "unstructured",
             "attendance": "online", "languages": ["en"], "area": "Online", "cost": "free", "joining": "open"},
            {"slug": format!("import-leeds-{unique}"), "name": "Leeds Import Group", "organisation": org, "summary": "In Leeds.",
             "category": "caregivers", "conditions": ["carers"], "leadership": "peer_led", "structure": "unstructured",
             "attendance": "in_person", "languages": ["en"], "venue": {"name": "Hall", "address": "1 Road", "postcode": "LS6 3HE"},
             "area": "Leeds", "cost": "free", "joining": "open"}
        ]
    });
    let json_path = dir.path().join("groups.json");
    std::fs::write(&json_path, json.to_string()).unwrap();

    let dry = run(kindred(dir.path()).args(["import", "groups", json_path.to_str().unwrap(), "--dry-run"]));
    assert!(dry.status.success(), "{}", stderr(&dry));
    let text = String::from_utf8_lossy(&dry.stdout);
    assert!(
        text.contains("2 groups would be created") && text.contains("nothing was written"),
        "{text}"
    );

    let first = run(kindred(dir.path()).args(["import", "groups", json_path.to_str().unwrap()]));
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(String::from_utf8_lossy(&first.stdout).contains("2 groups were created"));
    let again = run(kindred(dir.path()).args(["import", "groups", json_path.to_str().unwrap()]));
    assert!(
        String::from_utf8_lossy(&again.stdout).contains("0 groups were created, 0 updated, 2 unchanged"),
        "idempotent"
    );

    let csv_path = dir.path().join("groups.csv");
    std::fs::write(
        &csv_path,
        format!(
            "slug,name,organisation,summary,category,conditions,leadership,structure,attendance,languages,area,cost,joining,venue_name,venue_address,venue_postcode\n\
             csv-good-{unique},Good,{org},Fine.,mental_health,anxiety;depression,peer_led,unstructured,in_person,en;cy,Cardiff,free,open,Hall,1 Road,CF10 1EP\n\
             csv-bad-{unique},Bad,{org},Bad.,sports,anxiety,peer_led,unstructured,online,en,Online,free,open,,,\n\
             csv-nowhere-{unique},Nowhere,{org},Lost.,mental_health,anxiety,peer_led,unstructured,in_person,en,Atlantis,free,open,Hall,1 Road,ZZ9 9ZZ\n"
        ),
    )
    .unwrap();
    let bad = run(kindred(dir.path()).args(["import", "groups", csv_path.to_str().unwrap()]));
    assert!(!bad.status.success());
    let err = stderr(&bad);
    assert!(err.contains("row 2: category"), "{err}");
    assert!(err.contains("row 3: venue"), "{err}");
    assert!(err.contains("nothing was imported"), "{err}");
    let out = run(kindred(dir.path()).args(["import", "groups", dir.path().join("x.txt").to_str().unwrap()]));
    assert!(!out.status.success());
}

#[test]
fn serve_answers_then_stops_gracefully() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), &["--demo"]);
    let (status, body) = server.get("/healthz");
    assert_eq!(status, 200, "{body}");
    let (status, body) = server.get("/api/v1/organisations?per_page=100");
    assert_eq!(status, 200);
    assert!(
        body.contains("Riverside Peer Support"),
        "demo data is loaded: {body}"
    );
    let (status, body) = server.get("/api/v1/groups?per_page=1");
    assert_eq!(status, 200);
    let total = serde_json::from_str::<serde_json::Value>(&body).unwrap()["total"]
        .as_u64()
        .unwrap();
    assert!(total >= 80, "the curated demo directory: {total}");
    let status = server.terminate();
    assert!(status.success(), "{status:?}");
}

#[test]
fn sqlite_is_the_default_and_a_second_server_is_refused() {
    if std::env::var("KINDRED_TEST_DATABASE_URL").is_ok() {
        return; // This test is about the embedded database.
    }
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), &[]);
    assert!(dir.path().join("kindred-data/kindred.db").exists());
    let out = run(kindred(dir.path()).args(["serve", "--bind", "127.0.0.1:0"]));
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("another Kindred process"), "{err}");
    // The first server is unharmed.
    assert_eq!(server.get("/healthz").0, 200);
    assert!(server.terminate().success());
    // And the database is intact for the next start.
    let out = run(kindred(dir.path()).arg("migrate"));
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn administrators_are_made_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let email = format!("admin-{}@example.org", std::process::id());
    let mut create = kindred(dir.path())
        .args([
            "admin",
            "create-user",
            "--email",
            &email,
            "--role",
            "admin",
            "--password-stdin",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    create
        .stdin
        .take()
        .unwrap()
        .write_all(b"a long admin passphrase\n")
        .unwrap();
    let out = create.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("with role admin"), "{stdout}");
    assert!(
        !stdout.contains("passphrase"),
        "a password given on stdin is not printed"
    );

    let again = run(kindred(dir.path()).args(["admin", "create-user", "--email", &email, "--role", "admin"]));
    assert!(!again.status.success());
    assert!(stderr(&again).contains("already exists"), "{}", stderr(&again));

    let out = run(kindred(dir.path()).args(["admin", "set-role", "--email", &email, "--role", "moderator"]));
    assert!(out.status.success(), "{}", stderr(&out));
    let out = run(kindred(dir.path()).args(["admin", "set-role", "--email", &email, "--role", "emperor"]));
    assert!(!out.status.success());
    assert!(stderr(&out).contains("--role"), "{}", stderr(&out));
    let out = run(kindred(dir.path()).args([
        "admin",
        "set-role",
        "--email",
        "nobody@example.org",
        "--role",
        "none",
    ]));
    assert!(stderr(&out).contains("no account"), "{}", stderr(&out));

    // A generated password is printed once, for the operator to hand over.
    let other = format!("mod-{}@example.org", std::process::id());
    let out =
        run(kindred(dir.path()).args(["admin", "create-user", "--email", &other, "--role", "moderator"]));
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Password (shown once"));
}

#[test]
fn safety_scan_reads_lines_and_writes_json_lines() {
    let dir = tempfile::tempdir().unwrap();
    let mut scan = kindred(dir.path())
        .args(["safety", "scan", "--lang", "en"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    scan.stdin
        .take()
        .unwrap()
        .write_all(b"lovely weather for the walk\nim going to kill myself tonight\nthis heat is killing me\n")
        .unwrap();
    let out = scan.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let levels: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["level"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(levels, ["none", "urgent", "none"]);
    let bad = run(kindred(dir.path()).args(["safety", "scan", "--lang", "xx"]));
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("--lang"), "{}", stderr(&bad));
}

#[test]
fn master_keys_are_made_once_kept_private_and_rotated() {
    let dir = tempfile::tempdir().unwrap();
    // `keys generate` prints a 32-byte key as base64, and needs no configuration.
    let out = run(kindred(dir.path()).args(["keys", "generate"]));
    assert!(out.status.success(), "{}", stderr(&out));
    let key = String::from_utf8(out.stdout).unwrap().trim().to_owned();
    assert_eq!(key.len(), 44, "{key}");

    // With no key configured, the first start makes one in the data folder, owner-only.
    let out = run(kindred(dir.path()).args(["migrate"]));
    assert!(out.status.success(), "{}", stderr(&out));
    let file = dir.path().join("kindred-data/master.key");
    let first = std::fs::read_to_string(&file).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    run(kindred(dir.path()).args(["migrate"]));
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        first,
        "the key is kept, not replaced"
    );

    // A bad key stops start-up with a clear line, without echoing it.
    let out = run(kindred(dir.path())
        .env("KINDRED_MASTER_KEY", "not-a-key")
        .args(["migrate"]));
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("master_key") && !stderr(&out).contains("not-a-key"),
        "{}",
        stderr(&out)
    );

    // Rotation to a new key, with the old one as previous, succeeds (and is idempotent).
    let out = run(kindred(dir.path())
        .env("KINDRED_MASTER_KEY", &key)
        .env("KINDRED_PREVIOUS_MASTER_KEYS", first.trim())
        .args(["keys", "rotate"]));
    assert!(out.status.success(), "{}", stderr(&out));

    // Deleting a group asks for its slug twice.
    let out = run(kindred(dir.path()).args([
        "admin",
        "delete-group",
        "--slug",
        "some-group",
        "--confirm",
        "other",
    ]));
    assert!(!out.status.success());
    assert!(stderr(&out).contains("repeat its slug"), "{}", stderr(&out));
    let out = run(kindred(dir.path()).args([
        "admin",
        "delete-group",
        "--slug",
        "no-such-group",
        "--confirm",
        "no-such-group",
    ]));
    assert!(!out.status.success());
    assert!(stderr(&out).contains("no group has the slug"), "{}", stderr(&out));
}
