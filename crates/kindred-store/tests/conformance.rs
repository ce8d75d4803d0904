//! The store conformance suite: the same tests against SQLite and PostgreSQL.
//! `./scripts/test` runs this file twice; see `kindred_store::testing`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test that cannot proceed should panic"
)]

use std::time::Duration;

use kindred_core::ids::OrganisationId;
use kindred_core::organisations::{NewOrganisation, OrganisationKind};
use kindred_core::paging::PageRequest;
use kindred_store::testing::{TestStore, postgres_url};
use kindred_store::{BackendKind, Event, Received, StoreError};

fn org(name: &str, kind: OrganisationKind) -> NewOrganisation {
    NewOrganisation {
        name: name.into(),
        kind,
        website: Some("https://example.org".into()),
    }
}

#[tokio::test]
async fn runs_on_the_selected_backend() {
    let db = TestStore::new().await;
    let expected = if postgres_url().is_some() {
        BackendKind::Postgres
    } else {
        BackendKind::Sqlite
    };
    assert_eq!(db.backend_kind(), expected);
    db.ping().await.unwrap();
}

#[tokio::test]
async fn organisations_round_trip() {
    let db = TestStore::new().await;
    let created = db
        .create_organisation(&org("Riverside Carers", OrganisationKind::Charity))
        .await
        .unwrap();
    assert_eq!(created.name, "Riverside Carers");
    assert_eq!(created.kind, OrganisationKind::Charity);
    assert_eq!(created.website.as_deref(), Some("https://example.org"));
    assert!(!created.verified);
    assert!(created.created_at > 1_700_000_000);
    let fetched = db.get_organisation(created.id).await.unwrap();
    assert_eq!(fetched, created);

    let verified = db.set_organisation_verified(created.id, true).await.unwrap();
    assert!(verified.verified);
    assert!(db.get_organisation(created.id).await.unwrap().verified);
}

#[tokio::test]
async fn missing_organisations_are_not_found() {
    let db = TestStore::new().await;
    let id = OrganisationId::new_random();
    assert!(matches!(db.get_organisation(id).await, Err(StoreError::NotFound)));
    assert!(matches!(
        db.set_organisation_verified(id, true).await,
        Err(StoreError::NotFound)
    ));
}

#[tokio::test]
async fn inserting_the_same_id_twice_is_a_conflict() {
    let db = TestStore::new().await;
    let id = OrganisationId::new_random();
    let new = org("Valley Peers", OrganisationKind::Independent);
    db.insert_organisation(id, &new).await.unwrap();
    assert!(matches!(
        db.insert_organisation(id, &new).await,
        Err(StoreError::Conflict(_))
    ));
}

#[tokio::test]
async fn organisations_list_by_name_in_pages() {
    let db = TestStore::new().await;
    for name in ["Delta", "alpha", "Charlie", "Bravo", "Echo"] {
        let mut new = org(name, OrganisationKind::Community);
        new.website = None;
        db.create_organisation(&new).await.unwrap();
    }
    let first = db
        .list_organisations(PageRequest::new(Some(1), Some(2)).unwrap())
        .await
        .unwrap();
    assert_eq!(first.total, 5);
    assert_eq!(first.total_pages, 3);
    let names: Vec<_> = first.items.iter().map(|o| o.name.as_str()).collect();
    // Byte order: both backends agree on it (tests run PostgreSQL with the C collation).
    assert_eq!(names, ["Bravo", "Charlie"]);
    let last = db
        .list_organisations(PageRequest::new(Some(3), Some(2)).unwrap())
        .await
        .unwrap();
    assert_eq!(last.items.len(), 1);
    assert_eq!(last.items[0].name, "alpha");
    let beyond = db
        .list_organisations(PageRequest::new(Some(9), Some(2)).unwrap())
        .await
        .unwrap();
    assert!(beyond.items.is_empty());
    assert_eq!(beyond.total, 5);
}

#[tokio::test]
async fn migrating_again_changes_nothing() {
    let db = TestStore::new().await;
    db.create_organisation(&org("Kept", OrganisationKind::Nhs))
        .await
        .unwrap();
    db.migrate().await.unwrap();
    let all = db.list_organisations(PageRequest::default()).await.unwrap();
    assert_eq!(all.total, 1);
}

#[tokio::test]
async fn bus_delivers_events_to_subscribers() {
    let db = TestStore::new().await;
    let mut sub = db.bus().subscribe();
    let event = Event {
        topic: "test:1".into(),
        body: serde_json::json!({"n": 1}),
    };
    db.bus().publish(&event).await.unwrap();
    let got = tokio::time::timeout(Duration::from_secs(5), sub.recv())
        .await
        .unwrap();
    assert_eq!(got, Some(Received::Event(event)));
}

#[tokio::test]
async fn bus_refuses_oversized_events() {
    let db = TestStore::new().await;
    let event = Event {
        topic: "big".into(),
        body: serde_json::Value::String("x".repeat(9000)),
    };
    assert!(matches!(
        db.bus().publish(&event).await,
        Err(StoreError::Invalid(_))
    ));
}

#[tokio::test]
async fn two_instances_see_each_others_events_on_postgres() {
    let db = TestStore::new().await;
    if db.backend_kind() != BackendKind::Postgres {
        // SQLite admits one process; the next test checks that it refuses a second.
        return;
    }
    let other = db.another_instance().await;
    let mut sub = other.bus().subscribe();
    let event = Event {
        topic: "room:42".into(),
        body: serde_json::json!({"hand": "raised"}),
    };
    db.bus().publish(&event).await.unwrap();
    let got = tokio::time::timeout(Duration::from_secs(5), sub.recv())
        .await
        .unwrap();
    assert_eq!(got, Some(Received::Event(event)));
    // Data written through one instance is read through the other.
    let created = db
        .create_organisation(&org("Shared", OrganisationKind::Charity))
        .await
        .unwrap();
    assert_eq!(other.get_organisation(created.id).await.unwrap().name, "Shared");
}

#[tokio::test]
async fn a_second_process_cannot_open_the_same_sqlite_file() {
    let db = TestStore::new().await;
    if db.backend_kind() != BackendKind::Sqlite {
        return;
    }
    let second = kindred_store::Store::connect(&db.options).await;
    assert!(matches!(second, Err(StoreError::InUse(_))), "{second:?}");
    // The first instance carries on.
    db.ping().await.unwrap();
}

