//! Every cookie Kindred sets is built here, so all are `HttpOnly`, `SameSite=Lax`, scoped to
//! the whole site, and `Secure` when the site is served over HTTPS.

pub fn build(name: &str, value: &str, max_age_secs: Option<i64>, secure: bool) -> String {
    let mut cookie = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax");
    if let Some(age) = max_age_secs {
        cookie.push_str(&format!("; Max-Age={age}"));
    }
    if secure {
        cookie.push_str("; Secure");
    }
    cookie
}

/// A cookie that tells the browser to forget `name`.
pub fn clear(name: &str, secure: bool) -> String {
    build(name, "", Some(0), secure)
}

#[cfg(test)]
mod tests {
    #[test]
    fn cookies_are_always_http_only_and_same_site() {
        let c = super::build("a", "b", Some(10), true);
        assert_eq!(c, "a=b; Path=/; HttpOnly; SameSite=Lax; Max-Age=10; Secure");
        assert!(super::clear("a", false).contains("Max-Age=0"));
    }
}
