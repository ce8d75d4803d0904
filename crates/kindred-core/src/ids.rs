//! Newtype identifiers, so that a group id can never be passed where an organisation id
//! is expected. All are UUIDs, which Open Referral UK requires of public identifiers.

macro_rules! uuid_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize, utoipa::ToSchema,
        )]
        #[serde(transparent)]
        #[schema(value_type = String, format = Uuid)]
        pub struct $name(pub uuid::Uuid);

        impl $name {
            /// A fresh random identifier.
            pub fn new_random() -> Self {
                Self(uuid::Uuid::new_v4())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                uuid::Uuid::parse_str(s).map(Self)
            }
        }
    };
}

uuid_id!(
    /// An organisation: a charity, an NHS trust, a community group or independent peers.
    OrganisationId
);

uuid_id!(
    /// A person with an account.
    UserId
);

uuid_id!(
    /// A peer support group.
    GroupId
);

uuid_id!(
    /// A meeting series: one meeting, or a run of them on a recurrence rule.
    SeriesId
);

uuid_id!(
    /// An agenda format a group made (built-in formats have names, not ids).
    FormatId
);
