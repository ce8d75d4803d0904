//! The group directory: search by need and place, group pages, joining, agreements and
//! requests, and the organisers' API. Runs on both backends with the demo dataset, so
//! the expected results below are also the proof that both backends answer alike.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test that cannot proceed should panic"
)]

mod common;

use axum::http::StatusCode;
use common::{TestApp, load_demo};
use kindred_core::accounts::PlatformRole;

fn names(list: &serde_json::Value) -> Vec<String> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn anxiety_near_cardiff_lists_local_groups_by_distance_then_online_ones() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let res = app
        .get_json("/api/v1/groups?q=anxiety&near=CF10%201EP&per_page=50")
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    let body = res.json();
    let items = body["items"].as_array().unwrap();
    assert!(body["near_total"].as_u64().unwrap() >= 3, "{body}");
    assert!(body["near"]["label"].as_str().unwrap().starts_with("CF10 1"));
    let mut last = 0.0;
    let mut seen_online = false;
    for item in items {
        assert!(
            item.get("distance_km").is_some(),
            "distance_km is present whenever near is given"
        );
        match item["distance_km"].as_f64() {
            Some(km) => {
                assert!(!seen_online, "local groups come before online ones");
                assert!(km >= last && km <= 25.0, "{km} after {last}");
                last = km;
            }
            None => {
                seen_online = true;
                assert_eq!(item["online"], true);
                assert!(item["attendance"] == "online" || item["attendance"] == "hybrid");
            }
        }
        let text = item.to_string().to_lowercase();
        assert!(
            text.contains("anxi")
                || text.contains("pryder")
                || text.contains("panic")
                || text.contains("worry"),
            "{text}"
        );
    }
    assert!(seen_online, "searching by place also offers online groups");
    assert_eq!(items[0]["slug"], "cardiff-anxiety-cafe", "the nearest first");
}

#[tokio::test]
async fn welsh_speaking_online_anxiety_groups() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let res = app
        .get_json("/api/v1/groups?q=anxiety&near=CF10+1EP&format=online&language=cy")
        .await;
    let body = res.json();
    let mut got = names(&body);
    got.sort();
    assert!(got.len() >= 2, "{got:?}");
    for item in body["items"].as_array().unwrap() {
        assert_eq!(item["attendance"], "online");
        assert!(
            item["languages"]
                .as_array()
                .unwrap()
                .contains(&serde_json::json!("cy"))
        );
    }
}

#[tokio::test]
async fn typos_are_tolerated_and_words_in_other_languages_work() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let typo = app.get_json("/api/v1/groups?q=diabetis").await.json();
    assert!(typo["total"].as_u64().unwrap() >= 4, "{typo}");
    for item in typo["items"].as_array().unwrap() {
        assert!(item["conditions"].to_string().contains("diabetes"), "{item}");
    }
    // "gorbryder" is Welsh for anxiety: condition names in every language are searchable.
    let welsh = app.get_json("/api/v1/groups?q=gorbryder").await.json();
    assert!(welsh["total"].as_u64().unwrap() >= 3, "{welsh}");
    let gambling = app.get_json("/api/v1/groups?q=gambling%20support").await.json();
    assert!(
        gambling["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["conditions"].to_string().contains("gambling")),
        "{gambling}"
    );
}

#[tokio::test]
async fn filters_combine() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let all = app.get_json("/api/v1/groups?per_page=100&page=1").await.json();
    let total = all["total"].as_u64().unwrap();
    assert!(
        total >= 80,
        "closed groups are left out; demo has over 80 others: {total}"
    );
    for (query, check) in [
        ("format=hybrid", "attendance"),
        ("category=bereavement", "category"),
        ("condition=hiv", "conditions"),
        ("leadership=professional_led", "leadership"),
        ("cost=free", "cost"),
        ("language=bfi", "languages"),
        ("access=step_free,hearing_loop", "accessibility"),
        ("audience=young_people", "audience"),
    ] {
        let res = app
            .get_json(&format!("/api/v1/groups?{query}&per_page=100"))
            .await
            .json();
        let n = res["total"].as_u64().unwrap();
        assert!(n > 0 && n < total, "{query}: {n}");
        let value = query.split('=').nth(1).unwrap();
        for item in res["items"].as_array().unwrap() {
            for part in value.split(',') {
                assert!(item[check].to_string().contains(part), "{query}: {item}");
            }
        }
    }
    let tuesday = app
        .get_json("/api/v1/groups?day=tue&time=evening&per_page=100")
        .await
        .json();
    for item in tuesday["items"].as_array().unwrap() {
        assert!(
            item["schedule"]["rrule"].as_str().unwrap().contains("TU"),
            "{item}"
        );
        assert!(item["schedule"]["start"].as_str().unwrap() >= "17:00");
    }
}

