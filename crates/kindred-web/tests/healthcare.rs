//! Healthcare integration over HTTP: the directory as Open Referral UK and FHIR R4,
//! referrals from a referrer and from another system with consent item by item, and
//! wellbeing with small-number suppression. (Schemas and a third-party FHIR model library
//! check the same answers in `scripts/check/healthcare_check.py`.)

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test that cannot proceed should panic"
)]

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::{TestApp, TestResponse, load_demo};
use kindred_core::accounts::PlatformRole;
use kindred_core::groups::{Group, GroupRole};
use kindred_core::referrals::ReferrerRole;
use serde_json::{Value, json};

fn has_no_nulls(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Array(a) => a.iter().all(has_no_nulls),
        Value::Object(o) => o.values().all(has_no_nulls),
        _ => true,
    }
}

/// A weekly online meeting series for the group (attendance hangs off it).
async fn weekly_series(app: &TestApp, group: &Group) -> kindred_core::meetings::Series {
    let input = kindred_core::meetings::SeriesInput {
        starts_at: "2026-01-02T10:30".into(),
        recurrence: Some("FREQ=WEEKLY;BYDAY=FR".into()),
        place: kindred_core::meetings::PlaceKind::Online,
        online: Some(kindred_core::meetings::OnlineAccess {
            join_url: Some("https://meet.example.org/x".into()),
            dial_in: None,
        }),
        ..Default::default()
    };
    app.db
        .create_series(group.id, &input.check(true).unwrap())
        .await
        .unwrap()
}

/// An open, active demo group.
async fn open_group(app: &TestApp) -> Group {
    app.db
        .all_groups(None, 500)
        .await
        .unwrap()
        .into_iter()
        .find(|g| {
            g.details.joining == kindred_core::groups::Joining::Open
                && g.details.status == kindred_core::groups::GroupStatus::Active
        })
        .unwrap()
}