#[tokio::test]
async fn a_closed_store_reports_unavailable() {
    let db = TestStore::new().await;
    db.close().await;
    assert!(matches!(db.ping().await, Err(StoreError::Unavailable(_))));
}

// ---- accounts, sessions, tokens, outbox, personal data

mod accounts {
    use kindred_core::accounts::{Email, NewPasswordHash, PlatformRole, Pseudonym, TokenPurpose};
    use kindred_store::testing::TestStore;
    use kindred_store::{EmailToken, NewUser, OutgoingEmail, StoreError};

    fn new_user(email: &str) -> NewUser {
        NewUser {
            email: Email::parse(email).unwrap(),
            pseudonym: Pseudonym::parse("Sky").unwrap(),
            password_hash: NewPasswordHash::from_phc("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$aGFzaA".into()),
            verified: false,
            platform_role: None,
        }
    }

    fn mail(to: &str) -> OutgoingEmail {
        OutgoingEmail {
            recipient: to.into(),
            subject: "Subject".into(),
            body: "Body with a link".into(),
            unsubscribe: None,
        }
    }

    fn token(hash: u8, purpose: TokenPurpose, ttl_secs: i64) -> EmailToken {
        EmailToken {
            token_hash: vec![hash; 32],
            purpose,
            ttl_secs,
        }
    }

    #[tokio::test]
    async fn accounts_are_created_with_their_token_and_email_or_not_at_all() {
        let db = TestStore::new().await;
        let user = db
            .create_user(
                &new_user("sky@example.org"),
                Some(&token(1, TokenPurpose::VerifyEmail, 60)),
                Some(&mail("sky@example.org")),
            )
            .await
            .unwrap();
        assert_eq!(user.email.as_str(), "sky@example.org");
        assert!(!user.is_verified());
        assert_eq!(db.outbox_stats().await.unwrap().pending, 1);

        // A taken address is a conflict, and nothing of the second attempt remains.
        let again = db
            .create_user(
                &new_user("sky@example.org"),
                Some(&token(2, TokenPurpose::VerifyEmail, 60)),
                Some(&mail("x@example.org")),
            )
            .await;
        assert!(matches!(again, Err(StoreError::Conflict(_))), "{again:?}");
        assert_eq!(
            db.outbox_stats().await.unwrap().pending,
            1,
            "the failed transaction left no email"
        );
        assert!(
            !db.email_token_is_live(&[2; 32], TokenPurpose::VerifyEmail)
                .await
                .unwrap()
        );
    }

    #[tokio::test]
    async fn tokens_are_single_use_purpose_bound_and_expire() {
        let db = TestStore::new().await;
        let user = db
            .create_user(&new_user("t@example.org"), None, None)
            .await
            .unwrap();
        db.create_email_token(
            user.id,
            &token(3, TokenPurpose::ResetPassword, 600),
            &mail("t@example.org"),
        )
        .await
        .unwrap();
        db.create_email_token(
            user.id,
            &token(4, TokenPurpose::ResetPassword, -1),
            &mail("t@example.org"),
        )
        .await
        .unwrap();
        assert_eq!(
            db.consume_email_token(&[3; 32], TokenPurpose::VerifyEmail)
                .await
                .unwrap(),
            None,
            "wrong purpose"
        );
        assert_eq!(
            db.consume_email_token(&[4; 32], TokenPurpose::ResetPassword)
                .await
                .unwrap(),
            None,
            "expired"
        );
        assert_eq!(
            db.consume_email_token(&[3; 32], TokenPurpose::ResetPassword)
                .await
                .unwrap(),
            Some(user.id)
        );
        assert_eq!(
            db.consume_email_token(&[3; 32], TokenPurpose::ResetPassword)
                .await
                .unwrap(),
            None,
            "used"
        );
    }

    #[tokio::test]
    async fn concurrent_uses_of_a_token_let_exactly_one_through() {
        let db = TestStore::new().await;
        let user = db
            .create_user(&new_user("race@example.org"), None, None)
            .await
            .unwrap();
        db.create_email_token(
            user.id,
            &token(5, TokenPurpose::ResetPassword, 600),
            &mail("race@example.org"),
        )
        .await
        .unwrap();
        let attempts = (0..8).map(|_| {
            let store = db.store.clone();
            tokio::spawn(async move {
                store
                    .consume_email_token(&[5; 32], TokenPurpose::ResetPassword)
                    .await
                    .unwrap()
            })
        });
        let mut winners = 0;
        for attempt in attempts {
            if attempt.await.unwrap().is_some() {
                winners += 1;
            }
        }
        assert_eq!(winners, 1);
    }

    #[tokio::test]
    async fn sessions_expire_and_end_with_password_changes() {
        let db = TestStore::new().await;
        let user = db
            .create_user(&new_user("s@example.org"), None, None)
            .await
            .unwrap();
        db.create_session(&[10; 32], user.id, 600).await.unwrap();
        db.create_session(&[11; 32], user.id, 600).await.unwrap();
        db.create_session(&[12; 32], user.id, -1).await.unwrap();
        assert_eq!(
            db.session_user(&[10; 32]).await.unwrap().map(|u| u.id),
            Some(user.id)
        );
        assert!(db.session_user(&[12; 32]).await.unwrap().is_none(), "expired");
        assert_eq!(db.sessions_of(user.id).await.unwrap().len(), 2);

        let new_hash = NewPasswordHash::from_phc("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$bmV3".into());
        db.set_password(user.id, &new_hash, Some(&[10; 32]))
            .await
            .unwrap();
        assert!(
            db.session_user(&[10; 32]).await.unwrap().is_some(),
            "the changing session stays"
        );
        assert!(db.session_user(&[11; 32]).await.unwrap().is_none(), "others end");
        assert_eq!(db.password_hash(user.id).await.unwrap(), new_hash.as_str());
        db.create_session(&[13; 32], user.id, -1).await.unwrap();
        assert!(db.purge_expired().await.unwrap() >= 1);
        assert!(
            db.session_user(&[10; 32]).await.unwrap().is_some(),
            "live sessions survive the purge"
        );
        assert_eq!(db.delete_sessions_of(user.id).await.unwrap(), 1);
    }

