//! Directory search: an in-memory index derived from the database.
//!
//! Why this engine (see docs/search.md): results must be identical on SQLite and
//! PostgreSQL, typo-tolerant ("diabetis" finds diabetes) and fast at 100,000 groups. The
//! text part is a tantivy index in RAM (BM25 relevance, fuzzy terms, accent folding); the
//! filters and distances run over plain structs beside it. Both are built from the
//! database at start-up and kept current from the event bus (`group` events carry an id;
//! every instance reloads that group), so every instance and both backends answer alike.
//! Only public listing fields are indexed: never member data or posts.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use kindred_core::groups::{
    AccessFeature, Attendance, Audience, Category, Condition, Cost, Group, GroupStatus, Joining, Language,
    Leadership, Point, TimeOfDay,
};
use kindred_core::i18n::Locale;
use kindred_core::ids::{GroupId, OrganisationId};
use kindred_core::organisations::Organisation;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use crate::i18n::I18n;

/// What search results show, kept in memory so a search never touches the database.
#[derive(Debug, Clone)]
pub struct GroupDoc {
    pub id: GroupId,
    pub slug: String,
    pub name: String,
    pub summary: String,
    pub organisation_id: OrganisationId,
    pub organisation: String,
    pub organisation_verified: bool,
    pub category: Category,
    pub conditions: Vec<Condition>,
    pub audience: Vec<Audience>,
    pub leadership: Leadership,
    pub attendance: Attendance,
    pub languages: Vec<Language>,
    pub accessibility: Vec<AccessFeature>,
    pub cost: Cost,
    pub joining: Joining,
    pub status: GroupStatus,
    pub area: String,
    pub point: Option<Point>,
    /// Days of the week it meets (bit 0 = Sunday).
    pub days: u8,
    pub time_of_day: Option<TimeOfDay>,
    pub schedule: Option<kindred_core::groups::UsualSchedule>,
    /// When the listing last changed (seconds since the epoch).
    pub updated_at: i64,
    name_key: String,
}

impl GroupDoc {
    pub fn new(group: &Group, organisation: &Organisation) -> Self {
        let d = &group.details;
        let days = d
            .schedule
            .as_ref()
            .map_or(0, |s| s.weekdays().iter().fold(0u8, |acc, day| acc | (1 << day)));
        Self {
            id: group.id,
            slug: d.slug.as_str().to_owned(),
            name: d.name.clone(),
            summary: d.summary.clone(),
            organisation_id: organisation.id,
            organisation: organisation.name.clone(),
            organisation_verified: organisation.verified,
            category: d.category,
            conditions: d.conditions.clone(),
            audience: d.audience.clone(),
            leadership: d.leadership,
            attendance: d.attendance,
            languages: d.languages.clone(),
            accessibility: d.accessibility.clone(),
            cost: d.cost,
            joining: d.joining,
            status: d.status,
            area: d.area.clone(),
            // A venue only members may see is searched by its rounded position (about a
            // kilometre), so no radius, however small, can pinpoint it.
            point: match d.venue_visibility {
                kindred_core::groups::VenueVisibility::Public => d.location,
                kindred_core::groups::VenueVisibility::Members => d.location.map(|p| Point {
                    lat: (p.lat * 100.0).round() / 100.0,
                    lon: (p.lon * 100.0).round() / 100.0,
                }),
            },
            days,
            time_of_day: d
                .schedule
                .as_ref()
                .and_then(|s| s.start_minutes())
                .map(TimeOfDay::of),
            schedule: d.schedule.clone(),
            updated_at: group.updated_at,
            name_key: format!("{}\u{0}{}", d.name.to_lowercase(), group.id),
        }
    }

    /// Can be attended in person, at its venue.
    fn is_located(&self) -> bool {
        self.point.is_some() && self.attendance != Attendance::Online
    }

    /// Can be attended from anywhere.
    fn is_remote(&self) -> bool {
        matches!(self.attendance, Attendance::Online | Attendance::Hybrid)
    }
}

