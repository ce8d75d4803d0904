//! Discussions, private messages, debrief notes, crisis alerts and moderation over HTTP,
//! and the canary scan: what people write never reaches the database files in plain text.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test that cannot proceed should panic"
)]

mod common;

use axum::http::StatusCode;
use common::{Browser, TestApp, load_demo};
use kindred_core::accounts::PlatformRole;
use kindred_core::groups::{Group, GroupRole, MembershipStatus};

struct Cast<'a> {
    group: Group,
    slug: String,
    facilitator: Browser<'a>,
    alice: Browser<'a>,
    bob: Browser<'a>,
    outsider: Browser<'a>,
    alice_id: kindred_core::ids::UserId,
}

async fn cast(app: &TestApp) -> Cast<'_> {
    load_demo(app).await;
    let group = app.db.get_group_by_slug("cardiff-anxiety-cafe").await.unwrap();
    let f = app.user("facilitator@example.org", true, None).await;
    app.db
        .set_group_role(group.id, f.id, GroupRole::PeerFacilitator)
        .await
        .unwrap();
    let mut ids = Vec::new();
    for email in ["alice@example.org", "bob@example.org"] {
        let u = app.user(email, true, None).await;
        app.db
            .join_group(group.id, u.id, MembershipStatus::Active, 1, &[], None)
            .await
            .unwrap();
        ids.push(u.id);
    }
    app.user("outsider@example.org", true, None).await;
    let browser = |email: &'static str| async move {
        let b = app.browser();
        b.log_in(email).await;
        b
    };
    Cast {
        slug: group.details.slug.as_str().to_owned(),
        group,
        facilitator: browser("facilitator@example.org").await,
        alice: browser("alice@example.org").await,
        bob: browser("bob@example.org").await,
        outsider: browser("outsider@example.org").await,
        alice_id: ids[0],
    }
}

