//! Demonstration data: `serve --demo` loads a small, fictional, realistic set; loading it
//! twice changes nothing (stable ids). `kindred demo --groups N` will generate synthetic
//! groups at scale once the group directory exists.

use anyhow::bail;
use kindred_core::ids::OrganisationId;
use kindred_core::organisations::{NewOrganisation, OrganisationKind};
use kindred_store::{Store, StoreError};

use crate::config::Config;

/// Stable ids for demo records: UUID v5 of the name under this namespace.
const DEMO_NAMESPACE: uuid::Uuid = uuid::Uuid::from_u128(0x6b1d_5f0e_2a47_4c1b_9e3d_8f60_a1c2_d3e4);

/// Fictional organisations: any likeness to real bodies is by kind only.
const ORGANISATIONS: &[(&str, OrganisationKind, Option<&str>, bool)] = &[
    (
        "Riverside Peer Support",
        OrganisationKind::Charity,
        Some("https://riverside-peers.example.org"),
        true,
    ),
    (
        "Northfield NHS Foundation Trust",
        OrganisationKind::Nhs,
        Some("https://northfield-nhs.example.org"),
        true,
    ),
    (
        "Cwm Valley Carers Network",
        OrganisationKind::Community,
        Some("https://cwmvalley-carers.example.org"),
        false,
    ),
    (
        "Harbour Lights Recovery Community",
        OrganisationKind::Community,
        None,
        false,
    ),
    (
        "Independent Peers of Leith",
        OrganisationKind::Independent,
        None,
        false,
    ),
];

/// Loads the demo set; returns how many records it added.
pub async fn load(store: &Store) -> Result<usize, StoreError> {
    let mut added = 0;
    for (name, kind, website, verified) in ORGANISATIONS {
        let id = OrganisationId(uuid::Uuid::new_v5(&DEMO_NAMESPACE, name.as_bytes()));
        let new = NewOrganisation {
            name: (*name).to_owned(),
            kind: *kind,
            website: website.map(str::to_owned),
        };
        match store.insert_organisation(id, &new).await {
            Ok(_) => {
                store.set_organisation_verified(id, *verified).await?;
                added += 1;
            }
            Err(StoreError::Conflict(_)) => {}
            Err(err) => return Err(err),
        }
    }
    Ok(added)
}

pub async fn generate(_config: &Config, groups: u64) -> anyhow::Result<()> {
    bail!(
        "`kindred demo --groups {groups}` is not available yet: synthetic groups arrive with the group directory. \
         `kindred serve --demo` loads the demonstration organisations today."
    )
}