    #[tokio::test]
    async fn roles_and_verification() {
        let db = TestStore::new().await;
        let user = db
            .create_user(&new_user("r@example.org"), None, None)
            .await
            .unwrap();
        db.mark_email_verified(user.id).await.unwrap();
        let verified_at = db.get_user(user.id).await.unwrap().email_verified_at;
        assert!(verified_at.is_some());
        db.mark_email_verified(user.id).await.unwrap();
        assert_eq!(
            db.get_user(user.id).await.unwrap().email_verified_at,
            verified_at,
            "first confirmation kept"
        );
        let admin = db
            .set_platform_role(user.id, Some(PlatformRole::Admin))
            .await
            .unwrap();
        assert_eq!(admin.platform_role, Some(PlatformRole::Admin));
        assert_eq!(
            db.set_platform_role(user.id, None).await.unwrap().platform_role,
            None
        );
    }

    #[tokio::test]
    async fn the_outbox_hands_each_message_to_one_worker_and_retries_failures() {
        let db = TestStore::new().await;
        db.enqueue_email(&mail("a@example.org")).await.unwrap();
        db.enqueue_email(&mail("b@example.org")).await.unwrap();
        let first = db.claim_due_emails(10, 60).await.unwrap();
        assert_eq!(first.len(), 2);
        assert!(
            db.claim_due_emails(10, 60).await.unwrap().is_empty(),
            "leased messages are not handed out twice"
        );

        db.mark_email_sent(first[0].id).await.unwrap();
        db.mark_email_failed(first[1].id, "temporary SMTP failure", Some(0))
            .await
            .unwrap();
        let retry = db.claim_due_emails(10, 60).await.unwrap();
        assert_eq!(retry.len(), 1);
        assert_eq!(retry[0].attempts, 1);
        db.mark_email_failed(retry[0].id, "permanent SMTP failure", None)
            .await
            .unwrap();
        let stats = db.outbox_stats().await.unwrap();
        assert_eq!((stats.pending, stats.failed), (0, 1));
    }

    #[tokio::test]
    async fn crashed_workers_leases_run_out() {
        let db = TestStore::new().await;
        db.enqueue_email(&mail("a@example.org")).await.unwrap();
        assert_eq!(
            db.claim_due_emails(10, -1).await.unwrap().len(),
            1,
            "a lease that has already run out"
        );
        assert_eq!(
            db.claim_due_emails(10, 60).await.unwrap().len(),
            1,
            "so another worker takes it"
        );
    }

    #[tokio::test]
    async fn export_holds_the_account_and_erasure_removes_it() {
        let db = TestStore::new().await;
        let user = db
            .create_user(
                &new_user("e@example.org"),
                Some(&token(7, TokenPurpose::VerifyEmail, 60)),
                Some(&mail("e@example.org")),
            )
            .await
            .unwrap();
        db.create_session(&[20; 32], user.id, 600).await.unwrap();
        let data = db.export_user(user.id).await.unwrap();
        assert_eq!(data["account"]["email"], "e@example.org");
        assert_eq!(data["sessions"].as_array().unwrap().len(), 1);
        assert!(!data.to_string().contains("argon2"));

        db.erase_user(user.id).await.unwrap();
        assert!(matches!(db.get_user(user.id).await, Err(StoreError::NotFound)));
        assert!(db.session_user(&[20; 32]).await.unwrap().is_none());
        assert_eq!(
            db.outbox_stats().await.unwrap().pending,
            0,
            "unsent mail to the address goes too"
        );
        assert!(matches!(db.erase_user(user.id).await, Err(StoreError::NotFound)));
    }

    #[tokio::test]
    async fn every_table_naming_a_person_is_covered_by_export_and_erasure() {
        let db = TestStore::new().await;
        let mut listed: Vec<String> = kindred_store::PERSONAL_TABLES
            .iter()
            .map(|(t, _)| (*t).to_owned())
            .collect();
        listed.push("outbox".into()); // handled by erase_user by recipient
        for table in db.tables_with_person_columns().await.unwrap() {
            assert!(
                listed.contains(&table),
                "table {table} holds data about people: add it to PERSONAL_TABLES, export_user and erase_user"
            );
        }
    }
}

// ---- groups, memberships, agreements

mod groups {
    use kindred_core::accounts::{Email, NewPasswordHash, Pseudonym};
    use kindred_core::groups::{GroupInput, GroupRole, MembershipStatus, Point};
    use kindred_core::organisations::{NewOrganisation, OrganisationKind};
    use kindred_store::testing::TestStore;
    use kindred_store::{NewUser, StoreError};

    fn input(slug: &str) -> GroupInput {
        serde_json::from_value(serde_json::json!({
            "slug": slug, "name": "Swansea Carers", "summary": "Tea and talk.", "description": "**Welcome**",
            "category": "caregivers", "conditions": ["carers", "dementia_carers"], "audience": ["adults"],
            "leadership": "co_facilitated", "structure": "structured", "format_name": "Carers' drop-in",
            "attendance": "hybrid", "languages": ["en", "cy"], "accessibility": ["step_free"],
            "venue": {"name": "Hall", "address": "1 Street, Swansea", "postcode": "SA1 1AA"},
            "area": "Swansea", "venue_visibility": "members", "cost": "donation", "cost_note": "£2",
            "joining": "closed", "intake_questions": ["What brings you?"], "capacity": 12,
            "first_meeting": "Someone will meet you at the door.",
            "schedule": {"rrule": "FREQ=MONTHLY;BYDAY=-1FR", "start": "10:30", "duration_minutes": 120}
        }))
        .unwrap()
    }

    async fn setup() -> (TestStore, kindred_core::ids::OrganisationId) {
        let db = TestStore::new().await;
        let org = db
            .create_organisation(&NewOrganisation {
                name: "Org".into(),
                kind: OrganisationKind::Charity,
                website: None,
            })
            .await
            .unwrap();
        (db, org.id)
    }

    async fn user(db: &TestStore, email: &str) -> kindred_core::ids::UserId {
        let new = NewUser {
            email: Email::parse(email).unwrap(),
            pseudonym: Pseudonym::parse("P").unwrap(),
            password_hash: NewPasswordHash::from_phc("x".into()),
            verified: true,
            platform_role: None,
        };
        db.create_user(&new, None, None).await.unwrap().id
    }

