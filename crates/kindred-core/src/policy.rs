//! Who may do what: one place answers "may this actor do this to that resource".
//!
//! Every route declares an [`Access`] rule, checked before its handler runs; rules that
//! depend on a particular resource (a group's facilitator, the author of a post) are
//! functions here that handlers call with the loaded resource.

use crate::accounts::{PlatformRole, User};

/// Who is asking: nobody, or a signed-in user.
#[derive(Debug, Clone, Default)]
pub struct Actor {
    pub user: Option<User>,
}

impl Actor {
    pub fn anonymous() -> Self {
        Self { user: None }
    }

    pub fn is_admin(&self) -> bool {
        self.role() == Some(PlatformRole::Admin)
    }

    pub fn is_moderator(&self) -> bool {
        matches!(self.role(), Some(PlatformRole::Admin | PlatformRole::Moderator))
    }

    fn role(&self) -> Option<PlatformRole> {
        self.user.as_ref().and_then(|u| u.platform_role)
    }
}

/// The rule a route is guarded by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone, signed in or not.
    Public,
    /// Only people who are not signed in (sign-up and sign-in forms); others are sent on.
    Guest,
    /// Any signed-in account, confirmed or not.
    SignedIn,
    /// A signed-in account whose email address is confirmed: needed to take part.
    Verified,
    /// Moderators and administrators.
    Moderator,
    /// Administrators only.
    Admin,
}

/// The outcome of a check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allow,
    /// Not signed in: ask them to.
    SignInFirst,
    /// Signed in but the email is not confirmed yet.
    VerifyFirst,
    /// Already signed in (for guest-only pages).
    AlreadySignedIn,
    Deny,
}

impl Access {
    pub fn check(self, actor: &Actor) -> Decision {
        let Some(user) = &actor.user else {
            return match self {
                Self::Public | Self::Guest => Decision::Allow,
                _ => Decision::SignInFirst,
            };
        };
        match self {
            Self::Public | Self::SignedIn => Decision::Allow,
            Self::Guest => Decision::AlreadySignedIn,
            Self::Verified if user.is_verified() => Decision::Allow,
            Self::Verified => Decision::VerifyFirst,
            Self::Moderator if actor.is_moderator() => Decision::Allow,
            Self::Admin if actor.is_admin() => Decision::Allow,
            Self::Moderator | Self::Admin => Decision::Deny,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::{Email, Pseudonym};
    use crate::ids::UserId;

    fn user(verified: bool, role: Option<PlatformRole>) -> Actor {
        Actor {
            user: Some(User {
                id: UserId::new_random(),
                email: Email::parse("a@example.org").unwrap(),
                email_verified_at: verified.then_some(1),
                pseudonym: Pseudonym::parse("A").unwrap(),
                platform_role: role,
                created_at: 0,
                updated_at: 0,
            }),
        }
    }

    #[test]
    fn the_whole_matrix() {
        use Decision::*;
        let actors = [
            ("anonymous", Actor::anonymous()),
            ("unverified", user(false, None)),
            ("member", user(true, None)),
            ("moderator", user(true, Some(PlatformRole::Moderator))),
            ("admin", user(true, Some(PlatformRole::Admin))),
        ];
        let expected: [(Access, [Decision; 5]); 6] = [
            (Access::Public, [Allow, Allow, Allow, Allow, Allow]),
            (
                Access::Guest,
                [
                    Allow,
                    AlreadySignedIn,
                    AlreadySignedIn,
                    AlreadySignedIn,
                    AlreadySignedIn,
                ],
            ),
            (Access::SignedIn, [SignInFirst, Allow, Allow, Allow, Allow]),
            (Access::Verified, [SignInFirst, VerifyFirst, Allow, Allow, Allow]),
            (Access::Moderator, [SignInFirst, Deny, Deny, Allow, Allow]),
            (Access::Admin, [SignInFirst, Deny, Deny, Deny, Allow]),
        ];
        for (access, decisions) in expected {
            for ((name, actor), decision) in actors.iter().zip(decisions) {
                assert_eq!(access.check(actor), decision, "{access:?} for {name}");
            }
        }
    }
}