/// Posts a new thread and returns its path (`/threads/...`).
async fn start_thread(b: &Browser<'_>, slug: &str, fields: &[(&str, &str)]) -> String {
    let res = b.post(&format!("/groups/{slug}/board"), fields).await;
    if res.status == StatusCode::SEE_OTHER {
        return res.header("location").unwrap().to_owned();
    }
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    let text = res.text();
    let at = text.find("href=\"/threads/").expect("a link to the thread");
    let rest = &text[at + 6..];
    rest[..rest.find('"').unwrap()]
        .split('#')
        .next()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn a_member_posts_behind_a_warning_and_another_replies_with_a_hug() {
    let app = TestApp::new().await;
    let c = cast(&app).await;
    let thread = start_thread(
        &c.alice,
        &c.slug,
        &[
            ("title", "A hard week"),
            ("body", "The scan results came back and I *cried* all evening."),
            ("content_warning", "medical_detail"),
        ],
    )
    .await;
    let board = c.bob.get(&format!("/groups/{}/board", c.slug)).await.text();
    assert!(board.contains("A hard week"));
    assert!(board.contains("1 new"), "unread count before opening: {board}");
    let page = c.bob.get(&thread).await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text();
    assert!(
        text.contains("<details class=\"content-warning\"><summary>Content warning: Medical details"),
        "{text}"
    );
    assert!(text.contains("<em>cried</em>"), "Markdown is rendered");
    let board = c.bob.get(&format!("/groups/{}/board", c.slug)).await.text();
    assert!(!board.contains("1 new"), "read once opened");

    // Bob replies and gives a hug.
    let res = c.bob.post(&thread, &[("body", "Sending you strength.")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let text = c.bob.get(&thread).await.text();
    let post_id = text
        .split("id=\"post-")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let res = c
        .bob
        .post(
            &format!("/posts/{post_id}/react"),
            &[("kind", "hug"), ("on", "1")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let text = c.alice.get(&thread).await.text();
    assert!(text.contains("Hug <span class=\"count\">1</span>"), "{text}");
    let bad = c
        .bob
        .post(&format!("/posts/{post_id}/react"), &[("kind", "slap")])
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);

    // Outsiders cannot read it; visitors are asked to sign in.
    assert_eq!(c.outsider.get(&thread).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        c.outsider.get(&format!("/groups/{}/board", c.slug)).await.status,
        StatusCode::NOT_FOUND
    );
    let visitor = app.get_page(&thread).await;
    assert_eq!(visitor.status, StatusCode::SEE_OTHER);
    assert!(visitor.header("location").unwrap().starts_with("/login?next="));
    let res = c.outsider.post(&thread, &[("body", "Hi")]).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);

    // Bad input: clear 4xx, nothing posted.
    let res = c
        .alice
        .post(
            &format!("/groups/{}/board", c.slug),
            &[("title", ""), ("body", "")],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let res = c
        .alice
        .post(
            &format!("/groups/{}/board", c.slug),
            &[("title", "t"), ("body", "b"), ("content_warning", "bogus")],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        c.alice.get("/threads/not-a-uuid").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn anonymous_posts_hide_the_name_from_members_but_not_from_facilitators() {
    let app = TestApp::new().await;
    let c = cast(&app).await;
    let thread = start_thread(
        &c.alice,
        &c.slug,
        &[
            ("title", "Something private"),
            ("body", "I relapsed."),
            ("anonymous", "1"),
        ],
    )
    .await;
    let member_view = c.bob.get(&thread).await.text();
    assert!(member_view.contains("Anonymous member"));
    assert!(!member_view.contains("alice"), "{member_view}");
    let facilitator_view = c.facilitator.get(&thread).await.text();
    assert!(
        facilitator_view.contains("Anonymous member (written by alice)"),
        "{facilitator_view}"
    );
}

#[tokio::test]
async fn edits_keep_history_for_facilitators_and_deletion_removes_the_words() {
    let app = TestApp::new().await;
    let c = cast(&app).await;
    let thread = start_thread(
        &c.alice,
        &c.slug,
        &[("title", "Edits"), ("body", "First version")],
    )
    .await;
    let text = c.alice.get(&thread).await.text();
    let post = text
        .split("id=\"post-")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    assert_eq!(
        c.bob.get(&format!("/posts/{post}/edit")).await.status,
        StatusCode::NOT_FOUND
    );
    let res = c
        .alice
        .post(&format!("/posts/{post}/edit"), &[("body", "Second version")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let text = c.bob.get(&thread).await.text();
    assert!(text.contains("Second version") && !text.contains("First version") && text.contains("edited"));
    let history = c.facilitator.get(&format!("/posts/{post}/edit")).await.text();
    assert!(history.contains("First version"), "{history}");
    let res = c.bob.post(&format!("/posts/{post}/delete"), &[]).await;
    assert_eq!(
        res.status,
        StatusCode::NOT_FOUND,
        "only the writer or a facilitator deletes"
    );
    c.alice.post(&format!("/posts/{post}/delete"), &[]).await;
    let text = c.bob.get(&thread).await.text();
    assert!(text.contains("This post was deleted") && !text.contains("Second version"));
    assert!(
        app.db
            .post_history(post.parse().unwrap())
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn a_risky_post_signposts_its_writer_and_raises_an_alert_a_facilitator_handles() {
    let app = TestApp::new().await;
    let c = cast(&app).await;
    app.take_emails().await;
    let res = c
        .alice
        .post(
            &format!("/groups/{}/board", c.slug),
            &[
                ("title", "Tonight"),
                (
                    "body",
                    "I have the pills saved up and I am going to take them all tonight",
                ),
            ],
        )
        .await;
    assert_eq!(
        res.status,
        StatusCode::OK,
        "the writer sees a page, not a silent redirect"
    );
    let text = res.text();
    assert!(text.contains("116 123"), "crisis lines are shown at once: {text}");
    assert!(text.contains("Kindred does not contact emergency services"));
    let emails = app.take_emails().await;
    let to_facilitator: Vec<_> = emails
        .iter()
        .filter(|e| e.recipient == "facilitator@example.org")
        .collect();
    assert_eq!(to_facilitator.len(), 1, "{emails:?}");
    assert!(
        !to_facilitator[0].body.contains("pills"),
        "alerts never carry the words"
    );
    assert!(emails.iter().all(|e| e.recipient != "alice@example.org"));

    let queue = c.facilitator.get("/moderation").await;
    assert_eq!(queue.status, StatusCode::OK);
    let text = queue.text();
    assert!(text.contains("Urgent"), "{text}");
    let alert = text
        .split("/moderation/alerts/")
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    // Members cannot see or handle the queue.
    assert_eq!(c.bob.get("/moderation").await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        c.bob
            .post(&format!("/moderation/alerts/{alert}/handled"), &[])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let res = c
        .facilitator
        .post(&format!("/moderation/alerts/{alert}/handled"), &[])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(
        c.facilitator
            .get("/moderation")
            .await
            .text()
            .contains("No open alerts")
    );
    let (log, _) = app.db.audit_log(0, 10).await.unwrap();
    assert!(log.iter().any(|r| r.entry.action == "alert_handled"));

    // A gentler worry: signposted, flagged at normal priority, nobody emailed.
    let res = c
        .bob
        .post(
            &format!("/groups/{}/board", c.slug),
            &[
                ("title", "Low"),
                ("body", "I feel so hopeless lately, like nothing matters"),
            ],
        )
        .await;
    if res.status == StatusCode::OK {
        assert!(res.text().contains("Support is here"));
    }
    assert!(app.take_emails().await.is_empty());
}

#[tokio::test]
async fn a_report_leads_to_a_suspension_recorded_in_the_audit_log_and_an_appeal() {
    let app = TestApp::new().await;
    let c = cast(&app).await;
    let moderator = app
        .user("moderator@example.org", true, Some(PlatformRole::Moderator))
        .await;
    let m = app.browser();
    m.log_in("moderator@example.org").await;
    let thread = start_thread(
        &c.alice,
        &c.slug,
        &[("title", "Rant"), ("body", "Everyone here is pathetic")],
    )
    .await;
    let text = c.bob.get(&thread).await.text();
    let post = text
        .split("id=\"post-")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();

    // Reports from three different members hide it while nobody is on duty.
    let res = c
        .bob
        .post(&format!("/report/post/{post}"), &[("reason", "harassment")])
        .await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(
        c.bob
            .post(&format!("/report/post/{post}"), &[("reason", "nonsense")])
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    c.facilitator
        .post(&format!("/report/post/{post}"), &[("reason", "harassment")])
        .await;
    assert!(
        c.bob
            .get(&thread)
            .await
            .text()
            .contains("Everyone here is pathetic"),
        "two reports are not enough"
    );
    let carol = app.user("carol@example.org", true, None).await;
    app.db
        .join_group(c.group.id, carol.id, MembershipStatus::Active, 1, &[], None)
        .await
        .unwrap();
    let carol_b = app.browser();
    carol_b.log_in("carol@example.org").await;
    carol_b
        .post(&format!("/report/post/{post}"), &[("reason", "hate")])
        .await;
    assert!(
        !c.bob
            .get(&thread)
            .await
            .text()
            .contains("Everyone here is pathetic"),
        "hidden after 3 reports"
    );
    assert!(
        c.alice
            .get(&thread)
            .await
            .text()
            .contains("Hidden after several reports"),
        "the writer sees why"
    );

    // The moderator suspends the writer: escalating, told by email, in the audit log.
    app.take_emails().await;
    let queue = m.get("/moderation").await.text();
    assert!(queue.contains("reported by 3 people"), "{queue}");
    let res = m
        .post(
            &format!("/moderation/users/{}/suspend", c.alice_id),
            &[("reason", "Repeated insults after a warning")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let sanctions = app.db.sanctions_of(c.alice_id).await.unwrap();
    let days = (sanctions[0].until.unwrap() - sanctions[0].starts_at) / 86_400;
    assert_eq!((sanctions[0].kind.as_str(), days), ("suspension", 14));
    let emails = app.take_emails().await;
    assert!(
        emails
            .iter()
            .any(|e| e.recipient == "alice@example.org" && e.body.contains("Repeated insults"))
    );
    let (log, _) = app.db.audit_log(0, 50).await.unwrap();
    let entry = log.iter().find(|r| r.entry.action == "suspension").unwrap();
    assert_eq!(entry.actor, Some(moderator.id));
    assert_eq!(entry.entry.reason, "Repeated insults after a warning");
    assert!(log.iter().any(|r| r.entry.action == "auto_hide"));

    // A suspended member cannot post; facilitators cannot suspend (moderators only).
    let res = c.alice.post(&thread, &[("body", "Let me back")]).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert!(res.text().contains("suspended"));
    let res = c
        .facilitator
        .post(
            &format!("/moderation/users/{}/suspend", c.alice_id),
            &[("reason", "x")],
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    let res = m
        .post(
            &format!("/moderation/users/{}/suspend", c.alice_id),
            &[("reason", "")],
        )
        .await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST, "a reason is required");

    // The member appeals from their account page; the moderator lifts it.
    let account = c.alice.get("/account").await.text();
    assert!(
        account.contains("Suspension") && account.contains("Repeated insults"),
        "{account}"
    );
    let sanction = sanctions[0].id;
    let res = c
        .alice
        .post(
            &format!("/account/sanctions/{sanction}/appeal"),
            &[("appeal", "I was provoked; I apologise.")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(m.get("/moderation").await.text().contains("I was provoked"));
    let res = m
        .post(
            &format!("/moderation/appeals/{sanction}/lift"),
            &[("reason", "Apology accepted")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(
        c.alice
            .post(&thread, &[("body", "Thank you, sorry everyone")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );

    // The audit log: administrators only, and it cannot be changed.
    let admin = app
        .user("admin@example.org", true, Some(PlatformRole::Admin))
        .await;
    let a = app.browser();
    a.log_in("admin@example.org").await;
    let page = a.get("/admin/audit").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text().contains("appeal_lifted"));
    assert_eq!(m.get("/admin/audit").await.status, StatusCode::FORBIDDEN);
    let _ = admin;
}

#[tokio::test]
async fn escalation_goes_two_weeks_then_a_month_then_permanent() {
    let app = TestApp::new().await;
    let c = cast(&app).await;
    app.user("moderator@example.org", true, Some(PlatformRole::Moderator))
        .await;
    let m = app.browser();
    m.log_in("moderator@example.org").await;
    for _ in 0..3 {
        m.post(
            &format!("/moderation/users/{}/suspend", c.alice_id),
            &[("reason", "Again")],
        )
        .await;
    }
    let mut s = app.db.sanctions_of(c.alice_id).await.unwrap();
    s.sort_by_key(|x| (x.starts_at, x.until.unwrap_or(i64::MAX)));
    let lengths: Vec<Option<i64>> = s
        .iter()
        .map(|x| x.until.map(|u| (u - x.starts_at) / 86_400))
        .collect();
    assert_eq!(lengths, vec![Some(14), Some(30), None]);
}

#[tokio::test]
async fn watched_words_block_hold_or_flag_and_new_accounts_links_wait() {
    let app = TestApp::new().await;
    let c = cast(&app).await;
    for (word, action) in [("casino", "block"), ("miracle cure", "hold"), ("pyramid", "flag")] {
        let res = c
            .facilitator
            .post(
                &format!("/groups/{}/words", c.slug),
                &[("word", word), ("action", action)],
            )
            .await;
        // Facilitators who do not manage the listing cannot; organisers can.
        assert_eq!(res.status, StatusCode::NOT_FOUND);
        app.db
            .add_watched_word(Some(c.group.id), word, action)
            .await
            .unwrap();
    }
    let res = c
        .alice
        .post(
            &format!("/groups/{}/board", c.slug),
            &[("title", "Fun"), ("body", "Try this CASINO tonight")],
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let res = c
        .alice
        .post(
            &format!("/groups/{}/board", c.slug),
            &[("title", "Cure"), ("body", "A miracle cure exists")],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.text().contains("once a moderator has checked it"));
    start_thread(
        &c.alice,
        &c.slug,
        &[("title", "Scheme"), ("body", "Join my pyramid")],
    )
    .await;
    let reports = app.db.open_reports(None).await.unwrap();
    assert!(
        reports
            .iter()
            .any(|r| r.reasons.contains(&"watched_word".to_owned()))
    );
    // A brand-new account's link waits for a moderator.
    let res = c
        .bob
        .post(
            &format!("/groups/{}/board", c.slug),
            &[("title", "Link"), ("body", "See https://example.org/help")],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.text().contains("once a moderator has checked it"));
    let board = c
        .facilitator
        .get(&format!("/groups/{}/board", c.slug))
        .await
        .text();
    assert!(board.contains("Link"), "facilitators see held posts");
    let board = c.outsider.get("/moderation").await;
    assert_eq!(board.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn private_messages_stay_between_a_member_and_the_facilitators() {
    let app = TestApp::new().await;
    let c = cast(&app).await;
    let res = c
        .alice
        .post(
            &format!("/groups/{}/messages", c.slug),
            &[("body", "Can we talk after the meeting?")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let list = c
        .facilitator
        .get(&format!("/groups/{}/messages", c.slug))
        .await
        .text();
    assert!(list.contains("alice"), "{list}");
    let conv = format!("/groups/{}/messages/{}", c.slug, c.alice_id);
    assert!(c.facilitator.get(&conv).await.text().contains("Can we talk"));
    c.facilitator
        .post(&conv, &[("body", "Of course, I'll stay behind.")])
        .await;
    assert!(
        c.alice
            .get(&format!("/groups/{}/messages", c.slug))
            .await
            .text()
            .contains("stay behind")
    );
    assert!(
        !c.bob
            .get(&format!("/groups/{}/messages", c.slug))
            .await
            .text()
            .contains("Can we talk")
    );
    assert_eq!(c.bob.get(&conv).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        c.outsider
            .get(&format!("/groups/{}/messages", c.slug))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        c.bob.post(&conv, &[("body", "snoop")]).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn untrusted_markdown_in_posts_renders_harmless() {
    let app = TestApp::new().await;
    let c = cast(&app).await;
    // Old enough to post links without a hold.
    let corpus = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<svg onload=alert(1)>",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "<style>body{display:none}</style>",
        "<div style=\"position:fixed\">overlay</div>",
        "<form action=/logout><button>x</button></form>",
        "<input autofocus onfocus=alert(1)>",
        "<a href=\"https://example.org\" target=\"_blank\">ok</a>",
    ]
    .join("\n\n");
    let thread = start_thread(
        &c.alice,
        &c.slug,
        &[("title", "<b>bold</b> title"), ("body", &corpus)],
    )
    .await;
    let page = c.bob.get(&thread).await.text();
    let main = page.split("<main").nth(1).unwrap();
    for bad in [
        "<script>alert",
        "onerror",
        "javascript:",
        "<iframe",
        "onload",
        "data:text/html",
        "<style>",
        "style=\"position",
        "<b>bold</b>",
        "onfocus",
        "<form action=/logout",
    ] {
        assert!(!main.contains(bad), "{bad} survived");
    }
}

#[tokio::test]
async fn debrief_notes_are_for_facilitators_only() {
    let app = TestApp::new().await;
    let c = cast(&app).await;
    // The facilitator schedules a meeting (next week, so it is in the calendar).
    let mut day = jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date();
    day = day.checked_add(jiff::Span::new().days(7)).unwrap();
    let created = c
        .facilitator
        .post_json(
            &format!("/api/v1/groups/{}/series", c.slug),
            &serde_json::json!({"starts_at": format!("{day}T19:00"), "place": "online",
                "online": {"join_url": "https://meet.example.org/x"}}),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text());
    let meeting = created.json()["upcoming"][0]["id"].as_str().unwrap().to_owned();
    let path = format!("/meetings/{meeting}/debrief");
    assert_eq!(c.alice.get(&path).await.status, StatusCode::NOT_FOUND);
    let res = c
        .facilitator
        .post(&path, &[("body", "Quiet session; follow up with the newcomer.")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text());
    assert!(
        c.facilitator
            .get(&path)
            .await
            .text()
            .contains("follow up with the newcomer")
    );
    assert_eq!(
        c.alice.post(&path, &[("body", "x")]).await.status,
        StatusCode::NOT_FOUND
    );
}

/// Every file under a directory, as bytes.
fn files_under(dir: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else if let Ok(bytes) = std::fs::read(&path) {
            out.push((path, bytes));
        }
    }
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[tokio::test]
async fn the_canary_never_reaches_the_database_files_in_plain_text() {
    let app = TestApp::new().await;
    let c = cast(&app).await;
    let canary = "CANARY-7f3a-purple-giraffe";
    let thread = start_thread(
        &c.alice,
        &c.slug,
        &[
            ("title", &format!("Title {canary}")),
            ("body", &format!("Post {canary}")),
        ],
    )
    .await;
    c.bob.post(&thread, &[("body", &format!("Reply {canary}"))]).await;
    let text = c.bob.get(&thread).await.text();
    let post = text
        .split("id=\"post-")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    c.alice
        .post(
            &format!("/posts/{post}/edit"),
            &[("body", &format!("Edited {canary}"))],
        )
        .await;
    c.alice
        .post(
            &format!("/groups/{}/messages", c.slug),
            &[("body", &format!("Private {canary}"))],
        )
        .await;
    c.facilitator
        .post(
            &format!("/groups/{}/messages/{}", c.slug, c.alice_id),
            &[("body", &format!("Answer {canary}"))],
        )
        .await;
    // A conversation between members, and a report that shows its words in the queue.
    member_messages(&c, true).await;
    let page = c.alice.get(&format!("/groups/{}/messages", c.slug)).await.text();
    let bob = peer_option(&page, "bob").unwrap();
    let conversation = c
        .alice
        .post(
            &format!("/groups/{}/conversations", c.slug),
            &[("with", &bob), ("text", &format!("Between us {canary}"))],
        )
        .await
        .header("location")
        .unwrap()
        .to_owned();
    let between = c.bob.get(&conversation).await.text();
    assert!(between.contains(&format!("Between us {canary}")));
    let id = message_ids(&between).pop().unwrap();
    c.bob
        .post(&format!("/report/message/{id}"), &[("reason", "privacy")])
        .await;
    assert!(
        c.facilitator
            .get("/moderation")
            .await
            .text()
            .contains(&format!("Between us {canary}"))
    );
    // The words are readable through the application...
    let page = c.alice.get(&thread).await.text();
    assert!(page.contains(&format!("Edited {canary}")) && page.contains(&format!("Reply {canary}")));
    assert!(
        c.facilitator
            .get(&format!("/posts/{post}/edit"))
            .await
            .text()
            .contains(&format!("Post {canary}"))
    );

    // ...and nowhere in the database's files.
    let files = match kindred_store::testing::postgres_url() {
        None => {
            let path = app.db.options.url.trim_start_matches("sqlite://").to_owned();
            let dir = std::path::Path::new(&path).parent().unwrap().to_owned();
            files_under(&dir)
        }
        Some(url) => {
            // The throwaway server's data directory (the test user owns that server).
            let options: sqlx::postgres::PgConnectOptions = url.parse().unwrap();
            let pool = sqlx::PgPool::connect_with(options).await.unwrap();
            let dir: Option<String> = sqlx::query_scalar("SELECT current_setting('data_directory')")
                .fetch_one(&pool)
                .await
                .ok();
            let _ = sqlx::query("CHECKPOINT").execute(&pool).await;
            match dir {
                Some(dir) => files_under(std::path::Path::new(&dir)),
                None => Vec::new(),
            }
        }
    };
    assert!(!files.is_empty(), "the scan found the database files");
    let total: usize = files.iter().map(|(_, b)| b.len()).sum();
    assert!(total > 10_000, "scanned {total} bytes");
    for (path, bytes) in &files {
        assert!(
            !contains(bytes, canary.as_bytes()),
            "{} holds the canary in plain text",
            path.display()
        );
    }
}

#[tokio::test]
async fn members_see_what_is_new_and_can_get_a_daily_digest_without_the_words() {
    let app = TestApp::new().await;
    let c = cast(&app).await;
    let res = c.alice.post("/my/discussions/digest", &[("on", "1")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(app.db.discussion_digest(c.alice_id).await.unwrap());
    start_thread(
        &c.bob,
        &c.slug,
        &[
            ("title", "Walk on Sunday?"),
            ("body", "Anyone fancy a walk by the bay, secret-route-42?"),
        ],
    )
    .await;
    let page = c.alice.get("/my/discussions").await.text();
    assert!(page.contains("1 new"), "{page}");
    assert!(page.contains(&format!("/groups/{}/board", c.slug)));
    assert!(
        !c.bob.get("/my/discussions").await.text().contains("1 new"),
        "your own posts are not news"
    );

    // Not due yet: at most one digest a day, counted from when it was turned on.
    app.take_emails().await;
    let period = kindred_web::discussions::DIGEST_PERIOD_SECS;
    let now = jiff::Timestamp::now().as_second();
    assert_eq!(
        kindred_web::discussions::send_digests_at(&app.state, now)
            .await
            .unwrap(),
        0
    );
    // A day later it goes, once, with counts and links only.
    assert_eq!(
        kindred_web::discussions::send_digests_at(&app.state, now + period + 5)
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        kindred_web::discussions::send_digests_at(&app.state, now + period + 6)
            .await
            .unwrap(),
        0
    );
    let emails = app.take_emails().await;
    assert_eq!(emails.len(), 1);
    assert_eq!(emails[0].recipient, "alice@example.org");
    assert!(
        emails[0].body.contains("1 new") && emails[0].body.contains(&format!("/groups/{}/board", c.slug)),
        "{}",
        emails[0].body
    );
    assert!(
        !emails[0].body.contains("secret-route-42") && !emails[0].body.contains("Walk on Sunday"),
        "never the words"
    );
    // Nothing new: no email.
    assert_eq!(
        kindred_web::discussions::send_digests_at(&app.state, now + 3 * period)
            .await
            .unwrap(),
        0
    );

    let off = c.alice.post("/my/discussions/digest", &[]).await;
    assert_eq!(off.status, StatusCode::SEE_OTHER);
    assert!(!app.db.discussion_digest(c.alice_id).await.unwrap());
    let export = c.alice.get_json("/account/export.json").await.json();
    assert_eq!(export["discussion_digest"], false);
}

#[tokio::test]
async fn editing_a_worrying_post_does_not_raise_the_alert_again_and_only_writers_delete() {
    let app = TestApp::new().await;
    let c = cast(&app).await;
    let risky = "I have the pills saved up and I am going to take them all tonight";
    let thread = start_thread(&c.alice, &c.slug, &[("title", "Tonight"), ("body", risky)]).await;
    let text = c.alice.get(&thread).await.text();
    let post = text
        .split("id=\"post-")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    assert_eq!(app.db.alerts(None, true, 100).await.unwrap().len(), 1);
    let res = c
        .alice
        .post(
            &format!("/posts/{post}/edit"),
            &[("body", &format!("{risky}, sorry"))],
        )
        .await;
    assert_eq!(
        res.status,
        StatusCode::OK,
        "the writer still sees the crisis lines"
    );
    assert!(res.text().contains("116 123"));
    assert_eq!(
        app.db.alerts(None, true, 100).await.unwrap().len(),
        1,
        "no second alert for the same worry"
    );
    // A facilitator cannot delete someone else's words (they hide, with a reason).
    assert_eq!(
        c.facilitator
            .post(&format!("/posts/{post}/delete"), &[])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

/// The token the "write to a member" form gives a person, read from its list.
fn peer_option(page: &str, name: &str) -> Option<String> {
    let end = page.find(&format!("\">{name}</option>"))?;
    let start = page[..end].rfind("value=\"")? + "value=\"".len();
    Some(page[start..end].to_owned())
}

/// Switches member-to-member messages on or off as the group's facilitator.
async fn member_messages(c: &Cast<'_>, on: bool) {
    let fields: &[(&str, &str)] = if on { &[("member_messages", "1")] } else { &[] };
    let res = c
        .facilitator
        .post(&format!("/groups/{}/board/messaging", c.slug), fields)
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text());
}

/// The first message id on a conversation page.
fn message_ids(page: &str) -> Vec<String> {
    page.split("id=\"message-")
        .skip(1)
        .filter_map(|rest| rest.split('"').next().map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn members_message_each_other_only_while_their_group_allows_it() {
    let app = TestApp::new().await;
    let c = cast(&app).await;
    let messages = format!("/groups/{}/messages", c.slug);
    let start = format!("/groups/{}/conversations", c.slug);

    // Off by default: no form, and a message is refused with a page that says why.
    let page = c.alice.get(&messages).await.text();
    assert!(!page.contains(&format!("action=\"{start}\"")), "{page}");
    let refused = c
        .alice
        .post(&start, &[("with", "0123456789abcdef"), ("text", "Hello")])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(refused.text().contains("cannot message each other"));
    assert_eq!(
        c.outsider.post(&start, &[("text", "Hello")]).await.status,
        StatusCode::NOT_FOUND
    );

    // Only the people who run the group switch it (audited).
    for b in [&c.alice, &c.outsider] {
        assert_eq!(
            b.post(
                &format!("/groups/{}/board/messaging", c.slug),
                &[("member_messages", "1")]
            )
            .await
            .status,
            StatusCode::NOT_FOUND
        );
    }
    assert!(!app.db.member_messages_allowed(c.group.id).await.unwrap());
    let board = c
        .facilitator
        .get(&format!("/groups/{}/board", c.slug))
        .await
        .text();
    assert!(board.contains("Members may message each other privately"));
    assert!(!board.contains("name=\"member_messages\" value=\"1\" checked"));
    member_messages(&c, true).await;
    assert!(app.db.member_messages_allowed(c.group.id).await.unwrap());
    let (audit, _) = app.db.audit_log(0, 10).await.unwrap();
    assert!(audit.iter().any(|a| a.entry.action == "member_messages_on"));

    // Alice picks Bob by his name in the group; no emails, no account ids.
    let page = c.alice.get(&messages).await.text();
    assert!(page.contains("Write to a member"), "{page}");
    assert!(!page.contains("@example.org"));
    assert!(!page.contains(&c.alice_id.to_string()));
    let bob = peer_option(&page, "bob").expect("bob is offered");
    assert!(
        peer_option(&page, "facilitator").is_none(),
        "facilitators have their own conversation"
    );
    assert!(peer_option(&page, "alice").is_none());
    let unknown = c
        .alice
        .post(&start, &[("with", "not-a-member"), ("text", "Hello")])
        .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    let res = c
        .alice
        .post(
            &start,
            &[("with", &bob), ("text", "Coffee before Thursday's meeting?")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text());
    let conversation = res.header("location").unwrap().to_owned();
    assert!(conversation.starts_with(&format!("/groups/{}/conversations/", c.slug)));
    // Writing to Bob again goes into the same conversation.
    let again = c
        .alice
        .post(&start, &[("with", &bob), ("text", "Or after?")])
        .await;
    assert_eq!(again.header("location"), Some(conversation.as_str()));

    // Both see it; Bob answers.
    let list = c.bob.get(&messages).await.text();
    assert!(list.contains(&conversation) && list.contains("alice"), "{list}");
    let page = c.bob.get(&conversation).await.text();
    assert!(page.contains("Coffee before Thursday"));
    assert!(
        page.contains("do not read it unless"),
        "the hint says who reads it"
    );
    let alices = message_ids(&page);
    assert_eq!(alices.len(), 2);
    assert_eq!(
        c.bob
            .post(&conversation, &[("body", "After works for me.")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let page = c.alice.get(&conversation).await.text();
    assert!(page.contains("After works for me."));
    let bobs = message_ids(&page).pop().unwrap();

    // Nobody else reads or writes it: not the facilitators, not outsiders.
    for b in [&c.facilitator, &c.outsider] {
        assert_eq!(b.get(&conversation).await.status, StatusCode::NOT_FOUND);
        assert_eq!(
            b.post(&conversation, &[("body", "hello")]).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            b.get(&format!("/report/message/{bobs}")).await.status,
            StatusCode::NOT_FOUND
        );
    }
    assert!(
        !c.facilitator
            .get(&messages)
            .await
            .text()
            .contains("Coffee before Thursday")
    );

    // Either of the two can report a message; then the queue shows its words.
    for (who, id) in [(&c.bob, &alices[0]), (&c.alice, &bobs)] {
        let path = format!("/report/message/{id}");
        assert_eq!(who.get(&path).await.status, StatusCode::OK);
        assert_eq!(
            who.post(&path, &[("reason", "harassment")]).await.status,
            StatusCode::OK
        );
    }
    let queue = c.facilitator.get("/moderation").await.text();
    assert!(queue.contains("Coffee before Thursday") && queue.contains("After works for me."));
    assert!(queue.contains("/moderation/reports/message/"), "can be dismissed");

    // Switched off: no new messages, but the conversation stays readable to the two.
    member_messages(&c, false).await;
    let page = c.alice.get(&conversation).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text().contains("After works for me."));
    assert!(!page.text().contains(&format!("action=\"{conversation}\"")));
    assert_eq!(
        c.alice
            .post(&conversation, &[("body", "Still there?")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        c.alice
            .post(&start, &[("with", &bob), ("text", "Hello")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert!(!c.alice.get(&messages).await.text().contains("Write to a member"));

    // Export and erasure: Alice's words go with her account; Bob keeps his.
    let export = app.db.export_user(c.alice_id).await.unwrap();
    assert!(
        export["member_messages"]
            .to_string()
            .contains("Coffee before Thursday")
    );
    app.db.erase_user(c.alice_id).await.unwrap();
    let page = c.bob.get(&conversation).await.text();
    assert!(!page.contains("Coffee before Thursday"));
    assert!(page.contains("After works for me.") && page.contains("Former member"));
    assert!(
        !c.facilitator
            .get("/moderation")
            .await
            .text()
            .contains("Coffee before Thursday"),
        "reports about erased words go with them"
    );
}

#[tokio::test]
async fn member_messages_are_screened_and_rate_limited_like_other_writing() {
    let app = TestApp::new().await;
    let c = cast(&app).await;
    member_messages(&c, true).await;
    let start = format!("/groups/{}/conversations", c.slug);
    let page = c.bob.get(&format!("/groups/{}/messages", c.slug)).await.text();
    let alice = peer_option(&page, "alice").unwrap();
    app.take_emails().await;
    let res = c
        .bob
        .post(
            &start,
            &[
                ("with", &alice),
                (
                    "text",
                    "I have the pills saved up and I am going to take them all tonight",
                ),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "the writer is signposted");
    assert!(res.text().contains("116 123"));
    let alerts = app.db.alerts(None, true, 10).await.unwrap();
    assert_eq!(alerts.len(), 1);
    assert_eq!(alerts[0].source_kind, "message");
    assert_eq!(alerts[0].level, "urgent");
    let emails = app.take_emails().await;
    assert!(
        emails
            .iter()
            .any(|e| e.recipient == "facilitator@example.org" && !e.body.contains("pills"))
    );
    // The alert leads the facilitator to their own conversation with the writer, not to
    // the members' conversation.
    let queue = c.facilitator.get("/moderation").await.text();
    assert!(
        queue.contains(&format!("/groups/{}/messages/", c.slug)),
        "{queue}"
    );
    assert!(!queue.contains("pills"));

    // A new account writes at most 5 things in 10 minutes.
    let conversation = res
        .text()
        .split(&format!("href=\"/groups/{}/conversations/", c.slug))
        .nth(1)
        .map(|rest| {
            format!(
                "/groups/{}/conversations/{}",
                c.slug,
                rest.split('"').next().unwrap()
            )
        })
        .expect("a link to the conversation");
    for n in 2..=5 {
        let res = c
            .bob
            .post(&conversation, &[("body", &format!("Message {n}"))])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "message {n}");
    }
    assert_eq!(
        c.bob.post(&conversation, &[("body", "Message 6")]).await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
}
