//! The web shell: every page in every language, language choice, quick exit, headers.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test that cannot proceed should panic"
)]

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::TestApp;
use kindred_core::i18n::Locale;

/// Every page a visitor can open without signing in, plus the signed-in account page.
const PAGES: &[&str] = &[
    "/",
    "/signup",
    "/login",
    "/reset",
    "/privacy",
    "/accessibility",
    "/crisis",
];

#[tokio::test]
async fn every_page_in_every_language_has_the_shell() {
    let app = TestApp::new().await;
    app.user("shell@example.org", true, None).await;
    let signed_in = app.browser();
    signed_in.log_in("shell@example.org").await;
    for locale in Locale::ALL {
        let tag = locale.tag();
        let dir = locale.direction().as_str();
        let mut pages: Vec<(String, common::TestResponse)> = Vec::new();
        for path in PAGES {
            pages.push((
                path.to_string(),
                app.browser().get(&format!("{path}?lang={tag}")).await,
            ));
        }
        pages.push((
            "/account".into(),
            signed_in.get(&format!("/account?lang={tag}")).await,
        ));
        for (path, res) in pages {
            assert_eq!(res.status, StatusCode::OK, "{path} in {tag}");
            let html = res.text();
            assert!(
                html.contains(&format!("<html lang=\"{tag}\" dir=\"{dir}\">")),
                "{path} in {tag}"
            );
            assert_eq!(html.matches("<h1").count(), 1, "{path} in {tag} has one h1");
            assert!(html.contains("href=\"#main\""), "{path} in {tag}: skip link");
            assert!(html.contains("id=\"quick-exit\""), "{path} in {tag}: quick exit");
            assert!(
                html.contains("<main id=\"main\""),
                "{path} in {tag}: main landmark"
            );
            assert!(
                html.contains("hreflang=\"ar\""),
                "{path} in {tag}: language switcher"
            );
            assert!(
                !html.contains("-title") || !html.contains(">home-title<"),
                "{path} in {tag}: no raw ids"
            );
            for id in ["site-name", "nav-home", "quick-exit", "footer-privacy"] {
                assert!(
                    !html.contains(&format!(">{id}<")),
                    "{path} in {tag}: untranslated {id}"
                );
            }
        }
    }
}

#[tokio::test]
async fn language_is_chosen_by_query_then_cookie_then_browser() {
    let app = TestApp::new().await;
    let browser = app.browser();
    let res = browser.get("/?lang=ar").await;
    assert!(res.text().contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(res.cookies().iter().any(|c| c.starts_with("kindred_lang=ar;")));
    // Remembered on the next page, without the parameter.
    assert!(browser.get("/privacy").await.text().contains("<html lang=\"ar\""));

    let req = Request::get("/")
        .header("accept-language", "pl-PL,pl;q=0.9,en;q=0.5")
        .body(Body::empty())
        .unwrap();
    let res = app.send(req).await;
    assert!(res.text().contains("<html lang=\"pl\" dir=\"ltr\">"));
    assert!(res.header("vary").unwrap().contains("accept-language"));
    // An unknown language falls back to English and sets nothing.
    let res = app.browser().get("/?lang=xx").await;
    assert!(res.text().contains("<html lang=\"en\""));
    assert!(res.cookies().iter().all(|c| !c.starts_with("kindred_lang")));
}

#[tokio::test]
async fn the_quick_exit_tip_is_shown_once() {
    let app = TestApp::new().await;
    let browser = app.browser();
    assert!(browser.get("/").await.text().contains("id=\"quick-exit-tip\""));
    assert!(!browser.get("/").await.text().contains("id=\"quick-exit-tip\""));
    // The button is a plain link, so it works without JavaScript.
    let html = browser.get("/").await.text();
    assert!(html.contains("href=\"https://www.bbc.co.uk/weather\""), "{html}");
}

#[tokio::test]
async fn the_crisis_page_lists_the_configured_lines() {
    let app = TestApp::new().await;
    let html = app.browser().get("/crisis").await.text();
    for (number, href) in [
        ("116 123", "tel:116123"),
        ("85258", "sms:85258"),
        ("111", "tel:111"),
        ("999", "tel:999"),
    ] {
        assert!(html.contains(number) && html.contains(href), "{number}");
    }
    assert!(html.contains("SHOUT"));

    let mut settings = common::test_settings();
    settings.crisis_country = "IE".into();
    let ie = TestApp::with_settings(settings).await;
    let html = ie.browser().get("/crisis").await.text();
    assert!(html.contains("tel:112"));
    assert!(!html.contains("sms:85258"));
}

#[tokio::test]
async fn the_csp_allows_no_inline_script_and_pages_use_none() {
    let app = TestApp::new().await;
    for path in PAGES {
        let res = app.browser().get(path).await;
        let csp = res.header("content-security-policy").unwrap();
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe"),
            "{csp}"
        );
        let html = res.text();
        assert!(
            !html.contains("<script>") && !html.contains(" onclick="),
            "{path}"
        );
        assert!(!html.contains("style=\""), "{path}: no inline styles");
    }
    let js = app.get_page("/static/quick-exit.js").await;
    assert_eq!(js.status, StatusCode::OK);
    assert!(js.header("content-type").unwrap().starts_with("text/javascript"));
}
