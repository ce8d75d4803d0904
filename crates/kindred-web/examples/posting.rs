//! Posting throughput: Kindred's write path for a reply (crisis screen + seal under the
//! group's data key + insert + thread bump) next to a plain insert of the same rows with
//! the body in clear, measured in the same run on the same database.
//!
//!   cargo run --release -p kindred-web --example posting -- [--posts N] [--database-url URL]
//!
//! Without a URL: a fresh SQLite file in a temporary directory. With a `postgres://` URL: a
//! fresh schema in that database (dropped at the end).

use std::time::Instant;

use kindred_core::accounts::{Email, NewPasswordHash, Pseudonym};
use kindred_core::i18n::Locale;
use kindred_core::organisations::{NewOrganisation, OrganisationKind};
use kindred_store::{Board, ConnectOptions, Keyring, MasterKey, NewPost, NewUser, Store};

const MESSAGES: &[&str] = &[
    "Had a rough week but the group on Tuesday really helped. Thank you all.",
    "Does anyone have tips for sleeping better after a chemo session?",
    "My mum didn't recognise me today. I sat in the car for an hour afterwards.",
    "Three months without a bet today. Small steps, but I'm proud of it.",
    "This heat is killing me, anyone else struggling with the new tablets in summer?",
    "I can't do this anymore. I have been thinking about ending it.",
    "Found a carers' café near the library that meets on Thursdays, worth a try.",
    "Thank you for the hug yesterday, it meant a lot.",
];

