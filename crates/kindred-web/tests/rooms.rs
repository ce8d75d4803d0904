//! Live rooms over real WebSockets on 127.0.0.1: who may enter, the protocol end to end,
//! limits, a restart, and (on PostgreSQL) two instances sharing one room. Runs on SQLite,
//! and on PostgreSQL when KINDRED_TEST_DATABASE_URL is set.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test that cannot proceed should panic"
)]

mod common;

use std::net::SocketAddr;
use std::time::Duration;

use axum::http::StatusCode;
use common::{TestApp, load_demo};
use futures_util::{SinkExt, StreamExt};
use kindred_core::groups::GroupRole;
use kindred_web::AppState;
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

const GROUP: &str = "cardiff-anxiety-cafe";

type Ws = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// Serves `state` on a free loopback port; returns the address and the server task.
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

fn local_in(minutes: i64) -> String {
    jiff::Timestamp::now()
        .checked_add(jiff::SignedDuration::from_mins(minutes))
        .unwrap()
        .to_zoned_datetime(jiff::tz::TimeZone::get("Europe/London").unwrap())
        .strftime("%Y-%m-%dT%H:%M")
        .to_string()
}

struct Setup<'a> {
    facilitator: common::Browser<'a>,
    member: common::Browser<'a>,
    other: common::Browser<'a>,
    outsider: common::Browser<'a>,
    meeting: String,
    in_person: String,
}

/// A facilitator, two members who accepted the agreement, an outsider, and an online
/// meeting happening now (plus one in person).
async fn setup(app: &TestApp) -> Setup<'_> {
    load_demo(app).await;
    let group = app.db.get_group_by_slug(GROUP).await.unwrap();
    let agreement = app.db.current_agreement(group.id).await.unwrap();
    for (email, role) in [
        ("facilitator@example.org", GroupRole::PeerFacilitator),
        ("member-one@example.org", GroupRole::Member),
        ("member-two@example.org", GroupRole::Member),
    ] {
        let user = app.user(email, true, None).await;
        app.db.set_group_role(group.id, user.id, role).await.unwrap();
        app.db
            .accept_agreement(group.id, user.id, agreement.version)
            .await
            .unwrap();
    }
    app.user("outsider@example.org", true, None).await;
    let mut browsers = Vec::new();
    for email in [
        "facilitator@example.org",
        "member-one@example.org",
        "member-two@example.org",
        "outsider@example.org",
    ] {
        let b = app.browser();
        b.log_in(email).await;
        browsers.push(b);
    }
    let mut it = browsers.into_iter();
    let facilitator = it.next().unwrap();
    let online = json!({"join_url": "https://meet.example.org/room"});
    let created = facilitator
        .post_json(
            &format!("/api/v1/groups/{GROUP}/series"),
            &json!({"starts_at": local_in(0), "place": "online", "online": online, "format": "builtin:open-sharing", "duration_minutes": 90}),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text());
    let meeting = created.json()["upcoming"][0]["id"].as_str().unwrap().to_owned();
    let in_person = facilitator
        .post_json(
            &format!("/api/v1/groups/{GROUP}/series"),
            &json!({"starts_at": local_in(0), "place": "group_venue"}),
        )
        .await
        .json()["upcoming"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    Setup {
        facilitator,
        member: it.next().unwrap(),
        other: it.next().unwrap(),
        outsider: it.next().unwrap(),
        meeting,
        in_person,
    }
}

/// Opens the room's WebSocket as `browser`, with an `Origin` header when given.
async fn open(
    address: SocketAddr,
    browser: &common::Browser<'_>,
    meeting: &str,
    origin: Option<&str>,
) -> Result<Ws, StatusCode> {
    let mut request = format!("ws://{address}/meetings/{meeting}/ws")
        .into_client_request()
        .unwrap();
    request
        .headers_mut()
        .insert("cookie", browser.cookie_header().parse().unwrap());
    if let Some(origin) = origin {
        request.headers_mut().insert("origin", origin.parse().unwrap());
    }
    match tokio_tungstenite::connect_async(request).await {
        Ok((ws, _)) => Ok(ws),
        Err(tokio_tungstenite::tungstenite::Error::Http(response)) => {
            Err(StatusCode::from_u16(response.status().as_u16()).unwrap())
        }
        Err(other) => panic!("{other}"),
    }
}

