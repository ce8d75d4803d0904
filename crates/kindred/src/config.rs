//! Typed configuration, layered: defaults, then an optional TOML file (`--config`,
//! `KINDRED_CONFIG`, or `./kindred.toml` when present), then `KINDRED_*` environment
//! variables, then command-line flags. A bad value stops start-up with one line naming the
//! setting and where it came from. Secret values are never echoed.

use std::collections::BTreeMap;
use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Every setting: its key in `kindred.toml`, its environment variable, and whether its
/// value is secret (then it is never printed).
struct Setting {
    key: &'static str,
    env: &'static str,
    secret: bool,
    default: &'static str,
    help: &'static str,
}

const SETTINGS: &[Setting] = &[
    Setting {
        key: "bind",
        env: "KINDRED_BIND",
        secret: false,
        default: "127.0.0.1:8080",
        help: "address and port to listen on",
    },
    Setting {
        key: "database_url",
        env: "KINDRED_DATABASE_URL",
        secret: true,
        default: "sqlite://kindred-data/kindred.db",
        help: "sqlite://FILE or postgres://USER:PASSWORD@HOST/DB",
    },
    Setting {
        key: "public_url",
        env: "KINDRED_PUBLIC_URL",
        secret: false,
        default: "",
        help: "the address people use, e.g. https://kindred.example.org (default: http://BIND)",
    },
    Setting {
        key: "mail_url",
        env: "KINDRED_MAIL_URL",
        secret: true,
        default: "file://kindred-data/mail",
        help: "smtp://USER:PASS@HOST:587?tls=required, smtps://..., or file://DIR (local use)",
    },
    Setting {
        key: "mail_from",
        env: "KINDRED_MAIL_FROM",
        secret: false,
        default: "Kindred <no-reply@localhost>",
        help: "the From address of emails",
    },
    Setting {
        key: "trusted_proxies",
        env: "KINDRED_TRUSTED_PROXIES",
        secret: false,
        default: "",
        help: "comma-separated addresses or networks whose X-Forwarded-For is believed",
    },
    Setting {
        key: "quick_exit_url",
        env: "KINDRED_QUICK_EXIT_URL",
        secret: false,
        default: "https://www.bbc.co.uk/weather",
        help: "the neutral site \"Exit this page\" goes to",
    },
    Setting {
        key: "crisis_country",
        env: "KINDRED_CRISIS_COUNTRY",
        secret: false,
        default: "GB",
        help: "whose crisis lines to show: GB or IE",
    },
    Setting {
        key: "auto_hide_reports",
        env: "KINDRED_AUTO_HIDE_REPORTS",
        secret: false,
        default: "3",
        help: "reports from this many people hide a post while no moderator is on duty",
    },
    Setting {
        key: "reminder_minutes",
        env: "KINDRED_REMINDER_MINUTES",
        secret: false,
        default: "1440,60",
        help: "when meeting reminders are emailed, in minutes before the start (comma-separated; empty for none)",
    },
    Setting {
        key: "ice_servers",
        env: "KINDRED_ICE_SERVERS",
        secret: false,
        default: "",
        help: "STUN/TURN servers for live rooms' audio and video (comma-separated stun:/turn: URLs; empty: direct connections only)",
    },
    Setting {
        key: "turn_username",
        env: "KINDRED_TURN_USERNAME",
        secret: false,
        default: "",
        help: "user name for the TURN servers in ice_servers",
    },
    Setting {
        key: "master_key",
        env: "KINDRED_MASTER_KEY",
        secret: true,
        default: "",
        help: "base64 key that wraps message encryption keys (else master_key_file)",
    },
    Setting {
        key: "master_key_file",
        env: "KINDRED_MASTER_KEY_FILE",
        secret: false,
        default: "kindred-data/master.key",
        help: "file holding the master key; made on first start if absent",
    },
    Setting {
        key: "previous_master_keys",
        env: "KINDRED_PREVIOUS_MASTER_KEYS",
        secret: true,
        default: "",
        help: "comma-separated older master keys, during a rotation",
    },
    Setting {
        key: "turn_credential",
        env: "KINDRED_TURN_CREDENTIAL",
        secret: true,
        default: "",
        help: "password for the TURN servers in ice_servers",
    },
    Setting {
        key: "db_max_connections",
        env: "KINDRED_DB_MAX_CONNECTIONS",
        secret: false,
        default: "16",
        help: "largest number of pooled database connections",
    },
    Setting {
        key: "log_format",
        env: "KINDRED_LOG_FORMAT",
        secret: false,
        default: "human",
        help: "human or json",
    },
    Setting {
        key: "log_level",
        env: "KINDRED_LOG_LEVEL",
        secret: false,
        default: "info",
        help: "a tracing filter, e.g. info or kindred_web=debug",
    },
    Setting {
        key: "max_body_bytes",
        env: "KINDRED_MAX_BODY_BYTES",
        secret: false,
        default: "1048576",
        help: "largest request body accepted",
    },
    Setting {
        key: "request_timeout_secs",
        env: "KINDRED_REQUEST_TIMEOUT_SECS",
        secret: false,
        default: "30",
        help: "longest a request may take",
    },
];