#[tokio::test]
async fn results_come_in_pages() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let first = app.get_json("/api/v1/groups?per_page=10").await.json();
    let second = app.get_json("/api/v1/groups?per_page=10&page=2").await.json();
    assert_eq!(first["items"].as_array().unwrap().len(), 10);
    assert_eq!(first["total"], second["total"]);
    assert!(first["total_pages"].as_u64().unwrap() >= 8);
    let a = names(&first);
    assert!(
        names(&second).iter().all(|n| !a.contains(n)),
        "pages do not overlap"
    );
}

#[tokio::test]
async fn bad_search_input_is_a_clear_400() {
    let app = TestApp::new().await;
    for (query, field) in [
        ("near=Atlantis", "near"),
        ("near=BT1%201AA", "near"),
        ("format=boat", "format"),
        ("language=xx", "language"),
        ("radius_km=900&near=LS6", "radius_km"),
        ("radius_km=far&near=LS6", "radius_km"),
        ("day=8", "day"),
        ("time=midnight", "time"),
        ("access=lift", "access"),
        ("per_page=0", "per_page"),
    ] {
        let res = app.get_json(&format!("/api/v1/groups?{query}")).await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST, "{query}");
        assert_eq!(res.json()["error"]["field"], field, "{query}");
    }
    let ni = app.get_json("/api/v1/groups?near=BT1%201AA").await.json();
    assert!(ni["error"]["message"].as_str().unwrap().contains("town name"));
    // The page shows the problem next to the field, not an unfiltered list.
    let page = app.get_page("/groups?near=Atlantis").await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(page.text().contains("id=\"field-near-error\""));
}

#[tokio::test]
async fn the_search_page_shows_local_and_online_groups() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    for locale in ["en", "cy", "ar"] {
        let page = app
            .get_page(&format!("/groups?q=anxiety&near=CF10+1EP&lang={locale}"))
            .await;
        assert_eq!(page.status, StatusCode::OK);
        let html = page.text();
        assert!(html.contains("Cardiff Anxiety Caf"), "{locale}");
        assert!(
            html.contains("badge-online"),
            "{locale}: online groups are marked"
        );
        assert_eq!(html.matches("<h1").count(), 1);
    }
    let empty = app.get_page("/groups").await;
    assert_eq!(empty.status, StatusCode::OK);
}

#[tokio::test]
async fn a_group_page_shows_what_a_newcomer_needs() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let html = app.get_page("/groups/cardiff-anxiety-cafe").await.text();
    for needle in [
        "Cardiff Anxiety Caf",
        "Riverside Peer Support",
        "What to expect at your first meeting",
        "What is said in the group stays in the group",
        "Step-free access",
    ] {
        assert!(html.contains(needle), "{needle}");
    }
    assert!(!html.contains("<script>"), "descriptions are sanitised");
    assert_eq!(
        app.get_page("/groups/no-such-group").await.status,
        StatusCode::NOT_FOUND
    );
    let api = app.get_json("/api/v1/groups/cardiff-anxiety-cafe").await.json();
    assert!(api["description_html"].as_str().unwrap().contains("<p>"));
}

#[tokio::test]
async fn members_only_venues_are_hidden_from_others() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let body = app.get_json("/api/v1/groups?per_page=100").await.json();
    let hidden = body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["attendance"] == "in_person" && i["joining"] == "open")
        .unwrap();
    let slug = hidden["slug"].as_str().unwrap();
    let group = app.db.get_group_by_slug(slug).await.unwrap();
    let mut details = group.details.clone();
    details.venue_visibility = kindred_core::groups::VenueVisibility::Members;
    app.db
        .upsert_group(group.organisation_id, &details)
        .await
        .unwrap();
    let venue = details.venue.clone().unwrap();

    let outsider = app.get_json(&format!("/api/v1/groups/{slug}")).await.json();
    assert!(outsider.get("venue").is_none());
    assert!(
        !app.get_page(&format!("/groups/{slug}"))
            .await
            .text()
            .contains(&venue.address)
    );

    app.user("member@example.org", true, None).await;
    let member = app.browser();
    member.log_in("member@example.org").await;
    let version = app
        .db
        .current_agreement(group.id)
        .await
        .unwrap()
        .version
        .to_string();
    let joined = member
        .post(
            &format!("/groups/{slug}/join"),
            &[("accept", "yes"), ("version", &version)],
        )
        .await;
    assert_eq!(joined.status, StatusCode::SEE_OTHER, "{}", joined.text());
    assert!(
        member
            .get(&format!("/groups/{slug}"))
            .await
            .text()
            .contains(&venue.address)
    );
}