async fn join(address: SocketAddr, browser: &common::Browser<'_>, meeting: &str) -> (Ws, Value) {
    let mut ws = open(address, browser, meeting, Some(&format!("http://{address}")))
        .await
        .unwrap();
    let welcome = until(&mut ws, |m| m["type"] == "welcome").await;
    (ws, welcome)
}

async fn send(ws: &mut Ws, message: Value) {
    ws.send(Message::Text(message.to_string().into())).await.unwrap();
}

/// The next message matching `wanted`, skipping others; fails after 10 s.
async fn until(ws: &mut Ws, wanted: impl Fn(&Value) -> bool) -> Value {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        let next = tokio::time::timeout_at(deadline, ws.next())
            .await
            .expect("timed out waiting for a message");
        match next {
            Some(Ok(Message::Text(text))) => {
                let value: Value = serde_json::from_str(text.as_str()).unwrap();
                if wanted(&value) {
                    return value;
                }
            }
            Some(Ok(Message::Close(frame))) => panic!("closed: {frame:?}"),
            Some(Ok(_)) => {}
            other => panic!("connection ended: {other:?}"),
        }
    }
}

/// Waits for the connection to close; returns the close code.
async fn closed(ws: &mut Ws) -> Option<u16> {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        match tokio::time::timeout_at(deadline, ws.next())
            .await
            .expect("not closed")
        {
            Some(Ok(Message::Close(frame))) => return frame.map(|f| u16::from(f.code)),
            Some(Ok(_)) => {}
            _ => return None,
        }
    }
}

fn pid(welcome: &Value) -> String {
    welcome["you"]["pid"].as_str().unwrap().to_owned()
}

fn present(room: &Value) -> usize {
    room["participants"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["present"] == true)
        .count()
}

#[tokio::test]
async fn only_members_who_accepted_the_agreement_get_in_from_this_site() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let (address, _server) = serve(app.state.clone()).await;
    let here = format!("http://{address}");
    assert_eq!(
        open(address, &s.outsider, &s.meeting, Some(&here)).await.err(),
        Some(StatusCode::FORBIDDEN),
        "not a member"
    );
    assert_eq!(
        open(address, &s.member, &s.meeting, Some("https://evil.example"))
            .await
            .err(),
        Some(StatusCode::FORBIDDEN),
        "cross-site WebSocket hijacking"
    );
    let anonymous = app.browser();
    assert_eq!(
        open(address, &anonymous, &s.meeting, Some(&here)).await.err(),
        Some(StatusCode::UNAUTHORIZED)
    );
    assert_eq!(
        open(address, &s.member, &s.in_person, Some(&here)).await.err(),
        Some(StatusCode::CONFLICT),
        "an in-person meeting has no room"
    );
    assert_eq!(
        open(address, &s.member, "not-a-meeting", Some(&here)).await.err(),
        Some(StatusCode::NOT_FOUND)
    );
    // A new agreement must be accepted before coming in again.
    let group = app.db.get_group_by_slug(GROUP).await.unwrap();
    app.db
        .publish_agreement(group.id, "Be kind.\nKeep it here.")
        .await
        .unwrap();
    assert_eq!(
        open(address, &s.member, &s.meeting, Some(&here)).await.err(),
        Some(StatusCode::FORBIDDEN),
        "agreement changed"
    );
    assert!(
        open(address, &s.facilitator, &s.meeting, Some(&here))
            .await
            .is_ok(),
        "facilitators run the room"
    );

    // The page: signed out goes to sign in; outsiders are refused; members see it.
    assert_eq!(
        anonymous
            .get(&format!("/meetings/{}/room", s.meeting))
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        s.outsider
            .get(&format!("/meetings/{}/room", s.meeting))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let page = s.facilitator.get(&format!("/meetings/{}/room", s.meeting)).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text());
    assert!(
        page.text().contains("Keep it here."),
        "the ground rules are on the page"
    );
    let csp = page
        .header("content-security-policy")
        .unwrap_or_default()
        .to_owned();
    assert!(csp.contains("connect-src 'self' ws://"), "{csp}");
    let in_person = s
        .facilitator
        .get(&format!("/meetings/{}/room", s.in_person))
        .await;
    assert_eq!(in_person.status, StatusCode::OK);
    assert!(
        in_person.text().contains("in person"),
        "explains there is no room"
    );
}

