//! The benchmark reference: a bare axum server with no middleware, no database and no
//! templates, built with the same dependencies and profile as Kindred. `scripts/bench`
//! measures Kindred's endpoints next to this one in the same run, so figures are read as
//! a ratio to what the machine can do at all.
//!
//! Usage: `bare 127.0.0.1:PORT`

use axum::Router;
use axum::http::header;
use axum::routing::get;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let bind = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:8090".to_owned());
    let app = Router::new().route(
        "/healthz",
        get(|| async {
            (
                [(header::CONTENT_TYPE, "application/json")],
                r#"{"status":"ok","database":"none"}"#,
            )
        }),
    );
    let listener = tokio::net::TcpListener::bind(&bind).await?;
    println!("bare reference listening on http://{}/", listener.local_addr()?);
    axum::serve(listener, app).await
}