/// A checked search request.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    pub text: String,
    pub category: Option<Category>,
    pub condition: Option<Condition>,
    pub attendance: Option<Attendance>,
    pub language: Option<Language>,
    pub day: Option<u8>,
    pub time: Option<TimeOfDay>,
    pub access: Vec<AccessFeature>,
    pub leadership: Option<Leadership>,
    pub cost: Option<Cost>,
    pub audience: Option<Audience>,
    pub near: Option<(Point, f64)>,
    /// Only groups for at least one condition (the feeds' taxonomy filter).
    pub any_condition: bool,
    /// Only this organisation's groups (the open data feeds).
    pub organisation: Option<OrganisationId>,
    /// Only groups changed at or after this time (seconds since the epoch).
    pub modified_after: Option<i64>,
    /// Closed groups too (feeds that sync changes need to hear of closures).
    pub include_closed: bool,
    pub offset: usize,
    pub limit: usize,
}

/// One result.
#[derive(Debug, Clone)]
pub struct Hit {
    pub doc: Arc<GroupDoc>,
    /// Kilometres from the place searched near; `None` for groups met online.
    pub distance_km: Option<f64>,
    /// Listed because it can be joined online rather than because it is near.
    pub online: bool,
}

#[derive(Debug, Clone, Default)]
pub struct SearchResults {
    pub hits: Vec<Hit>,
    pub total: usize,
    /// Of `total`, how many are near the place (the rest are online).
    pub near_total: usize,
}

struct Fields {
    gid: Field,
    key: Field,
    name: Field,
    tags: Field,
    body: Field,
}

struct State {
    docs: HashMap<u64, Arc<GroupDoc>>,
    keys: HashMap<GroupId, u64>,
    next_key: u64,
    by_name: Vec<Arc<GroupDoc>>,
    /// Groups with a venue, by grid cell, so a search near a place looks only nearby.
    grid: HashMap<(i32, i32), Vec<Arc<GroupDoc>>>,
    /// Groups that can be joined online, by name.
    remote: Vec<Arc<GroupDoc>>,
    sorted: bool,
}

/// Grid cells of about 28 km on a side at British latitudes.
const CELL_LAT: f64 = 0.25;
const CELL_LON: f64 = 0.4;

fn cell(p: Point) -> (i32, i32) {
    (
        (p.lat / CELL_LAT).floor() as i32,
        (p.lon / CELL_LON).floor() as i32,
    )
}

/// The directory's search index.
pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    writer: std::sync::Mutex<IndexWriter>,
    fields: Fields,
    state: RwLock<State>,
    i18n: Arc<I18n>,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("groups", &self.len())
            .finish()
    }
}

const ANALYZER: &str = "kindred";
/// Text searches consider the best this many matches before filters; beyond it, relevance
/// is too low to matter and the work grows with the directory.
const MAX_TEXT_MATCHES: usize = 20_000;
/// Words that say nothing about which group fits.
const STOPWORDS: &[&str] = &[
    "a", "an", "and", "for", "in", "of", "the", "to", "with", "my", "near", "group", "groups", "support",
    "help", "people", "meeting", "meetings",
];

impl SearchIndex {
    pub fn new(i18n: Arc<I18n>) -> Result<Self, String> {
        let mut schema = Schema::builder();
        let text = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(ANALYZER)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        let fields = Fields {
            gid: schema.add_text_field("gid", STRING),
            key: schema.add_u64_field("key", NumericOptions::default().set_fast()),
            name: schema.add_text_field("name", text.clone()),
            tags: schema.add_text_field("tags", text.clone()),
            body: schema.add_text_field("body", text),
        };
        let index = Index::create_in_ram(schema.build());
        index.tokenizers().register(
            ANALYZER,
            TextAnalyzer::builder(SimpleTokenizer::default())
                .filter(RemoveLongFilter::limit(40))
                .filter(LowerCaser)
                .filter(AsciiFoldingFilter)
                .build(),
        );
        let writer = index
            .writer_with_num_threads(1, 32_000_000)
            .map_err(|e| e.to_string())?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(|e| e.to_string())?;
        Ok(Self {
            index,
            reader,
            writer: std::sync::Mutex::new(writer),
            fields,
            state: RwLock::new(State {
                docs: HashMap::new(),
                keys: HashMap::new(),
                next_key: 0,
                by_name: Vec::new(),
                grid: HashMap::new(),
                remote: Vec::new(),
                sorted: true,
            }),
            i18n,
        })
    }