#[tokio::test]
async fn two_people_meet_take_turns_and_the_facilitator_sees_fair_shares() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let (address, _server) = serve(app.state.clone()).await;
    let (mut f, f_welcome) = join(address, &s.facilitator, &s.meeting).await;
    assert_eq!(f_welcome["you"]["role"], "facilitator");
    assert!(
        f_welcome["fairness"].is_object(),
        "facilitators get the fairness view"
    );
    let (mut m, m_welcome) = join(address, &s.member, &s.meeting).await;
    assert!(m_welcome.get("fairness").is_none(), "members never do");
    assert_eq!(present(&m_welcome["room"]), 2, "{m_welcome}");
    assert_eq!(m_welcome["room"]["media"], "video");
    let (fp, mp) = (pid(&f_welcome), pid(&m_welcome));
    let room = until(&mut f, |v| v["type"] == "room" && present(&v["room"]) == 2).await;
    assert_eq!(room["room"]["participants"][1]["name"], "member-one");

    // Raise hand; facilitator calls next.
    send(&mut m, json!({"v": 1, "type": "hand", "up": true})).await;
    until(&mut f, |v| {
        v["type"] == "room" && v["room"]["hands"] == json!([mp])
    })
    .await;
    send(&mut m, json!({"v": 1, "type": "call_next"})).await;
    let refused = until(&mut m, |v| v["type"] == "error").await;
    assert_eq!(refused["code"], "forbidden");
    send(&mut f, json!({"v": 1, "type": "call_next"})).await;
    until(&mut m, |v| v["type"] == "notice" && v["kind"] == "called").await;

    // A go-round: facilitator first, then the member, who passes.
    send(&mut f, json!({"v": 1, "type": "round_start", "seconds": 60})).await;
    let round = until(&mut m, |v| v["type"] == "room" && v["room"]["round"].is_object()).await;
    assert_eq!(round["room"]["round"]["order"], json!([fp, mp]));
    assert_eq!(round["room"]["round"]["turn_seconds"], 60);
    send(&mut m, json!({"v": 1, "type": "round_done", "passed": false})).await;
    assert_eq!(
        until(&mut m, |v| v["type"] == "error").await["code"],
        "not_your_turn"
    );
    send(&mut f, json!({"v": 1, "type": "round_done", "passed": false})).await;
    until(&mut m, |v| v["type"] == "notice" && v["kind"] == "turn").await;
    send(&mut m, json!({"v": 1, "type": "round_done", "passed": true})).await;
    until(&mut f, |v| v["type"] == "room" && v["room"]["round"].is_null()).await;

    // The agenda of the meeting's format.
    send(&mut f, json!({"v": 1, "type": "agenda_start"})).await;
    let agenda = until(&mut m, |v| v["type"] == "room" && v["room"]["agenda"].is_object()).await;
    assert_eq!(agenda["room"]["agenda"]["index"], 0);
    assert!(
        agenda["room"]["agenda"]["ends_at"].as_i64().unwrap()
            > agenda["room"]["agenda"]["started_at"].as_i64().unwrap()
    );
    send(&mut f, json!({"v": 1, "type": "agenda_next"})).await;
    until(&mut m, |v| {
        v["type"] == "room" && v["room"]["agenda"]["index"] == 1
    })
    .await;

    // Chat reaches the other side; speaking time reaches only the facilitator.
    send(
        &mut m,
        json!({"v": 1, "type": "chat", "text": "Thanks for having me"}),
    )
    .await;
    let line = until(&mut f, |v| v["type"] == "chat").await;
    assert_eq!(line["line"]["text"], "Thanks for having me");
    assert_eq!(line["line"]["pid"], mp.as_str());
    send(&mut m, json!({"v": 1, "type": "spoke", "ms": 4000})).await;
    let fairness = until(&mut f, |v| {
        v["type"] == "fairness" && v["fairness"]["measure"] == "speaking_ms"
    })
    .await;
    assert_eq!(fairness["fairness"]["not_yet"], json!([fp]), "{fairness}");
    assert_eq!(
        fairness["fairness"]["balance"].as_f64(),
        Some(0.0),
        "one voice of two"
    );

    // Signalling is relayed to the one peer named.
    send(
        &mut f,
        json!({"v": 1, "type": "signal", "to": mp, "data": {"sdp": "v=0"}}),
    )
    .await;
    let signal = until(&mut m, |v| v["type"] == "signal").await;
    assert_eq!(signal["from"], fp.as_str());
    assert_eq!(signal["data"]["sdp"], "v=0");

    // Private signals and notices.
    send(&mut m, json!({"v": 1, "type": "wellbeing", "kind": "not_ok"})).await;
    let alert = until(&mut f, |v| v["type"] == "wellbeing").await;
    assert_eq!(alert["kind"], "not_ok");
    send(&mut f, json!({"v": 1, "type": "ask_mute", "pid": mp})).await;
    until(&mut m, |v| v["type"] == "notice" && v["kind"] == "asked_to_mute").await;

    // Bad input gets a clear refusal, never a dropped connection.
    send(&mut m, json!({"v": 2, "type": "hand", "up": true})).await;
    assert_eq!(
        until(&mut m, |v| v["type"] == "error").await["code"],
        "unsupported_version"
    );
    send(&mut m, json!({"v": 1, "type": "teleport"})).await;
    assert_eq!(
        until(&mut m, |v| v["type"] == "error").await["code"],
        "unknown_type"
    );
    send(&mut m, json!({"v": 1, "type": "chat"})).await;
    assert_eq!(until(&mut m, |v| v["type"] == "error").await["code"], "invalid");
    send(&mut m, json!({"v": 1, "type": "spoke", "ms": 999_999})).await;
    assert_eq!(until(&mut m, |v| v["type"] == "error").await["code"], "invalid");
    send(&mut m, json!({"v": 1, "type": "ping"})).await;
    until(&mut m, |v| v["type"] == "pong").await;

    // The end: everyone is told, the chat goes, aggregates and attendance stay.
    send(&mut f, json!({"v": 1, "type": "end"})).await;
    until(&mut m, |v| v["type"] == "notice" && v["kind"] == "ended").await;
    assert_eq!(closed(&mut m).await, Some(1000));
    let mut summary = None;
    for _ in 0..50 {
        summary = app.db.room_summary(&s.meeting).await.unwrap();
        if summary.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let (_, summary) = summary.expect("a summary is kept");
    assert_eq!(summary["participants"], 2);
    assert_eq!(summary["chat_messages"], 1);
    assert!(
        !summary.to_string().contains("Thanks for having me"),
        "no content kept"
    );
    assert!(
        app.db.room_log(&s.meeting, 0).await.unwrap().events.is_empty(),
        "the log is gone"
    );
    let meeting: kindred_core::meetings::MeetingRef = s.meeting.parse().unwrap();
    let (series, date) = (meeting.series, meeting.date);
    let mut attended = Vec::new();
    for _ in 0..50 {
        attended = app.db.live_attendance(series, date).await.unwrap();
        if attended.len() == 2 && attended.iter().all(|a| a.2.is_some()) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(attended.len(), 2, "{attended:?}");
    assert!(
        attended
            .iter()
            .all(|(_, joined, left, _)| joined.is_some() && left.is_some())
    );
    // An ended room cannot be entered again.
    assert_eq!(
        open(address, &s.member, &s.meeting, None).await.err(),
        Some(StatusCode::CONFLICT)
    );
}

#[tokio::test]
async fn the_lobby_removal_and_limits_protect_the_room() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let (address, _server) = serve(app.state.clone()).await;
    let (mut f, _) = join(address, &s.facilitator, &s.meeting).await;
    send(&mut f, json!({"v": 1, "type": "lobby", "on": true})).await;
    until(&mut f, |v| v["type"] == "room" && v["room"]["lobby"] == true).await;
    let (mut m, welcome) = join(address, &s.member, &s.meeting).await;
    assert_eq!(welcome["you"]["waiting"], true);
    send(&mut m, json!({"v": 1, "type": "chat", "text": "hello?"})).await;
    assert_eq!(
        until(&mut m, |v| v["type"] == "error").await["code"],
        "not_admitted"
    );
    let mp = pid(&welcome);
    send(&mut f, json!({"v": 1, "type": "admit", "pid": mp})).await;
    until(&mut m, |v| v["type"] == "notice" && v["kind"] == "admitted").await;

    // Too many messages: refused with a code, then the connection is closed.
    for _ in 0..60 {
        send(&mut m, json!({"v": 1, "type": "ping"})).await;
    }
    assert_eq!(
        until(&mut m, |v| v["type"] == "error").await["code"],
        "rate_limited"
    );

    // Too big a message closes the connection (message too big, 1009).
    let (mut big, _) = join(address, &s.other, &s.meeting).await;
    let _ = big.send(Message::Text("x".repeat(20 * 1024).into())).await;
    assert_eq!(closed(&mut big).await, Some(1009));

    // Removal: told, disconnected, and kept out.
    send(&mut f, json!({"v": 1, "type": "remove", "pid": mp})).await;
    until(&mut m, |v| v["type"] == "notice" && v["kind"] == "removed").await;
    assert_eq!(closed(&mut m).await, Some(1008));
    let mut again = open(address, &s.member, &s.meeting, None).await.unwrap();
    assert_eq!(
        until(&mut again, |v| v["type"] == "error").await["code"],
        "removed"
    );

    // Nothing left behind: when everyone has gone the instance drops its copy.
    drop(f);
    drop(big);
    drop(again);
    for _ in 0..100 {
        if app.state.rooms.loaded() == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        app.state.rooms.loaded(),
        0,
        "room copies outlive their connections"
    );
}

