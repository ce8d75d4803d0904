//! What people write never reaches the logs or the metrics. One test in its own binary, so
//! it can install a process-wide subscriber that records every event at every level.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test that cannot proceed should panic"
)]

mod common;

use std::sync::{Arc, Mutex};

use axum::http::StatusCode;
use common::{TestApp, load_demo};
use kindred_core::groups::{GroupRole, MembershipStatus};

/// Log lines as written, at every level.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

#[tokio::test]
async fn the_canary_never_reaches_the_logs_or_the_metrics() {
    let logs = Captured::default();
    tracing::subscriber::set_global_default(
        tracing_subscriber::fmt()
            .json()
            .with_max_level(tracing::Level::TRACE)
            .with_writer(logs.clone())
            .finish(),
    )
    .unwrap();
    let app = TestApp::new().await;
    load_demo(&app).await;
    let group = app.db.get_group_by_slug("cardiff-anxiety-cafe").await.unwrap();
    let slug = group.details.slug.as_str().to_owned();
    let f = app.user("facilitator@example.org", true, None).await;
    app.db
        .set_group_role(group.id, f.id, GroupRole::PeerFacilitator)
        .await
        .unwrap();
    let m = app.user("member@example.org", true, None).await;
    app.db
        .join_group(group.id, m.id, MembershipStatus::Active, 1, &[], None)
        .await
        .unwrap();
    let member = app.browser();
    member.log_in("member@example.org").await;
    let facilitator = app.browser();
    facilitator.log_in("facilitator@example.org").await;

    let canary = "CANARY-2b9d-silver-otter";
    // A thread, a reply, an edit, a risky post (which raises an alert and an email), a
    // private message both ways, a debrief-free path through reports.
    let res = member
        .post(
            &format!("/groups/{slug}/board"),
            &[
                ("title", &format!("T {canary}")),
                ("body", &format!("B {canary}")),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let thread = res.header("location").unwrap().to_owned();
    facilitator
        .post(&thread, &[("body", &format!("R {canary}"))])
        .await;
    let res = member
        .post(
            &format!("/groups/{slug}/board"),
            &[
                ("title", "Tonight"),
                (
                    "body",
                    &format!("I have the pills saved up and I am going to take them all tonight. {canary}"),
                ),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "signposted");
    member
        .post(
            &format!("/groups/{slug}/messages"),
            &[("body", &format!("P {canary}"))],
        )
        .await;
    facilitator
        .post(
            &format!("/groups/{slug}/messages/{}", m.id),
            &[("body", &format!("A {canary}"))],
        )
        .await;
    // A conversation between members (the group switches them on), and a report of it.
    let other = app.user("other@example.org", true, None).await;
    app.db
        .join_group(group.id, other.id, MembershipStatus::Active, 1, &[], None)
        .await
        .unwrap();
    facilitator
        .post(
            &format!("/groups/{slug}/board/messaging"),
            &[("member_messages", "1")],
        )
        .await;
    let conversation = app
        .db
        .member_conversation_between(group.id, m.id, other.id)
        .await
        .unwrap();
    let path = format!("/groups/{slug}/conversations/{}", conversation.id);
    let res = member.post(&path, &[("body", &format!("M {canary}"))]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text());
    let written = app.db.member_messages(conversation.id).await.unwrap();
    member
        .post(
            &format!("/report/message/{}", written[0].id),
            &[("reason", "other")],
        )
        .await;
    member.post(&path, &[("body", "")]).await;
    let page = member.get(&thread).await.text();
    assert!(
        page.contains(&format!("R {canary}")),
        "the words are there for people"
    );
    // Bad input is logged too: still no words.
    member
        .post(
            &thread,
            &[("body", &"x".repeat(30_000)), ("content_warning", canary)],
        )
        .await;

    let logged = String::from_utf8(logs.0.lock().unwrap().clone()).unwrap();
    assert!(
        logged.contains("\"route\":\"/threads/{id}\""),
        "the scan saw the request logs"
    );
    assert!(logged.contains("\"route\":\"/groups/{slug}/board\""));
    assert!(logged.contains("\"route\":\"/groups/{slug}/conversations/{id}\""));
    assert!(!logged.contains(canary), "a log line holds what someone wrote");
    assert!(!logged.contains(&slug), "logs carry route templates, not paths");
    let metrics = app.get_page("/metrics").await.text();
    assert!(!metrics.contains(canary));
}