#[tokio::test]
async fn open_referral_serves_the_whole_directory_with_paging_and_filters() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let about = app.get_json("/openreferral/").await;
    assert_eq!(about.status, StatusCode::OK);
    assert_eq!(about.header("access-control-allow-origin"), Some("*"));
    assert!(
        about.json()["openapi_url"]
            .as_str()
            .unwrap()
            .starts_with("https://")
    );

    // Every page, 25 at a time, adds up to the directory's listed groups.
    let listed = app.state.directory.search(&Default::default()).unwrap().total;
    let mut seen = std::collections::HashSet::new();
    let mut page = 1;
    loop {
        let res = app
            .get_json(&format!("/openreferral/services?per_page=25&page={page}"))
            .await;
        assert_eq!(res.status, StatusCode::OK);
        assert_eq!(res.header("access-control-allow-origin"), Some("*"));
        let body = res.json();
        assert!(has_no_nulls(&body));
        assert_eq!(body["total_items"], listed);
        assert_eq!(body["page_number"], page);
        assert_eq!(body["first_page"], page == 1);
        for s in body["contents"].as_array().unwrap() {
            assert!(s["organization_id"].is_string(), "{s}");
            assert!(seen.insert(s["id"].as_str().unwrap().to_owned()));
        }
        if body["last_page"] == true {
            break;
        }
        page += 1;
    }
    assert_eq!(seen.len(), listed);
    let beyond = app
        .get_json(&format!("/openreferral/services?per_page=25&page={}", page + 1))
        .await
        .json();
    assert_eq!(beyond["empty"], true);

    // A full service: schedules, locations, languages, taxonomy, and a contact that is the
    // group's page, never a person.
    let group = open_group(&app).await;
    let full = app
        .get_json(&format!("/openreferral/services/{}", group.id))
        .await
        .json();
    assert!(has_no_nulls(&full));
    assert_eq!(full["name"], group.details.name.as_str());
    assert_eq!(full["organization"]["id"], group.organisation_id.to_string());
    assert!(!full["service_at_locations"].as_array().unwrap().is_empty());
    assert!(
        full["contacts"][0]["title"]
            .as_str()
            .unwrap()
            .contains("/groups/")
    );
    assert!(!full.to_string().contains("@example"), "no personal data");
    let term = full["attributes"][0]["taxonomy_term_id"]
        .as_str()
        .unwrap()
        .to_owned();

    // Filters: a term, an organisation, a change date, a text search.
    let by_term = app
        .get_json(&format!(
            "/openreferral/services?taxonomy_term_id={term}&per_page=500"
        ))
        .await
        .json();
    assert!(by_term["total_items"].as_u64().unwrap() >= 1);
    for s in by_term["contents"].as_array().unwrap() {
        let one = app
            .get_json(&format!("/openreferral/services/{}", s["id"].as_str().unwrap()))
            .await
            .json();
        assert!(
            one["attributes"]
                .as_array()
                .unwrap()
                .iter()
                .any(|a| a["taxonomy_term_id"] == term.as_str())
        );
    }
    let by_org = app
        .get_json(&format!(
            "/openreferral/services?organization_id={}&per_page=500",
            group.organisation_id
        ))
        .await
        .json();
    for s in by_org["contents"].as_array().unwrap() {
        assert_eq!(s["organization_id"], group.organisation_id.to_string());
    }
    let future = app
        .get_json("/openreferral/services?modified_after=2999-01-01")
        .await
        .json();
    assert_eq!(future["total_items"], 0);
    assert_eq!(future["empty"], true);
    let found = app.get_json("/openreferral/services?search=anxiety").await.json();
    assert!(found["total_items"].as_u64().unwrap() >= 1);

    // Service-at-locations and taxonomies answer by id too.
    let sal = full["service_at_locations"][0]["id"].as_str().unwrap();
    let one_sal = app
        .get_json(&format!("/openreferral/service_at_locations/{sal}"))
        .await;
    assert_eq!(one_sal.status, StatusCode::OK);
    assert_eq!(one_sal.json()["service"]["id"], group.id.to_string());
    let taxonomies = app.get_json("/openreferral/taxonomies").await.json();
    assert_eq!(taxonomies["total_items"], 2);
    let terms = app
        .get_json("/openreferral/taxonomy_terms?per_page=500")
        .await
        .json();
    let one_term = app
        .get_json(&format!("/openreferral/taxonomy_terms/{term}"))
        .await
        .json();
    assert!(terms["contents"].as_array().unwrap().contains(&one_term));

    // Bad input is a clear 400 naming the parameter; unknown ids are 404; both keep CORS.
    for bad in [
        "per_page=0",
        "per_page=501",
        "page=abc",
        "taxonomy_term_id=not-a-uuid",
        "organization_id=1",
        "modified_after=yesterday",
    ] {
        let res = app.get_json(&format!("/openreferral/services?{bad}")).await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST, "{bad}");
        assert_eq!(res.header("access-control-allow-origin"), Some("*"));
        let field = bad.split('=').next().unwrap();
        assert!(res.text().contains(field), "{bad}: {}", res.text());
    }
    let missing = app
        .get_json(&format!("/openreferral/services/{}", uuid::Uuid::new_v4()))
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.header("access-control-allow-origin"), Some("*"));
}

#[tokio::test]
async fn a_members_only_venue_is_never_pinpointed() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let hidden = app
        .db
        .all_groups(None, 500)
        .await
        .unwrap()
        .into_iter()
        .find(|g| {
            g.details.venue_visibility == kindred_core::groups::VenueVisibility::Members
                && g.details.venue.is_some()
        })
        .expect("the demo has a group whose venue only members see");
    let venue = hidden.details.venue.clone().unwrap();
    let oruk = app
        .get_json(&format!("/openreferral/services/{}", hidden.id))
        .await
        .text();
    let fhir = app
        .get_json(&format!("/fhir/HealthcareService/{}", hidden.id))
        .await
        .text();
    assert!(
        !oruk.contains(&venue.address),
        "the street address stays with members"
    );
    assert!(
        !fhir.contains(&venue.address),
        "the street address stays with members"
    );
    let point = hidden.details.location.unwrap();
    let body: Value = serde_json::from_str(&oruk).unwrap();
    let shown = &body["service_at_locations"][0]["location"];
    if let Some(lat) = shown["latitude"].as_f64() {
        assert!((lat - point.lat).abs() <= 0.005 + 1e-9);
        assert_eq!((lat * 100.0).round() / 100.0, lat, "rounded to two places");
    }
}