    pub fn len(&self) -> usize {
        self.state.read().map_or(0, |s| s.docs.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The words a group is found by: its names, its condition and category names in every
    /// language, its area and organisation, its summary.
    fn tantivy_doc(&self, key: u64, doc: &GroupDoc) -> TantivyDocument {
        let mut tags = String::new();
        let labels = doc
            .conditions
            .iter()
            .map(|c| format!("condition-{}", c.as_str()))
            .chain(std::iter::once(format!("category-{}", doc.category.as_str())));
        for id in labels {
            tags.push_str(&id.replace(['_', '-'], " "));
            for locale in Locale::ALL {
                tags.push(' ');
                tags.push_str(&self.i18n.text(locale, &id, None));
            }
            tags.push(' ');
        }
        let mut d = TantivyDocument::default();
        d.add_text(self.fields.gid, doc.id.to_string());
        d.add_u64(self.fields.key, key);
        d.add_text(self.fields.name, &doc.name);
        d.add_text(self.fields.tags, tags);
        d.add_text(
            self.fields.body,
            format!("{} {} {}", doc.summary, doc.area, doc.organisation),
        );
        d
    }

    /// Adds or replaces groups, then makes them searchable.
    pub fn upsert(&self, docs: Vec<GroupDoc>) -> Result<(), String> {
        let mut writer = self.writer.lock().map_err(|e| e.to_string())?;
        let mut state = self.state.write().map_err(|e| e.to_string())?;
        for doc in docs {
            writer.delete_term(Term::from_field_text(self.fields.gid, &doc.id.to_string()));
            if let Some(old) = state.keys.remove(&doc.id) {
                state.docs.remove(&old);
            }
            let key = state.next_key;
            state.next_key += 1;
            writer
                .add_document(self.tantivy_doc(key, &doc))
                .map_err(|e| e.to_string())?;
            state.keys.insert(doc.id, key);
            state.docs.insert(key, Arc::new(doc));
            state.sorted = false;
        }
        writer.commit().map_err(|e| e.to_string())?;
        self.reader.reload().map_err(|e| e.to_string())?;
        Ok(())
    }

    pub fn remove(&self, id: GroupId) -> Result<(), String> {
        let mut writer = self.writer.lock().map_err(|e| e.to_string())?;
        let mut state = self.state.write().map_err(|e| e.to_string())?;
        writer.delete_term(Term::from_field_text(self.fields.gid, &id.to_string()));
        if let Some(key) = state.keys.remove(&id) {
            state.docs.remove(&key);
            state.sorted = false;
        }
        writer.commit().map_err(|e| e.to_string())?;
        self.reader.reload().map_err(|e| e.to_string())?;
        Ok(())
    }

    fn text_query(&self, text: &str) -> Option<Box<dyn Query>> {
        let mut analyzer = self.index.tokenizers().get(ANALYZER)?;
        let mut stream = analyzer.token_stream(text);
        let mut words = Vec::new();
        while let Some(token) = stream.next() {
            if !STOPWORDS.contains(&token.text.as_str()) && !words.contains(&token.text) {
                words.push(token.text.clone());
            }
        }
        if words.is_empty() {
            return None;
        }
        let per_word: Vec<(Occur, Box<dyn Query>)> = words
            .iter()
            .map(|word| {
                let mut alternatives: Vec<(Occur, Box<dyn Query>)> = Vec::new();
                for (field, boost, fuzzy) in [
                    (self.fields.name, 3.0, true),
                    (self.fields.tags, 2.0, true),
                    (self.fields.body, 1.0, false),
                ] {
                    let term = Term::from_field_text(field, word);
                    let exact = TermQuery::new(term.clone(), IndexRecordOption::WithFreqs);
                    alternatives.push((Occur::Should, Box::new(BoostQuery::new(Box::new(exact), boost))));
                    let chars = word.chars().count();
                    // Typos are forgiven in names and the taxonomy (a small vocabulary, so
                    // cheap to search), not in free text.
                    if fuzzy && chars >= 4 {
                        let distance = if chars >= 9 { 2 } else { 1 };
                        let fuzzy = FuzzyTermQuery::new(term, distance, true);
                        alternatives.push((
                            Occur::Should,
                            Box::new(BoostQuery::new(Box::new(fuzzy), boost * 0.3)),
                        ));
                    }
                }
                (
                    Occur::Must,
                    Box::new(BooleanQuery::new(alternatives)) as Box<dyn Query>,
                )
            })
            .collect();
        Some(Box::new(BooleanQuery::new(per_word)))
    }

    /// Keys matching the text, with their relevance.
    fn matching(&self, text: &str) -> Result<Option<Vec<(f32, u64)>>, String> {
        let Some(query) = self.text_query(text) else {
            return Ok(None);
        };
        let searcher = self.reader.searcher();
        // One fast-field column per segment, opened once per search.
        let columns = searcher
            .segment_readers()
            .iter()
            .map(|r| r.fast_fields().u64("key"))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| e.to_string())?;
        let limit = usize::try_from(searcher.num_docs())
            .unwrap_or(MAX_TEXT_MATCHES)
            .clamp(1, MAX_TEXT_MATCHES);
        let top = searcher
            .search(&query, &TopDocs::with_limit(limit).order_by_score())
            .map_err(|e| e.to_string())?;
        let mut out = Vec::with_capacity(top.len());
        for (score, address) in top {
            if let Some(key) = columns
                .get(address.segment_ord as usize)
                .and_then(|c| c.first(address.doc_id))
            {
                out.push((score, key));
            }
        }
        Ok(Some(out))
    }

    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults, String> {
        let matched = self.matching(&request.text)?;
        if !self.state.read().map_err(|e| e.to_string())?.sorted {
            let mut state = self.state.write().map_err(|e| e.to_string())?;
            let mut all: Vec<Arc<GroupDoc>> = state.docs.values().cloned().collect();
            all.sort_by(|a, b| a.name_key.cmp(&b.name_key));
            let mut grid: HashMap<(i32, i32), Vec<Arc<GroupDoc>>> = HashMap::new();
            for doc in all.iter().filter(|d| d.is_located()) {
                if let Some(point) = doc.point {
                    grid.entry(cell(point)).or_default().push(doc.clone());
                }
            }
            state.remote = all.iter().filter(|d| d.is_remote()).cloned().collect();
            state.grid = grid;
            state.by_name = all;
            state.sorted = true;
        }
        let state = self.state.read().map_err(|e| e.to_string())?;
        // Candidates in relevance order (text) or name order (no text).
        let candidates: Vec<(f32, Arc<GroupDoc>)> = match matched {
            Some(found) => {
                let mut found: Vec<(f32, Arc<GroupDoc>)> = found
                    .into_iter()
                    .filter_map(|(score, key)| state.docs.get(&key).map(|d| (score, d.clone())))
                    .collect();
                found.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.name_key.cmp(&b.1.name_key)));
                found
            }
            None => match request.near {
                // Near a place with no text: only the grid cells the circle can reach, and
                // the groups that meet online.
                Some((origin, radius)) => {
                    let (lat0, lon0) = cell(origin);
                    let dlat = (radius / (111.32 * CELL_LAT)).ceil() as i32;
                    let km_per_lon = (111.32 * origin.lat.to_radians().cos() * CELL_LON).max(1.0);
                    let dlon = (radius / km_per_lon).ceil() as i32;
                    let mut seen = std::collections::HashSet::new();
                    let mut found = Vec::new();
                    for lat in lat0 - dlat..=lat0 + dlat {
                        for lon in lon0 - dlon..=lon0 + dlon {
                            for doc in state.grid.get(&(lat, lon)).into_iter().flatten() {
                                if request.keeps(doc) && seen.insert(doc.id) {
                                    found.push((0.0, doc.clone()));
                                }
                            }
                        }
                    }
                    for doc in &state.remote {
                        if request.keeps(doc) && seen.insert(doc.id) {
                            found.push((0.0, doc.clone()));
                        }
                    }
                    found
                }
                None => state
                    .by_name
                    .iter()
                    .filter(|d| request.keeps(d))
                    .map(|d| (0.0, d.clone()))
                    .collect(),
            },
        };
        drop(state);
        let filtered = candidates.into_iter().filter(|(_, d)| request.keeps(d));
        let (mut near, mut online): (Vec<Hit>, Vec<Hit>) = (Vec::new(), Vec::new());
        match request.near {
            None => {
                for (_, doc) in filtered {
                    near.push(Hit {
                        online: doc.attendance == Attendance::Online,
                        doc,
                        distance_km: None,
                    });
                }
            }
            Some((origin, radius)) => {
                let mut local: Vec<(f64, f32, Hit)> = Vec::new();
                let mut remote: Vec<(f32, Hit)> = Vec::new();
                for (score, doc) in filtered {
                    let distance = doc
                        .point
                        .filter(|_| doc.is_located())
                        .map(|p| origin.distance_km(p));
                    match distance {
                        Some(km) if km <= radius => {
                            let km = (km * 10.0).round() / 10.0;
                            local.push((
                                km,
                                score,
                                Hit {
                                    doc,
                                    distance_km: Some(km),
                                    online: false,
                                },
                            ));
                        }
                        _ if doc.is_remote() => remote.push((
                            score,
                            Hit {
                                doc,
                                distance_km: None,
                                online: true,
                            },
                        )),
                        _ => {}
                    }
                }
                local.sort_by(|a, b| {
                    a.0.total_cmp(&b.0)
                        .then(b.1.total_cmp(&a.1))
                        .then_with(|| a.2.doc.name_key.cmp(&b.2.doc.name_key))
                });
                near = local.into_iter().map(|(_, _, hit)| hit).collect();
                remote.sort_by(|a, b| {
                    b.0.total_cmp(&a.0)
                        .then_with(|| a.1.doc.name_key.cmp(&b.1.doc.name_key))
                });
                online = remote.into_iter().map(|(_, hit)| hit).collect();
            }
        }
        let near_total = near.len();
        let total = near_total + online.len();
        let hits = near
            .into_iter()
            .chain(online)
            .skip(request.offset)
            .take(request.limit)
            .collect();
        Ok(SearchResults {
            hits,
            total,
            near_total,
        })
    }

    /// How well each group's text fits `text`, word by word (any word may match, unlike the
    /// search box, which wants them all), scaled so the best fit is 1.0. Empty when no word
    /// names anything.
    pub fn text_fit(&self, text: &str) -> Result<HashMap<GroupId, f32>, String> {
        let mut sums: HashMap<u64, f32> = HashMap::new();
        let words: Vec<&str> = text
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| w.chars().count() >= 3)
            .take(12)
            .collect();
        for word in words {
            let Some(matched) = self.matching(word)? else {
                continue;
            };
            let best = matched.first().map_or(1.0, |(score, _)| *score).max(f32::EPSILON);
            for (score, key) in matched {
                *sums.entry(key).or_default() += score / best;
            }
        }
        let best = sums.values().copied().fold(0.0_f32, f32::max).max(f32::EPSILON);
        let state = self.state.read().map_err(|e| e.to_string())?;
        Ok(sums
            .into_iter()
            .filter_map(|(key, sum)| state.docs.get(&key).map(|d| (d.id, (sum / best).clamp(0.0, 1.0))))
            .collect())
    }

    /// Every group in the index.
    pub fn all(&self) -> Vec<Arc<GroupDoc>> {
        self.state
            .read()
            .map(|state| state.docs.values().cloned().collect())
            .unwrap_or_default()
    }

    /// One group by id.
    pub fn get(&self, id: GroupId) -> Option<Arc<GroupDoc>> {
        let state = self.state.read().ok()?;
        state.keys.get(&id).and_then(|k| state.docs.get(k)).cloned()
    }
}

impl SearchRequest {
    fn keeps(&self, d: &GroupDoc) -> bool {
        (self.include_closed || d.status != GroupStatus::Closed)
            && self.organisation.is_none_or(|o| d.organisation_id == o)
            && self.modified_after.is_none_or(|t| d.updated_at >= t)
            && (!self.any_condition || !d.conditions.is_empty())
            && self.category.is_none_or(|c| d.category == c)
            && self.condition.is_none_or(|c| d.conditions.contains(&c))
            && self.attendance.is_none_or(|a| d.attendance == a)
            && self.language.is_none_or(|l| d.languages.contains(&l))
            && self.day.is_none_or(|day| d.days & (1 << day) != 0)
            && self.time.is_none_or(|t| d.time_of_day == Some(t))
            && self.access.iter().all(|f| d.accessibility.contains(f))
            && self.leadership.is_none_or(|l| d.leadership == l)
            && self.cost.is_none_or(|c| d.cost == c)
            && self.audience.is_none_or(|a| d.audience.contains(&a))
    }
}
