//! Organisers list and edit groups through HTML forms, and give members roles.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test that cannot proceed should panic"
)]

mod common;

use axum::http::StatusCode;
use common::{TestApp, load_demo};
use kindred_core::accounts::{Email, PlatformRole};

const FORM: &[(&str, &str)] = &[
    ("name", "Swansea Stroke Survivors"),
    ("summary", "Life after a stroke, together."),
    ("description", "We meet **monthly**."),
    ("category", "condition_specific"),
    ("condition_stroke", "on"),
    ("audience_adults", "on"),
    ("language_en", "on"),
    ("language_cy", "on"),
    ("access_step_free", "on"),
    ("leadership", "co_facilitated"),
    ("structure", "unstructured"),
    ("attendance", "in_person"),
    ("venue_name", "Community Hall"),
    ("venue_address", "2 Example Street, Swansea"),
    ("venue_postcode", "SA1 1NW"),
    ("area", "Swansea city centre"),
    ("venue_visibility", "public"),
    ("cost", "free"),
    ("joining", "open"),
    ("status", "active"),
    ("frequency", "monthly_day"),
    ("day", "3"),
    ("week", "-1"),
    ("start", "14:00"),
    ("duration", "90"),
];

async fn organiser(app: &TestApp) -> common::Browser<'_> {
    let org = app
        .db
        .find_organisation_by_name("Riverside Peer Support")
        .await
        .unwrap()
        .unwrap();
    let user = app.user("organiser@example.org", true, None).await;
    app.db.add_organiser(org.id, user.id).await.unwrap();
    let browser = app.browser();
    browser.log_in("organiser@example.org").await;
    browser
}

#[tokio::test]
async fn an_organiser_lists_a_group_with_the_form() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let browser = organiser(&app).await;
    let form = browser.get("/groups/new").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.text().contains("Riverside Peer Support"));

    let mut fields = FORM.to_vec();
    let org = app
        .db
        .find_organisation_by_name("Riverside Peer Support")
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    fields.push(("organisation_id", &org));
    let res = browser.post("/groups/new", &fields).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text());
    assert_eq!(res.header("location"), Some("/groups/swansea-stroke-survivors"));

    let group = app
        .db
        .get_group_by_slug("swansea-stroke-survivors")
        .await
        .unwrap();
    assert_eq!(
        group.details.schedule.as_ref().unwrap().rrule,
        "FREQ=MONTHLY;BYDAY=-1WE"
    );
    assert_eq!(group.details.languages.len(), 2);
    assert!(group.details.location.is_some(), "placed by its postcode");
    let found = app.get_json("/api/v1/groups?q=stroke&near=SA1").await.json();
    assert_eq!(found["items"][0]["slug"], "swansea-stroke-survivors");
    let page = browser.get("/groups/swansea-stroke-survivors").await.text();
    assert!(
        page.contains("/groups/swansea-stroke-survivors/edit"),
        "the organiser is offered the edit link"
    );
    assert!(page.contains("Once a month"), "{page}");

    // Edit: the form comes back filled in, and changes are saved.
    let edit = browser.get("/groups/swansea-stroke-survivors/edit").await;
    assert_eq!(edit.status, StatusCode::OK);
    assert!(edit.text().contains("value=\"Swansea Stroke Survivors\""));
    let mut changed: Vec<(&str, &str)> = FORM.iter().copied().filter(|(k, _)| *k != "name").collect();
    changed.push(("name", "Swansea Stroke Survivors' Circle"));
    let saved = browser
        .post("/groups/swansea-stroke-survivors/edit", &changed)
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    assert_eq!(
        app.db
            .get_group_by_slug("swansea-stroke-survivors")
            .await
            .unwrap()
            .details
            .name,
        "Swansea Stroke Survivors' Circle"
    );
}

#[tokio::test]
async fn form_mistakes_are_shown_next_to_the_field() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let browser = organiser(&app).await;
    let org = app
        .db
        .find_organisation_by_name("Riverside Peer Support")
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    for (change, field) in [
        (("name", ""), "name"),
        (("venue_postcode", "ZZ9 9ZZ"), "venue_name"),
        (("week", "x"), "frequency"),
        (("capacity", "lots"), "capacity"),
    ] {
        let mut fields: Vec<(&str, &str)> = FORM.iter().copied().filter(|(k, _)| *k != change.0).collect();
        fields.push(change);
        fields.push(("organisation_id", &org));
        let res = browser.post("/groups/new", &fields).await;
        assert_eq!(
            res.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{change:?}: {}",
            res.text().len()
        );
        let html = res.text();
        assert!(
            html.contains(&format!("href=\"#field-{field}\"")),
            "{change:?} -> {field}"
        );
        assert!(
            html.contains("value=\"Life after a stroke, together.\""),
            "what was typed is kept"
        );
    }
}

#[tokio::test]
async fn only_organisers_may_list_or_edit() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    app.user("member@example.org", true, None).await;
    let member = app.browser();
    member.log_in("member@example.org").await;
    let page = member.get("/groups/new").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.text()
            .contains("once an administrator has made you an organiser"),
        "explained, not refused"
    );
    assert_eq!(
        member.get("/groups/cardiff-anxiety-cafe/edit").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        member
            .post("/groups/cardiff-anxiety-cafe/edit", FORM)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    app.user("admin@example.org", true, Some(PlatformRole::Admin))
        .await;
    let admin = app.browser();
    admin.log_in("admin@example.org").await;
    assert_eq!(
        admin.get("/groups/cardiff-anxiety-cafe/edit").await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn organisers_make_facilitators_and_co_organisers() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let browser = organiser(&app).await;
    let group = app.db.get_group_by_slug("cardiff-anxiety-cafe").await.unwrap();
    let kim = app.user("kim@example.org", true, None).await;
    app.db
        .join_group(
            group.id,
            kim.id,
            kindred_core::groups::MembershipStatus::Active,
            1,
            &[],
            None,
        )
        .await
        .unwrap();
    let members = browser.get("/groups/cardiff-anxiety-cafe/members").await.text();
    assert!(members.contains("make-peer_facilitator"), "{members}");
    let res = browser
        .post(
            &format!("/groups/cardiff-anxiety-cafe/members/{}/make-organiser", kim.id),
            &[],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let membership = app.db.membership(group.id, kim.id).await.unwrap().unwrap();
    assert_eq!(membership.role, kindred_core::groups::GroupRole::Organiser);

    // The new co-organiser can edit the group; an ordinary member cannot give roles.
    let kim_browser = app.browser();
    kim_browser.log_in("kim@example.org").await;
    assert_eq!(
        kim_browser.get("/groups/cardiff-anxiety-cafe/edit").await.status,
        StatusCode::OK
    );
    let lee = app.user("lee@example.org", true, None).await;
    app.db
        .join_group(
            group.id,
            lee.id,
            kindred_core::groups::MembershipStatus::Active,
            1,
            &[],
            None,
        )
        .await
        .unwrap();
    let lee_browser = app.browser();
    lee_browser.log_in("lee@example.org").await;
    let denied = lee_browser
        .post(
            &format!("/groups/cardiff-anxiety-cafe/members/{}/make-organiser", lee.id),
            &[],
        )
        .await;
    assert_eq!(denied.status, StatusCode::NOT_FOUND);
    let _ = Email::parse("x@example.org");
}
