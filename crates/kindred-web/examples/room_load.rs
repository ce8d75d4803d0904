//! Load tool for live rooms: simulated participants on real WebSockets over loopback,
//! against Kindred and, in the same run, against a minimal reference (a tokio broadcast
//! WebSocket echo server: every message goes to everyone in its room, no checks, no
//! storage). Both servers run in this process, so CPU and memory figures cover client and
//! server alike and compare like with like.
//!
//! Traffic per participant, as in a real meeting: a chat message every 10 s, a speaking
//! report every second, an application ping every 20 s, a hand raised or lowered every
//! 30 s, all with random phases. Then a burst phase: a chat message every 100 ms each, to
//! find the delivery ceiling. Latency is measured on chat messages (send to receipt by each
//! other participant), from a timestamp in the text.
//!
//! Usage: `room_load [--rooms 100] [--people 12] [--seconds 30] [--burst-seconds 10]
//!                   [--database-url sqlite://...|postgres://...]`
//! Without a database URL a fresh SQLite file in a temporary directory is used.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "a load tool fails loudly")]

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::ws::{Message as AxMessage, WebSocket, WebSocketUpgrade};
use axum::extract::{Path, State};
use axum::routing::get;
use futures_util::{SinkExt, StreamExt};
use kindred_core::groups::GroupRole;
use kindred_store::{ConnectOptions, NewUser, Store};
use kindred_web::{AppState, WebSettings};
use serde_json::{Value, json};
use tokio::sync::broadcast;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

#[derive(Debug, Clone)]
struct Args {
    rooms: usize,
    people: usize,
    seconds: u64,
    burst_seconds: u64,
    database_url: Option<String>,
}

fn args() -> Args {
    let mut a = Args {
        rooms: 100,
        people: 12,
        seconds: 30,
        burst_seconds: 10,
        database_url: None,
    };
    let raw: Vec<String> = std::env::args().skip(1).collect();
    for pair in raw.chunks(2) {
        let value = pair.get(1).cloned().unwrap_or_default();
        match pair[0].as_str() {
            "--rooms" => a.rooms = value.parse().expect("--rooms N"),
            "--people" => a.people = value.parse().expect("--people N"),
            "--seconds" => a.seconds = value.parse().expect("--seconds N"),
            "--burst-seconds" => a.burst_seconds = value.parse().expect("--burst-seconds N"),
            "--database-url" => a.database_url = Some(value),
            other => panic!("unknown argument {other}"),
        }
    }
    a
}

/// One simulated participant's way in: the URL and the cookie.
#[derive(Debug, Clone)]
struct Seat {
    url: String,
    cookie: Option<String>,
}

/// What the participants measured.
#[derive(Debug, Default)]
struct Tally {
    delivered: AtomicU64,
    sent: AtomicU64,
    errors: AtomicU64,
    latencies_us: std::sync::Mutex<Vec<u64>>,
    burst_latencies_us: std::sync::Mutex<Vec<u64>>,
}

fn micros(epoch: Instant) -> u64 {
    u64::try_from(epoch.elapsed().as_micros()).unwrap_or(u64::MAX)
}

/// What every participant shares: the clock, the tally and the phase switches.
#[derive(Debug, Clone)]
struct Shared {
    epoch: Instant,
    tally: Arc<Tally>,
    measuring: Arc<AtomicBool>,
    burst: Arc<AtomicBool>,
    stop: Arc<AtomicBool>,
    ready: tokio::sync::mpsc::Sender<()>,
}

