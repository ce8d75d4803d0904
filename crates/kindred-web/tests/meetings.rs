//! Meetings: series, bad input, replies with a waitlist, cancellations, reminders,
//! calendars, join-link visibility and the Meeting Guide feed. Runs on SQLite, and on
//! PostgreSQL when KINDRED_TEST_DATABASE_URL is set.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test that cannot proceed should panic"
)]

mod common;

use axum::http::StatusCode;
use common::{TestApp, load_demo};
use kindred_core::groups::GroupRole;
use serde_json::json;

const GROUP: &str = "cardiff-anxiety-cafe";

/// A local London time `hours` from now, as `YYYY-MM-DDTHH:MM` (whole minutes).
fn local_in(hours: i64) -> String {
    let at = jiff::Timestamp::now()
        .checked_add(jiff::SignedDuration::from_mins(hours * 60))
        .unwrap()
        .to_zoned_datetime(jiff::tz::TimeZone::get("Europe/London").unwrap());
    at.strftime("%Y-%m-%dT%H:%M").to_string()
}

/// A Tuesday at 19:00 at least a week ahead.
fn next_tuesday() -> String {
    let mut d = jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date();
    d = d.checked_add(jiff::Span::new().days(7)).unwrap();
    while d.weekday() != jiff::civil::Weekday::Tuesday {
        d = d.tomorrow().unwrap();
    }
    format!("{d}T19:00")
}

struct People<'a> {
    organiser: common::Browser<'a>,
    member: common::Browser<'a>,
    other: common::Browser<'a>,
    outsider: common::Browser<'a>,
}

/// An organiser of the group's organisation, two members, and a signed-in outsider.
async fn people(app: &TestApp) -> People<'_> {
    let group = app.db.get_group_by_slug(GROUP).await.unwrap();
    let organiser = app.user("organiser@example.org", true, None).await;
    app.db
        .add_organiser(group.organisation_id, organiser.id)
        .await
        .unwrap();
    for email in ["member-one@example.org", "member-two@example.org"] {
        let user = app.user(email, true, None).await;
        app.db
            .set_group_role(group.id, user.id, GroupRole::Member)
            .await
            .unwrap();
    }
    app.user("outsider@example.org", true, None).await;
    let browsers = [
        "organiser@example.org",
        "member-one@example.org",
        "member-two@example.org",
        "outsider@example.org",
    ];
    let mut made = Vec::new();
    for email in browsers {
        let b = app.browser();
        b.log_in(email).await;
        made.push(b);
    }
    let mut it = made.into_iter();
    People {
        organiser: it.next().unwrap(),
        member: it.next().unwrap(),
        other: it.next().unwrap(),
        outsider: it.next().unwrap(),
    }
}

async fn create(browser: &common::Browser<'_>, body: serde_json::Value) -> common::TestResponse {
    browser
        .post_json(&format!("/api/v1/groups/{GROUP}/series"), &body)
        .await
}

async fn put_json(
    browser: &common::Browser<'_>,
    path: &str,
    body: &serde_json::Value,
) -> common::TestResponse {
    browser.put_json(path, body).await
}

#[tokio::test]
async fn replies_fill_places_then_a_waitlist_that_moves_up_by_itself() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let p = people(&app).await;
    let created = create(
        &p.organiser,
        json!({"starts_at": next_tuesday(), "recurrence": "FREQ=WEEKLY;BYDAY=TU", "place": "group_venue",
               "capacity": 1, "format": "builtin:check-in-check-out"}),
    )
    .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text());
    let series = created.json();
    assert_eq!(series["recurrence"], "FREQ=WEEKLY;BYDAY=TU");
    let id = series["upcoming"][0]["id"].as_str().unwrap().to_owned();
    assert_eq!(
        series["upcoming"][0]["local_start"].as_str().unwrap(),
        next_tuesday()
    );

    let path = format!("/api/v1/meetings/{id}/reply");
    let r = put_json(&p.member, &path, &json!({"going": true})).await;
    assert_eq!(r.json()["reply"], "going", "{}", r.text());
    let r = put_json(&p.other, &path, &json!({"going": true})).await;
    assert_eq!(r.json()["reply"], "waitlisted");
    // Someone outside the group cannot reply.
    assert_eq!(
        put_json(&p.outsider, &path, &json!({"going": true})).await.status,
        StatusCode::FORBIDDEN
    );

    // The facilitator sees numbers; members see only their own reply.
    let seen = p
        .organiser
        .get_json(&format!("/api/v1/meetings/{id}"))
        .await
        .json();
    assert_eq!(seen["replies"]["going"], 1);
    assert_eq!(seen["replies"]["waitlisted"], 1);
    let mine = p.member.get_json(&format!("/api/v1/meetings/{id}")).await.json();
    assert_eq!(mine["my_reply"], "going");
    assert!(mine.get("replies").is_none());

    app.take_emails().await;
    let r = put_json(&p.member, &path, &json!({"going": false})).await;
    assert_eq!(r.json()["reply"], "not_going");
    let theirs = p.other.get_json(&format!("/api/v1/meetings/{id}")).await.json();
    assert_eq!(theirs["my_reply"], "going", "the first on the waitlist moved up");
    let emails = app.take_emails().await;
    assert_eq!(emails.len(), 1);
    assert_eq!(emails[0].recipient, "member-two@example.org");
    assert!(
        emails[0].subject.starts_with("You have a place"),
        "{}",
        emails[0].subject
    );
    assert!(emails[0].body.contains("/unsubscribe/"), "{}", emails[0].body);

    // The HTML page works without JavaScript: a form post, then a redirect back.
    let page = p
        .member
        .post(&format!("/meetings/{id}/reply"), &[("reply", "going")])
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    let page = p.member.get(&format!("/meetings/{id}")).await;
    assert!(page.text().contains("waiting list"), "{}", page.text());
}

