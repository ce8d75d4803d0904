//! Accounts end to end: sign-up and confirmation, sign-in and out, resets, the account
//! page, export and erasure, enumeration resistance, rate limits and cross-site refusal.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test that cannot proceed should panic"
)]

mod common;

use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::{PASSWORD, TestApp, link_token, smtp::Sink};
use kindred_web::mail::{Mailer, deliver_due};

#[tokio::test]
async fn a_newcomer_signs_up_confirms_and_signs_in() {
    let app = TestApp::new().await;
    let browser = app.browser();
    let page = browser.get("/signup").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.text().contains("You do not need to use your real name"),
        "the form explains pseudonyms"
    );

    let res = browser
        .post(
            "/signup",
            &[
                ("email", "River@Example.org"),
                ("pseudonym", "River"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    assert!(res.text().contains("Check your email"));
    assert!(
        !browser.has_cookie("kindred_session"),
        "sign-up does not sign in (it must look the same for taken addresses)"
    );

    let mails = app.take_emails().await;
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].recipient, "river@example.org");
    let token = link_token(&mails[0].body, "verify");

    // Unconfirmed accounts can sign in and browse.
    browser.log_in("river@example.org").await;
    let me = browser.get_json("/api/v1/me").await;
    assert_eq!(me.json()["email_verified"], false);
    assert_eq!(me.json()["pseudonym"], "River");
    assert!(
        browser
            .get("/account")
            .await
            .text()
            .contains("Please confirm your email address")
    );

    // Opening the link shows a button; only the POST confirms.
    let page = browser.get(&format!("/verify/{token}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        browser.get_json("/api/v1/me").await.json()["email_verified"],
        false
    );
    let done = browser.post(&format!("/verify/{token}"), &[]).await;
    assert_eq!(done.status, StatusCode::OK);
    assert_eq!(
        browser.get_json("/api/v1/me").await.json()["email_verified"],
        true
    );

    // The link works once.
    let again = browser.post(&format!("/verify/{token}"), &[]).await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn bad_sign_up_input_is_explained_next_to_each_field() {
    let app = TestApp::new().await;
    let browser = app.browser();
    let res = browser
        .post(
            "/signup",
            &[
                ("email", "not-an-email"),
                ("pseudonym", "me@example.org"),
                ("password", "short"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text();
    assert!(html.contains("class=\"error-summary\""), "{html}");
    for field in ["email", "pseudonym", "password"] {
        assert!(
            html.contains(&format!("href=\"#field-{field}\"")),
            "summary links to {field}"
        );
        assert!(
            html.contains(&format!("id=\"field-{field}-error\"")),
            "inline error for {field}"
        );
    }
    assert!(html.contains("value=\"not-an-email\""), "what they typed is kept");
    assert!(!html.contains("value=\"short\""), "passwords are never echoed");
    assert!(app.take_emails().await.is_empty());
}

#[tokio::test]
async fn sign_up_looks_the_same_for_taken_and_new_addresses() {
    let app = TestApp::new().await;
    app.user("taken@example.org", true, None).await;
    let a = app
        .browser()
        .post(
            "/signup",
            &[
                ("email", "taken@example.org"),
                ("pseudonym", "A"),
                ("password", PASSWORD),
            ],
        )
        .await;
    let b = app
        .browser()
        .post(
            "/signup",
            &[
                ("email", "fresh@example.org"),
                ("pseudonym", "A"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(a.status, b.status);
    assert_eq!(a.text(), b.text());
    assert_eq!(a.cookies(), b.cookies());
    // The owner of the taken address hears about it; nobody else learns anything.
    let mails = app.take_emails().await;
    let to_taken: Vec<_> = mails
        .iter()
        .filter(|m| m.recipient == "taken@example.org")
        .collect();
    assert_eq!(to_taken.len(), 1);
    assert!(
        to_taken[0].subject.contains("Someone tried"),
        "{}",
        to_taken[0].subject
    );
}

#[tokio::test]
async fn sign_in_failures_look_the_same_whether_or_not_the_account_exists() {
    let app = TestApp::new().await;
    app.user("known@example.org", true, None).await;
    let a = app
        .browser()
        .post(
            "/login",
            &[("email", "known@example.org"), ("password", "wrong password!")],
        )
        .await;
    let b = app
        .browser()
        .post(
            "/login",
            &[("email", "unknown@example.org"), ("password", "wrong password!")],
        )
        .await;
    assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(a.status, b.status);
    assert_eq!(
        a.text().replace("known@", "X@").replace("unX@", "X@"),
        b.text().replace("unknown@", "X@")
    );
    assert!(a.cookies().iter().all(|c| !c.starts_with("kindred_session")));
}

#[tokio::test]
async fn resets_look_the_same_whether_or_not_the_account_exists() {
    let app = TestApp::new().await;
    app.user("known@example.org", true, None).await;
    let a = app
        .browser()
        .post("/reset", &[("email", "known@example.org")])
        .await;
    let b = app
        .browser()
        .post("/reset", &[("email", "unknown@example.org")])
        .await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!((a.status, a.text()), (b.status, b.text()));
    let mails = app.take_emails().await;
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].recipient, "known@example.org");
}

/// Real Argon2 cost: the time to fail a sign-in must not tell known from unknown emails.
#[tokio::test]
async fn sign_in_takes_as_long_for_unknown_emails() {
    let mut settings = common::test_settings();
    settings.password_cost = kindred_web::passwords::PasswordCost::Standard;
    let app = TestApp::with_settings(settings).await;
    app.user("known@example.org", true, None).await;
    async fn median(app: &TestApp, email: &str) -> Duration {
        let mut times = Vec::new();
        for i in 0..5 {
            let browser = app.browser();
            let ip = format!("192.0.2.{}", 50 + i);
            let started = Instant::now();
            let mut req = Request::post("/login")
                .header("content-type", "application/x-www-form-urlencoded")
                .header("sec-fetch-site", "same-origin")
                .body(Body::from(format!("email={email}&password=wrong+password+here")))
                .unwrap();
            req.extensions_mut()
                .insert(axum::extract::ConnectInfo::<std::net::SocketAddr>(
                    format!("{ip}:1000").parse().unwrap(),
                ));
            let res = app.send(req).await;
            assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
            times.push(started.elapsed());
            drop(browser);
        }
        times.sort();
        times[2]
    }
    let known = median(&app, "known%40example.org").await;
    let unknown = median(&app, "unknown%40example.org").await;
    let (slow, fast) = if known > unknown {
        (known, unknown)
    } else {
        (unknown, known)
    };
    assert!(
        slow - fast <= slow / 2 + Duration::from_millis(25),
        "known {known:?} vs unknown {unknown:?}: the difference would reveal accounts"
    );
}

#[tokio::test]
async fn passwords_are_reset_by_a_single_use_link_that_signs_out_everywhere() {
    let app = TestApp::new().await;
    app.user("sam@example.org", true, None).await;
    let old_device = app.browser();
    old_device.log_in("sam@example.org").await;

    let browser = app.browser();
    browser.post("/reset", &[("email", "sam@example.org")]).await;
    let token = link_token(&app.take_emails().await[0].body, "reset");
    assert_eq!(
        browser.get(&format!("/reset/{token}")).await.status,
        StatusCode::OK
    );
    let short = browser
        .post(&format!("/reset/{token}"), &[("password", "short")])
        .await;
    assert_eq!(
        short.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a bad password does not use the link up"
    );
    let done = browser
        .post(
            &format!("/reset/{token}"),
            &[("password", "a brand new passphrase")],
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.text());

    assert_eq!(
        old_device.get_json("/api/v1/me").await.status,
        StatusCode::UNAUTHORIZED,
        "old sessions end"
    );
    let again = browser
        .post(
            &format!("/reset/{token}"),
            &[("password", "another new passphrase")],
        )
        .await;
    assert_eq!(again.status, StatusCode::NOT_FOUND, "links work once");
    let res = browser
        .post(
            "/login",
            &[
                ("email", "sam@example.org"),
                ("password", "a brand new passphrase"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(
        browser.get("/reset/not-a-token").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn changing_the_password_signs_out_other_devices_only() {
    let app = TestApp::new().await;
    app.user("kim@example.org", true, None).await;
    let phone = app.browser();
    phone.log_in("kim@example.org").await;
    let laptop = app.browser();
    laptop.log_in("kim@example.org").await;

    let wrong = laptop
        .post(
            "/account/password",
            &[
                ("current_password", "nope nope nope"),
                ("new_password", "a brand new passphrase"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let ok = laptop
        .post(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "a brand new passphrase"),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.text());
    assert_eq!(laptop.get_json("/api/v1/me").await.status, StatusCode::OK);
    assert_eq!(
        phone.get_json("/api/v1/me").await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn sign_out_and_sign_out_everywhere() {
    let app = TestApp::new().await;
    app.user("lee@example.org", true, None).await;
    let a = app.browser();
    a.log_in("lee@example.org").await;
    let b = app.browser();
    b.log_in("lee@example.org").await;
    let out = a.post("/logout", &[]).await;
    assert_eq!(out.status, StatusCode::OK);
    assert_eq!(a.get_json("/api/v1/me").await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(b.get_json("/api/v1/me").await.status, StatusCode::OK);

    let c = app.browser();
    c.log_in("lee@example.org").await;
    c.post("/logout-everywhere", &[]).await;
    assert_eq!(b.get_json("/api/v1/me").await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(c.get_json("/api/v1/me").await.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn people_can_see_export_and_erase_their_data() {
    let app = TestApp::new().await;
    app.user("ash@example.org", true, None).await;
    let browser = app.browser();
    browser.log_in("ash@example.org").await;
    let page = browser.get("/account").await;
    assert!(page.text().contains("ash@example.org"));

    let export = browser.get("/account/export.json").await;
    assert_eq!(export.status, StatusCode::OK);
    assert!(
        export
            .header("content-disposition")
            .unwrap()
            .contains("attachment")
    );
    let data = export.json();
    assert_eq!(data["account"]["email"], "ash@example.org");
    assert_eq!(data["account"]["pseudonym"], "ash");
    assert_eq!(data["sessions"].as_array().unwrap().len(), 1);
    assert!(
        !export.text().contains("argon2"),
        "the password hash is not personal data to hand out"
    );

    let wrong = browser
        .post("/account/delete", &[("confirm_password", "not my password")])
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let gone = browser
        .post("/account/delete", &[("confirm_password", PASSWORD)])
        .await;
    assert_eq!(gone.status, StatusCode::OK);
    assert!(gone.cookies().iter().any(|c| c.starts_with("kindred_session=;")));
    assert_eq!(
        browser.get_json("/api/v1/me").await.status,
        StatusCode::UNAUTHORIZED
    );
    let email = kindred_core::accounts::Email::parse("ash@example.org").unwrap();
    assert!(app.db.find_user_by_email(&email).await.unwrap().is_none());
    let res = app
        .browser()
        .post("/login", &[("email", "ash@example.org"), ("password", PASSWORD)])
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn every_cookie_is_http_only_and_same_site() {
    for (public_url, secure) in [
        ("http://kindred.test", false),
        ("https://kindred.example.org", true),
    ] {
        let mut settings = common::test_settings();
        settings.public_url = public_url.into();
        let app = TestApp::with_settings(settings).await;
        app.user("c@example.org", true, None).await;
        let browser = app.browser();
        let mut cookies = browser.get("/?lang=cy").await.cookies();
        let login = Request::post("/login")
            .header("content-type", "application/x-www-form-urlencoded")
            .header("origin", public_url)
            .body(Body::from(format!(
                "email=c%40example.org&password={}",
                common::encode(PASSWORD)
            )))
            .unwrap();
        cookies.extend(app.send(login).await.cookies());
        let names: Vec<_> = cookies
            .iter()
            .map(|c| c.split('=').next().unwrap().to_owned())
            .collect();
        for expected in ["kindred_lang", "kindred_exit_tip", "kindred_session"] {
            assert!(names.iter().any(|n| n == expected), "{expected} in {names:?}");
        }
        for cookie in cookies {
            assert!(
                cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
                "{cookie}"
            );
            assert_eq!(cookie.contains("; Secure"), secure, "{cookie}");
        }
        let hsts = app
            .get_page("/")
            .await
            .header("strict-transport-security")
            .map(str::to_owned);
        assert_eq!(hsts.is_some(), secure);
    }
}

#[tokio::test]
async fn cross_site_form_posts_are_refused() {
    let app = TestApp::new().await;
    app.user("x@example.org", true, None).await;
    let form = || format!("email=x%40example.org&password={}", common::encode(PASSWORD));
    for (header, value) in [
        ("origin", "https://evil.example"),
        ("sec-fetch-site", "cross-site"),
        ("origin", "null"),
    ] {
        let req = Request::post("/login")
            .header("accept", "text/html")
            .header("content-type", "application/x-www-form-urlencoded")
            .header(header, value)
            .body(Body::from(form()))
            .unwrap();
        let res = app.send(req).await;
        assert_eq!(res.status, StatusCode::FORBIDDEN, "{header}: {value}");
        assert!(res.cookies().iter().all(|c| !c.starts_with("kindred_session")));
    }
    let same = Request::post("/login")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", "http://kindred.test")
        .body(Body::from(form()))
        .unwrap();
    assert_eq!(app.send(same).await.status, StatusCode::SEE_OTHER);
    // Nothing changes state on GET.
    assert_eq!(
        app.get_page("/logout").await.status,
        StatusCode::METHOD_NOT_ALLOWED
    );
}

#[tokio::test]
async fn sign_in_is_rate_limited_per_account_and_per_address() {
    let app = TestApp::new().await;
    app.user("r@example.org", true, None).await;
    let try_login = |email: &'static str, ip: &'static str| {
        let app = &app;
        async move {
            let mut req = Request::post("/login")
                .header("accept", "application/json")
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from(format!("email={email}&password=wrong+wrong+wrong")))
                .unwrap();
            req.extensions_mut()
                .insert(axum::extract::ConnectInfo::<std::net::SocketAddr>(
                    ip.parse().unwrap(),
                ));
            app.send(req).await
        }
    };
    for _ in 0..5 {
        assert_eq!(
            try_login("r%40example.org", "198.51.100.1:1").await.status,
            StatusCode::UNPROCESSABLE_ENTITY
        );
    }
    // The account is now limited from any address, and unknown accounts behave the same.
    let limited = try_login("r%40example.org", "198.51.100.2:1").await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(limited.header("retry-after").unwrap().parse::<u64>().unwrap() >= 1);
    for _ in 0..5 {
        try_login("ghost%40example.org", "198.51.100.3:1").await;
    }
    assert_eq!(
        try_login("ghost%40example.org", "198.51.100.3:1").await.status,
        StatusCode::TOO_MANY_REQUESTS
    );

    // One IPv6 /64 is one address for limits.
    let mut last = StatusCode::OK;
    for i in 0..25 {
        let email: &'static str = Box::leak(format!("p{i}%40example.org").into_boxed_str());
        let ip: &'static str = Box::leak(format!("[2001:db8:7:7::{i:x}]:1").into_boxed_str());
        last = try_login(email, ip).await.status;
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn confirmation_mail_goes_out_over_smtp() {
    let app = TestApp::new().await;
    let (sink, url) = Sink::start().await;
    let mailer = Mailer::from_url(&url, "Kindred <no-reply@kindred.test>").unwrap();
    app.browser()
        .post(
            "/signup?lang=cy",
            &[
                ("email", "mair@example.org"),
                ("pseudonym", "Mair"),
                ("password", PASSWORD),
            ],
        )
        .await;
    let sent = deliver_due(&app.db, &mailer).await.unwrap();
    assert_eq!(sent, 1);
    let messages = sink.messages();
    assert_eq!(messages.len(), 1);
    assert!(messages[0].contains("To: mair@example.org"), "{}", messages[0]);
    assert!(
        messages[0].contains("http://kindred.test/verify/"),
        "{}",
        messages[0]
    );
    assert_eq!(
        deliver_due(&app.db, &mailer).await.unwrap(),
        0,
        "sent mail is not sent again"
    );
    assert_eq!(app.db.outbox_stats().await.unwrap().pending, 0);
}

#[tokio::test]
async fn mail_that_cannot_be_sent_is_kept_and_retried() {
    let app = TestApp::new().await;
    // Nothing listens on port 9 of loopback.
    let mailer = Mailer::from_url("smtp://127.0.0.1:9", "Kindred <no-reply@kindred.test>").unwrap();
    app.browser()
        .post(
            "/signup",
            &[
                ("email", "later@example.org"),
                ("pseudonym", "Later"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(deliver_due(&app.db, &mailer).await.unwrap(), 0);
    let stats = app.db.outbox_stats().await.unwrap();
    assert_eq!(
        (stats.pending, stats.failed),
        (1, 0),
        "kept for a retry, not lost"
    );
}
