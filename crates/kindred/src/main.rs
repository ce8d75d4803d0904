//! `kindred`: the server and its command-line tools.
//!
//! The binary owns the edges: command-line parsing, configuration, logging, start-up and
//! shutdown. Everything else lives in the library crates.

mod admin;
mod config;
mod demo;
mod import;
mod keys;
mod serve;
mod telemetry;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::config::{Config, Flags};

#[derive(Debug, Parser)]
#[command(
    name = "kindred",
    version,
    about = "Kindred: peer support groups, found, joined and run safely.",
    after_help = "Configuration: defaults, then kindred.toml, then KINDRED_* variables, then flags. Run `kindred help settings` for the list."
)]
struct Cli {
    #[command(flatten)]
    global: GlobalArgs,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Args)]
struct GlobalArgs {
    /// Read settings from this TOML file (default: ./kindred.toml when present).
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Database URL: sqlite://FILE or postgres://USER:PASSWORD@HOST/DB.
    #[arg(long, global = true, value_name = "URL")]
    database_url: Option<String>,
    /// Log format: human or json.
    #[arg(long, global = true, value_name = "FORMAT")]
    log_format: Option<String>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the web server.
    Serve {
        /// Address and port to listen on (default 127.0.0.1:8080).
        #[arg(long, value_name = "ADDR")]
        bind: Option<String>,
        /// Load the demonstration data set before serving.
        #[arg(long)]
        demo: bool,
    },
    /// Bring the database schema up to date, then exit.
    Migrate,
    /// Generate a synthetic data set of N groups, for benchmarks.
    Demo {
        /// How many groups to generate.
        #[arg(long, value_name = "N")]
        groups: u64,
    },
    /// Bulk-load data from a file.
    #[command(subcommand)]
    Import(ImportCommand),
    /// Administration: accounts and roles.
    #[command(subcommand)]
    Admin(AdminCommand),
    /// The master key that protects messages at rest.
    #[command(subcommand)]
    Keys(KeysCommand),
    /// Crisis screening tools for moderators.
    #[command(subcommand)]
    Safety(SafetyCommand),
    /// Print the version.
    Version,
    /// Describe every configuration setting.
    Settings,
}

#[derive(Debug, Subcommand)]
enum ImportCommand {
    /// Create or update groups from a CSV or JSON file (matched by slug; see docs/import.md).
    Groups {
        /// The file: .csv or .json.
        file: PathBuf,
        /// Check every row and report what would change, without writing anything.
        #[arg(long)]
        dry_run: bool,
    },
    /// Add resources to the library from a JSON file (the format of the starter set; see
    /// crates/kindred-core/data/resources/README.md). Existing slugs are kept unless --replace.
    Resources {
        file: PathBuf,
        /// Update entries whose slug already exists.
        #[arg(long)]
        replace: bool,
    },
}

#[derive(Debug, Subcommand)]
enum KeysCommand {
    /// Print a new random master key (base64), for KINDRED_MASTER_KEY.
    Generate,
    /// Re-wrap every data key under the current master key (after a new master_key is
    /// set and the old one is listed in previous_master_keys). Resumable; no downtime.
    Rotate,
}

#[derive(Debug, Subcommand)]
enum SafetyCommand {
    /// Screen messages, one per line on standard input; write one JSON object per line
    /// (`{"level": "none|concern|urgent", "reasons": [...]}`) to standard output.
    Scan {
        /// The language of the messages: en, cy, pl, ur or ar.
        #[arg(long, value_name = "L")]
        lang: String,
    },
}

#[derive(Debug, Subcommand)]
enum AdminCommand {
    /// Create a confirmed account with a platform role.
    CreateUser {
        #[arg(long)]
        email: String,
        /// admin or moderator.
        #[arg(long)]
        role: String,
        /// The display name (default: the role's name).
        #[arg(long)]
        pseudonym: Option<String>,
        /// Read the password from standard input instead of generating one.
        #[arg(long)]
        password_stdin: bool,
    },
    /// Delete a group, its members' posts and messages, and its data key (crypto-shredding).
    DeleteGroup {
        #[arg(long)]
        slug: String,
        /// The slug again, to confirm.
        #[arg(long)]
        confirm: String,
    },
    /// Give an account a platform role (admin, moderator) or remove it (none).
    SetRole {
        #[arg(long)]
        email: String,
        #[arg(long)]
        role: String,
    },
    /// Tokens for referrer organisations' systems (FHIR ServiceRequest).
    #[command(subcommand)]
    ApiToken(ApiTokenCommand),
    /// Mark an account as a verified referrer (after checking who they are).
    Referrer {
        #[arg(long)]
        email: String,
        #[arg(long)]
        organisation: String,
        /// gp, social_prescriber, link_worker or other.
        #[arg(long)]
        role: String,
    },
}

