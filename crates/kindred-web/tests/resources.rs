//! The resource library over HTTP: the starter set, search with typos and filters,
//! pagination, review dates, translations, links to other sites, the JSON API, groups'
//! resources, and untrusted Markdown rendered harmless.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test that cannot proceed should panic"
)]

mod common;

use axum::http::StatusCode;
use common::{TestApp, load_demo};

async fn library() -> TestApp {
    let app = TestApp::new().await;
    let added = kindred_web::resources::seed_starter(&app.db).await.unwrap();
    assert!(added >= 12);
    assert_eq!(
        kindred_web::resources::seed_starter(&app.db).await.unwrap(),
        0,
        "seeding happens once"
    );
    app
}

fn slugs(json: &serde_json::Value) -> Vec<String> {
    json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["slug"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn the_library_lists_searches_and_pages() {
    let app = library().await;
    let page = app.get_page("/resources").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text();
    assert!(text.contains("23 resources"), "{text}");
    assert_eq!(text.matches("class=\"result\"").count(), 20, "20 to a page");
    assert!(text.contains("rel=\"next\""));
    let second = app.get_page("/resources?page=2").await.text();
    assert_eq!(second.matches("class=\"result\"").count(), 3);
    assert!(second.contains("rel=\"prev\""));

    let found = app.get_json("/api/v1/resources?q=gambling").await.json();
    let found = slugs(&found);
    assert!(
        found.contains(&"gamcare".to_owned())
            && found.contains(&"gambling-harm-where-to-get-help".to_owned()),
        "{found:?}"
    );
    let typo = slugs(&app.get_json("/api/v1/resources?q=diabetis").await.json());
    assert!(
        typo.contains(&"diabetes-uk".to_owned()),
        "typos are forgiven: {typo:?}"
    );
    let welsh = slugs(&app.get_json("/api/v1/resources?language=cy").await.json());
    assert_eq!(welsh, vec!["first-peer-support-group-cy".to_owned()]);
    let carers = slugs(&app.get_json("/api/v1/resources?condition=carers").await.json());
    assert!(carers.contains(&"carers-uk".to_owned()) && !carers.contains(&"gamcare".to_owned()));
    // Condition names in other languages find entries too (the taxonomy is indexed in all five).
    let none = app.get_json("/api/v1/resources?q=zzzzqqq").await.json();
    assert_eq!(none["total"], 0);

    for bad in [
        "category=nope",
        "page=0",
        "page=x",
        "per_page=1000",
        "language=xx",
    ] {
        assert_eq!(
            app.get_json(&format!("/api/v1/resources?{bad}")).await.status,
            StatusCode::BAD_REQUEST,
            "{bad}"
        );
        assert_eq!(
            app.get_page(&format!("/resources?{bad}")).await.status,
            StatusCode::BAD_REQUEST,
            "{bad}"
        );
    }
    let long = "a".repeat(500);
    assert_eq!(
        app.get_json(&format!("/api/v1/resources?q={long}")).await.status,
        StatusCode::BAD_REQUEST
    );
}

#[tokio::test]
async fn entries_show_review_dates_translations_and_safe_links() {
    let app = library().await;
    let article = app.get_page("/resources/first-peer-support-group").await;
    assert_eq!(article.status, StatusCode::OK);
    let text = article.text();
    assert!(text.contains("<h1 lang=\"en\">What to expect at your first peer support group</h1>"));
    assert_eq!(text.matches("<h1").count(), 1);
    assert!(text.contains("Reviewed by"));
    assert!(
        text.contains("href=\"/resources/first-peer-support-group-cy\""),
        "links to the Welsh version"
    );
    assert!(!text.contains("past its review date"));
    let welsh = app
        .get_page("/resources/first-peer-support-group-cy")
        .await
        .text();
    assert!(
        welsh.contains("href=\"/resources/first-peer-support-group\""),
        "and back"
    );

    let overdue = app.get_page("/resources/stroke-association").await.text();
    assert!(overdue.contains("past its review date (1 Jun 2026)"), "{overdue}");
    let listing = app.get_page("/resources?q=stroke").await.text();
    assert!(listing.contains("Past its review date"));

    let link = app.get_page("/resources/samaritans").await.text();
    assert!(link.contains("rel=\"nofollow noopener noreferrer\""), "{link}");
    assert!(link.contains("Visit www.samaritans.org"), "{link}");

    assert_eq!(
        app.get_page("/resources/no-such-thing").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get_json("/api/v1/resources/no-such-thing").await.status,
        StatusCode::NOT_FOUND
    );
    let one = app
        .get_json("/api/v1/resources/newly-diagnosed-type-2-diabetes")
        .await
        .json();
    assert_eq!(one["overdue"], true);
    assert!(one["body_markdown"].as_str().unwrap().starts_with('#'));
    assert!(one.get("url").is_none(), "empty optionals are left out");
}

#[tokio::test]
async fn untrusted_markdown_renders_harmless() {
    let app = library().await;
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
        "[ok](https://example.org)",
    ]
    .join("\n\n");
    let json = serde_json::json!([{
        "slug": "xss-corpus", "title": "<b>Title</b>", "summary": "Summary", "kind": "article",
        "body_markdown": format!("# Heading\n\n{corpus}"), "category": "other", "conditions": [],
        "language": "en", "reviewed_by": "Test", "reviewed_on": "2026-01-01", "review_due": "2099-01-01"
    }]);
    let parsed = kindred_core::resources::parse_file(&json.to_string(), &|_| false).unwrap();
    app.db.import_resources(&parsed, false).await.unwrap();
    let page = app.get_page("/resources/xss-corpus").await.text();
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
        "<b>Title</b>",
    ] {
        assert!(!main.contains(bad), "{bad} survived: {main}");
    }
    assert!(
        main.contains("rel=\"noopener noreferrer nofollow\"") || main.contains("nofollow"),
        "links are marked"
    );
}

#[tokio::test]
async fn organisers_attach_resources_to_their_groups() {
    let app = library().await;
    load_demo(&app).await;
    let (_, group, o) = common::riverside_organiser(&app).await;
    let slug = group.details.slug.as_str().to_owned();
    let page = o.get(&format!("/groups/{slug}/resources")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text().contains("value=\"samaritans\""));
    let res = o
        .post(
            &format!("/groups/{slug}/resources"),
            &[("resource", "samaritans"), ("action", "attach")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let group_page = app.get_page(&format!("/groups/{slug}")).await.text();
    assert!(
        group_page.contains("href=\"/resources/samaritans\""),
        "the group page lists it"
    );
    let bad = o
        .post(
            &format!("/groups/{slug}/resources"),
            &[("resource", "nope"), ("action", "attach")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    let bad = o
        .post(
            &format!("/groups/{slug}/resources"),
            &[("resource", "samaritans"), ("action", "explode")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    o.post(
        &format!("/groups/{slug}/resources"),
        &[("resource", "samaritans"), ("action", "detach")],
    )
    .await;
    assert!(
        !app.get_page(&format!("/groups/{slug}"))
            .await
            .text()
            .contains("href=\"/resources/samaritans\"")
    );

    // Someone who does not manage the group: 404 for the page and the change.
    app.user("someone@example.org", true, None).await;
    let s = app.browser();
    s.log_in("someone@example.org").await;
    assert_eq!(
        s.get(&format!("/groups/{slug}/resources")).await.status,
        StatusCode::NOT_FOUND
    );
    let res = s
        .post(
            &format!("/groups/{slug}/resources"),
            &[("resource", "samaritans"), ("action", "attach")],
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(app.db.group_resources(group.id).await.unwrap().is_empty());
}
