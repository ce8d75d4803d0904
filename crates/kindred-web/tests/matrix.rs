//! The role x route authorisation matrix: every route in the route table, called by every
//! kind of actor, must allow exactly whom its access rule allows, and deny the rest the
//! right way (sign-in redirect or 401, 403) without leaking data.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test that cannot proceed should panic"
)]

mod common;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use common::TestApp;
use kindred_core::accounts::PlatformRole;
use kindred_core::groups::GroupRole;
use kindred_core::organisations::{NewOrganisation, OrganisationKind};
use kindred_core::policy::{Actor, Decision};
use kindred_web::routes::all;

/// Routes guarded by a resource rule in their handler as well as the route's access rule.
const RESOURCE_RULED: &[(&str, &str)] = &[
    ("POST", "/groups/new"),
    ("POST", "/api/v1/groups"),
    // Only the people running a group schedule its meetings and edit its formats.
    ("GET", "/groups/{slug}/meetings/new"),
    ("POST", "/groups/{slug}/meetings/new"),
    ("GET", "/groups/{slug}/formats"),
    ("POST", "/groups/{slug}/formats"),
    ("POST", "/api/v1/groups/{slug}/series"),
    ("POST", "/api/v1/groups/{slug}/formats"),
    // Private boards send visitors to sign in; their members read them.
    ("GET", "/groups/{slug}/board"),
    ("GET", "/threads/{id}"),
];

/// Routes only verified referrers may use (none of the matrix's actors is one, so every
/// actor the access rule lets in is refused by the handler).
const REFERRER_ONLY: &[(&str, &str)] = &[
    ("GET", "/groups/{slug}/refer"),
    ("POST", "/groups/{slug}/refer"),
    ("GET", "/referrals"),
    ("GET", "/referrals/{id}"),
];

/// Routes for other systems, which open only to an API token: a session cookie, even an
/// administrator's, gets a FHIR 401.
const TOKEN_ONLY: &[(&str, &str)] = &[
    ("POST", "/fhir/ServiceRequest"),
    ("GET", "/fhir/ServiceRequest/{id}"),
];