#[tokio::test]
async fn a_restarted_server_rebuilds_the_room_from_its_log() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let (address, server) = serve(app.state.clone()).await;
    let (mut f, _) = join(address, &s.facilitator, &s.meeting).await;
    let (mut m, welcome) = join(address, &s.member, &s.meeting).await;
    send(&mut f, json!({"v": 1, "type": "agenda_start"})).await;
    send(&mut f, json!({"v": 1, "type": "agenda_next"})).await;
    // Two connections' messages are not ordered with each other: wait for the agenda to move
    // before the chat line, so the log holds both whatever the machine's load.
    until(&mut m, |v| {
        v["type"] == "room" && v["room"]["agenda"]["index"] == 1
    })
    .await;
    send(&mut m, json!({"v": 1, "type": "chat", "text": "still here"})).await;
    until(&mut f, |v| v["type"] == "chat").await;
    assert_eq!(welcome["you"]["role"], "member");
    // The server goes away. (Connections lost without a goodbye, as in a crash, are
    // cleared by the instance heartbeat; the core's tests cover that.)
    server.abort();
    drop(f);
    drop(m);

    let restarted = AppState::new(app.db.store.clone(), common::test_settings()).unwrap();
    let (address, _server) = serve(restarted).await;
    let (_m, welcome) = join(address, &s.member, &s.meeting).await;
    assert_eq!(welcome["room"]["agenda"]["index"], 1, "{welcome}");
    assert_eq!(welcome["chat"][0]["text"], "still here");
}