/// Where a value came from, for error messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Default,
    File(PathBuf),
    Env(&'static str),
    Flag(&'static str),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Default => write!(f, "the default"),
            Self::File(path) => write!(f, "{}", path.display()),
            Self::Env(name) => write!(f, "environment variable {name}"),
            Self::Flag(flag) => write!(f, "command-line flag {flag}"),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("configuration error: `{key}` from {origin}: {problem}")]
    Invalid {
        key: &'static str,
        origin: Source,
        problem: String,
    },
    #[error("configuration error: {0}")]
    File(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Human,
    Json,
}

/// A string that is never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// The resolved configuration.
#[derive(Debug, Clone)]
pub struct Config {
    pub bind: SocketAddr,
    pub public_url: String,
    pub mail_url: Secret,
    pub mail_from: String,
    pub trusted_proxies: Vec<ipnet::IpNet>,
    pub quick_exit_url: String,
    pub crisis_country: String,
    pub reminder_minutes: Vec<i64>,
    pub auto_hide_reports: i64,
    pub ice_servers: Vec<String>,
    pub turn_username: String,
    pub turn_credential: Secret,
    pub master_key: Secret,
    pub master_key_file: PathBuf,
    pub previous_master_keys: Secret,
    pub database_url: Secret,
    pub db_max_connections: u32,
    pub log_format: LogFormat,
    pub log_level: String,
    pub max_body_bytes: usize,
    pub request_timeout: Duration,
}

/// Values given on the command line, which win over everything else.
#[derive(Debug, Default, Clone)]
pub struct Flags {
    pub config: Option<PathBuf>,
    pub bind: Option<String>,
    pub database_url: Option<String>,
    pub log_format: Option<String>,
}

/// The raw value of each setting and its source, before parsing.
struct Layers(BTreeMap<&'static str, (String, Source)>);

impl Layers {
    fn set(&mut self, key: &'static str, value: String, source: Source) {
        self.0.insert(key, (value, source));
    }

    fn parse<T>(
        &self,
        key: &'static str,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Result<T, ConfigError> {
        let (value, source) = self
            .0
            .get(key)
            .ok_or_else(|| ConfigError::File(format!("`{key}` has no value")))?;
        parse(value.trim()).map_err(|problem| {
            let secret = SETTINGS.iter().any(|s| s.key == key && s.secret);
            ConfigError::Invalid {
                key,
                origin: source.clone(),
                problem: if secret {
                    redact_problem(&problem, value)
                } else {
                    problem
                },
            }
        })
    }
}

/// Makes sure an error about a secret value never repeats the value.
fn redact_problem(problem: &str, value: &str) -> String {
    if value.is_empty() {
        problem.to_owned()
    } else {
        problem.replace(value, "***")
    }
}

impl Config {
    /// Resolves the configuration from the real environment and file system.
    pub fn load(flags: &Flags) -> Result<Self, ConfigError> {
        Self::resolve(flags, |name| std::env::var(name).ok())
    }

    /// Resolves the configuration with `env` standing for the environment (tests pass a map).
    pub fn resolve(flags: &Flags, env: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let mut layers = Layers(BTreeMap::new());
        for s in SETTINGS {
            layers.set(s.key, s.default.to_owned(), Source::Default);
        }

        let (file, required) = match (&flags.config, env("KINDRED_CONFIG")) {
            (Some(path), _) => (Some(path.clone()), true),
            (None, Some(path)) if !path.is_empty() => (Some(PathBuf::from(path)), true),
            _ => (Some(PathBuf::from("kindred.toml")), false),
        };
        if let Some(path) = file {
            read_file(&path, required, &mut layers)?;
        }

        for s in SETTINGS {
            if let Some(value) = env(s.env) {
                layers.set(s.key, value, Source::Env(s.env));
            }
        }

        let flag_values = [
            ("bind", "--bind", &flags.bind),
            ("database_url", "--database-url", &flags.database_url),
            ("log_format", "--log-format", &flags.log_format),
        ];
        for (key, flag, value) in flag_values {
            if let Some(value) = value {
                layers.set(key, value.clone(), Source::Flag(flag));
            }
        }

        let bind: SocketAddr = layers.parse("bind", |v| {
            v.parse()
                .map_err(|_| format!("{v:?} is not an address and port such as 127.0.0.1:8080"))
        })?;
        Ok(Self {
            bind,
            public_url: layers.parse("public_url", |v| {
                if v.is_empty() {
                    Ok(format!("http://{bind}"))
                } else if (v.starts_with("https://") || v.starts_with("http://"))
                    && !v.contains(char::is_whitespace)
                {
                    Ok(v.trim_end_matches('/').to_owned())
                } else {
                    Err(format!(
                        "{v:?} must start with https:// (or http:// for local use)"
                    ))
                }
            })?,
            mail_url: layers.parse("mail_url", |v| {
                if ["smtp://", "smtps://", "file://"]
                    .iter()
                    .any(|p| v.starts_with(p))
                {
                    Ok(Secret(v.to_owned()))
                } else {
                    Err("must start with smtp://, smtps:// or file://".to_owned())
                }
            })?,
            mail_from: layers.parse("mail_from", |v| {
                if v.contains('@') {
                    Ok(v.to_owned())
                } else {
                    Err(format!("{v:?} is not an email address"))
                }
            })?,
            trusted_proxies: layers.parse("trusted_proxies", |v| {
                v.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(|s| {
                        s.parse::<ipnet::IpNet>()
                            .or_else(|_| s.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                            .map_err(|_| format!("{s:?} is not an IP address or network"))
                    })
                    .collect()
            })?,
            quick_exit_url: layers.parse("quick_exit_url", |v| {
                if v.starts_with("https://") || v.starts_with("http://") {
                    Ok(v.to_owned())
                } else {
                    Err(format!("{v:?} must be a web address"))
                }
            })?,
            crisis_country: layers.parse("crisis_country", |v| {
                let code = v.to_ascii_uppercase();
                if kindred_core::crisis::lines_for(&code).is_some() {
                    Ok(code)
                } else {
                    Err(format!(
                        "{v:?} is not one of {}",
                        kindred_core::crisis::COUNTRIES.join(", ")
                    ))
                }
            })?,
            auto_hide_reports: layers.parse("auto_hide_reports", |v| {
                v.parse::<i64>()
                    .ok()
                    .filter(|n| (1..=100).contains(n))
                    .ok_or_else(|| format!("{v:?} is not a whole number from 1 to 100"))
            })?,
            reminder_minutes: layers.parse("reminder_minutes", |v| {
                v.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(|s| {
                        s.parse::<i64>()
                            .ok()
                            .filter(|m| (1..=14 * 24 * 60).contains(m))
                            .ok_or_else(|| format!("{s:?} is not a number of minutes between 1 and 20160"))
                    })
                    .collect()
            })?,
            ice_servers: layers.parse("ice_servers", |v| {
                v.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(|s| {
                        if ["stun:", "stuns:", "turn:", "turns:"]
                            .iter()
                            .any(|p| s.starts_with(p))
                            && !s.contains(char::is_whitespace)
                        {
                            Ok(s.to_owned())
                        } else {
                            Err(format!("{s:?} is not a stun:, stuns:, turn: or turns: URL"))
                        }
                    })
                    .collect()
            })?,
            turn_username: layers.parse("turn_username", |v| Ok::<_, String>(v.to_owned()))?,
            turn_credential: layers.parse("turn_credential", |v| Ok::<_, String>(Secret(v.to_owned())))?,
            master_key: layers.parse("master_key", |v| {
                if !v.is_empty() {
                    kindred_store::MasterKey::from_base64(v)?;
                }
                Ok::<_, String>(Secret(v.to_owned()))
            })?,
            master_key_file: layers.parse("master_key_file", |v| {
                if v.is_empty() {
                    Err("must name a file".to_owned())
                } else {
                    Ok(PathBuf::from(v))
                }
            })?,
            previous_master_keys: layers.parse("previous_master_keys", |v| {
                for key in v.split(',').map(str::trim).filter(|k| !k.is_empty()) {
                    kindred_store::MasterKey::from_base64(key)?;
                }
                Ok::<_, String>(Secret(v.to_owned()))
            })?,
            database_url: layers.parse("database_url", |v| {
                if v.starts_with("sqlite:") || v.starts_with("postgres://") || v.starts_with("postgresql://")
                {
                    Ok(Secret(v.to_owned()))
                } else {
                    Err("must start with sqlite:// or postgres://".to_owned())
                }
            })?,
            db_max_connections: layers.parse("db_max_connections", |v| {
                v.parse::<u32>()
                    .ok()
                    .filter(|n| (1..=1000).contains(n))
                    .ok_or_else(|| format!("{v:?} is not a whole number from 1 to 1000"))
            })?,
            log_format: layers.parse("log_format", |v| match v {
                "human" => Ok(LogFormat::Human),
                "json" => Ok(LogFormat::Json),
                _ => Err(format!("{v:?} is neither human nor json")),
            })?,
            log_level: layers.parse("log_level", |v| {
                tracing_subscriber::EnvFilter::try_new(v)
                    .map(|_| v.to_owned())
                    .map_err(|e| format!("{v:?} is not a log filter: {e}"))
            })?,
            max_body_bytes: layers.parse("max_body_bytes", |v| {
                v.parse::<usize>()
                    .ok()
                    .filter(|n| (1024..=1024 * 1024 * 1024).contains(n))
                    .ok_or_else(|| format!("{v:?} is not a number of bytes from 1024 to 1073741824"))
            })?,
            request_timeout: layers.parse("request_timeout_secs", |v| {
                v.parse::<u64>()
                    .ok()
                    .filter(|n| (1..=3600).contains(n))
                    .map(Duration::from_secs)
                    .ok_or_else(|| format!("{v:?} is not a number of seconds from 1 to 3600"))
            })?,
        })
    }

    /// A description of every setting, for `kindred --help` and the docs.
    pub fn settings_help() -> String {
        let mut out = String::from("Settings (kindred.toml key / environment variable, default):\n");
        for s in SETTINGS {
            out.push_str(&format!(
                "  {:<22} {:<30} {:<34} {}\n",
                s.key, s.env, s.default, s.help
            ));
        }
        out
    }
}

fn read_file(path: &PathBuf, required: bool, layers: &mut Layers) -> Result<(), ConfigError> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => return Ok(()),
        Err(e) => {
            return Err(ConfigError::File(format!("cannot read {}: {e}", path.display())));
        }
    };
    let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
        ConfigError::File(format!("{} is not valid TOML: {}", path.display(), e.message()))
    })?;
    for (key, value) in table {
        let Some(setting) = SETTINGS.iter().find(|s| s.key == key) else {
            let known: Vec<_> = SETTINGS.iter().map(|s| s.key).collect();
            return Err(ConfigError::File(format!(
                "{}: unknown setting `{key}` (known: {})",
                path.display(),
                known.join(", ")
            )));
        };
        let value = match value {
            toml::Value::String(s) => s,
            toml::Value::Integer(n) => n.to_string(),
            toml::Value::Float(n) => n.to_string(),
            toml::Value::Boolean(b) => b.to_string(),
            _ => {
                return Err(ConfigError::Invalid {
                    key: setting.key,
                    origin: Source::File(path.clone()),
                    problem: "must be a string or a number".into(),
                });
            }
        };
        layers.set(setting.key, value, Source::File(path.clone()));
    }
    Ok(())
}