    #[tokio::test]
    async fn groups_round_trip_every_field_and_upsert_by_slug() {
        let (db, org) = setup().await;
        let details = input("swansea-carers")
            .check(Some(Point {
                lat: 51.62,
                lon: -3.94,
            }))
            .unwrap();
        let (created, is_new) = db.upsert_group(org, &details).await.unwrap();
        assert!(is_new);
        assert_eq!(created.details, details, "every field survives the round trip");
        assert_eq!(
            db.get_group_by_slug("swansea-carers").await.unwrap().id,
            created.id
        );

        let mut changed = details.clone();
        changed.name = "Swansea Carers' Café".into();
        let (updated, is_new) = db.upsert_group(org, &changed).await.unwrap();
        assert!(!is_new);
        assert_eq!(updated.id, created.id);
        assert_eq!(updated.details.name, "Swansea Carers' Café");
        assert_eq!(db.count_groups().await.unwrap(), 1);
        assert!(matches!(
            db.get_group_by_slug("nope").await,
            Err(StoreError::NotFound)
        ));
    }

    #[tokio::test]
    async fn bulk_inserts_skip_existing_slugs_and_pages_cover_everything() {
        let (db, org) = setup().await;
        let batch: Vec<_> = (0..25)
            .map(|i| {
                (
                    org,
                    input(&format!("group-{i:02}"))
                        .check(Some(Point { lat: 51.0, lon: -3.0 }))
                        .unwrap(),
                )
            })
            .collect();
        assert_eq!(db.insert_groups_bulk(&batch).await.unwrap(), 25);
        assert_eq!(db.insert_groups_bulk(&batch[..5]).await.unwrap(), 0, "idempotent");
        let mut seen = 0;
        let mut after = None;
        loop {
            let page = db.all_groups(after, 10).await.unwrap();
            let Some(last) = page.last() else { break };
            after = Some(last.id);
            seen += page.len();
        }
        assert_eq!(seen, 25);
    }

    #[tokio::test]
    async fn joining_requests_decisions_and_bans() {
        let (db, org) = setup().await;
        let (group, _) = db
            .upsert_group(org, &input("g-one").check(None).unwrap())
            .await
            .unwrap();
        let agreement = db.current_agreement(group.id).await.unwrap();
        assert_eq!(
            (agreement.version, agreement.body.as_str()),
            (1, ""),
            "the default agreement"
        );
        let ana = user(&db, "ana@example.org").await;
        let bo = user(&db, "bo@example.org").await;

        assert!(
            matches!(
                db.join_group(group.id, ana, MembershipStatus::Pending, 99, &[], None)
                    .await,
                Err(StoreError::Conflict(_))
            ),
            "an outdated agreement version is refused"
        );
        let m = db
            .join_group(
                group.id,
                ana,
                MembershipStatus::Pending,
                1,
                &["Company".into()],
                Some("Annie"),
            )
            .await
            .unwrap();
        assert_eq!(m.status, MembershipStatus::Pending);
        assert_eq!(m.intake_answers, ["Company"]);
        assert!(db.has_accepted_current_agreement(group.id, ana).await.unwrap());
        let pending = db
            .group_members(group.id, MembershipStatus::Pending)
            .await
            .unwrap();
        assert_eq!(pending.len(), 1);
        assert_eq!(pending[0].name, "Annie");

        db.set_membership_status(
            group.id,
            ana,
            &[MembershipStatus::Pending],
            MembershipStatus::Active,
            None,
        )
        .await
        .unwrap();
        assert!(matches!(
            db.set_membership_status(
                group.id,
                ana,
                &[MembershipStatus::Pending],
                MembershipStatus::Declined,
                None
            )
            .await,
            Err(StoreError::Conflict(_))
        ));
        assert_eq!(db.count_members(group.id).await.unwrap(), 1);

        db.join_group(group.id, bo, MembershipStatus::Active, 1, &[], None)
            .await
            .unwrap();
        db.set_membership_status(
            group.id,
            bo,
            &[MembershipStatus::Active],
            MembershipStatus::Banned,
            Some("Repeated abuse"),
        )
        .await
        .unwrap();
        assert!(
            matches!(
                db.join_group(group.id, bo, MembershipStatus::Active, 1, &[], None)
                    .await,
                Err(StoreError::Conflict(_))
            ),
            "banned stays banned"
        );

        let v2 = db.publish_agreement(group.id, "New rules").await.unwrap();
        assert_eq!(v2.version, 2);
        assert!(
            !db.has_accepted_current_agreement(group.id, ana).await.unwrap(),
            "a new version must be accepted again"
        );
        db.accept_agreement(group.id, ana, 2).await.unwrap();
        db.accept_agreement(group.id, ana, 2).await.unwrap();
        assert!(db.has_accepted_current_agreement(group.id, ana).await.unwrap());

        db.set_group_role(group.id, ana, GroupRole::PeerFacilitator)
            .await
            .unwrap();
        assert_eq!(
            db.membership(group.id, ana).await.unwrap().unwrap().role,
            GroupRole::PeerFacilitator
        );
        let export = db.export_user(ana).await.unwrap();
        assert_eq!(export["groups"][0]["group"], "g-one");
        assert_eq!(export["groups"][0]["name_in_group"], "Annie");
        db.erase_user(ana).await.unwrap();
        assert_eq!(
            db.count_members(group.id).await.unwrap(),
            0,
            "erasure takes memberships with it"
        );
    }

    mod meetings {
        use jiff::civil::date;
        use kindred_core::meetings::{Exception, ExceptionKind, PlaceKind, Reply, SeriesInput};
        use kindred_store::OutgoingEmail;

        use super::*;

        fn mail(r: &kindred_store::Recipient) -> OutgoingEmail {
            OutgoingEmail {
                recipient: r.email.clone(),
                subject: "About your meeting".into(),
                body: "Body".into(),
                unsubscribe: Some("http://kindred.test/unsubscribe/x".into()),
            }
        }

        /// A store with one group in it.
        async fn with_group() -> (TestStore, kindred_core::groups::Group) {
            let (db, org) = setup().await;
            let details = input("swansea-carers")
                .check(Some(Point {
                    lat: 51.62,
                    lon: -3.94,
                }))
                .unwrap();
            let (group, _) = db.upsert_group(org, &details).await.unwrap();
            (db, group)
        }