#[tokio::test]
async fn fhir_reads_the_directory_as_bundles_and_answers_errors_as_outcomes() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let meta = app.get_json("/fhir/metadata").await;
    assert_eq!(meta.header("content-type"), Some("application/fhir+json"));
    assert_eq!(meta.json()["fhirVersion"], "4.0.1");

    let bundle = app.get_json("/fhir/HealthcareService?_count=5").await.json();
    assert_eq!(bundle["type"], "searchset");
    assert_eq!(bundle["entry"].as_array().unwrap().len(), 5);
    let links: Vec<&str> = bundle["link"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["relation"].as_str().unwrap())
        .collect();
    assert_eq!(links, ["self", "first", "next", "last"]);
    let next = bundle["link"][2]["url"]
        .as_str()
        .unwrap()
        .replace("http://kindred.test", "");
    let second = app.get_json(&next).await.json();
    assert_ne!(second["entry"][0]["fullUrl"], bundle["entry"][0]["fullUrl"]);

    let group = open_group(&app).await;
    let service = app
        .get_json(&format!("/fhir/HealthcareService/{}", group.id))
        .await
        .json();
    assert_eq!(service["resourceType"], "HealthcareService");
    let org = service["providedBy"]["reference"].as_str().unwrap();
    assert_eq!(
        app.get_json(&format!("/fhir/{org}")).await.json()["resourceType"],
        "Organization"
    );
    for loc in service["location"].as_array().unwrap() {
        let res = app
            .get_json(&format!("/fhir/{}", loc["reference"].as_str().unwrap()))
            .await;
        assert_eq!(res.json()["resourceType"], "Location");
    }
    // Searches by name and category find it.
    let word = group
        .details
        .name
        .split_whitespace()
        .next()
        .unwrap()
        .to_lowercase();
    let by_name = app
        .get_json(&format!(
            "/fhir/HealthcareService?name={}&_count=100",
            common::encode(&word)
        ))
        .await
        .json();
    assert!(
        by_name["entry"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["resource"]["id"] == group.id.to_string())
    );
    let by_category = app
        .get_json(&format!(
            "/fhir/HealthcareService?service-category={}&_count=100",
            group.details.category.as_str()
        ))
        .await
        .json();
    for e in by_category["entry"].as_array().unwrap() {
        assert_eq!(
            e["resource"]["category"][0]["coding"][0]["code"],
            group.details.category.as_str()
        );
    }
    // Monthly groups are described, not squeezed into weekly times.
    let monthly = app
        .db
        .all_groups(None, 500)
        .await
        .unwrap()
        .into_iter()
        .find(|g| {
            g.details
                .schedule
                .as_ref()
                .is_some_and(|s| s.rrule.contains("MONTHLY"))
        })
        .unwrap();
    let m = app
        .get_json(&format!("/fhir/HealthcareService/{}", monthly.id))
        .await
        .json();
    assert!(m.get("availableTime").is_none());
    assert!(
        m["availabilityExceptions"]
            .as_str()
            .unwrap()
            .contains("not a weekly")
    );

    for (path, status) in [
        (
            format!("/fhir/HealthcareService/{}", uuid::Uuid::new_v4()),
            StatusCode::NOT_FOUND,
        ),
        (
            "/fhir/HealthcareService?_count=abc".to_owned(),
            StatusCode::BAD_REQUEST,
        ),
        (
            "/fhir/HealthcareService?colour=blue".to_owned(),
            StatusCode::BAD_REQUEST,
        ),
        (
            "/fhir/HealthcareService?service-category=sport".to_owned(),
            StatusCode::BAD_REQUEST,
        ),
        ("/fhir/Location/not-an-id".to_owned(), StatusCode::NOT_FOUND),
    ] {
        let res = app.get_json(&path).await;
        assert_eq!(res.status, status, "{path}");
        assert_eq!(
            res.header("content-type"),
            Some("application/fhir+json"),
            "{path}"
        );
        assert_eq!(res.json()["resourceType"], "OperationOutcome", "{path}");
    }
}