#[tokio::test]
async fn two_instances_on_one_postgresql_show_the_same_room() {
    if kindred_store::testing::postgres_url().is_none() {
        eprintln!("skipped: needs PostgreSQL (KINDRED_TEST_DATABASE_URL)");
        return;
    }
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let second = AppState::new(app.db.another_instance().await, common::test_settings()).unwrap();
    let (one, _a) = serve(app.state.clone()).await;
    let (two, _b) = serve(second).await;
    let (mut f, f_welcome) = join(one, &s.facilitator, &s.meeting).await;
    let (mut m, m_welcome) = join(two, &s.member, &s.meeting).await;
    let (mut o, o_welcome) = join(two, &s.other, &s.meeting).await;
    assert_eq!(present(&o_welcome["room"]), 3, "{o_welcome}");
    until(&mut f, |v| v["type"] == "room" && present(&v["room"]) == 3).await;
    let (fp, mp, op) = (pid(&f_welcome), pid(&m_welcome), pid(&o_welcome));

    // Queue order is the same everywhere.
    send(&mut o, json!({"v": 1, "type": "hand", "up": true})).await;
    until(&mut f, |v| v["room"]["hands"] == json!([op])).await;
    send(&mut m, json!({"v": 1, "type": "hand", "up": true})).await;
    let on_one = until(&mut f, |v| {
        v["room"]["hands"].as_array().is_some_and(|h| h.len() == 2)
    })
    .await;
    let on_two = until(&mut o, |v| {
        v["room"]["hands"].as_array().is_some_and(|h| h.len() == 2)
    })
    .await;
    assert_eq!(on_one["room"]["hands"], json!([op, mp]));
    assert_eq!(on_two["room"]["hands"], on_one["room"]["hands"]);

    // Chat, agenda position and signalling cross instances.
    send(
        &mut m,
        json!({"v": 1, "type": "chat", "text": "from the second instance"}),
    )
    .await;
    assert_eq!(
        until(&mut f, |v| v["type"] == "chat").await["line"]["text"],
        "from the second instance"
    );
    send(&mut f, json!({"v": 1, "type": "agenda_start"})).await;
    send(&mut f, json!({"v": 1, "type": "agenda_next"})).await;
    until(&mut m, |v| {
        v["type"] == "room" && v["room"]["agenda"]["index"] == 1
    })
    .await;
    send(
        &mut f,
        json!({"v": 1, "type": "signal", "to": mp, "data": {"candidate": "c"}}),
    )
    .await;
    assert_eq!(
        until(&mut m, |v| v["type"] == "signal").await["from"],
        fp.as_str()
    );
    send(&mut m, json!({"v": 1, "type": "spoke", "ms": 1500})).await;
    let fairness = until(&mut f, |v| {
        v["type"] == "fairness" && v["fairness"]["measure"] == "speaking_ms"
    })
    .await;
    assert!(
        fairness["fairness"]["participants"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["spoken_ms"] == 1500)
    );

    // A go-round started on one instance runs in order on the other.
    send(&mut f, json!({"v": 1, "type": "round_start", "seconds": 30})).await;
    let round = until(&mut o, |v| v["type"] == "room" && v["room"]["round"].is_object()).await;
    assert_eq!(round["room"]["round"]["order"], json!([fp, mp, op]));
}

