//! Rate limits on the doors people knock on: sign-in, sign-up and password reset, each per
//! client address (IPv6 by /64) and, where there is one, per account (by email address,
//! whether or not the account exists, so limits reveal nothing).
//!
//! Limits are kept in memory per instance: with several instances behind a load balancer
//! each allows its own share. That bounds guessing well enough; a shared limit would need
//! the database on every attempt.

use std::num::NonZeroU32;
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};

/// Which door.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Door {
    LoginByAddress,
    LoginByAccount,
    SignupByAddress,
    SignupByAccount,
    ResetByAddress,
    ResetByAccount,
    /// Invitation codes tried from one address (people type them; guessing must not pay).
    InvitationByAddress,
    /// Referrals made through one API token.
    ReferralsBySender,
    /// Referrals made by one person (each may email someone about a health group).
    ReferralsByPerson,
}

#[derive(Debug)]
pub struct RateLimits {
    login_address: DefaultKeyedRateLimiter<String>,
    login_account: DefaultKeyedRateLimiter<String>,
    signup_address: DefaultKeyedRateLimiter<String>,
    signup_account: DefaultKeyedRateLimiter<String>,
    reset_address: DefaultKeyedRateLimiter<String>,
    reset_account: DefaultKeyedRateLimiter<String>,
    invitation_address: DefaultKeyedRateLimiter<String>,
    referrals_sender: DefaultKeyedRateLimiter<String>,
    referrals_person: DefaultKeyedRateLimiter<String>,
}

fn quota(burst: u32, one_per: Duration) -> Quota {
    let burst = NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN);
    Quota::with_period(one_per)
        .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
        .allow_burst(burst)
}

impl Default for RateLimits {
    fn default() -> Self {
        Self {
            // A shared address (a library, a hospital ward) gets room for several people.
            login_address: DefaultKeyedRateLimiter::keyed(quota(20, Duration::from_secs(30))),
            // Five tries, then one a minute: enough for a person, useless for guessing.
            login_account: DefaultKeyedRateLimiter::keyed(quota(5, Duration::from_secs(60))),
            signup_address: DefaultKeyedRateLimiter::keyed(quota(10, Duration::from_secs(120))),
            signup_account: DefaultKeyedRateLimiter::keyed(quota(3, Duration::from_secs(600))),
            reset_address: DefaultKeyedRateLimiter::keyed(quota(10, Duration::from_secs(120))),
            // Nobody needs more than a few reset emails; more would be harassment.
            reset_account: DefaultKeyedRateLimiter::keyed(quota(3, Duration::from_secs(600))),
            invitation_address: DefaultKeyedRateLimiter::keyed(quota(20, Duration::from_secs(60))),
            // A busy surgery's system may send a burst; a runaway one is slowed down.
            referrals_sender: DefaultKeyedRateLimiter::keyed(quota(120, Duration::from_secs(2))),
            // A busy clinic day, not a mailing list: 30 in a row, then one every 20 minutes.
            referrals_person: DefaultKeyedRateLimiter::keyed(quota(30, Duration::from_secs(1200))),
        }
    }
}

impl RateLimits {
    fn limiter(&self, door: Door) -> &DefaultKeyedRateLimiter<String> {
        match door {
            Door::LoginByAddress => &self.login_address,
            Door::LoginByAccount => &self.login_account,
            Door::SignupByAddress => &self.signup_address,
            Door::SignupByAccount => &self.signup_account,
            Door::ResetByAddress => &self.reset_address,
            Door::ResetByAccount => &self.reset_account,
            Door::InvitationByAddress => &self.invitation_address,
            Door::ReferralsBySender => &self.referrals_sender,
            Door::ReferralsByPerson => &self.referrals_person,
        }
    }

    /// Counts an attempt; `Err(wait)` when the limit is reached.
    pub fn check(&self, door: Door, key: &str) -> Result<(), Duration> {
        self.limiter(door)
            .check_key(&key.to_owned())
            .map_err(|not_until| not_until.wait_time_from(DefaultClock::default().now()))
    }

    /// Forgets buckets that have refilled, so memory stays bounded; run periodically.
    pub fn tidy(&self) {
        for door in [
            Door::LoginByAddress,
            Door::LoginByAccount,
            Door::SignupByAddress,
            Door::SignupByAccount,
            Door::ResetByAddress,
            Door::ResetByAccount,
            Door::InvitationByAddress,
            Door::ReferralsBySender,
            Door::ReferralsByPerson,
        ] {
            let limiter = self.limiter(door);
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accounts_get_five_tries_then_wait() {
        let limits = RateLimits::default();
        for _ in 0..5 {
            assert!(limits.check(Door::LoginByAccount, "a@example.org").is_ok());
        }
        let wait = limits.check(Door::LoginByAccount, "a@example.org").unwrap_err();
        assert!(
            wait > Duration::from_secs(30) && wait <= Duration::from_secs(60),
            "{wait:?}"
        );
        assert!(
            limits.check(Door::LoginByAccount, "b@example.org").is_ok(),
            "other accounts are unaffected"
        );
    }
}