#[derive(Debug, Subcommand)]
enum ApiTokenCommand {
    /// Issue a token; it is printed once, as the last line.
    Create {
        /// The system, e.g. "Riverside Surgery (EMIS)".
        #[arg(long)]
        name: String,
        /// The referrer organisation.
        #[arg(long)]
        organisation: String,
    },
    /// List tokens (never their secrets).
    List,
    /// Revoke a token by its id.
    Revoke {
        #[arg(long)]
        id: String,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let bind = match &cli.command {
        Command::Serve { bind, .. } => bind.clone(),
        _ => None,
    };
    let flags = Flags {
        config: cli.global.config,
        bind,
        database_url: cli.global.database_url,
        log_format: cli.global.log_format,
    };
    match cli.command {
        Command::Version => {
            println!("kindred {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Command::Settings => {
            print!("{}", Config::settings_help());
            return ExitCode::SUCCESS;
        }
        // Needs no configuration or database: a moderator can run it anywhere.
        Command::Safety(SafetyCommand::Scan { lang }) => return safety_scan(&lang),
        Command::Keys(KeysCommand::Generate) => {
            return match keys::generate() {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => {
                    eprintln!("error: {err:#}");
                    ExitCode::FAILURE
                }
            };
        }
        _ => {}
    }
    let config = match Config::load(&flags) {
        Ok(config) => config,
        Err(err) => {
            eprintln!("{err}");
            return ExitCode::from(2);
        }
    };
    telemetry::init(&config);
    for name in config::unknown_env_vars() {
        tracing::warn!(variable = %name, "ignoring an environment variable that names no setting");
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("error: cannot start the async runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async {
        match cli.command {
            Command::Serve { demo, .. } => serve::run(&config, demo).await,
            Command::Migrate => serve::migrate(&config).await,
            Command::Demo { groups } => demo::generate(&config, groups).await,
            Command::Import(ImportCommand::Groups { file, dry_run }) => {
                import::import_groups(&config, &file, dry_run).await
            }
            Command::Import(ImportCommand::Resources { file, replace }) => {
                import::import_resources(&config, &file, replace).await
            }
            Command::Admin(AdminCommand::CreateUser {
                email,
                role,
                pseudonym,
                password_stdin,
            }) => admin::create_user(&config, &email, &role, pseudonym.as_deref(), password_stdin).await,
            Command::Admin(AdminCommand::DeleteGroup { slug, confirm }) => {
                admin::delete_group(&config, &slug, &confirm).await
            }
            Command::Admin(AdminCommand::SetRole { email, role }) => {
                admin::set_role(&config, &email, &role).await
            }
            Command::Admin(AdminCommand::ApiToken(ApiTokenCommand::Create { name, organisation })) => {
                admin::create_token(&config, &name, &organisation).await
            }
            Command::Admin(AdminCommand::ApiToken(ApiTokenCommand::List)) => {
                admin::list_tokens(&config).await
            }
            Command::Admin(AdminCommand::ApiToken(ApiTokenCommand::Revoke { id })) => {
                admin::revoke_token(&config, &id).await
            }
            Command::Admin(AdminCommand::Referrer {
                email,
                organisation,
                role,
            }) => admin::add_referrer(&config, &email, &organisation, &role).await,
            Command::Keys(KeysCommand::Rotate) => keys::rotate(&config).await,
            Command::Version | Command::Settings | Command::Safety(_) | Command::Keys(_) => Ok(()),
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// `kindred safety scan --lang L`: standard input to JSON lines.
fn safety_scan(lang: &str) -> ExitCode {
    use std::io::{BufRead, Write};
    let Some(locale) = kindred_core::i18n::Locale::from_tag(lang) else {
        eprintln!("kindred: --lang must be one of en, cy, pl, ur, ar (got {lang:?})");
        return ExitCode::from(2);
    };
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in stdin.lock().lines() {
        let Ok(line) = line else {
            eprintln!("kindred: standard input is not UTF-8 text");
            return ExitCode::from(2);
        };
        let screening = kindred_core::safety::screen(&line, locale);
        let written = serde_json::to_string(&screening)
            .map_err(std::io::Error::other)
            .and_then(|json| writeln!(out, "{json}"));
        if written.is_err() {
            return ExitCode::FAILURE;
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