#[tokio::test]
async fn joining_an_open_group_needs_the_agreement_and_a_confirmed_email() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let group = app.db.get_group_by_slug("cardiff-anxiety-cafe").await.unwrap();
    let version = app
        .db
        .current_agreement(group.id)
        .await
        .unwrap()
        .version
        .to_string();

    app.user("new@example.org", false, None).await;
    let unverified = app.browser();
    unverified.log_in("new@example.org").await;
    assert_eq!(
        unverified.get("/groups/cardiff-anxiety-cafe/join").await.status,
        StatusCode::FORBIDDEN
    );

    app.user("sam@example.org", true, None).await;
    let sam = app.browser();
    sam.log_in("sam@example.org").await;
    let form = sam.get("/groups/cardiff-anxiety-cafe/join").await;
    assert!(
        form.text()
            .contains("What is said in the group stays in the group")
    );
    let refused = sam
        .post("/groups/cardiff-anxiety-cafe/join", &[("version", &version)])
        .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "the agreement must be accepted"
    );
    let joined = sam
        .post(
            "/groups/cardiff-anxiety-cafe/join",
            &[
                ("accept", "yes"),
                ("version", &version),
                ("name_in_group", "Sunny"),
            ],
        )
        .await;
    assert_eq!(joined.status, StatusCode::SEE_OTHER);
    assert!(
        sam.get("/groups/cardiff-anxiety-cafe")
            .await
            .text()
            .contains("You are a member of this group.")
    );
    let members = sam.get("/groups/cardiff-anxiety-cafe/members").await;
    assert_eq!(members.status, StatusCode::OK);
    assert!(members.text().contains("Sunny"), "a different name per group");

    // Member lists are for members only: others are told there is nothing here.
    app.user("other@example.org", true, None).await;
    let other = app.browser();
    other.log_in("other@example.org").await;
    assert_eq!(
        other.get("/groups/cardiff-anxiety-cafe/members").await.status,
        StatusCode::NOT_FOUND
    );

    // A new version of the agreement must be accepted again.
    app.db
        .publish_agreement(group.id, "Be kind.\nKeep confidences.")
        .await
        .unwrap();
    assert!(
        !app.db
            .has_accepted_current_agreement(
                group.id,
                app.db
                    .find_user_by_email(&kindred_core::accounts::Email::parse("sam@example.org").unwrap())
                    .await
                    .unwrap()
                    .unwrap()
                    .id
            )
            .await
            .unwrap()
    );
    assert!(
        sam.get("/groups/cardiff-anxiety-cafe")
            .await
            .text()
            .contains("agreement has changed")
    );

    let left = sam.post("/groups/cardiff-anxiety-cafe/leave", &[]).await;
    assert_eq!(left.status, StatusCode::SEE_OTHER);
    assert_eq!(
        sam.get("/groups/cardiff-anxiety-cafe/members").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_facilitator_approves_or_declines_requests_to_a_closed_group() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let body = app.get_json("/api/v1/groups?per_page=100").await.json();
    let slug = body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["joining"] == "closed")
        .unwrap()["slug"]
        .as_str()
        .unwrap()
        .to_owned();
    let group = app.db.get_group_by_slug(&slug).await.unwrap();
    let version = app
        .db
        .current_agreement(group.id)
        .await
        .unwrap()
        .version
        .to_string();
    let facilitator = app.user("facilitator@example.org", true, None).await;
    app.db
        .set_group_role(
            group.id,
            facilitator.id,
            kindred_core::groups::GroupRole::PeerFacilitator,
        )
        .await
        .unwrap();

    for (email, answer) in [
        ("ana@example.org", "Somewhere to talk"),
        ("bo@example.org", "Not sure yet"),
    ] {
        app.user(email, true, None).await;
        let person = app.browser();
        person.log_in(email).await;
        let res = person
            .post(
                &format!("/groups/{slug}/join"),
                &[("accept", "yes"), ("version", &version), ("answer_0", answer)],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text());
        assert!(
            person
                .get(&format!("/groups/{slug}"))
                .await
                .text()
                .contains("You have asked to join")
        );
        assert_eq!(
            person.get(&format!("/groups/{slug}/members")).await.status,
            StatusCode::NOT_FOUND,
            "pending is not a member yet"
        );
    }
    let f = app.browser();
    f.log_in("facilitator@example.org").await;
    let page = f.get(&format!("/groups/{slug}/members")).await.text();
    assert!(
        page.contains("Somewhere to talk") && page.contains("Not sure yet"),
        "facilitators see the answers"
    );

    let ana = app
        .db
        .find_user_by_email(&kindred_core::accounts::Email::parse("ana@example.org").unwrap())
        .await
        .unwrap()
        .unwrap();
    let bo = app
        .db
        .find_user_by_email(&kindred_core::accounts::Email::parse("bo@example.org").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        f.post(&format!("/groups/{slug}/members/{}/approve", ana.id), &[])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        f.post(
            &format!("/groups/{slug}/members/{}/decline", bo.id),
            &[("note", "The group is full; try the Tuesday one")]
        )
        .await
        .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.db.membership(group.id, ana.id).await.unwrap().unwrap().status,
        kindred_core::groups::MembershipStatus::Active
    );
    let bo_browser = app.browser();
    bo_browser.log_in("bo@example.org").await;
    assert!(
        bo_browser
            .get(&format!("/groups/{slug}"))
            .await
            .text()
            .contains("The group is full; try the Tuesday one")
    );
    // Deciding twice is a conflict, and members cannot decide.
    assert_eq!(
        f.post(&format!("/groups/{slug}/members/{}/approve", ana.id), &[])
            .await
            .status,
        StatusCode::CONFLICT
    );
    let ana_browser = app.browser();
    ana_browser.log_in("ana@example.org").await;
    assert_eq!(
        ana_browser
            .post(&format!("/groups/{slug}/members/{}/approve", bo.id), &[])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn organisers_list_and_edit_groups_through_the_api() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let org = app
        .db
        .find_organisation_by_name("Riverside Peer Support")
        .await
        .unwrap()
        .unwrap();
    app.user("admin@example.org", true, Some(PlatformRole::Admin))
        .await;
    app.user("organiser@example.org", true, None).await;
    app.user("stranger@example.org", true, None).await;
    let admin = app.browser();
    admin.log_in("admin@example.org").await;
    let res = admin
        .post_json(
            &format!("/api/v1/organisations/{}/organisers", org.id),
            &serde_json::json!({"email": "organiser@example.org"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::NO_CONTENT, "{}", res.text());

    let group = serde_json::json!({
        "name": "Leeds Long COVID Circle", "organisation_id": org.id, "summary": "Pacing, patience and company.",
        "category": "condition_specific", "conditions": ["long_covid"], "leadership": "peer_led", "structure": "unstructured",
        "attendance": "in_person", "languages": ["en"], "venue": {"name": "Library", "address": "1 Example Road, Leeds", "postcode": "LS6 3HE"},
        "area": "Headingley", "cost": "free", "joining": "open"
    });
    let organiser = app.browser();
    organiser.log_in("organiser@example.org").await;
    let created = organiser.post_json("/api/v1/groups", &group).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text());
    assert_eq!(created.json()["slug"], "leeds-long-covid-circle");
    let found = app
        .get_json("/api/v1/groups?q=long%20covid&near=LS6")
        .await
        .json();
    assert_eq!(
        found["items"][0]["slug"], "leeds-long-covid-circle",
        "searchable at once: {found}"
    );
    assert!(found["items"][0]["distance_km"].as_f64().unwrap() < 3.0);
    assert_eq!(
        organiser.post_json("/api/v1/groups", &group).await.status,
        StatusCode::CONFLICT,
        "slugs are unique"
    );

    let stranger = app.browser();
    stranger.log_in("stranger@example.org").await;
    assert_eq!(stranger.post_json("/api/v1/groups", &serde_json::json!({"slug": "x-y-z", "name": "X", "organisation_id": org.id, "summary": "s", "category": "other", "leadership": "peer_led", "structure": "unstructured", "attendance": "online", "languages": ["en"], "area": "Online", "cost": "free", "joining": "open"})).await.status, StatusCode::FORBIDDEN);

    let mut edit = group.clone();
    edit["name"] = serde_json::json!("Leeds Long COVID Circle (Thursdays)");
    let request = axum::http::Request::put("/api/v1/groups/leeds-long-covid-circle")
        .header("content-type", "application/json")
        .header("sec-fetch-site", "same-origin")
        .body(axum::body::Body::from(edit.to_string()))
        .unwrap();
    let anonymous_edit = app.send(request).await;
    assert_eq!(anonymous_edit.status, StatusCode::UNAUTHORIZED);
    let bad = organiser
        .post_json(
            "/api/v1/groups",
            &serde_json::json!({"name": "", "organisation_id": org.id}),
        )
        .await;
    assert!(
        matches!(
            bad.status,
            StatusCode::BAD_REQUEST | StatusCode::UNPROCESSABLE_ENTITY
        ),
        "{}",
        bad.text()
    );
}
