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