#[tokio::test]
async fn a_worrying_chat_message_signposts_its_writer_and_alerts_the_facilitator() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let (address, _server) = serve(app.state.clone()).await;
    let (mut f, _) = join(address, &s.facilitator, &s.meeting).await;
    let (mut m, _) = join(address, &s.member, &s.meeting).await;
    send(
        &mut m,
        json!({"v": 1, "type": "chat", "text": "i cant do this anymore im going to kill myself tonight"}),
    )
    .await;
    let safety = until(&mut m, |v| v["type"] == "safety").await;
    assert_eq!(safety["level"], "urgent");
    assert!(
        safety["lines"].as_array().is_some_and(|l| !l.is_empty()),
        "{safety}"
    );
    let alert = until(&mut f, |v| v["type"] == "wellbeing").await;
    assert_eq!(alert["kind"], "chat_urgent");
    assert_eq!(alert["name"], "member-one");
    // Not silently blocked: the message is posted.
    until(&mut f, |v| v["type"] == "chat").await;
    // An ordinary message raises nothing; pages cannot forge the screen's alerts.
    send(
        &mut m,
        json!({"v": 1, "type": "wellbeing", "kind": "chat_urgent"}),
    )
    .await;
    assert_eq!(until(&mut m, |v| v["type"] == "error").await["code"], "invalid");
}

/// The stored bytes of a column, read past the application (to check what is at rest).
async fn raw_column(app: &TestApp, sql: &str) -> Vec<Vec<u8>> {
    match kindred_store::testing::postgres_url() {
        None => {
            let pool = sqlx::SqlitePool::connect(&app.db.options.url).await.unwrap();
            sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_owned()))
                .fetch_all(&pool)
                .await
                .unwrap()
        }
        Some(_) => {
            // Each test has its own schema.
            let mut options: sqlx::postgres::PgConnectOptions = app.db.options.url.parse().unwrap();
            if let Some(schema) = &app.db.options.pg_schema {
                options = options.options([("search_path", schema.as_str())]);
            }
            let pool = sqlx::PgPool::connect_with(options).await.unwrap();
            sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_owned()))
                .fetch_all(&pool)
                .await
                .unwrap()
        }
    }
}