/// `KINDRED_*` variables that name no setting: probably typos, worth a warning.
pub fn unknown_env_vars() -> Vec<String> {
    std::env::vars()
        .map(|(name, _)| name)
        .filter(|name| {
            name.starts_with("KINDRED_")
                && !name.starts_with("KINDRED_TEST_")
                && name != "KINDRED_CONFIG"
                && !SETTINGS.iter().any(|s| s.env == name)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn resolve(flags: &Flags, env: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let env: HashMap<String, String> = env.iter().map(|(k, v)| ((*k).into(), (*v).into())).collect();
        Config::resolve(flags, |name| env.get(name).cloned())
    }

    fn no_file() -> Flags {
        // Point at a file that does not exist but is not required either.
        Flags::default()
    }

    #[test]
    fn defaults_are_local_and_embedded() {
        let config = resolve(&no_file(), &[]).unwrap();
        assert_eq!(config.bind.to_string(), "127.0.0.1:8080");
        assert_eq!(config.database_url.expose(), "sqlite://kindred-data/kindred.db");
        assert_eq!(config.log_format, LogFormat::Human);
    }

    #[test]
    fn file_then_env_then_flags() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kindred.toml");
        std::fs::write(
            &path,
            "bind = \"127.0.0.1:9000\"\nlog_format = \"json\"\nrequest_timeout_secs = 5\n",
        )
        .unwrap();
        let mut flags = Flags {
            config: Some(path),
            ..Flags::default()
        };
        let config = resolve(&flags, &[]).unwrap();
        assert_eq!(config.bind.port(), 9000);
        assert_eq!(config.log_format, LogFormat::Json);
        assert_eq!(config.request_timeout, Duration::from_secs(5));

        let config = resolve(&flags, &[("KINDRED_BIND", "127.0.0.1:9001")]).unwrap();
        assert_eq!(config.bind.port(), 9001);

        flags.bind = Some("127.0.0.1:9002".into());
        let config = resolve(&flags, &[("KINDRED_BIND", "127.0.0.1:9001")]).unwrap();
        assert_eq!(config.bind.port(), 9002);
    }

    #[test]
    fn errors_name_the_setting_and_its_source() {
        let err = resolve(&no_file(), &[("KINDRED_BIND", "nowhere")])
            .unwrap_err()
            .to_string();
        assert!(err.contains("`bind`") && err.contains("KINDRED_BIND"), "{err}");

        let flags = Flags {
            log_format: Some("xml".into()),
            ..Flags::default()
        };
        let err = resolve(&flags, &[]).unwrap_err().to_string();
        assert!(
            err.contains("`log_format`") && err.contains("--log-format"),
            "{err}"
        );
    }

    #[test]
    fn public_url_proxies_and_country() {
        let config = resolve(&no_file(), &[("KINDRED_BIND", "127.0.0.1:9100")]).unwrap();
        assert_eq!(
            config.public_url, "http://127.0.0.1:9100",
            "derived from the bind address"
        );
        let config = resolve(
            &no_file(),
            &[
                ("KINDRED_PUBLIC_URL", "https://kindred.example.org/"),
                ("KINDRED_TRUSTED_PROXIES", "10.0.0.0/8, 192.0.2.1"),
                ("KINDRED_CRISIS_COUNTRY", "ie"),
            ],
        )
        .unwrap();
        assert_eq!(config.public_url, "https://kindred.example.org");
        assert_eq!(config.trusted_proxies.len(), 2);
        assert_eq!(config.crisis_country, "IE");
        for (var, value) in [
            ("KINDRED_PUBLIC_URL", "kindred.example.org"),
            ("KINDRED_TRUSTED_PROXIES", "10.0.0.0/33"),
            ("KINDRED_CRISIS_COUNTRY", "XX"),
            ("KINDRED_MAIL_URL", "imap://x"),
        ] {
            let err = resolve(&no_file(), &[(var, value)]).unwrap_err().to_string();
            assert!(err.contains(var), "{err}");
        }
        let err = resolve(
            &no_file(),
            &[("KINDRED_MAIL_URL", "ftp://user:sesame@mail.example")],
        )
        .unwrap_err()
        .to_string();
        assert!(!err.contains("sesame"), "{err}");
    }

    #[test]
    fn secrets_are_never_echoed() {
        let err = resolve(
            &no_file(),
            &[("KINDRED_DATABASE_URL", "mysql://root:hunter2@db/x")],
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("`database_url`"), "{err}");
        assert!(!err.contains("hunter2"), "{err}");
        let config = resolve(
            &no_file(),
            &[("KINDRED_DATABASE_URL", "postgres://u:hunter2@h/db")],
        )
        .unwrap();
        assert!(!format!("{config:?}").contains("hunter2"));
    }

    #[test]
    fn file_problems_are_clear() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.toml");
        std::fs::write(&path, "bnid = \"x\"\n").unwrap();
        let flags = Flags {
            config: Some(path.clone()),
            ..Flags::default()
        };
        let err = resolve(&flags, &[]).unwrap_err().to_string();
        assert!(err.contains("unknown setting `bnid`"), "{err}");

        std::fs::write(&path, "bind = \n").unwrap();
        assert!(
            resolve(&flags, &[])
                .unwrap_err()
                .to_string()
                .contains("not valid TOML")
        );

        let missing = Flags {
            config: Some(dir.path().join("missing.toml")),
            ..Flags::default()
        };
        assert!(
            resolve(&missing, &[])
                .unwrap_err()
                .to_string()
                .contains("cannot read")
        );

        std::fs::write(&path, "max_body_bytes = 10\n").unwrap();
        let err = resolve(&flags, &[]).unwrap_err().to_string();
        assert!(
            err.contains("`max_body_bytes`") && err.contains("k.toml"),
            "{err}"
        );
    }
}
