//! Facilitator training over HTTP: reading lessons, answering quizzes, the badge, group
//! and organisation requirements, what organisers see, and expiry reminders.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test that cannot proceed should panic"
)]

mod common;

use axum::http::StatusCode;
use common::{TestApp, load_demo};
use kindred_core::groups::GroupRole;
use kindred_core::training::{FACILITATOR_COURSE, course};

const COURSE: &str = "/training/peer-facilitator";

/// The form fields that answer a module's quiz, all right or all wrong.
fn answers(module: &str, right: bool) -> Vec<(String, String)> {
    let (_, m) = course(FACILITATOR_COURSE).unwrap().module(module).unwrap();
    m.quiz
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let pick = if right {
                q.answer
            } else {
                (q.answer + 1) % q.choices.len()
            };
            (format!("q{i}"), pick.to_string())
        })
        .collect()
}

async fn pass_everything(browser: &common::Browser<'_>) {
    for m in &course(FACILITATOR_COURSE).unwrap().modules {
        let fields = answers(&m.key, true);
        let form: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let res = browser.post(&format!("{COURSE}/{}", m.key), &form).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.text().contains("You passed"), "{}", m.key);
    }
}

#[tokio::test]
async fn anyone_reads_a_lesson_but_answering_needs_an_account() {
    let app = TestApp::new().await;
    let catalogue = app.get_page("/training").await;
    assert_eq!(catalogue.status, StatusCode::OK);
    assert!(catalogue.text().contains("Peer facilitator course"));
    let lesson = app.get_page(&format!("{COURSE}/ground-rules")).await;
    assert_eq!(lesson.status, StatusCode::OK);
    let text = lesson.text();
    assert!(text.contains("<h1>Setting ground rules and confidentiality</h1>"));
    assert_eq!(
        text.matches("<h1").count(),
        1,
        "the lesson's own title is not repeated"
    );
    assert!(text.contains("type=\"radio\" name=\"q0\""));
    assert!(text.contains("Sign in to answer the quizzes"));
    assert_eq!(
        app.get_page(&format!("{COURSE}/no-such-module")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get_page("/training/no-such-course").await.status,
        StatusCode::NOT_FOUND
    );
    let res = app
        .browser()
        .post(&format!("{COURSE}/ground-rules"), &[("q0", "1")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(res.header("location").unwrap().starts_with("/login"));
}

#[tokio::test]
async fn a_quiz_is_scored_progress_is_kept_and_the_course_completes() {
    let app = TestApp::new().await;
    let user = app.user("learner@example.org", true, None).await;
    let browser = app.browser();
    browser.log_in("learner@example.org").await;

    // Unanswered questions: the form comes back with a clear error, nothing recorded.
    let res = browser
        .post(&format!("{COURSE}/ground-rules"), &[("q0", "1")])
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().contains("Answer every question"));
    assert!(
        res.text().contains("value=\"1\" checked"),
        "the answer given is kept"
    );
    // Nonsense values count as unanswered, never a 500.
    let res = browser
        .post(
            &format!("{COURSE}/ground-rules"),
            &[("q0", "99"), ("q1", "-1"), ("q2", "x")],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        app.db
            .training_progress(user.id, FACILITATOR_COURSE)
            .await
            .unwrap()
            .is_empty()
    );

    // Wrong answers: not passed, with the explanations; progress remembers the attempt.
    let fields = answers("ground-rules", false);
    let form: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let res = browser.post(&format!("{COURSE}/ground-rules"), &form).await;
    assert_eq!(res.status, StatusCode::OK);
    let text = res.text();
    assert!(
        text.contains("Not passed yet: 0 of 5 correct. You need 4 to pass."),
        "{text}"
    );
    let (_, m) = course(FACILITATOR_COURSE)
        .unwrap()
        .module("ground-rules")
        .unwrap();
    assert!(text.contains(&askama_escape(&m.quiz[0].explanation)));
    let course_page = browser.get(COURSE).await.text();
    assert!(course_page.contains("Not passed yet (best so far: 0 of 5)"));
    assert!(course_page.contains("Training not completed (0 of 7 modules)"));

    pass_everything(&browser).await;
    let course_page = browser.get(COURSE).await.text();
    assert!(course_page.contains("Completed on"), "{course_page}");
    assert!(
        course_page.contains("current until"),
        "safeguarding expires after 12 months"
    );
    let progress = app
        .db
        .training_progress(user.id, FACILITATOR_COURSE)
        .await
        .unwrap();
    assert_eq!(progress.len(), 7);
    let safeguarding = progress
        .iter()
        .find(|p| p.module == "safeguarding-basics")
        .unwrap();
    let year = safeguarding.expires_at.unwrap() - safeguarding.passed_at.unwrap();
    assert!((365 * 86_400..=366 * 86_400).contains(&year));
    assert!(
        progress
            .iter()
            .filter(|p| p.module != "safeguarding-basics")
            .all(|p| p.expires_at.is_none())
    );

    // The account export carries the training record.
    let export = browser.get_json("/account/export.json").await;
    assert_eq!(export.status, StatusCode::OK);
    assert_eq!(export.json()["training"].as_array().unwrap().len(), 7);
}

/// HTML-escapes like askama does, for comparing text that holds quotes or apostrophes.
fn askama_escape(s: &str) -> String {
    s.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

#[tokio::test]
async fn the_badge_shows_only_for_groups_with_a_currently_trained_facilitator() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let group = app.db.get_group_by_slug("cardiff-anxiety-cafe").await.unwrap();
    let slug = group.details.slug.as_str().to_owned();
    let facilitator = app.user("facilitator@example.org", true, None).await;
    app.db
        .set_group_role(group.id, facilitator.id, GroupRole::PeerFacilitator)
        .await
        .unwrap();
    assert!(
        !app.get_page(&format!("/groups/{slug}"))
            .await
            .text()
            .contains("Trained facilitator")
    );

    // A member (not a facilitator) who completes the course does not earn the badge.
    let member = app.user("member@example.org", true, None).await;
    let m = app.browser();
    m.log_in("member@example.org").await;
    app.db
        .join_group(
            group.id,
            member.id,
            kindred_core::groups::MembershipStatus::Active,
            1,
            &[],
            None,
        )
        .await
        .unwrap();
    pass_everything(&m).await;
    assert!(
        !app.get_page(&format!("/groups/{slug}"))
            .await
            .text()
            .contains("Trained facilitator")
    );

    let f = app.browser();
    f.log_in("facilitator@example.org").await;
    pass_everything(&f).await;
    assert!(
        app.get_page(&format!("/groups/{slug}"))
            .await
            .text()
            .contains("Trained facilitator")
    );
    let listing = app
        .get_page(&format!("/groups?q={}", common::encode(&group.details.name)))
        .await
        .text();
    assert!(listing.contains("badge-trained"), "listings show the badge too");

    // When the safeguarding pass expires the badge goes.
    app.db
        .record_training_attempt(
            facilitator.id,
            kindred_store::Attempt {
                course: FACILITATOR_COURSE,
                module: "safeguarding-basics",
                right: 6,
                out_of: 6,
                at: 1_000_000,
                passed: Some(Some(2_000_000)),
            },
        )
        .await
        .unwrap();
    assert!(
        !app.get_page(&format!("/groups/{slug}"))
            .await
            .text()
            .contains("Trained facilitator")
    );
    let course_page = f.get(COURSE).await.text();
    assert!(course_page.contains("Training lapsed on"), "{course_page}");
}

#[tokio::test]
async fn a_required_training_gates_facilitator_roles_and_organisers_see_status() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let (org, group, o) = common::riverside_organiser(&app).await;
    let slug = group.details.slug.as_str().to_owned();
    let candidate = app.user("candidate@example.org", true, None).await;
    app.db
        .join_group(
            group.id,
            candidate.id,
            kindred_core::groups::MembershipStatus::Active,
            1,
            &[],
            None,
        )
        .await
        .unwrap();

    // The group requires the course: making an untrained member a facilitator is refused.
    let res = o
        .post(
            &format!("/groups/{slug}/training-requirement"),
            &[("required", "1")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let res = o
        .post(
            &format!("/groups/{slug}/members/{}/make-peer_facilitator", candidate.id),
            &[],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let refused = o.get(res.header("location").unwrap()).await.text();
    assert!(refused.contains("does not hold one yet"), "{refused}");
    let role = app
        .db
        .membership(group.id, candidate.id)
        .await
        .unwrap()
        .unwrap()
        .role;
    assert_eq!(role, GroupRole::Member);

    // Once trained, the same request works, and the members page shows their status.
    let c = app.browser();
    c.log_in("candidate@example.org").await;
    pass_everything(&c).await;
    o.post(
        &format!("/groups/{slug}/members/{}/make-peer_facilitator", candidate.id),
        &[],
    )
    .await;
    let role = app
        .db
        .membership(group.id, candidate.id)
        .await
        .unwrap()
        .unwrap()
        .role;
    assert_eq!(role, GroupRole::PeerFacilitator);
    let members = o.get(&format!("/groups/{slug}/members")).await.text();
    assert!(members.contains("Trained, current until"), "{members}");

    // A plain member may not change the requirement (404, as if the page did not exist).
    let res = c.post(&format!("/groups/{slug}/training-requirement"), &[]).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);

    // The organisation's page lists everyone who runs its groups, with status, and sets a
    // requirement for all its groups; others get 404.
    let page = o.get(&format!("/organisations/{}/training", org.id)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text().contains("Trained, current until"));
    let res = o
        .post(
            &format!("/organisations/{}/training", org.id),
            &[("required", "1")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.db
            .organisation_training_requirement(org.id)
            .await
            .unwrap()
            .as_deref(),
        Some(FACILITATOR_COURSE)
    );
    assert_eq!(
        c.get(&format!("/organisations/{}/training", org.id)).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        o.get("/organisations/not-an-id/training").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn facilitators_are_reminded_once_before_a_module_expires() {
    let app = TestApp::new().await;
    let user = app.user("renew@example.org", true, None).await;
    let now = jiff::Timestamp::now().as_second();
    app.db
        .record_training_attempt(
            user.id,
            kindred_store::Attempt {
                course: FACILITATOR_COURSE,
                module: "safeguarding-basics",
                right: 6,
                out_of: 6,
                at: now - 350 * 86_400,
                passed: Some(Some(now + 10 * 86_400)),
            },
        )
        .await
        .unwrap();
    // A pass expiring far in the future is not due.
    let other = app.user("later@example.org", true, None).await;
    app.db
        .record_training_attempt(
            other.id,
            kindred_store::Attempt {
                course: FACILITATOR_COURSE,
                module: "safeguarding-basics",
                right: 6,
                out_of: 6,
                at: now,
                passed: Some(Some(now + 300 * 86_400)),
            },
        )
        .await
        .unwrap();
    assert_eq!(
        kindred_web::training::send_reminders(&app.state).await.unwrap(),
        1
    );
    assert_eq!(
        kindred_web::training::send_reminders(&app.state).await.unwrap(),
        0
    );
    let emails = app.take_emails().await;
    assert_eq!(emails.len(), 1);
    assert_eq!(emails[0].recipient, "renew@example.org");
    assert!(
        emails[0].subject.contains("Safeguarding basics"),
        "{}",
        emails[0].subject
    );
    assert!(
        emails[0]
            .body
            .contains("http://kindred.test/training/peer-facilitator/safeguarding-basics")
    );
}