/// Runs one participant until `stop`; `burst` switches chat to every 100 ms.
async fn participant(seat: Seat, shared: Shared, seed: u64) {
    let Shared {
        epoch,
        tally,
        measuring,
        burst,
        stop,
        ready,
    } = shared;
    let mut request = seat.url.clone().into_client_request().unwrap();
    if let Some(cookie) = &seat.cookie {
        request.headers_mut().insert("cookie", cookie.parse().unwrap());
    }
    // Both servers and the clients read 4 KiB at a time (tungstenite's default of 128 KiB
    // is zeroed on every read).
    let config = tokio_tungstenite::tungstenite::protocol::WebSocketConfig::default().read_buffer_size(4096);
    let (ws, _) = match tokio_tungstenite::connect_async_with_config(request, Some(config), false).await {
        Ok(ok) => ok,
        Err(err) => {
            eprintln!("room_load: connect failed: {err}");
            tally.errors.fetch_add(1, Ordering::Relaxed);
            let _ = ready.send(()).await;
            return;
        }
    };
    let (mut tx, mut rx) = ws.split();
    let _ = ready.send(()).await;
    let phase = |period_ms: u64| Duration::from_millis((seed * 7919) % period_ms);
    let start = tokio::time::Instant::now();
    let mut chat = tokio::time::interval_at(start + phase(10_000), Duration::from_secs(10));
    let mut fast_chat = tokio::time::interval_at(start + phase(100), Duration::from_millis(100));
    let mut spoke = tokio::time::interval_at(start + phase(1_000), Duration::from_secs(1));
    let mut ping = tokio::time::interval_at(start + phase(20_000), Duration::from_secs(20));
    let mut hand = tokio::time::interval_at(start + phase(30_000), Duration::from_secs(30));
    let mut hand_up = false;
    let mut check = tokio::time::interval(Duration::from_millis(200));
    let mut latencies = Vec::new();
    let mut burst_latencies = Vec::new();
    loop {
        let outgoing = tokio::select! {
            incoming = rx.next() => {
                match incoming {
                    Some(Ok(Message::Text(text))) => {
                        if measuring.load(Ordering::Relaxed) {
                            tally.delivered.fetch_add(1, Ordering::Relaxed);
                            if let Ok(v) = serde_json::from_str::<Value>(text.as_str()) {
                                let body = v["line"]["text"].as_str().or(v["text"].as_str()).unwrap_or("");
                                if let Some(sent) = body.strip_prefix("t:").and_then(|t| t.parse::<u64>().ok()) {
                                    let delay = micros(epoch).saturating_sub(sent);
                                    if burst.load(Ordering::Relaxed) {
                                        burst_latencies.push(delay);
                                    } else {
                                        latencies.push(delay);
                                    }
                                }
                                if v["type"] == "error" && tally.errors.fetch_add(1, Ordering::Relaxed) < 3 {
                                    eprintln!("room_load: refused: {text}");
                                }
                            }
                        }
                        None
                    }
                    Some(Ok(_)) => None,
                    _ => break,
                }
            }
            _ = chat.tick() => (!burst.load(Ordering::Relaxed)).then(|| json!({"v": 1, "type": "chat", "text": format!("t:{}", micros(epoch))})),
            _ = fast_chat.tick() => burst.load(Ordering::Relaxed).then(|| json!({"v": 1, "type": "chat", "text": format!("t:{}", micros(epoch))})),
            _ = spoke.tick() => Some(json!({"v": 1, "type": "spoke", "ms": 200 + (seed % 700)})),
            _ = ping.tick() => Some(json!({"v": 1, "type": "ping"})),
            _ = hand.tick() => {
                hand_up = !hand_up;
                Some(json!({"v": 1, "type": "hand", "up": hand_up}))
            }
            _ = check.tick() => {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                None
            }
        };
        if let Some(message) = outgoing {
            if tx.send(Message::Text(message.to_string().into())).await.is_err() {
                break;
            }
            if measuring.load(Ordering::Relaxed) {
                tally.sent.fetch_add(1, Ordering::Relaxed);
            }
        }
    }
    let _ = tx.send(Message::Close(None)).await;
    tally.latencies_us.lock().unwrap().extend(latencies);
    tally.burst_latencies_us.lock().unwrap().extend(burst_latencies);
}

/// CPU seconds this process has used (user + system).
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok()).unwrap_or(0.0);
    // Fields 14 and 15 of the stat line, counted after the command name.
    (ticks(11) + ticks(12)) / 100.0
}

fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

#[derive(Debug)]
struct Figures {
    connections: usize,
    p50_ms: f64,
    p99_ms: f64,
    delivered_per_s: f64,
    sent_per_s: f64,
    burst_delivered_per_s: f64,
    burst_p99_ms: f64,
    cpu_percent: f64,
    kib_per_connection: f64,
    errors: u64,
}

