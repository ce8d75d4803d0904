//! Who is on the other end: the client's IP address (for rate limits only; never stored or
//! logged), honouring `X-Forwarded-For` only from configured trusted proxies.

use std::net::{IpAddr, SocketAddr};

use axum::extract::ConnectInfo;
use axum::http::request::Parts;
use ipnet::IpNet;

/// The client's address as the peer or, behind trusted proxies, as they report it.
pub fn client_ip(parts: &Parts, trusted: &[IpNet]) -> Option<IpAddr> {
    let peer = parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())?;
    if !is_trusted(peer, trusted) {
        return Some(peer);
    }
    // Walk the chain from the nearest hop: the first address not ours is the client.
    let forwarded: Vec<IpAddr> = parts
        .headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    Some(
        forwarded
            .into_iter()
            .rev()
            .find(|ip| !is_trusted(*ip, trusted))
            .unwrap_or(peer),
    )
}

fn is_trusted(ip: IpAddr, trusted: &[IpNet]) -> bool {
    trusted.iter().any(|net| net.contains(&ip))
}

/// The rate-limit bucket of an address: IPv4 as it is, IPv6 by its /64 (one household or
/// device usually holds a whole /64, so limiting single addresses would be useless).
pub fn rate_key(ip: Option<IpAddr>) -> String {
    match ip {
        Some(IpAddr::V4(v4)) => v4.to_string(),
        Some(IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
        None => "unknown".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::Request;

    fn parts(peer: &str, xff: Option<&str>) -> Parts {
        let mut builder = Request::get("/");
        if let Some(xff) = xff {
            builder = builder.header("x-forwarded-for", xff);
        }
        let mut req = builder.body(()).unwrap();
        req.extensions_mut()
            .insert(ConnectInfo::<SocketAddr>(peer.parse().unwrap()));
        req.into_parts().0
    }

    #[test]
    fn forwarded_for_is_ignored_from_strangers() {
        let p = parts("203.0.113.9:5000", Some("198.51.100.1"));
        assert_eq!(client_ip(&p, &[]), Some("203.0.113.9".parse().unwrap()));
    }

    #[test]
    fn forwarded_for_is_followed_through_trusted_proxies() {
        let trusted: Vec<IpNet> = vec!["10.0.0.0/8".parse().unwrap()];
        let p = parts("10.0.0.2:5000", Some("198.51.100.7, 203.0.113.5, 10.0.0.3"));
        // The spoofable left part (198.51.100.7) is not trusted: the nearest untrusted hop is.
        assert_eq!(client_ip(&p, &trusted), Some("203.0.113.5".parse().unwrap()));
    }

    #[test]
    fn ipv6_is_limited_by_64() {
        let a = rate_key(Some("2001:db8:1:2:aaaa::1".parse().unwrap()));
        let b = rate_key(Some("2001:db8:1:2:bbbb::9".parse().unwrap()));
        let c = rate_key(Some("2001:db8:1:3::1".parse().unwrap()));
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(rate_key(Some("::ffff:192.0.2.1".parse().unwrap())), "192.0.2.1");
    }
}