#[tokio::test]
async fn every_route_allows_exactly_whom_it_says() {
    let app = TestApp::new().await;
    let org = app
        .db
        .create_organisation(&NewOrganisation {
            name: "Matrix Test Charity".into(),
            kind: OrganisationKind::Charity,
            website: None,
        })
        .await
        .unwrap();
    let input: kindred_core::groups::GroupInput = serde_json::from_value(serde_json::json!({
        "slug": "matrix-group", "name": "Matrix Group", "organisation_id": org.id, "summary": "For the matrix.",
        "category": "other", "leadership": "peer_led", "structure": "unstructured", "attendance": "online",
        "languages": ["en"], "area": "Online", "cost": "free", "joining": "closed", "intake_questions": ["Why?"]
    }))
    .unwrap();
    let (group, _) = app
        .db
        .upsert_group(org.id, &input.check(None).unwrap())
        .await
        .unwrap();
    kindred_web::directory::rebuild(&app.state).await.unwrap();
    let actors: Vec<(&str, Option<kindred_core::accounts::User>)> = vec![
        ("anonymous", None),
        (
            "unverified",
            Some(app.user("unverified@example.org", false, None).await),
        ),
        ("member", Some(app.user("member@example.org", true, None).await)),
        (
            "moderator",
            Some(
                app.user("moderator@example.org", true, Some(PlatformRole::Moderator))
                    .await,
            ),
        ),
        (
            "admin",
            Some(
                app.user("admin@example.org", true, Some(PlatformRole::Admin))
                    .await,
            ),
        ),
    ];

    let mut cells = 0;
    for route in all() {
        // Fill path parameters with real or harmless values; a new kind of parameter must
        // get a sample here before the route can pass.
        let path = route
            .path
            .replace("{id}", &org.id.to_string())
            .replace("{token}", "not-a-real-token")
            .replace("{slug}", group.details.slug.as_str())
            .replace("{user}", &uuid::Uuid::new_v4().to_string())
            .replace("{action}", "approve")
            .replace("{course}", "peer-facilitator")
            .replace("{module}", "ground-rules")
            .replace("{kind}", "post");
        assert!(
            !path.contains('{'),
            "add a sample value for the parameter in {}",
            route.path
        );
        let api = path.starts_with("/api/");
        for (name, user) in &actors {
            let actor = Actor { user: user.clone() };
            let mut request = Request::builder().method(route.method.clone()).uri(&path);
            request = request.header("accept", if api { "application/json" } else { "text/html" });
            if let Some(user) = user {
                // A fresh session per cell, so sign-out routes do not spoil later cells.
                let (token, hash) = kindred_web::tokens::new_token();
                app.db.create_session(&hash, user.id, 3600).await.unwrap();
                request = request.header("cookie", format!("kindred_session={token}"));
            }
            let body = if route.method == Method::POST {
                request = request.header("sec-fetch-site", "same-origin");
                if api {
                    request = request.header("content-type", "application/json");
                    Body::from("{}")
                } else {
                    request = request.header("content-type", "application/x-www-form-urlencoded");
                    Body::empty()
                }
            } else {
                Body::empty()
            };
            let res = app.send(request.body(body).unwrap()).await;
            let location = res.header("location").unwrap_or("").to_owned();
            let cell = format!(
                "{} {} as {name}: {} {location}",
                route.method, route.path, res.status
            );
            let key = (route.method.as_str(), route.path);
            match route.access.check(&actor) {
                _ if TOKEN_ONLY.contains(&key) => {
                    assert_eq!(res.status, StatusCode::UNAUTHORIZED, "{cell}");
                    assert_eq!(res.json()["resourceType"], "OperationOutcome", "{cell}");
                }
                Decision::Allow if REFERRER_ONLY.contains(&key) => {
                    assert_eq!(res.status, StatusCode::FORBIDDEN, "{cell}");
                }
                // Routes whose handler applies a rule about the particular resource (only an
                // organisation's organisers may list a group for it) may still refuse a
                // member; administrators pass every such rule.
                Decision::Allow
                    if RESOURCE_RULED.contains(&(route.method.as_str(), route.path)) && *name != "admin" =>
                {
                    assert_ne!(res.status, StatusCode::UNAUTHORIZED, "{cell}");
                }
                Decision::Allow => {
                    assert!(
                        !matches!(res.status, StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN),
                        "{cell} should be allowed: {}",
                        res.text()
                    );
                    assert!(!location.starts_with("/login"), "{cell} should be allowed");
                }
                Decision::SignInFirst if api => assert_eq!(res.status, StatusCode::UNAUTHORIZED, "{cell}"),
                Decision::SignInFirst => {
                    assert_eq!(res.status, StatusCode::SEE_OTHER, "{cell}");
                    assert!(location.starts_with("/login?next="), "{cell}");
                }
                Decision::AlreadySignedIn if !api => {
                    assert_eq!(res.status, StatusCode::SEE_OTHER, "{cell}");
                    assert_eq!(location, "/account", "{cell}");
                }
                Decision::AlreadySignedIn | Decision::Deny | Decision::VerifyFirst => {
                    assert_eq!(res.status, StatusCode::FORBIDDEN, "{cell}");
                }
            }
            if !matches!(route.access.check(&actor), Decision::Allow) {
                let text = res.text();
                assert!(!text.contains("@example.org"), "{cell} leaks an email address");
                assert!(!text.contains("Matrix Test Charity"), "{cell} leaks the resource");
            }
            cells += 1;
        }
    }
    assert!(
        cells >= 5 * 25,
        "only {cells} cells: is the route table complete?"
    );
}

#[tokio::test]
async fn administrators_list_and_verify_organisations_through_the_api() {
    let app = TestApp::new().await;
    app.user("admin@example.org", true, Some(PlatformRole::Admin))
        .await;
    app.user("member@example.org", true, None).await;
    let admin = app.browser();
    admin.log_in("admin@example.org").await;
    let body = serde_json::json!({"name": "Harbour Carers", "kind": "community", "website": "https://harbour.example.org"});
    let created = admin.post_json("/api/v1/organisations", &body).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text());
    let id = created.json()["id"].as_str().unwrap().to_owned();
    let verified = admin
        .post_json(
            &format!("/api/v1/organisations/{id}/verification"),
            &serde_json::json!({"verified": true}),
        )
        .await;
    assert_eq!(verified.json()["verified"], true);

    let bad = admin
        .post_json(
            "/api/v1/organisations",
            &serde_json::json!({"name": "", "kind": "charity"}),
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(bad.json()["error"]["field"], "name");
    let unknown_kind = admin
        .post_json(
            "/api/v1/organisations",
            &serde_json::json!({"name": "A", "kind": "pub"}),
        )
        .await;
    assert_eq!(unknown_kind.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        unknown_kind.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains("kind")
    );

    let member = app.browser();
    member.log_in("member@example.org").await;
    assert_eq!(
        member.post_json("/api/v1/organisations", &body).await.status,
        StatusCode::FORBIDDEN
    );
}