        #[tokio::test]
        async fn series_round_trip_and_the_waitlist_moves_up_in_order() {
            let (db, group) = with_group().await;
            let details = SeriesInput {
                starts_at: "2030-01-04T10:30".into(),
                recurrence: Some("FREQ=MONTHLY;BYDAY=1FR;BYMONTH=1,2,3,4,5,6,7,9,10,11,12".into()),
                place: PlaceKind::GroupVenue,
                capacity: Some(1),
                format: Some("builtin:carers-drop-in".into()),
                ..SeriesInput::default()
            }
            .check(true)
            .unwrap();
            let series = db.create_series(group.id, &details).await.unwrap();
            assert_eq!(series.details, details, "every field survives the round trip");
            let day = date(2030, 1, 4);
            let (a, b, c) = (
                user(&db, "a@example.org").await,
                user(&db, "b@example.org").await,
                user(&db, "c@example.org").await,
            );
            for u in [a, b, c] {
                db.set_group_role(group.id, u, GroupRole::Member).await.unwrap();
            }
            let none = |_: &kindred_store::Recipient| unreachable!("nobody is promoted yet");
            assert_eq!(
                db.reply_to_meeting(series.id, day, a, true, Some(1), &none)
                    .await
                    .unwrap(),
                Reply::Going
            );
            assert_eq!(
                db.reply_to_meeting(series.id, day, b, true, Some(1), &none)
                    .await
                    .unwrap(),
                Reply::Waitlisted
            );
            assert_eq!(
                db.reply_to_meeting(series.id, day, c, true, Some(1), &none)
                    .await
                    .unwrap(),
                Reply::Waitlisted
            );
            // A member who leaves no longer holds a place, nor moves up.
            db.set_membership_status(
                group.id,
                b,
                &[MembershipStatus::Active],
                MembershipStatus::Left,
                None,
            )
            .await
            .unwrap();
            assert_eq!(
                db.reply_to_meeting(series.id, day, a, false, Some(1), &mail)
                    .await
                    .unwrap(),
                Reply::NotGoing
            );
            assert_eq!(
                db.my_reply(series.id, day, c).await.unwrap(),
                Some(Reply::Going),
                "c moved up, not b who left"
            );
            assert_eq!(
                db.my_reply(series.id, day, b).await.unwrap(),
                Some(Reply::Waitlisted)
            );
            let claimed = db.claim_due_emails(10, 60).await.unwrap();
            assert_eq!(claimed.len(), 1);
            assert_eq!(claimed[0].email.recipient, "c@example.org");
            assert_eq!(
                claimed[0].email.unsubscribe.as_deref(),
                Some("http://kindred.test/unsubscribe/x")
            );
            let counts = db.reply_counts(series.id, day).await.unwrap();
            assert_eq!((counts.going, counts.waitlisted, counts.not_going), (1, 1, 1));
        }

        #[tokio::test]
        async fn reminders_are_recorded_once_and_exceptions_bump_the_sequence() {
            let (db, group) = with_group().await;
            let details = SeriesInput {
                starts_at: "2030-01-04T10:30".into(),
                recurrence: Some("FREQ=WEEKLY;BYDAY=FR".into()),
                place: PlaceKind::GroupVenue,
                ..SeriesInput::default()
            }
            .check(true)
            .unwrap();
            let series = db.create_series(group.id, &details).await.unwrap();
            let day = date(2030, 1, 11);
            let a = user(&db, "a@example.org").await;
            db.set_group_role(group.id, a, GroupRole::Member).await.unwrap();
            db.reply_to_meeting(series.id, day, a, true, None, &mail)
                .await
                .unwrap();
            assert_eq!(
                db.meetings_with_replies(date(2030, 1, 10), date(2030, 1, 12))
                    .await
                    .unwrap(),
                [(series.id, day)]
            );
            assert_eq!(
                db.queue_reminders(series.id, day, &[1440, 60], &mail)
                    .await
                    .unwrap(),
                1,
                "one email for two due reminders"
            );
            assert_eq!(
                db.queue_reminders(series.id, day, &[1440, 60], &mail)
                    .await
                    .unwrap(),
                0
            );
            // Moving the meeting forgets its reminders, so the new time gets one.
            let moved = Exception {
                date: day,
                kind: ExceptionKind::Moved {
                    to: date(2030, 1, 12).at(10, 30, 0, 0),
                    note: None,
                },
            };
            db.set_exception(series.id, &moved, &[]).await.unwrap();
            assert_eq!(db.queue_reminders(series.id, day, &[60], &mail).await.unwrap(), 1);
            let exceptions = db.exceptions_of(&[series.id]).await.unwrap();
            assert_eq!(exceptions[&series.id], [moved]);
            assert_eq!(db.get_series(series.id).await.unwrap().sequence, 1);
            let ended = db.end_series(series.id, date(2030, 2, 1)).await.unwrap();
            assert_eq!(ended.details.schedule.ends_on, Some(date(2030, 2, 1)));
            assert_eq!(ended.sequence, 2);
            // Export shows the reply; erasure removes it.
            let export = db.export_user(a).await.unwrap();
            assert_eq!(export["meeting_replies"][0]["reply"], "going");
            db.erase_user(a).await.unwrap();
            assert_eq!(db.my_reply(series.id, day, a).await.unwrap(), None);
        }
    }

    mod training_and_resources {
        use super::*;
        use kindred_core::training::{CourseStatus, FACILITATOR_COURSE, course};
        use kindred_store::{Attempt, OutgoingEmail};