fn service_request(group: &Group, email: Option<&str>) -> Value {
    let mut patient = json!({"resourceType": "Patient", "id": "p", "name": [{"given": ["Test"]}]});
    if let Some(email) = email {
        patient["telecom"] = json!([{"system": "email", "value": email}]);
    }
    json!({
        "resourceType": "ServiceRequest",
        "status": "active",
        "intent": "order",
        "contained": [patient],
        "subject": {"reference": "#p"},
        "performer": [{"reference": format!("HealthcareService/{}", group.id)}],
        "requester": {"display": "Dr Example"},
        "note": [{"text": "Would value meeting others in the same situation."}],
    })
}

async fn post_fhir(app: &TestApp, token: Option<&str>, body: &Value) -> TestResponse {
    let mut request = Request::post("/fhir/ServiceRequest").header("content-type", "application/fhir+json");
    if let Some(token) = token {
        request = request.header("authorization", format!("Bearer {token}"));
    }
    app.send(request.body(Body::from(body.to_string())).unwrap())
        .await
}

async fn get_fhir(app: &TestApp, token: &str, path: &str) -> TestResponse {
    app.send(
        Request::get(path)
            .header("authorization", format!("Bearer {token}"))
            .body(Body::empty())
            .unwrap(),
    )
    .await
}