#[tokio::test]
async fn bad_series_input_gets_a_400_naming_the_field() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let p = people(&app).await;
    for (body, field) in [
        (
            json!({"starts_at": next_tuesday(), "recurrence": "FREQ=HOURLY", "place": "group_venue"}),
            "recurrence",
        ),
        (
            json!({"starts_at": next_tuesday(), "recurrence": "FREQ=WEEKLY;BYDAY=XX", "place": "group_venue"}),
            "recurrence",
        ),
        (
            json!({"starts_at": "2027-03-28T01:30", "place": "group_venue"}),
            "starts_at",
        ),
        (
            json!({"starts_at": next_tuesday(), "ends_on": "2020-01-01", "place": "group_venue"}),
            "ends_on",
        ),
        (
            json!({"starts_at": next_tuesday(), "place": "group_venue", "format": "builtin:nope"}),
            "format",
        ),
        (
            json!({"starts_at": next_tuesday(), "place": "group_venue", "format": uuid::Uuid::new_v4()}),
            "format",
        ),
        (
            json!({"starts_at": next_tuesday(), "place": "online"}),
            "online.join_url",
        ),
        (
            json!({"starts_at": next_tuesday(), "place": "group_venue", "timezone": "Mars/Base"}),
            "timezone",
        ),
        (
            json!({"starts_at": "next week", "place": "group_venue"}),
            "starts_at",
        ),
        (
            json!({"starts_at": next_tuesday(), "recurrence": "FREQ=WEEKLY;BYDAY=éA", "place": "group_venue"}),
            "recurrence",
        ),
        (
            json!({"starts_at": next_tuesday(), "title": "Two\nlines", "place": "group_venue"}),
            "title",
        ),
    ] {
        let r = create(&p.organiser, body.clone()).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{body}: {}", r.text());
        assert_eq!(r.json()["error"]["field"], field, "{body}");
    }
    let r = create(
        &p.member,
        json!({"starts_at": next_tuesday(), "place": "group_venue"}),
    )
    .await;
    assert_eq!(
        r.status,
        StatusCode::FORBIDDEN,
        "members do not schedule meetings"
    );
    let r = p.organiser.get_json("/api/v1/meetings/not-a-meeting").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_cancellation_reaches_members_and_calendars() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let p = people(&app).await;
    let series = create(
        &p.organiser,
        json!({"starts_at": next_tuesday(), "recurrence": "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "place": "group_venue"}),
    )
    .await
    .json();
    let id = series["upcoming"][1]["id"].as_str().unwrap().to_owned();
    put_json(
        &p.member,
        &format!("/api/v1/meetings/{id}/reply"),
        &json!({"going": true}),
    )
    .await;
    app.take_emails().await;

    let r = p
        .member
        .post_json(
            &format!("/api/v1/meetings/{id}/cancel"),
            &json!({"reason": "Venue closed"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "members cannot cancel");
    let r = p
        .organiser
        .post_json(&format!("/api/v1/meetings/{id}/cancel"), &json!({"reason": ""}))
        .await;
    assert_eq!(r.json()["error"]["field"], "reason");
    let r = p
        .organiser
        .post_json(
            &format!("/api/v1/meetings/{id}/cancel"),
            &json!({"reason": "Venue closed"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    assert_eq!(r.json()["cancelled"], true);
    let emails = app.take_emails().await;
    assert_eq!(emails.len(), 1);
    assert!(
        emails[0].subject.starts_with("Cancelled"),
        "{}",
        emails[0].subject
    );
    assert!(emails[0].body.contains("Venue closed"));

    // Members see the reason; the public sees only that it is cancelled.
    let public = app.get_json(&format!("/api/v1/meetings/{id}")).await.json();
    assert_eq!(public["cancelled"], true);
    assert!(public.get("cancel_reason").is_none());
    let member = p.member.get_json(&format!("/api/v1/meetings/{id}")).await.json();
    assert_eq!(member["cancel_reason"], "Venue closed");

    let ics = app.get_page(&format!("/groups/{GROUP}/calendar.ics")).await;
    assert_eq!(ics.header("content-type"), Some("text/calendar; charset=utf-8"));
    let text = ics.text();
    assert!(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/London"), "{text}");
    assert!(text.contains("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"), "{text}");
    assert!(text.contains("EXDATE;TZID=Europe/London:"), "{text}");
    assert!(text.contains("SEQUENCE:1"), "{text}");

    // Moving the next one adds a RECURRENCE-ID and bumps the sequence again.
    let first = series["upcoming"][0]["id"].as_str().unwrap();
    let day = &first[37..];
    let r = p
        .organiser
        .post_json(
            &format!("/api/v1/meetings/{first}/move"),
            &json!({"starts_at": format!("{day}T20:00")}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    assert_eq!(r.json()["moved"], true);
    let text = app
        .get_page(&format!("/groups/{GROUP}/calendar.ics"))
        .await
        .text();
    assert!(text.contains("RECURRENCE-ID;TZID=Europe/London:"), "{text}");
    assert!(text.contains("SEQUENCE:2"), "{text}");
    let r = p
        .organiser
        .post_json(
            &format!("/api/v1/meetings/{first}/move"),
            &json!({"starts_at": "2027-03-28T01:30"}),
        )
        .await;
    assert_eq!(r.json()["error"]["field"], "starts_at");
}

#[tokio::test]
async fn reminders_are_queued_once_however_often_the_worker_runs() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let p = people(&app).await;
    // A one-off meeting in three hours: the day-before reminder is already due, the
    // hour-before one not yet; one email, not two.
    let series = create(
        &p.organiser,
        json!({"starts_at": local_in(3), "place": "group_venue"}),
    )
    .await
    .json();
    let id = series["upcoming"][0]["id"].as_str().unwrap().to_owned();
    put_json(
        &p.member,
        &format!("/api/v1/meetings/{id}/reply"),
        &json!({"going": true}),
    )
    .await;
    // Someone who said they were going and then left the group gets no reminder (and so
    // no venue or join link).
    put_json(
        &p.other,
        &format!("/api/v1/meetings/{id}/reply"),
        &json!({"going": true}),
    )
    .await;
    let group = app.db.get_group_by_slug(GROUP).await.unwrap();
    let leaver = app
        .db
        .find_user_by_email(&kindred_core::accounts::Email::parse("member-two@example.org").unwrap())
        .await
        .unwrap()
        .unwrap();
    app.db
        .set_membership_status(
            group.id,
            leaver.id,
            &[kindred_core::groups::MembershipStatus::Active],
            kindred_core::groups::MembershipStatus::Left,
            None,
        )
        .await
        .unwrap();
    app.take_emails().await;
    let queued = kindred_web::meetings::reminders::queue_due(&app.state)
        .await
        .unwrap();
    assert_eq!(queued, 1);
    assert_eq!(
        kindred_web::meetings::reminders::queue_due(&app.state)
            .await
            .unwrap(),
        0
    );
    let emails = app.take_emails().await;
    assert_eq!(emails.len(), 1);
    let email = &emails[0];
    assert_eq!(email.recipient, "member-one@example.org");
    assert!(email.subject.starts_with("Reminder:"), "{}", email.subject);
    assert!(email.body.contains(&format!("/meetings/{id}")), "{}", email.body);
    assert!(
        email.body.contains("Capel Yard"),
        "the venue is in the reminder: {}",
        email.body
    );

    // The unsubscribe link turns meeting emails off, without signing in.
    let token = common::link_token(&email.body, "unsubscribe");
    let r = app.browser().post(&format!("/unsubscribe/{token}"), &[]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let user = app
        .db
        .find_user_by_email(&kindred_core::accounts::Email::parse("member-one@example.org").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert!(!app.db.meeting_emails_on(user.id).await.unwrap());
    let r = app.browser().post("/unsubscribe/not-a-token", &[]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn join_links_reach_members_only_and_only_shortly_before() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let p = people(&app).await;
    let online = json!({"join_url": "https://meet.example.org/room", "dial_in": "0800 000 000"});
    let later = create(
        &p.organiser,
        json!({"starts_at": local_in(5), "place": "online", "online": online}),
    )
    .await
    .json();
    let later_id = later["upcoming"][0]["id"].as_str().unwrap();
    let member = p
        .member
        .get_json(&format!("/api/v1/meetings/{later_id}"))
        .await
        .json();
    assert!(member.get("online").is_none(), "{member}");
    assert!(member.get("online_opens_at").is_some());
    let soon = create(
        &p.organiser,
        json!({"starts_at": local_in(0), "place": "online", "online": online, "link_opens_minutes": 60}),
    )
    .await
    .json();
    let soon_id = soon["upcoming"][0]["id"].as_str().unwrap();
    let member = p
        .member
        .get_json(&format!("/api/v1/meetings/{soon_id}"))
        .await
        .json();
    assert_eq!(member["online"]["join_url"], "https://meet.example.org/room");
    for outsider in [
        app.get_json(&format!("/api/v1/meetings/{soon_id}")).await,
        p.outsider.get_json(&format!("/api/v1/meetings/{soon_id}")).await,
    ] {
        assert!(outsider.json().get("online").is_none());
        assert!(!outsider.text().contains("meet.example.org"));
    }
    // Never in calendar files.
    assert!(
        !app.get_page(&format!("/groups/{GROUP}/calendar.ics"))
            .await
            .text()
            .contains("meet.example.org")
    );
}

#[tokio::test]
async fn a_personal_calendar_needs_its_secret_and_can_be_revoked() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let p = people(&app).await;
    create(&p.organiser, json!({"starts_at": next_tuesday(), "recurrence": "FREQ=WEEKLY;BYDAY=TU;COUNT=5", "place": "group_venue"}))
        .await;
    let page = p.member.post("/my/calendar", &[]).await.text();
    let start = page
        .find("http://kindred.test/calendar/")
        .expect("the new link is shown");
    let link: String = page[start..].chars().take_while(|c| *c != '"').collect();
    let path = link.trim_start_matches("http://kindred.test");
    let feed = app.get_page(path).await;
    assert_eq!(feed.status, StatusCode::OK);
    assert!(
        feed.text().contains("RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=5"),
        "{}",
        feed.text()
    );
    p.member.post("/my/calendar/revoke", &[]).await;
    assert_eq!(app.get_page(path).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.get_page("/calendar/nonsense.ics").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(p.member.get("/my/meetings").await.status, StatusCode::OK);
}

#[tokio::test]
async fn the_meeting_guide_feed_lists_only_weekly_recovery_meetings() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let list = app
        .get_json("/api/v1/groups?category=addiction_recovery&per_page=5")
        .await
        .json();
    let slug = list["items"][0]["slug"].as_str().unwrap().to_owned();
    let group = app.db.get_group_by_slug(&slug).await.unwrap();
    let admin = app
        .user(
            "admin@example.org",
            true,
            Some(kindred_core::accounts::PlatformRole::Admin),
        )
        .await;
    let _ = admin;
    let b = app.browser();
    b.log_in("admin@example.org").await;
    let weekly = b
        .post_json(
            &format!("/api/v1/groups/{slug}/series"),
            &json!({"title": "Weekly", "starts_at": next_tuesday(), "recurrence": "FREQ=WEEKLY;BYDAY=TU",
                    "place": "online", "online": {"join_url": "https://meet.example.org/x"}}),
        )
        .await;
    assert_eq!(weekly.status, StatusCode::CREATED, "{}", weekly.text());
    b.post_json(
        &format!("/api/v1/groups/{slug}/series"),
        &json!({"title": "Fortnightly", "starts_at": next_tuesday(), "recurrence": "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
                "place": "online", "online": {"join_url": "https://meet.example.org/y"}}),
    )
    .await;
    let feed = app.get_json("/feeds/meeting-guide.json").await;
    assert_eq!(feed.header("access-control-allow-origin"), Some("*"));
    let feed = feed.json();
    let entries: Vec<&serde_json::Value> = feed
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["group"] == group.details.name.as_str())
        .collect();
    assert_eq!(entries.len(), 1, "{feed}");
    let m = entries[0];
    assert_eq!(m["name"], "Weekly");
    assert_eq!(m["day"], 2);
    assert_eq!(m["time"], "19:00");
    let types: Vec<&str> = m["types"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    assert!(types.contains(&"ONL"));
    assert!(types.contains(&"O") || types.contains(&"C"));
    assert!(
        !m.to_string().contains("meet.example.org"),
        "join links are never published"
    );
    let page = app.get_page("/groups").await.text();
    assert!(page.contains(r#"<link rel="alternate" type="application/json" title="Meeting Guide" href="/feeds/meeting-guide.json">"#));
}