        fn attempt<'a>(module: &'a str, right: i64, passed: Option<Option<i64>>, at: i64) -> Attempt<'a> {
            Attempt {
                course: FACILITATOR_COURSE,
                module,
                right,
                out_of: 5,
                at,
                passed,
            }
        }

        #[tokio::test]
        async fn progress_keeps_the_best_score_and_the_latest_pass_and_the_badge_follows_expiry() {
            let (db, org) = setup().await;
            let (group, _) = db
                .upsert_group(
                    org,
                    &input("trained-group")
                        .check(Some(Point { lat: 51.6, lon: -3.9 }))
                        .unwrap(),
                )
                .await
                .unwrap();
            let facilitator = user(&db, "f@example.org").await;
            let member = user(&db, "m@example.org").await;
            db.set_group_role(group.id, facilitator, GroupRole::PeerFacilitator)
                .await
                .unwrap();
            db.join_group(group.id, member, MembershipStatus::Active, 1, &[], None)
                .await
                .unwrap();
            let c = course(FACILITATOR_COURSE).unwrap();
            let keys: Vec<&str> = c.modules.iter().map(|m| m.key.as_str()).collect();
            let t0 = 1_800_000_000;

            db.record_training_attempt(facilitator, attempt(keys[0], 2, None, t0))
                .await
                .unwrap();
            db.record_training_attempt(facilitator, attempt(keys[0], 5, Some(None), t0 + 1))
                .await
                .unwrap();
            db.record_training_attempt(facilitator, attempt(keys[0], 1, None, t0 + 2))
                .await
                .unwrap();
            let p = db
                .training_progress(facilitator, FACILITATOR_COURSE)
                .await
                .unwrap();
            assert_eq!(p.len(), 1);
            assert_eq!(
                (p[0].attempts, p[0].best_right, p[0].passed_at),
                (3, 5, Some(t0 + 1)),
                "a later failure keeps the pass"
            );

            let badge = |now| {
                let db = &db;
                let keys = &keys;
                async move {
                    db.groups_with_trained_facilitator(&[group.id], FACILITATOR_COURSE, keys, now)
                        .await
                        .unwrap()
                }
            };
            assert!(badge(t0 + 3).await.is_empty(), "one module is not the course");
            for (i, m) in c.modules.iter().enumerate().skip(1) {
                let expiry = m.expiry(t0 + 10);
                db.record_training_attempt(facilitator, attempt(keys[i], 5, Some(expiry), t0 + 10))
                    .await
                    .unwrap();
            }
            // A member who passes everything does not make the group "trained".
            for key in &keys {
                db.record_training_attempt(member, attempt(key, 5, Some(None), t0))
                    .await
                    .unwrap();
            }
            assert!(badge(t0 + 20).await.contains(&group.id));
            let progress = db
                .training_progress(facilitator, FACILITATOR_COURSE)
                .await
                .unwrap();
            let CourseStatus::Current {
                until: Some(until), ..
            } = CourseStatus::of(c, &progress, t0 + 20)
            else {
                panic!("the course should be current");
            };
            assert!(
                badge(until).await.is_empty(),
                "the badge goes when safeguarding expires"
            );

            // Reminders: found once, claimed once, and a new pass arms them again.
            let due = db
                .expiring_training(until + 1, until - 40 * 86_400, 10)
                .await
                .unwrap();
            let mine: Vec<_> = due
                .iter()
                .filter(|d| d.recipient.user_id == facilitator)
                .collect();
            assert_eq!(mine.len(), 1);
            let mail = OutgoingEmail {
                recipient: "f@example.org".into(),
                subject: "s".into(),
                body: "b".into(),
                unsubscribe: None,
            };
            assert!(db.claim_training_reminder(mine[0], &mail).await.unwrap());
            assert!(!db.claim_training_reminder(mine[0], &mail).await.unwrap());
            assert!(
                db.expiring_training(until + 1, until - 40 * 86_400, 10)
                    .await
                    .unwrap()
                    .iter()
                    .all(|d| d.recipient.user_id != facilitator)
            );

            // Requirements: the group's, else the organisation's.
            assert_eq!(db.training_requirement(group.id).await.unwrap().course(), None);
            db.set_organisation_training_requirement(org, Some(FACILITATOR_COURSE))
                .await
                .unwrap();
            assert_eq!(
                db.training_requirement(group.id).await.unwrap().course(),
                Some(FACILITATOR_COURSE)
            );
            let people = db.organisation_facilitators(org).await.unwrap();
            assert_eq!(
                people.iter().map(|f| f.user_id).collect::<Vec<_>>(),
                vec![facilitator]
            );

            // Export and erasure cover progress.
            let export = db.export_user(facilitator).await.unwrap();
            assert_eq!(export["training"].as_array().unwrap().len(), keys.len());
            db.erase_user(facilitator).await.unwrap();
            assert!(
                db.training_progress(facilitator, FACILITATOR_COURSE)
                    .await
                    .unwrap()
                    .is_empty()
            );
        }

        #[tokio::test]
        async fn resources_import_once_round_trip_and_attach_to_groups() {
            let (db, org) = setup().await;
            let starter =
                kindred_core::resources::parse_file(kindred_core::resources::STARTER_JSON, &|_| false)
                    .unwrap();
            assert_eq!(db.import_resources(&starter, false).await.unwrap(), starter.len());
            assert_eq!(
                db.import_resources(&starter, false).await.unwrap(),
                0,
                "existing slugs are kept"
            );
            let all = db.all_resources().await.unwrap();
            assert_eq!(all.len(), starter.len());
            for r in &starter {
                let stored = db.get_resource_by_slug(r.slug.as_str()).await.unwrap();
                assert_eq!(&stored.resource, r, "every field survives the round trip");
            }
            let mut changed = starter[0].clone();
            changed.title = "New title".into();
            assert_eq!(
                db.import_resources(std::slice::from_ref(&changed), true)
                    .await
                    .unwrap(),
                1
            );
            assert_eq!(
                db.get_resource_by_slug(changed.slug.as_str())
                    .await
                    .unwrap()
                    .resource
                    .title,
                "New title"
            );
            assert!(matches!(
                db.get_resource_by_slug("nope").await,
                Err(StoreError::NotFound)
            ));

            let (group, _) = db
                .upsert_group(
                    org,
                    &input("with-resources")
                        .check(Some(Point { lat: 51.6, lon: -3.9 }))
                        .unwrap(),
                )
                .await
                .unwrap();
            let a = &all[0];
            db.attach_resource(group.id, a.id).await.unwrap();
            db.attach_resource(group.id, a.id).await.unwrap();
            assert_eq!(db.group_resources(group.id).await.unwrap().len(), 1);
            db.detach_resource(group.id, a.id).await.unwrap();
            assert!(db.group_resources(group.id).await.unwrap().is_empty());
        }
    }

    mod encryption {
        use super::*;
        use kindred_store::{KeyScope, Keyring, MasterKey};

        #[tokio::test]
        async fn bodies_are_sealed_per_row_rotation_rewraps_and_deleting_a_group_shreds_its_key() {
            let (db, org) = setup().await;
            let (group, _) = db
                .upsert_group(
                    org,
                    &input("sealed-group")
                        .check(Some(Point { lat: 51.6, lon: -3.9 }))
                        .unwrap(),
                )
                .await
                .unwrap();
            let row = uuid::Uuid::new_v4();
            let sealed = db
                .seal_body(KeyScope::Group(group.id), "posts", row, "a secret")
                .await
                .unwrap();
            assert!(!sealed.blob.windows(8).any(|w| w == b"a secret"));
            assert_eq!(db.open_body("posts", row, &sealed).await.unwrap(), "a secret");
            assert!(
                db.open_body("posts", uuid::Uuid::new_v4(), &sealed)
                    .await
                    .is_err(),
                "bound to its row"
            );
            assert!(
                db.open_body("private_messages", row, &sealed).await.is_err(),
                "bound to its table"
            );
            let again = db
                .seal_body(KeyScope::Group(group.id), "posts", row, "x")
                .await
                .unwrap();
            assert_eq!(again.key_id, sealed.key_id, "one data key per group");
            let org_key = db
                .seal_body(KeyScope::Organisation(org), "posts", row, "x")
                .await
                .unwrap();
            assert_ne!(org_key.key_id, sealed.key_id);

            // A second instance with a new primary and the old key as previous opens it, and
            // rotation re-wraps every data key under the new key, resumably.
            let old = kindred_store::testing::test_keyring();
            let new_key = MasterKey::generate().unwrap();
            let rotated = Keyring::new(new_key.clone(), vec![old.primary().clone()]);
            let other = db.store.clone().with_keyring(rotated);
            assert_eq!(other.data_keys_to_rewrap().await.unwrap(), 2);
            assert_eq!(other.rewrap_data_keys(1).await.unwrap(), 1);
            assert_eq!(other.data_keys_to_rewrap().await.unwrap(), 1, "stops and resumes");
            assert_eq!(other.rewrap_data_keys(100).await.unwrap(), 1);
            assert_eq!(other.data_keys_to_rewrap().await.unwrap(), 0);
            let only_new = db.store.clone().with_keyring(Keyring::new(new_key, Vec::new()));
            assert_eq!(
                only_new.open_body("posts", row, &sealed).await.unwrap(),
                "a secret",
                "the old key is no longer needed"
            );
            drop(other);

            // Deleting the group destroys its key: the ciphertext can never be opened again.
            only_new.delete_group(group.id).await.unwrap();
            let fresh = db
                .store
                .clone()
                .with_keyring(Keyring::new(MasterKey::generate().unwrap(), Vec::new()));
            assert!(fresh.open_body("posts", row, &sealed).await.is_err());
            assert!(
                only_new.open_body("posts", row, &sealed).await.is_err(),
                "no cached copy survives"
            );
            assert!(matches!(db.get_group(group.id).await, Err(StoreError::NotFound)));
        }

        #[tokio::test]
        async fn a_reported_chat_line_is_kept_once_sealed_and_goes_with_its_writer() {
            let (db, org) = setup().await;
            let (group, _) = db
                .upsert_group(
                    org,
                    &input("chat-group")
                        .check(Some(Point { lat: 51.6, lon: -3.9 }))
                        .unwrap(),
                )
                .await
                .unwrap();
            let writer = user(&db, "writer@example.org").await;
            let first = user(&db, "first@example.org").await;
            let second = user(&db, "second@example.org").await;
            let line = kindred_store::ChatLineSnapshot {
                group: group.id,
                meeting: "meeting-1",
                line: 7,
                author: writer,
                text: "words to keep",
                written_at: 1_700_000_000,
            };
            let (kept, n) = db.report_chat_line(&line, first, "harassment").await.unwrap();
            assert_eq!(n, 1);
            let (again, n) = db.report_chat_line(&line, second, "hate").await.unwrap();
            assert_eq!((again, n), (kept, 2), "one snapshot per line, each reporter once");
            assert_eq!(db.report_chat_line(&line, second, "hate").await.unwrap().1, 2);
            let opened = db.chat_report(kept).await.unwrap();
            assert_eq!(opened.text, "words to keep");
            assert_eq!(
                (opened.author, opened.line, opened.meeting.as_str()),
                (writer, 7, "meeting-1")
            );
            assert_eq!(
                db.reported_group("chat", &kept.to_string()).await.unwrap(),
                Some(Some(group.id))
            );
            let open = db.open_reports(None).await.unwrap();
            assert!(open.iter().any(|r| r.target_kind == "chat" && r.reporters == 2));
            let export = db.export_user(writer).await.unwrap();
            assert_eq!(export["reported_chat_lines"][0]["body"], "words to keep");

            db.erase_user(writer).await.unwrap();
            assert!(matches!(db.chat_report(kept).await, Err(StoreError::NotFound)));
            assert!(
                db.open_reports(None)
                    .await
                    .unwrap()
                    .iter()
                    .all(|r| r.target_kind != "chat")
            );
        }

        #[tokio::test]
        async fn members_messages_are_sealed_one_conversation_per_pair_and_erasure_takes_only_the_writers_words()
         {
            let (db, org) = setup().await;
            let (group, _) = db
                .upsert_group(
                    org,
                    &input("pair-group")
                        .check(Some(Point { lat: 51.6, lon: -3.9 }))
                        .unwrap(),
                )
                .await
                .unwrap();
            assert!(
                !db.member_messages_allowed(group.id).await.unwrap(),
                "off by default"
            );
            db.set_member_messages_allowed(group.id, true).await.unwrap();
            assert!(db.member_messages_allowed(group.id).await.unwrap());
            let a = user(&db, "a@example.org").await;
            let b = user(&db, "b@example.org").await;
            assert!(db.member_conversation_between(group.id, a, a).await.is_err());
            let ab = db.member_conversation_between(group.id, a, b).await.unwrap();
            let ba = db.member_conversation_between(group.id, b, a).await.unwrap();
            assert_eq!(ab, ba, "one conversation per pair");
            assert!(ab.includes(a) && ab.includes(b) && ab.other(a) == Some(b));
            let from_a = db.add_member_message(&ab, a, "from a", "none").await.unwrap();
            db.add_member_message(&ab, b, "from b", "none").await.unwrap();
            let read: Vec<String> = db
                .member_messages(ab.id)
                .await
                .unwrap()
                .into_iter()
                .map(|m| m.body)
                .collect();
            assert_eq!(read, ["from a", "from b"]);
            assert_eq!(
                db.member_conversations_of(group.id, b).await.unwrap()[0].messages,
                2
            );
            assert_eq!(db.member_message_ref(from_a).await.unwrap().author, a);
            assert_eq!(
                db.posts_by_since(a, 0).await.unwrap(),
                1,
                "counted for rate limits"
            );
            assert_eq!(
                db.export_user(a).await.unwrap()["member_messages"][0]["body"],
                "from a"
            );

            db.erase_user(a).await.unwrap();
            let left = db.member_messages(ab.id).await.unwrap();
            assert_eq!(left.len(), 1);
            assert_eq!(left[0].body, "from b");
            let mine = db.member_conversations_of(group.id, b).await.unwrap();
            assert_eq!(mine[0].other_name, None, "former member");
            db.erase_user(b).await.unwrap();
            assert!(matches!(
                db.member_conversation(ab.id).await,
                Err(StoreError::NotFound)
            ));
        }

        #[tokio::test]
        async fn the_audit_log_refuses_changes() {
            let (db, _) = setup().await;
            db.audit(&kindred_store::AuditEntry {
                actor: None,
                action: "test".into(),
                target_kind: "group".into(),
                target_id: "x".into(),
                reason: "r".into(),
                detail: String::new(),
            })
            .await
            .unwrap();
            assert_eq!(db.audit_log(0, 10).await.unwrap().1, 1);
            assert!(
                kindred_store::testing::tamper_with_audit_log(&db).await.is_err(),
                "UPDATE and DELETE are refused"
            );
            assert_eq!(db.audit_log(0, 10).await.unwrap().1, 1);
        }
    }

    mod referrals {
        use super::*;
        use kindred_core::outcomes::Scores;
        use kindred_core::referrals::{Consent, GroupDecision, PersonStatus};
        use kindred_store::NewReferral;

        #[tokio::test]
        async fn referrals_keep_their_secrets_sealed_follow_the_rules_and_forget_the_person() {
            let (db, org) = setup().await;
            let (group, _) = db
                .upsert_group(
                    org,
                    &input("referral-group")
                        .check(Some(Point { lat: 51.6, lon: -3.9 }))
                        .unwrap(),
                )
                .await
                .unwrap();
            // API tokens: found by their secret until revoked.
            let token = db
                .create_api_token(
                    "Surgery system",
                    "Example Surgery",
                    &["referrals"],
                    b"hash of a secret",
                    None,
                )
                .await
                .unwrap();
            assert_eq!(
                db.api_token_by_hash(b"hash of a secret")
                    .await
                    .unwrap()
                    .unwrap()
                    .id,
                token.id
            );
            assert!(db.api_token_by_hash(b"another hash").await.unwrap().is_none());

            let r = db
                .create_referral(NewReferral {
                    group: group.id,
                    referrer_user: None,
                    api_token: Some(token.id),
                    referrer_org: "Example Surgery",
                    referrer_name: "Dr Example",
                    intent: "order",
                    contact: Some("referred@example.org"),
                    note: Some("a private note"),
                    code: "34679-ACDEF",
                    invitation: None,
                })
                .await
                .unwrap();
            assert_eq!(
                db.referral_contact(&r).await.unwrap().as_deref(),
                Some("referred@example.org")
            );
            assert_eq!(
                db.referral_note(&r).await.unwrap().as_deref(),
                Some("a private note")
            );
            assert_eq!(db.referral_by_code("34679-ACDEF").await.unwrap().id, r.id);
            assert!(matches!(
                db.referral_by_code("34679-ACDEG").await,
                Err(StoreError::NotFound)
            ));
            assert_eq!(db.pending_referrals(group.id).await.unwrap(), 1);

            // The runners' decisions follow the state machine.
            db.decide_referral(r.id, GroupDecision::Waitlisted, Some("full until spring"))
                .await
                .unwrap();
            assert!(matches!(
                db.decide_referral(r.id, GroupDecision::Pending, None).await,
                Err(StoreError::Conflict(_))
            ));

            // The person answers once; the contact address goes; only they change consent.
            let person = user(&db, "referred@example.org").await;
            let answered = db
                .answer_referral(
                    r.id,
                    person,
                    PersonStatus::Accepted,
                    Consent {
                        joined: true,
                        ..Consent::default()
                    },
                )
                .await
                .unwrap();
            assert_eq!(db.referral_contact(&answered).await.unwrap(), None);
            assert!(
                db.answer_referral(r.id, person, PersonStatus::Declined, Consent::default())
                    .await
                    .is_err()
            );
            let other = user(&db, "other@example.org").await;
            assert!(matches!(
                db.set_referral_consent(r.id, other, Consent::default()).await,
                Err(StoreError::NotFound)
            ));
            let changed = db
                .set_referral_consent(
                    r.id,
                    person,
                    Consent {
                        attended: true,
                        ..Consent::default()
                    },
                )
                .await
                .unwrap();
            assert!(changed.consent.attended && !changed.consent.joined);
            let kinds: Vec<String> = db
                .referral_events(r.id)
                .await
                .unwrap()
                .into_iter()
                .map(|e| e.kind)
                .collect();
            assert_eq!(
                kinds,
                [
                    "referred",
                    "group:waitlisted",
                    "person:accepted",
                    "consent_changed"
                ]
            );

            // Check-ins are kept per group for aggregates.
            let scores = Scores {
                life_satisfaction: 6,
                worthwhile: 7,
                happiness: 5,
                anxiety: 3,
            };
            db.add_checkin(person, Some(group.id), scores).await.unwrap();
            assert_eq!(db.checkins_in(&[group.id]).await.unwrap()[0].scores, scores);

            // Erasure: the person's link, consent and check-ins go; the referral stays.
            db.erase_user(person).await.unwrap();
            let after = db.referral(r.id).await.unwrap();
            assert_eq!(after.person_id, None);
            assert_eq!(after.consent, Consent::default());
            assert!(db.checkins_in(&[group.id]).await.unwrap().is_empty());

            db.revoke_api_token(token.id).await.unwrap();
            assert!(db.api_token_by_hash(b"hash of a secret").await.unwrap().is_none());
            assert!(matches!(
                db.revoke_api_token(uuid::Uuid::new_v4()).await,
                Err(StoreError::NotFound)
            ));
        }
    }
}