#[tokio::test]
async fn a_service_request_needs_a_token_is_checked_and_reaches_the_organiser() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let (_, group, organiser) = common::riverside_organiser(&app).await;
    let (token, secret) =
        kindred_web::referrals::issue_token(&app.db, "Surgery system", "Example Surgery", None)
            .await
            .unwrap();
    let (_, other) = kindred_web::referrals::issue_token(&app.db, "Other system", "Other Practice", None)
        .await
        .unwrap();
    assert!(
        secret.starts_with("kdr_") && secret.len() > 40,
        "a recognisable, long secret"
    );

    let none = post_fhir(&app, None, &service_request(&group, None)).await;
    assert_eq!(none.status, StatusCode::UNAUTHORIZED);
    assert_eq!(none.header("www-authenticate"), Some("Bearer"));
    assert_eq!(none.json()["resourceType"], "OperationOutcome");
    assert_eq!(
        post_fhir(&app, Some("kdr_wrong"), &service_request(&group, None))
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );

    // Invalid requests name what is wrong.
    let valid = service_request(&group, Some("referred.person@example.org"));
    type Change = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(&str, Change, StatusCode)> = vec![
        (
            "status",
            Box::new(|v| {
                v.as_object_mut().unwrap().remove("status");
            }),
            StatusCode::BAD_REQUEST,
        ),
        (
            "status",
            Box::new(|v| v["status"] = json!("finished")),
            StatusCode::BAD_REQUEST,
        ),
        (
            "active",
            Box::new(|v| v["status"] = json!("draft")),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "intent",
            Box::new(|v| {
                v.as_object_mut().unwrap().remove("intent");
            }),
            StatusCode::BAD_REQUEST,
        ),
        (
            "subject",
            Box::new(|v| {
                v.as_object_mut().unwrap().remove("subject");
            }),
            StatusCode::BAD_REQUEST,
        ),
        (
            "performer",
            Box::new(|v| v["performer"] = json!([{"reference": "Practitioner/1"}])),
            StatusCode::BAD_REQUEST,
        ),
        (
            "listed",
            Box::new(|v| {
                v["performer"] = json!([{"reference": format!("HealthcareService/{}", uuid::Uuid::new_v4())}])
            }),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "email",
            Box::new(|v| v["contained"][0]["telecom"][0]["value"] = json!("not an address")),
            StatusCode::BAD_REQUEST,
        ),
        (
            "ServiceRequest",
            Box::new(|v| v["resourceType"] = json!("Patient")),
            StatusCode::BAD_REQUEST,
        ),
    ];
    for (word, change, status) in cases {
        let mut body = valid.clone();
        change(&mut body);
        let res = post_fhir(&app, Some(&secret), &body).await;
        assert_eq!(res.status, status, "{word}: {}", res.text());
        let outcome = res.json();
        assert_eq!(outcome["resourceType"], "OperationOutcome");
        assert!(
            outcome["issue"][0]["diagnostics"]
                .as_str()
                .unwrap()
                .contains(word),
            "{word}: {outcome}"
        );
    }
    assert!(
        app.take_emails().await.is_empty(),
        "nothing was sent for refused requests"
    );

    // A valid request: 201, Location, the invitation emailed with the code.
    let created = post_fhir(&app, Some(&secret), &valid).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text());
    let location = created.header("location").unwrap().to_owned();
    let body = created.json();
    assert_eq!(body["status"], "active");
    let code = body["identifier"][0]["value"].as_str().unwrap().to_owned();
    assert_eq!(
        location,
        format!(
            "http://kindred.test/fhir/ServiceRequest/{}",
            body["id"].as_str().unwrap()
        )
    );
    let emails = app.take_emails().await;
    assert_eq!(emails.len(), 1);
    assert_eq!(emails[0].recipient, "referred.person@example.org");
    assert!(
        !emails[0].subject.contains(&group.details.name),
        "no group name in the subject"
    );
    assert!(emails[0].body.contains(&code));
    assert!(!location.contains(&code), "the code never travels in an address");

    // The organiser sees it with the referrer's note, and declines with a reason.
    let path = location.replace("http://kindred.test", "");
    let inbox = organiser
        .get(&format!("/groups/{}/referrals", group.details.slug.as_str()))
        .await;
    assert_eq!(inbox.status, StatusCode::OK);
    let text = inbox.text();
    assert!(
        !text.contains("Would value meeting others"),
        "the note is about the person: it waits for their yes"
    );
    assert!(
        !text.contains("referred.person@example.org"),
        "runners never see the address"
    );
    assert!(text.contains("Example Surgery"));
    let id = body["id"].as_str().unwrap();
    let slug = group.details.slug.as_str();
    let no_reason = organiser
        .post(
            &format!("/groups/{slug}/referrals/{id}"),
            &[("decision", "declined")],
        )
        .await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    let declined = organiser
        .post(
            &format!("/groups/{slug}/referrals/{id}"),
            &[("decision", "declined"), ("reason", "The group is for carers")],
        )
        .await;
    assert_eq!(declined.status, StatusCode::SEE_OTHER);
    let again = organiser
        .post(
            &format!("/groups/{slug}/referrals/{id}"),
            &[("decision", "accepted")],
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT, "a decline is final");

    let read = get_fhir(&app, &secret, &path).await.json();
    assert_eq!(read["status"], "revoked");
    assert!(read.to_string().contains("The group is for carers"));
    assert!(read.get("identifier").is_none(), "the code is shown only once");
    assert_eq!(
        get_fhir(&app, &other, &path).await.status,
        StatusCode::NOT_FOUND,
        "another organisation's"
    );
    // Someone who is not the group's runner cannot see the inbox.
    let stranger = app.browser();
    app.user("stranger@example.org", true, None).await;
    stranger.log_in("stranger@example.org").await;
    assert_eq!(
        stranger.get(&format!("/groups/{slug}/referrals")).await.status,
        StatusCode::NOT_FOUND
    );

    app.db.revoke_api_token(token.id).await.unwrap();
    assert_eq!(
        get_fhir(&app, &secret, &path).await.status,
        StatusCode::UNAUTHORIZED
    );
}

