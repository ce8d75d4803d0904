//! The HTTP surface of the foundation: health, errors, limits, headers, metrics, OpenAPI.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test that cannot proceed should panic"
)]

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::TestApp;
use kindred_core::organisations::{NewOrganisation, OrganisationKind};

async fn seed(app: &TestApp, names: &[&str]) -> Vec<kindred_core::organisations::Organisation> {
    let mut out = Vec::new();
    for name in names {
        let new = NewOrganisation {
            name: (*name).into(),
            kind: OrganisationKind::Charity,
            website: None,
        };
        out.push(app.db.create_organisation(&new).await.unwrap());
    }
    out
}

#[tokio::test]
async fn healthz_reports_the_database() {
    let app = TestApp::new().await;
    let res = app.get_json("/healthz").await;
    assert_eq!(res.status, StatusCode::OK);
    let body = res.json();
    assert_eq!(body["status"], "ok");
    assert_eq!(body["database"], app.db.backend_kind().as_str());
}

#[tokio::test]
async fn a_lost_database_gives_503_not_a_panic() {
    let app = TestApp::new().await;
    app.db.close().await;
    let res = app.get_json("/healthz").await;
    assert_eq!(res.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(res.json()["status"], "unavailable");
    let res = app.get_json("/api/v1/organisations").await;
    assert_eq!(res.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(res.json()["error"]["code"], "service_unavailable");
    let page = app.get_page("/").await;
    assert_eq!(page.status, StatusCode::OK, "the home page needs no database");
}

#[tokio::test]
async fn unknown_routes_are_404_in_the_clients_language() {
    let app = TestApp::new().await;
    let res = app.get_json("/api/v1/nothing-here").await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    let body = res.json();
    assert_eq!(body["error"]["code"], "not_found");
    assert!(body["request_id"].is_string());

    let res = app.get_page("/no/such/page").await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(res.header("content-type").unwrap().starts_with("text/html"));
    let html = res.text();
    assert!(html.contains("<h1>Page not found</h1>"), "{html}");
    assert!(html.contains("<html lang=\"en\""), "{html}");

    let res = app.get_page("/no/such/page?lang=cy").await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(
        res.text().contains("<html lang=\"cy\""),
        "error pages speak the reader's language"
    );
}

#[tokio::test]
async fn wrong_methods_are_405_with_a_code() {
    let app = TestApp::new().await;
    let res = app
        .send(Request::delete("/healthz").body(Body::empty()).unwrap())
        .await;
    assert_eq!(res.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(res.json()["error"]["code"], "method_not_allowed");
    assert!(res.header("allow").is_some(), "Allow header is kept");
}

#[tokio::test]
async fn oversized_bodies_are_413() {
    let app = TestApp::new().await;
    let big = vec![b'x'; 2 * 1024 * 1024];
    let res = app
        .send(
            Request::post("/api/v1/organisations")
                .header("content-type", "application/json")
                .header("content-length", big.len())
                .body(Body::from(big))
                .unwrap(),
        )
        .await;
    assert_eq!(res.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(res.json()["error"]["code"], "payload_too_large");
}

#[tokio::test]
async fn organisations_are_listed_in_pages() {
    let app = TestApp::new().await;
    seed(&app, &["Alder", "Birch", "Cedar"]).await;
    let res = app.get_json("/api/v1/organisations?per_page=2&page=2").await;
    assert_eq!(res.status, StatusCode::OK);
    let body = res.json();
    assert_eq!(body["total"], 3);
    assert_eq!(body["page"], 2);
    assert_eq!(body["total_pages"], 2);
    assert_eq!(body["items"][0]["name"], "Cedar");
    assert!(
        body["items"][0].get("website").is_none(),
        "empty optionals are omitted"
    );
}

#[tokio::test]
async fn bad_paging_is_a_clear_400() {
    let app = TestApp::new().await;
    for (query, field) in [
        ("page=0", Some("page")),
        ("per_page=1000", Some("per_page")),
        ("page=abc", None),
    ] {
        let res = app.get_json(&format!("/api/v1/organisations?{query}")).await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST, "{query}");
        let body = res.json();
        let message = body["error"]["message"].as_str().unwrap();
        assert!(message.contains("page"), "{query}: {message}");
        if let Some(field) = field {
            assert_eq!(body["error"]["field"], field);
        }
    }
}

#[tokio::test]
async fn one_organisation_by_id() {
    let app = TestApp::new().await;
    let orgs = seed(&app, &["Rowan"]).await;
    let res = app
        .get_json(&format!("/api/v1/organisations/{}", orgs[0].id))
        .await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.json()["name"], "Rowan");

    let res = app
        .get_json(&format!("/api/v1/organisations/{}", uuid::Uuid::new_v4()))
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    let res = app.get_json("/api/v1/organisations/not-a-uuid").await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn request_ids_are_echoed_and_sanitised() {
    let app = TestApp::new().await;
    let res = app
        .send(
            Request::get("/healthz")
                .header("x-request-id", "proxy-123")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(res.header("x-request-id"), Some("proxy-123"));
    let res = app
        .send(
            Request::get("/healthz")
                .header("x-request-id", "evil value\" with spaces")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    let id = res.header("x-request-id").unwrap();
    assert!(uuid::Uuid::parse_str(id).is_ok(), "{id}");
}

#[tokio::test]
async fn security_headers_on_every_response() {
    let app = TestApp::new().await;
    for path in ["/", "/healthz", "/nowhere"] {
        let res = app.get_page(path).await;
        let csp = res.header("content-security-policy").unwrap_or_default();
        assert!(
            csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
            "{path}: {csp}"
        );
        assert_eq!(res.header("x-content-type-options"), Some("nosniff"), "{path}");
        assert_eq!(res.header("referrer-policy"), Some("no-referrer"), "{path}");
    }
}

#[tokio::test]
async fn metrics_are_labelled_by_route_template() {
    let app = TestApp::new().await;
    let orgs = seed(&app, &["Hazel"]).await;
    app.get_json(&format!("/api/v1/organisations/{}", orgs[0].id))
        .await;
    app.get_json("/api/v1/organisations?page=1").await;
    let res = app.get_json("/metrics").await;
    assert_eq!(res.status, StatusCode::OK);
    let text = res.text();
    assert!(text.contains(r#"route="/api/v1/organisations/{id}""#), "{text}");
    assert!(
        text.contains("kindred_http_request_duration_seconds_bucket"),
        "{text}"
    );
    assert!(
        !text.contains(&orgs[0].id.to_string()),
        "raw ids never become labels"
    );
    assert!(!text.contains("page=1"));
}

#[tokio::test]
async fn responses_are_compressed_when_asked() {
    let app = TestApp::new().await;
    seed(
        &app,
        &[
            "A".repeat(150).as_str(),
            "B".repeat(150).as_str(),
            "C".repeat(150).as_str(),
        ],
    )
    .await;
    let res = app
        .send(
            Request::get("/api/v1/organisations")
                .header("accept-encoding", "gzip")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.header("content-encoding"), Some("gzip"));
}

#[tokio::test]
async fn openapi_document_describes_every_api_route() {
    let app = TestApp::new().await;
    let res = app.get_json("/api/openapi.json").await;
    assert_eq!(res.status, StatusCode::OK);
    let doc = res.json();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."), "{doc}");
    let paths = doc["paths"].as_object().unwrap();
    for route in kindred_web::routes::all() {
        if route.path.starts_with("/api/v1/") || route.path == "/healthz" {
            let method = route.method.as_str().to_lowercase();
            assert!(
                paths.get(route.path).and_then(|p| p.get(&method)).is_some(),
                "{} {} is missing from the OpenAPI document",
                route.method,
                route.path
            );
        }
    }
}

#[tokio::test]
async fn the_home_page_is_a_real_page() {
    let app = TestApp::new().await;
    let res = app.get_page("/").await;
    assert_eq!(res.status, StatusCode::OK);
    let html = res.text();
    assert_eq!(html.matches("<h1").count(), 1);
    assert!(html.contains("href=\"#main\""));
    let css = app.get_page("/static/kindred.css").await;
    assert_eq!(css.header("content-type"), Some("text/css; charset=utf-8"));
}