/// The moderation queue's dismiss form for a kind of report: the reported thing's id.
fn reported_id(queue: &str, kind: &str) -> Option<String> {
    let marker = format!("/moderation/reports/{kind}/");
    let at = queue.find(&marker)? + marker.len();
    Some(queue[at..].split('/').next()?.to_owned())
}

#[tokio::test]
async fn someone_in_the_room_reports_a_chat_line_and_its_words_outlive_the_meeting_sealed() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let (address, _server) = serve(app.state.clone()).await;
    let (mut f, _) = join(address, &s.facilitator, &s.meeting).await;
    let (mut m, _) = join(address, &s.member, &s.meeting).await;
    let canary = "CANARY-41c7-amber-heron";
    send(
        &mut m,
        json!({"v": 1, "type": "chat", "text": format!("Nobody here listens {canary}")}),
    )
    .await;
    let line = until(&mut f, |v| v["type"] == "chat").await;
    let id = line["line"]["id"].as_u64().unwrap();
    // The room's own log and snapshot, which hold the chat until the meeting ends, are
    // sealed too; the room still reads them.
    let (events, snapshots) = if kindred_store::testing::postgres_url().is_some() {
        (
            "SELECT convert_to(event, 'UTF8') FROM room_events",
            "SELECT convert_to(snapshot, 'UTF8') FROM rooms WHERE snapshot IS NOT NULL",
        )
    } else {
        (
            "SELECT CAST(event AS BLOB) FROM room_events",
            "SELECT CAST(snapshot AS BLOB) FROM rooms WHERE snapshot IS NOT NULL",
        )
    };
    let logged = raw_column(&app, events).await;
    assert!(!logged.is_empty());
    for stored in logged.iter().chain(raw_column(&app, snapshots).await.iter()) {
        assert!(
            !stored.windows(canary.len()).any(|w| w == canary.as_bytes()),
            "the room's log holds the chat in plain text"
        );
    }
    let log = app.db.room_log(&s.meeting, 0).await.unwrap();
    assert!(
        log.events.iter().any(|e| e.event.contains(canary))
            || log.snapshot.is_some_and(|(_, state)| state.contains(canary))
    );
    let target = format!("/report/chat/{}.{id}", s.meeting);

    // Not one's own line, not from outside the group, not without having been in the room,
    // not a line that does not exist, not a malformed one.
    assert_eq!(s.member.get(&target).await.status, StatusCode::NOT_FOUND);
    assert_eq!(s.outsider.get(&target).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        s.outsider.post(&target, &[("reason", "harassment")]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        s.other.get(&target).await.status,
        StatusCode::NOT_FOUND,
        "a member who was never let into the room"
    );
    for missing in [
        format!("/report/chat/{}.{}", s.meeting, id + 50),
        format!("/report/chat/{}", s.meeting),
        format!("/report/chat/{}.x", s.in_person),
    ] {
        assert_eq!(
            s.facilitator.get(&missing).await.status,
            StatusCode::NOT_FOUND,
            "{missing}"
        );
    }

    // Someone in the room reports it; the form shows what they are reporting.
    let form = s.facilitator.get(&target).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.text().contains(canary) && form.text().contains("member-one"));
    let bad = s.facilitator.post(&target, &[("reason", "nonsense")]).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{}", bad.text());
    let sent = s.facilitator.post(&target, &[("reason", "harassment")]).await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.text());
    // A second person in the room reports the same line: one snapshot, two reporters.
    let (_o, _) = join(address, &s.other, &s.meeting).await;
    assert_eq!(
        s.other.post(&target, &[("reason", "hate")]).await.status,
        StatusCode::OK
    );

    // The meeting ends and its chat goes...
    send(&mut f, json!({"v": 1, "type": "end"})).await;
    until(&mut m, |v| v["type"] == "notice" && v["kind"] == "ended").await;
    for _ in 0..50 {
        if app.db.room_summary(&s.meeting).await.unwrap().is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(app.db.room_log(&s.meeting, 0).await.unwrap().events.is_empty());
    assert_eq!(
        s.other.get(&target).await.status,
        StatusCode::NOT_FOUND,
        "nothing left to report once the room is gone"
    );

    // ...but the moderator still sees what the reported line said, and who wrote it.
    app.user(
        "moderator@example.org",
        true,
        Some(kindred_core::accounts::PlatformRole::Moderator),
    )
    .await;
    let mo = app.browser();
    mo.log_in("moderator@example.org").await;
    let queue = mo.get("/moderation").await.text();
    assert!(queue.contains(canary), "{queue}");
    assert!(queue.contains("member-one"));
    assert!(queue.contains("A live-room chat message"));
    let snapshot = reported_id(&queue, "chat").expect("a dismiss form");
    assert!(queue.contains("/moderation/users/"), "warn the writer");
    // The group's facilitator sees it in their queue too.
    assert!(s.facilitator.get("/moderation").await.text().contains(canary));

    // At rest the words are sealed: not in the stored bytes, yet they open.
    let stored = raw_column(&app, "SELECT body FROM chat_reports").await;
    assert_eq!(stored.len(), 1, "one snapshot for the line");
    assert!(
        !stored[0].windows(canary.len()).any(|w| w == canary.as_bytes()),
        "the snapshot is stored in plain text"
    );
    let kept = app.db.chat_report(snapshot.parse().unwrap()).await.unwrap();
    assert!(kept.text.contains(canary));

    // A warning from the queue answers the reports; the words stay with the decision.
    let writer = kept.author;
    let warned = mo
        .post(
            &format!("/moderation/users/{writer}/warn"),
            &[
                ("reason", "Please keep the chat kind."),
                ("report_kind", "chat"),
                ("report_id", &snapshot),
            ],
        )
        .await;
    assert_eq!(warned.status, StatusCode::SEE_OTHER, "{}", warned.text());
    assert!(!mo.get("/moderation").await.text().contains(canary));
    assert!(app.db.chat_report(kept.id).await.is_ok());
    // The writer's export holds the line; erasing the writer takes it.
    let export = app.db.export_user(writer).await.unwrap();
    assert!(export["reported_chat_lines"].to_string().contains(canary));
    app.db.erase_user(writer).await.unwrap();
    assert!(app.db.chat_report(kept.id).await.is_err());
    assert!(raw_column(&app, "SELECT body FROM chat_reports").await.is_empty());
}