fn arg(name: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn report(label: &str, mut times: Vec<f64>, total: f64) -> f64 {
    times.sort_by(f64::total_cmp);
    let rate = times.len() as f64 / total;
    println!(
        "{label:<44} {rate:>10.0} {:>9.3} {:>9.3}",
        percentile(&times, 0.5) * 1000.0,
        percentile(&times, 0.99) * 1000.0
    );
    rate
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let posts: usize = arg("--posts").and_then(|v| v.parse().ok()).unwrap_or(5_000);
    let dir = tempfile::tempdir()?;
    let (mut options, label) = match arg("--database-url") {
        Some(url) => {
            let mut o = ConnectOptions::new(url);
            o.pg_schema = Some(format!("bench_{}", uuid::Uuid::new_v4().simple()));
            (o, "PostgreSQL")
        }
        None => (
            ConnectOptions::new(format!("sqlite://{}", dir.path().join("bench.db").display())),
            "SQLite",
        ),
    };
    options.max_connections = 4;
    let store: Store = Store::connect(&options)
        .await?
        .with_keyring(Keyring::new(MasterKey::generate()?, Vec::new()));
    let org = store
        .create_organisation(&NewOrganisation {
            name: "Bench".into(),
            kind: OrganisationKind::Charity,
            website: None,
        })
        .await?;
    let input: kindred_core::groups::GroupInput = serde_json::from_value(serde_json::json!({
        "slug": "bench-group", "name": "Bench", "summary": "s", "category": "other", "leadership": "peer_led",
        "structure": "unstructured", "attendance": "online", "languages": ["en"], "area": "Online",
        "cost": "free", "joining": "open"
    }))?;
    let (group, _) = store.upsert_group(org.id, &input.check(None)?).await?;
    let user = store
        .create_user(
            &NewUser {
                email: Email::parse("bench@example.org")?,
                pseudonym: Pseudonym::parse("Bench")?,
                password_hash: NewPasswordHash::from_phc("x".into()),
                verified: true,
                platform_role: None,
            },
            None,
            None,
        )
        .await?;
    let first = NewPost {
        author: user.id,
        anonymous: false,
        body: "Welcome",
        content_warning: None,
        safety: "none",
        hidden_reason: None,
    };
    let (thread, _) = store
        .create_thread(Board::Group(group.id), "Bench thread", &first)
        .await?;

    println!("\nposting: {posts} replies, one writer, {label}");
    println!("{:<44} {:>10} {:>9} {:>9}", "path", "posts/s", "p50 ms", "p99 ms");

    // Kindred's path: screen, seal, insert, bump the thread.
    let mut times = Vec::with_capacity(posts);
    let started = Instant::now();
    for i in 0..posts {
        let text = MESSAGES[i % MESSAGES.len()];
        let t = Instant::now();
        let level = kindred_core::safety::screen(text, Locale::En).level;
        store
            .add_post(
                thread,
                &NewPost {
                    author: user.id,
                    anonymous: false,
                    body: text,
                    content_warning: None,
                    safety: level.as_str(),
                    hidden_reason: None,
                },
            )
            .await?;
        times.push(t.elapsed().as_secs_f64());
    }
    let kindred = report(
        "kindred: screen + seal + insert + bump",
        times,
        started.elapsed().as_secs_f64(),
    );

    // Reference: the same rows inserted plainly (no screen, no encryption, no thread bump)
    // with sqlx on its own pool to the same database.
    let sql = "INSERT INTO posts (id, thread_id, author_id, anonymous, key_id, body, safety, created_at)
               VALUES ($1, $2, $3, 0, $4, $5, 'none', $6)";
    let mut times = Vec::with_capacity(posts);
    let started = Instant::now();
    if let Some(schema) = &options.pg_schema {
        let schema = schema.clone();
        let pool = sqlx::postgres::PgPoolOptions::new()
            .max_connections(4)
            .after_connect(move |conn, _| {
                let schema = schema.clone();
                Box::pin(async move {
                    sqlx::query(sqlx::AssertSqlSafe(format!("SET search_path TO \"{schema}\"")))
                        .execute(conn)
                        .await?;
                    Ok(())
                })
            })
            .connect(&options.url)
            .await?;
        for i in 0..posts {
            let t = Instant::now();
            sqlx::query(sql)
                .bind(uuid::Uuid::now_v7())
                .bind(thread)
                .bind(user.id.0)
                .bind(uuid::Uuid::nil())
                .bind(MESSAGES[i % MESSAGES.len()].as_bytes())
                .bind(0_i64)
                .execute(&pool)
                .await?;
            times.push(t.elapsed().as_secs_f64());
        }
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "DROP SCHEMA \"{}\" CASCADE",
            options.pg_schema.as_deref().unwrap_or_default()
        )))
        .execute(&pool)
        .await?;
    } else {
        let pool = sqlx::sqlite::SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(
                options
                    .url
                    .parse::<sqlx::sqlite::SqliteConnectOptions>()?
                    .journal_mode(sqlx::sqlite::SqliteJournalMode::Wal)
                    .synchronous(sqlx::sqlite::SqliteSynchronous::Normal)
                    .busy_timeout(std::time::Duration::from_secs(5)),
            )
            .await?;
        for i in 0..posts {
            let t = Instant::now();
            sqlx::query(sql)
                .bind(uuid::Uuid::now_v7())
                .bind(thread)
                .bind(user.id.0)
                .bind(uuid::Uuid::nil())
                .bind(MESSAGES[i % MESSAGES.len()].as_bytes())
                .bind(0_i64)
                .execute(&pool)
                .await?;
            times.push(t.elapsed().as_secs_f64());
        }
    }
    let plain = report(
        "reference: plain INSERT of the same rows",
        times,
        started.elapsed().as_secs_f64(),
    );
    println!("ratio to the reference: {:.2}", kindred / plain);

    // The classifier alone, per core.
    let started = Instant::now();
    let mut n = 0usize;
    while started.elapsed().as_secs_f64() < 1.0 {
        for text in MESSAGES {
            std::hint::black_box(kindred_core::safety::screen(text, Locale::En));
            n += 1;
        }
    }
    println!(
        "classifier alone: {:.0} messages/s on one core",
        n as f64 / started.elapsed().as_secs_f64()
    );
    store.close().await;
    Ok(())
}