/// The routes for messages between members and for dismissing reports guard particular
/// resources, which the walk above cannot reach with made-up ids: here each kind of person
/// calls them on a real conversation, message and report, and gets exactly what the rules
/// give them (404 for anyone the resource is not for, as if it did not exist).
#[tokio::test]
async fn member_messages_and_reports_answer_each_kind_of_person_as_their_rules_say() {
    let app = TestApp::new().await;
    common::load_demo(&app).await;
    let group = app.db.get_group_by_slug("cardiff-anxiety-cafe").await.unwrap();
    let slug = group.details.slug.as_str().to_owned();
    let mut ids = std::collections::HashMap::new();
    for (name, role) in [
        ("facilitator", Some(GroupRole::PeerFacilitator)),
        ("organiser", Some(GroupRole::Organiser)),
        ("alice", Some(GroupRole::Member)),
        ("bob", Some(GroupRole::Member)),
        ("carol", Some(GroupRole::Member)),
        ("outsider", None),
    ] {
        let user = app.user(&format!("{name}@example.org"), true, None).await;
        if let Some(role) = role {
            app.db.set_group_role(group.id, user.id, role).await.unwrap();
        }
        ids.insert(name, user.id);
    }
    app.user("moderator@example.org", true, Some(PlatformRole::Moderator))
        .await;
    app.user("admin@example.org", true, Some(PlatformRole::Admin))
        .await;
    app.db.set_member_messages_allowed(group.id, true).await.unwrap();
    let conversation = app
        .db
        .member_conversation_between(group.id, ids["alice"], ids["bob"])
        .await
        .unwrap();
    let message = app
        .db
        .add_member_message(&conversation, ids["alice"], "Hello from the matrix", "none")
        .await
        .unwrap();
    app.db
        .report(
            "message",
            &message.to_string(),
            Some(group.id),
            ids["bob"],
            "spam",
        )
        .await
        .unwrap();

    let conv = format!("/groups/{slug}/conversations/{}", conversation.id);
    let start = format!("/groups/{slug}/conversations");
    let messaging = format!("/groups/{slug}/board/messaging");
    let report = format!("/report/message/{message}");
    let dismiss = format!("/moderation/reports/message/{message}/dismiss");
    let everyone = [
        "alice",
        "bob",
        "carol",
        "facilitator",
        "organiser",
        "outsider",
        "moderator",
        "admin",
    ];
    type Cell<'a> = (
        &'a str,
        &'a str,
        &'a [(&'a str, &'a str)],
        &'a [&'a str],
        StatusCode,
    );
    let rules: Vec<Cell> = vec![
        ("GET", &conv, &[], &["alice", "bob"], StatusCode::OK),
        (
            "POST",
            &conv,
            &[("body", "Hi")],
            &["alice", "bob"],
            StatusCode::SEE_OTHER,
        ),
        // Members reach the form (an unknown person is a form error); nobody else does.
        (
            "POST",
            &start,
            &[("with", "nobody"), ("text", "Hi")],
            &["alice", "bob", "carol"],
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "POST",
            &messaging,
            &[("member_messages", "1")],
            &["facilitator", "organiser", "admin"],
            StatusCode::SEE_OTHER,
        ),
        ("GET", &report, &[], &["alice", "bob"], StatusCode::OK),
        (
            "POST",
            &dismiss,
            &[],
            &["facilitator", "organiser", "moderator", "admin"],
            StatusCode::SEE_OTHER,
        ),
    ];
    let mut browsers = Vec::new();
    for who in everyone {
        let b = app.browser();
        b.log_in(&format!("{who}@example.org")).await;
        browsers.push(b);
    }
    let mut cells = 0;
    for (method, path, form, allowed, status) in &rules {
        for (who, b) in everyone.iter().zip(&browsers) {
            let res = if *method == "GET" {
                b.get(path).await
            } else {
                b.post(path, form).await
            };
            let expected = if allowed.contains(who) {
                *status
            } else {
                StatusCode::NOT_FOUND
            };
            assert_eq!(res.status, expected, "{method} {path} as {who}: {}", res.text());
            if expected == StatusCode::NOT_FOUND {
                assert!(
                    !res.text().contains("Hello from the matrix"),
                    "{method} {path} as {who} leaks"
                );
            }
            cells += 1;
        }
    }
    assert_eq!(cells, rules.len() * everyone.len());
}