#[tokio::test]
async fn a_dismissed_chat_report_keeps_no_words() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let (address, _server) = serve(app.state.clone()).await;
    let (mut f, _) = join(address, &s.facilitator, &s.meeting).await;
    let (mut m, _) = join(address, &s.member, &s.meeting).await;
    send(
        &mut m,
        json!({"v": 1, "type": "chat", "text": "Is the next meeting on Tuesday?"}),
    )
    .await;
    let line = until(&mut f, |v| v["type"] == "chat").await;
    let target = format!("/report/chat/{}.{}", s.meeting, line["line"]["id"]);
    assert_eq!(
        s.facilitator.post(&target, &[("reason", "spam")]).await.status,
        StatusCode::OK
    );
    let queue = s.facilitator.get("/moderation").await.text();
    assert!(queue.contains("Is the next meeting on Tuesday?"));
    let snapshot = reported_id(&queue, "chat").unwrap();
    // Only those who moderate the group may dismiss.
    assert_eq!(
        s.member
            .post(&format!("/moderation/reports/chat/{snapshot}/dismiss"), &[])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let dismissed = s
        .facilitator
        .post(&format!("/moderation/reports/chat/{snapshot}/dismiss"), &[])
        .await;
    assert_eq!(dismissed.status, StatusCode::SEE_OTHER);
    assert!(
        !s.facilitator
            .get("/moderation")
            .await
            .text()
            .contains("Is the next meeting on Tuesday?")
    );
    assert!(app.db.chat_report(snapshot.parse().unwrap()).await.is_err());
    let (audit, _) = app.db.audit_log(0, 10).await.unwrap();
    assert!(
        audit
            .iter()
            .any(|a| a.entry.action == "dismiss_reports" && a.entry.target_kind == "chat")
    );
}

#[tokio::test]
async fn the_room_script_offers_a_report_link_on_other_peoples_chat_lines() {
    let app = TestApp::new().await;
    let script = app.get_page("/static/room.js").await.text();
    assert!(script.contains("'/report/chat/'"));
    assert!(script.contains("chat-report-label"));
}