async fn drive(seats: Vec<Seat>, a: &Args) -> Figures {
    let epoch = Instant::now();
    let tally = Arc::new(Tally::default());
    let measuring = Arc::new(AtomicBool::new(false));
    let burst = Arc::new(AtomicBool::new(false));
    let stop = Arc::new(AtomicBool::new(false));
    let rss_before = rss_kib();
    let (ready_tx, mut ready_rx) = tokio::sync::mpsc::channel(seats.len().max(1));
    let mut tasks = Vec::new();
    for (i, seat) in seats.iter().cloned().enumerate() {
        let shared = Shared {
            epoch,
            tally: tally.clone(),
            measuring: measuring.clone(),
            burst: burst.clone(),
            stop: stop.clone(),
            ready: ready_tx.clone(),
        };
        tasks.push(tokio::spawn(participant(seat, shared, i as u64 + 1)));
        if i % 50 == 49 {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
    for _ in 0..seats.len() {
        ready_rx.recv().await;
    }
    tokio::time::sleep(Duration::from_secs(2)).await; // welcomes and joins settle
    let kib_per_connection = (rss_kib().saturating_sub(rss_before)) as f64 / seats.len().max(1) as f64;

    // Realistic phase.
    let cpu_start = cpu_seconds();
    let started = Instant::now();
    measuring.store(true, Ordering::Relaxed);
    tokio::time::sleep(Duration::from_secs(a.seconds)).await;
    measuring.store(false, Ordering::Relaxed);
    let elapsed = started.elapsed().as_secs_f64();
    let cpu_percent = (cpu_seconds() - cpu_start) / elapsed * 100.0;
    let delivered = tally.delivered.swap(0, Ordering::Relaxed) as f64 / elapsed;
    let sent = tally.sent.swap(0, Ordering::Relaxed) as f64 / elapsed;

    // Burst phase.
    burst.store(true, Ordering::Relaxed);
    tokio::time::sleep(Duration::from_secs(1)).await;
    let burst_started = Instant::now();
    measuring.store(true, Ordering::Relaxed);
    tokio::time::sleep(Duration::from_secs(a.burst_seconds)).await;
    measuring.store(false, Ordering::Relaxed);
    let burst_elapsed = burst_started.elapsed().as_secs_f64();
    let burst_delivered = tally.delivered.swap(0, Ordering::Relaxed) as f64 / burst_elapsed;
    stop.store(true, Ordering::Relaxed);
    for task in tasks {
        let _ = task.await;
    }
    let mut latencies = std::mem::take(&mut *tally.latencies_us.lock().unwrap());
    let mut burst_latencies = std::mem::take(&mut *tally.burst_latencies_us.lock().unwrap());
    let percentile = |v: &mut Vec<u64>, p: f64| {
        if v.is_empty() {
            return f64::NAN;
        }
        v.sort_unstable();
        v[((v.len() as f64 * p) as usize).min(v.len() - 1)] as f64 / 1000.0
    };
    Figures {
        connections: seats.len(),
        p50_ms: percentile(&mut latencies, 0.50),
        p99_ms: percentile(&mut latencies, 0.99),
        delivered_per_s: delivered,
        sent_per_s: sent,
        burst_delivered_per_s: burst_delivered,
        burst_p99_ms: percentile(&mut burst_latencies, 0.99),
        cpu_percent,
        kib_per_connection,
        errors: tally.errors.load(Ordering::Relaxed),
    }
}

// ---- The reference: a tokio broadcast WebSocket echo server.

type Channels = Arc<std::sync::Mutex<HashMap<String, broadcast::Sender<Arc<str>>>>>;

async fn reference_server() -> SocketAddr {
    async fn upgrade(
        ws: WebSocketUpgrade,
        Path(room): Path<String>,
        State(rooms): State<Channels>,
    ) -> axum::response::Response {
        ws.read_buffer_size(4096)
            .on_upgrade(move |socket| echo(socket, room, rooms))
    }
    async fn echo(mut socket: WebSocket, room: String, rooms: Channels) {
        let tx = rooms
            .lock()
            .unwrap()
            .entry(room)
            .or_insert_with(|| broadcast::channel(1024).0)
            .clone();
        let mut rx = tx.subscribe();
        loop {
            tokio::select! {
                incoming = socket.recv() => match incoming {
                    Some(Ok(AxMessage::Text(text))) => { let _ = tx.send(Arc::from(text.as_str())); }
                    Some(Ok(_)) => {}
                    _ => break,
                },
                out = rx.recv() => match out {
                    Ok(text) => if socket.send(AxMessage::Text(text.as_ref().into())).await.is_err() { break },
                    Err(broadcast::error::RecvError::Lagged(_)) => {}
                    Err(_) => break,
                },
            }
        }
    }
    let app = Router::new()
        .route("/ws/{room}", get(upgrade))
        .with_state(Channels::default());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    address
}

// ---- Kindred: a group, its members, one online meeting per room, happening now.

async fn kindred_server(a: &Args, _dir: &tempfile::TempDir) -> (SocketAddr, Vec<Seat>) {
    let url = a
        .database_url
        .clone()
        .unwrap_or_else(|| format!("sqlite://{}", _dir.path().join("load.db").display()));
    let postgres = url.starts_with("postgres");
    let mut options = ConnectOptions::new(url);
    options.max_connections = 16;
    if postgres {
        // A schema of its own, so that earlier runs' rooms and instances play no part.
        options.pg_schema = Some(format!(
            "room_load_{}",
            &uuid::Uuid::new_v4().simple().to_string()[..8]
        ));
    }
    let store = Store::connect(&options).await.expect("database");
    let settings = WebSettings {
        password_cost: kindred_web::passwords::PasswordCost::Fast,
        ..WebSettings::default()
    };
    let state = AppState::new(store.clone(), settings).unwrap();

    #[derive(serde::Deserialize)]
    struct Demo {
        groups: Vec<kindred_core::groups::GroupInput>,
    }
    let demo: Demo = serde_json::from_str(include_str!("../../kindred/data/demo.json")).unwrap();
    let org = store
        .create_organisation(&kindred_core::organisations::NewOrganisation {
            name: "Load test".into(),
            kind: kindred_core::organisations::OrganisationKind::Charity,
            website: None,
        })
        .await
        .unwrap();
    let mut input = demo.groups.into_iter().next().unwrap();
    input.organisation = None;
    input.slug = Some(format!("load-{}", uuid::Uuid::new_v4().simple()));
    let location = kindred_web::directory::locate(&state.places, &input);
    let (group, _) = store
        .upsert_group(org.id, &input.check(location).unwrap())
        .await
        .unwrap();
    let agreement = store.current_agreement(group.id).await.unwrap();
    let hash = state
        .passwords
        .hash(&kindred_core::accounts::NewPassword::parse("a load test passphrase").unwrap())
        .await
        .unwrap();

    let now = jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::get("Europe/London").unwrap())
        .strftime("%Y-%m-%dT%H:%M")
        .to_string();
    let mut meetings = Vec::new();
    for _ in 0..a.rooms {
        let input: kindred_core::meetings::SeriesInput = serde_json::from_value(json!({
            "starts_at": now, "place": "online", "duration_minutes": 120,
            "online": {"join_url": "https://meet.example.invalid/x"}, "format": "builtin:open-sharing"
        }))
        .unwrap();
        let series = store
            .create_series(group.id, &input.check(true).unwrap())
            .await
            .unwrap();
        let meeting = series
            .meetings(
                &[],
                jiff::Timestamp::now()
                    .checked_sub(jiff::SignedDuration::from_hours(1))
                    .unwrap(),
                jiff::Timestamp::now()
                    .checked_add(jiff::SignedDuration::from_hours(3))
                    .unwrap(),
                1,
            )
            .into_iter()
            .next()
            .unwrap();
        meetings.push(meeting.id.to_string());
    }
    let (address, _) = serve(state.clone()).await;
    let mut seats = Vec::new();
    let run = uuid::Uuid::new_v4().simple().to_string()[..6].to_owned();
    for i in 0..a.rooms * a.people {
        let user = store
            .create_user(
                &NewUser {
                    email: kindred_core::accounts::Email::parse(&format!("load-{run}-{i}@example.invalid"))
                        .unwrap(),
                    pseudonym: kindred_core::accounts::Pseudonym::parse(&format!("P{i}")).unwrap(),
                    password_hash: hash.clone(),
                    verified: true,
                    platform_role: None,
                },
                None,
                None,
            )
            .await
            .unwrap();
        let role = if i % a.people == 0 {
            GroupRole::PeerFacilitator
        } else {
            GroupRole::Member
        };
        store.set_group_role(group.id, user.id, role).await.unwrap();
        store
            .accept_agreement(group.id, user.id, agreement.version)
            .await
            .unwrap();
        let cookie = kindred_web::accounts::session::start_session(&state, user.id)
            .await
            .unwrap();
        let pair = cookie.to_str().unwrap().split(';').next().unwrap().to_owned();
        seats.push(Seat {
            url: format!("ws://{address}/meetings/{}/ws", meetings[i / a.people]),
            cookie: Some(pair),
        });
    }
    (address, seats)
}

async fn serve(state: AppState) -> (SocketAddr, tokio::task::JoinHandle<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let app = kindred_web::app(state);
    let task = tokio::spawn(async move {
        axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
            .await
            .unwrap();
    });
    (address, task)
}

fn row(name: &str, f: &Figures) {
    println!(
        "{name:<32} {:>6} {:>9.1} {:>9.1} {:>11.0} {:>11.0} {:>12.0} {:>9.1} {:>7.0} {:>9.1} {:>6}",
        f.connections,
        f.p50_ms,
        f.p99_ms,
        f.sent_per_s,
        f.delivered_per_s,
        f.burst_delivered_per_s,
        f.burst_p99_ms,
        f.cpu_percent,
        f.kib_per_connection,
        f.errors
    );
}

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new("warn"))
        .with_writer(std::io::stderr)
        .init();
    let a = args();
    let dir = tempfile::tempdir().unwrap();
    println!(
        "room_load: {} rooms x {} people = {} WebSockets, {} s realistic + {} s burst, {} cores",
        a.rooms,
        a.people,
        a.rooms * a.people,
        a.seconds,
        a.burst_seconds,
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );

    let reference = reference_server().await;
    let seats: Vec<Seat> = (0..a.rooms * a.people)
        .map(|i| Seat {
            url: format!("ws://{reference}/ws/r{}", i / a.people),
            cookie: None,
        })
        .collect();
    let reference_figures = drive(seats, &a).await;

    eprintln!("room_load: setting up Kindred ({} members)", a.rooms * a.people);
    let (_address, seats) = kindred_server(&a, &dir).await;
    let kindred_figures = drive(seats, &a).await;

    println!(
        "\n{:<32} {:>6} {:>9} {:>9} {:>11} {:>11} {:>12} {:>9} {:>7} {:>9} {:>6}",
        "server",
        "conns",
        "p50 ms",
        "p99 ms",
        "sent/s",
        "deliv/s",
        "burst del/s",
        "burst p99",
        "cpu %",
        "KiB/conn",
        "errors"
    );
    row("reference: tokio broadcast echo", &reference_figures);
    let label = if a
        .database_url
        .as_deref()
        .is_some_and(|u| u.starts_with("postgres"))
    {
        "kindred room (PostgreSQL)"
    } else {
        "kindred room (SQLite)"
    };
    row(label, &kindred_figures);
    println!(
        "\nburst delivery throughput, kindred / reference: {:.2}",
        kindred_figures.burst_delivered_per_s / reference_figures.burst_delivered_per_s
    );
    println!(
        "(the reference sends every message to everyone in its room; Kindred sends speaking reports only to facilitators, as fairness figures)"
    );
    if kindred_figures.errors > 0 {
        eprintln!("room_load: {} errors", kindred_figures.errors);
        std::process::exit(1);
    }
}
