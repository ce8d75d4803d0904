//! "Find my group": the ranking against the team's scenarios (graded by hand from the demo
//! directory), next to plain text search as the baseline, and the form and API.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test that cannot proceed should panic"
)]

mod common;

use std::collections::HashMap;

use axum::http::StatusCode;
use common::{TestApp, load_demo};
use kindred_web::matching::rank::ndcg_at;
use kindred_web::matching::{MatchInput, suggest};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Scenario {
    name: String,
    form: Form,
    relevant: HashMap<String, u32>,
}

#[derive(Debug, Deserialize)]
struct Form {
    #[serde(default)]
    need: String,
    #[serde(default)]
    condition: Option<String>,
    #[serde(default)]
    near: Option<String>,
    #[serde(default)]
    online: Option<String>,
    #[serde(default)]
    days: Vec<u8>,
    #[serde(default)]
    times: Vec<String>,
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    access: Vec<String>,
    #[serde(default)]
    leadership: Option<String>,
}

fn scenarios() -> Vec<Scenario> {
    serde_json::from_str(include_str!("data/matching_scenarios.json")).unwrap()
}

fn input(form: &Form) -> MatchInput {
    serde_json::from_value(serde_json::json!({
        "need": form.need,
        "condition": form.condition,
        "near": form.near,
        "online": form.online.clone().unwrap_or_else(|| "ok".into()),
        "days": form.days,
        "times": form.times,
        "languages": form.languages,
        "access": form.access,
        "leadership": form.leadership,
    }))
    .unwrap()
}

/// The baseline: the directory's own search, as a person would use it: their condition if
/// they chose one (else their words) and their place, in the search's order (by distance
/// near a place, online groups after).
fn baseline(app: &TestApp, form: &Form) -> Vec<String> {
    let query = kindred_web::directory::api::GroupsQuery {
        q: form.condition.is_none().then(|| form.need.clone()),
        condition: form.condition.clone(),
        near: form.near.clone(),
        per_page: Some("10".into()),
        ..Default::default()
    };
    match kindred_web::directory::api::run_search(&app.state, &query) {
        Ok(list) => list.items.into_iter().map(|i| i.slug).collect(),
        Err(e) => panic!("the baseline search failed: {e}"),
    }
}

#[tokio::test]
async fn the_ranking_beats_text_search_on_the_teams_scenarios() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let all = scenarios();
    assert!(all.len() >= 20, "{} scenarios", all.len());
    let (mut ours, mut theirs) = (0.0, 0.0);
    let mut report = Vec::new();
    for s in &all {
        let needs = input(&s.form)
            .check(&app.state)
            .unwrap_or_else(|e| panic!("{}: {e}", s.name));
        let ranked: Vec<String> = suggest(&app.state, &needs)
            .unwrap()
            .iter()
            .map(|x| x.doc.slug.clone())
            .collect();
        let base = baseline(&app, &s.form);
        let (a, b) = (ndcg_at(5, &ranked, &s.relevant), ndcg_at(5, &base, &s.relevant));
        ours += a;
        theirs += b;
        report.push(format!("{a:.2} {b:.2}  {}", s.name));
    }
    let n = all.len() as f64;
    let (ours, theirs) = (ours / n, theirs / n);
    eprintln!(
        "NDCG@5 over {} scenarios: find my group {ours:.3}, directory search {theirs:.3}",
        all.len()
    );
    for line in &report {
        eprintln!("  {line}");
    }
    assert!(
        ours > theirs,
        "find my group {ours:.3} vs directory search {theirs:.3}"
    );
    assert!(ours >= 0.85, "find my group NDCG@5 {ours:.3}");
}

#[tokio::test]
async fn the_same_answers_give_the_same_order() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    for s in scenarios().iter().take(5) {
        let needs = input(&s.form).check(&app.state).unwrap();
        let once: Vec<String> = suggest(&app.state, &needs)
            .unwrap()
            .iter()
            .map(|x| x.doc.slug.clone())
            .collect();
        let again: Vec<String> = suggest(&app.state, &needs)
            .unwrap()
            .iter()
            .map(|x| x.doc.slug.clone())
            .collect();
        assert_eq!(once, again, "{}", s.name);
    }
}

#[tokio::test]
async fn the_form_explains_each_suggestion_and_stores_nothing() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let browser = app.browser();
    let page = browser.get("/find").await;
    assert_eq!(page.status, StatusCode::OK);
    let r = browser
        .post(
            "/find",
            &[
                ("need", "anxiety"),
                ("near", "CF10 1EP"),
                ("online", "ok"),
                ("day", "2"),
                ("time", "evening"),
                ("leadership", "any"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let text = r.text();
    assert!(text.contains("Cardiff Anxiety Caf"), "{text}");
    assert!(text.contains("km away"), "{text}");
    assert!(text.contains("Why it may suit you"));
    // Nothing from the form went into a URL or a cookie.
    assert!(r.cookies().iter().all(|c| !c.contains("anxiety")));
    let bad = browser.post("/find", &[("near", "Atlantis 99")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.text().contains("href=\"#field-near\""));

    let api = browser
        .post_json(
            "/api/v1/match",
            &serde_json::json!({"need": "gambling", "online": "only", "languages": ["en"]}),
        )
        .await;
    assert_eq!(api.status, StatusCode::OK, "{}", api.text());
    let items = api.json()["items"].as_array().unwrap().clone();
    assert!(!items.is_empty());
    for item in &items {
        assert!(
            item["fits"]
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f["kind"] == "online"),
            "{item}"
        );
    }
    let bad = browser
        .post_json("/api/v1/match", &serde_json::json!({"days": [9]}))
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(bad.json()["error"]["field"], "days");
}