/// The "done when" journey: a social prescriber refers a person, who accepts with partial
/// consent and goes to a meeting; the referrer sees exactly what consent allows.
#[tokio::test]
async fn a_referral_closes_the_loop_only_as_far_as_consent_allows() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let group = open_group(&app).await;
    let slug = group.details.slug.as_str().to_owned();

    // An administrator vouches for the social prescriber.
    let admin = app.browser();
    app.user("admin@example.org", true, Some(PlatformRole::Admin))
        .await;
    admin.log_in("admin@example.org").await;
    let prescriber = app.user("prescriber@example.org", true, None).await;
    let referrer = app.browser();
    referrer.log_in("prescriber@example.org").await;
    assert_eq!(
        referrer.get(&format!("/groups/{slug}/refer")).await.status,
        StatusCode::FORBIDDEN
    );
    let added = admin
        .post(
            "/admin/referrers",
            &[
                ("email", "prescriber@example.org"),
                ("organisation", "Example Link Service"),
                ("role", "social_prescriber"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.db.referrer(prescriber.id).await.unwrap().unwrap().role,
        ReferrerRole::SocialPrescriber
    );

    // The referral, with a printable code (no email address given).
    let bad = referrer
        .post(&format!("/groups/{slug}/refer"), &[("email", "nope")])
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let made = referrer
        .post(
            &format!("/groups/{slug}/refer"),
            &[("email", ""), ("note", ""), ("lang", "cy")],
        )
        .await;
    assert_eq!(made.status, StatusCode::OK);
    let page = made.text();
    let code = page
        .split("<strong>")
        .nth(1)
        .and_then(|rest| rest.split("</strong>").next())
        .unwrap()
        .to_owned();
    assert_eq!(kindred_core::referrals::parse_code(&code).unwrap(), code);
    let referral = app
        .db
        .referrals_by(prescriber.id, 0, 10)
        .await
        .unwrap()
        .0
        .remove(0);

    // The person enters the code (any case, with spaces), reads, and accepts with partial
    // consent: the referrer may know they joined, not whether they went to meetings.
    app.user("person@example.org", true, None).await;
    let person = app.browser();
    person.log_in("person@example.org").await;
    let typed = code.to_lowercase().replace('-', " ");
    let shown = person.post("/invitation", &[("code", typed.as_str())]).await;
    assert_eq!(shown.status, StatusCode::OK);
    assert!(shown.text().contains(&format!("href=\"/groups/{slug}\"")));
    assert!(shown.text().contains("Example Link Service"));
    let wrong = person.post("/invitation", &[("code", "ACD34-FGH67")]).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let no_agreement = person
        .post(
            "/invitation/answer",
            &[("code", code.as_str()), ("answer", "accept"), ("joined", "on")],
        )
        .await;
    assert_eq!(no_agreement.status, StatusCode::UNPROCESSABLE_ENTITY);
    let accepted = person
        .post(
            "/invitation/answer",
            &[
                ("code", code.as_str()),
                ("answer", "accept"),
                ("joined", "on"),
                ("agree", "on"),
            ],
        )
        .await;
    assert_eq!(accepted.status, StatusCode::OK);
    assert!(accepted.text().contains("You have joined the group"));
    // Once answered, the code shows nothing to anyone else (a forwarded email, a shared inbox).
    app.user("someone.else@example.org", true, None).await;
    let other = app.browser();
    other.log_in("someone.else@example.org").await;
    let reused = other.post("/invitation", &[("code", code.as_str())]).await;
    assert_eq!(reused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!reused.text().contains(&format!("href=\"/groups/{slug}\"")));
    let person_id = app
        .db
        .find_user_by_email(&kindred_core::accounts::Email::parse("person@example.org").unwrap())
        .await
        .unwrap()
        .unwrap()
        .id;
    assert_eq!(
        app.db
            .membership(group.id, person_id)
            .await
            .unwrap()
            .unwrap()
            .status,
        kindred_core::groups::MembershipStatus::Active
    );

    // They go to a meeting and check in on their wellbeing.
    let series = weekly_series(&app, &group).await;
    let today = jiff::Timestamp::now().to_string()[..10]
        .parse::<jiff::civil::Date>()
        .unwrap();
    app.db
        .set_attendance(series.id, today, &[person_id])
        .await
        .unwrap();
    let checkin = person
        .post(
            "/my/wellbeing",
            &[
                ("life_satisfaction", "6"),
                ("worthwhile", "7"),
                ("happiness", "5"),
                ("anxiety", "4"),
                ("group", slug.as_str()),
            ],
        )
        .await;
    assert_eq!(checkin.status, StatusCode::SEE_OTHER, "{}", checkin.text());

    let path = format!("/referrals/{}", referral.id);
    let seen = referrer.get(&path).await.text();
    assert!(seen.contains("The person accepted the invitation"));
    assert!(seen.contains("The person joined the group"));
    assert!(
        !seen.contains("went to a first meeting"),
        "no consent for attendance"
    );
    assert!(!seen.contains("Wellbeing check-in"), "no consent for wellbeing");

    // Consent given later shows at once; withdrawn, it goes at once.
    let id = referral.id.to_string();
    person
        .post(
            &format!("/my/referrals/{id}"),
            &[("joined", "on"), ("attended", "on"), ("wellbeing", "on")],
        )
        .await;
    let seen = referrer.get(&path).await.text();
    assert!(seen.contains("The person went to a first meeting"));
    assert!(seen.contains("life satisfaction 6"));
    person.post(&format!("/my/referrals/{id}"), &[]).await;
    let seen = referrer.get(&path).await.text();
    assert!(
        !seen.contains("joined the group")
            && !seen.contains("first meeting")
            && !seen.contains("life satisfaction")
    );
    assert!(seen.contains("The person changed what they share"));
    // Nobody else reads the referral.
    assert_eq!(
        person.get(&format!("/referrals/{id}")).await.status,
        StatusCode::FORBIDDEN
    );

    // The person's export has it; erasure stops all sharing.
    let export = app.db.export_user(person_id).await.unwrap();
    assert_eq!(export["referrals"][0]["referred_by"], "Example Link Service");
    assert_eq!(export["wellbeing_checkins"][0]["happiness"], 5);
    person
        .post(&format!("/my/referrals/{id}"), &[("joined", "on")])
        .await;
    app.db.erase_user(person_id).await.unwrap();
    let after = app.db.referral(referral.id).await.unwrap();
    assert_eq!(after.person_id, None);
    assert_eq!(after.consent, kindred_core::referrals::Consent::default());
    assert!(!referrer.get(&path).await.text().contains("joined the group"));
    assert!(app.db.checkins_of(person_id).await.unwrap().is_empty());
}

#[tokio::test]
async fn wellbeing_is_private_and_aggregates_hide_small_numbers() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let (_, group, organiser) = common::riverside_organiser(&app).await;
    let slug = group.details.slug.as_str();
    let person = app.user("member0@example.org", true, None).await;
    app.db
        .set_group_role(group.id, person.id, GroupRole::Member)
        .await
        .unwrap();
    let browser = app.browser();
    browser.log_in("member0@example.org").await;
    let missing = browser
        .post(
            "/my/wellbeing",
            &[("life_satisfaction", "6"), ("worthwhile", "11")],
        )
        .await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(missing.text().contains("field-worthwhile"));
    let page = browser.get("/my/wellbeing").await.text();
    assert!(
        page.contains("<svg") || page.contains("first"),
        "a chart or a first-time message"
    );

    // Three people attending: every count is suppressed, in the page and in the CSV.
    let series = weekly_series(&app, &group).await;
    let day = jiff::Timestamp::now().to_string()[..10]
        .parse::<jiff::civil::Date>()
        .unwrap();
    let mut people = vec![person.id];
    for i in 1..3 {
        people.push(app.user(&format!("member{i}@example.org"), true, None).await.id);
    }
    app.db.set_attendance(series.id, day, &people).await.unwrap();
    let csv = organiser.get(&format!("/groups/{slug}/outcomes.csv")).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.header("content-type").unwrap().starts_with("text/csv"));
    let text = csv.text();
    assert!(
        !text.lines().skip(1).any(|l| l.split(',').any(|cell| cell == "3")),
        "{text}"
    );
    // Seven people: shown, rounded to 5.
    for i in 3..7 {
        people.push(app.user(&format!("member{i}@example.org"), true, None).await.id);
    }
    app.db.set_attendance(series.id, day, &people).await.unwrap();
    let text = organiser
        .get(&format!("/groups/{slug}/outcomes.csv"))
        .await
        .text();
    assert!(
        text.lines()
            .any(|l| l.starts_with("attendance") && l.contains(",5,")),
        "{text}"
    );
    assert!(!text.contains(",7,"), "{text}");
    // Members do not see the aggregates; the page exists for the organiser.
    assert_eq!(
        browser.get(&format!("/groups/{slug}/outcomes")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        organiser.get(&format!("/groups/{slug}/outcomes")).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn commissioners_see_outcome_totals_and_nothing_else() {
    let app = TestApp::new().await;
    load_demo(&app).await;
    let (org, group, organiser) = common::riverside_organiser(&app).await;
    let slug = group.details.slug.as_str();
    let commissioner = app.user("commissioner@example.org", true, None).await;
    let browser = app.browser();
    browser.log_in("commissioner@example.org").await;
    let outcomes = format!("/organisations/{}/outcomes", org.id);
    assert_eq!(browser.get(&outcomes).await.status, StatusCode::NOT_FOUND);

    // The organiser adds them (an unknown address is a clear error) ...
    let manage = format!("/organisations/{}/commissioners", org.id);
    let unknown = organiser.post(&manage, &[("email", "nobody@example.org")]).await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        organiser
            .post(&manage, &[("email", "commissioner@example.org")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert!(organiser.get(&manage).await.text().contains("commissioner"));
    // ... and they see the organisation's and its groups' totals, and the CSV.
    assert_eq!(browser.get(&outcomes).await.status, StatusCode::OK);
    assert_eq!(
        browser.get(&format!("{outcomes}.csv")).await.status,
        StatusCode::OK
    );
    assert_eq!(
        browser.get(&format!("/groups/{slug}/outcomes")).await.status,
        StatusCode::OK
    );
    assert!(
        browser
            .get("/account")
            .await
            .text()
            .contains(&format!("href=\"{outcomes}\""))
    );
    // Nothing else: not the referrals, the members, or the commissioners page itself.
    for path in [
        format!("/groups/{slug}/referrals"),
        format!("/groups/{slug}/members"),
        manage.clone(),
    ] {
        let status = browser.get(&path).await.status;
        assert!(
            matches!(status, StatusCode::NOT_FOUND | StatusCode::FORBIDDEN),
            "{path}: {status}"
        );
    }
    // Removed, the door closes again; export and erasure know the role.
    assert_eq!(
        app.db.export_user(commissioner.id).await.unwrap()["commissioner_of"][0]["organisation"],
        org.name.as_str()
    );
    organiser
        .post(&format!("{manage}/{}/remove", commissioner.id), &[])
        .await;
    assert_eq!(browser.get(&outcomes).await.status, StatusCode::NOT_FOUND);
}
