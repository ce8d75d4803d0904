//! Full-text search over the resource library: a small tantivy index in RAM, rebuilt whole
//! from the database whenever the library changes (it holds hundreds of entries, so a
//! rebuild takes milliseconds), with the same word handling as the directory: accents
//! folded, typos forgiven in titles and tags, condition and category names in every
//! language. Filters run over the entries beside it.

use std::sync::{Arc, RwLock};

use kindred_core::groups::{Category, Condition, Language};
use kindred_core::i18n::Locale;
use kindred_store::StoredResource;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions, Value as _,
};
use tantivy::tokenizer::{AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer};
use tantivy::{Index, IndexReader, ReloadPolicy, TantivyDocument, Term};

use crate::i18n::I18n;

const ANALYZER: &str = "folded";
const STOPWORDS: &[&str] = &[
    "a", "an", "and", "for", "in", "of", "the", "to", "with", "my", "what", "how",
];

/// What to look for.
#[derive(Debug, Clone, Default)]
pub struct ResourceQuery {
    pub text: String,
    pub category: Option<Category>,
    pub condition: Option<Condition>,
    pub language: Option<Language>,
}

struct Built {
    index: Index,
    reader: IndexReader,
    title: Field,
    tags: Field,
    body: Field,
    docs: Vec<Arc<StoredResource>>,
}

/// The library's search index.
pub struct ResourceIndex {
    i18n: Arc<I18n>,
    built: RwLock<Option<Arc<Built>>>,
}

impl std::fmt::Debug for ResourceIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResourceIndex").field("len", &self.len()).finish()
    }
}

/// Markdown without its markup, for indexing.
fn plain(markdown: &str) -> String {
    markdown
        .chars()
        .map(|c| {
            if matches!(c, '#' | '*' | '_' | '[' | ']' | '(' | ')' | '>' | '`') {
                ' '
            } else {
                c
            }
        })
        .collect()
}

impl ResourceIndex {
    pub fn new(i18n: Arc<I18n>) -> Self {
        Self {
            i18n,
            built: RwLock::new(None),
        }
    }

    pub fn len(&self) -> usize {
        self.current().map_or(0, |b| b.docs.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn current(&self) -> Option<Arc<Built>> {
        self.built.read().ok().and_then(|b| b.clone())
    }

    /// Replaces the index with these entries.
    pub fn rebuild(&self, resources: Vec<StoredResource>) -> Result<(), String> {
        let mut schema = Schema::builder();
        let text = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(ANALYZER)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        let key = schema.add_u64_field("key", NumericOptions::default().set_stored());
        let title = schema.add_text_field("title", text.clone());
        let tags = schema.add_text_field("tags", text.clone());
        let body = schema.add_text_field("body", text);
        let index = Index::create_in_ram(schema.build());
        index.tokenizers().register(
            ANALYZER,
            TextAnalyzer::builder(SimpleTokenizer::default())
                .filter(RemoveLongFilter::limit(40))
                .filter(LowerCaser)
                .filter(AsciiFoldingFilter)
                .build(),
        );
        let mut writer = index
            .writer_with_num_threads::<TantivyDocument>(1, 15_000_000)
            .map_err(|e| e.to_string())?;
        for (n, stored) in resources.iter().enumerate() {
            let r = &stored.resource;
            let mut words = String::new();
            let ids = r
                .conditions
                .iter()
                .map(|c| format!("condition-{}", c.as_str()))
                .chain(std::iter::once(format!("category-{}", r.category.as_str())));
            for id in ids {
                words.push_str(&id.replace(['_', '-'], " "));
                for locale in Locale::ALL {
                    words.push(' ');
                    words.push_str(&self.i18n.text(locale, &id, None));
                }
                words.push(' ');
            }
            let mut doc = TantivyDocument::default();
            doc.add_u64(key, n as u64);
            doc.add_text(title, &r.title);
            doc.add_text(tags, words);
            doc.add_text(
                body,
                format!(
                    "{} {} {}",
                    r.summary,
                    plain(&r.body_markdown),
                    r.url.as_deref().unwrap_or_default()
                ),
            );
            writer.add_document(doc).map_err(|e| e.to_string())?;
        }
        writer.commit().map_err(|e| e.to_string())?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(|e: tantivy::TantivyError| e.to_string())?;
        let built = Built {
            index,
            reader,
            title,
            tags,
            body,
            docs: resources.into_iter().map(Arc::new).collect(),
        };
        *self.built.write().map_err(|e| e.to_string())? = Some(Arc::new(built));
        Ok(())
    }

    /// Entries matching the query: by relevance when there is text, else by title.
    pub fn search(&self, query: &ResourceQuery) -> Result<Vec<Arc<StoredResource>>, String> {
        let Some(built) = self.current() else {
            return Ok(Vec::new());
        };
        let keeps = |r: &StoredResource| {
            let r = &r.resource;
            query.category.is_none_or(|c| r.category == c)
                && query.condition.is_none_or(|c| r.conditions.contains(&c))
                && query.language.is_none_or(|l| r.language == l)
        };
        let Some(text_query) = built.text_query(&query.text) else {
            let mut all: Vec<_> = built.docs.iter().filter(|d| keeps(d)).cloned().collect();
            all.sort_by(|a, b| {
                a.resource
                    .title
                    .to_lowercase()
                    .cmp(&b.resource.title.to_lowercase())
                    .then_with(|| a.resource.slug.as_str().cmp(b.resource.slug.as_str()))
            });
            return Ok(all);
        };
        let searcher = built.reader.searcher();
        let limit = built.docs.len().max(1);
        let top = searcher
            .search(&text_query, &TopDocs::with_limit(limit).order_by_score())
            .map_err(|e| e.to_string())?;
        let mut out = Vec::new();
        for (_, address) in top {
            let doc: TantivyDocument = searcher.doc(address).map_err(|e| e.to_string())?;
            let key = doc
                .get_first(built.index.schema().get_field("key").map_err(|e| e.to_string())?)
                .and_then(|v| v.as_u64());
            if let Some(d) = key.and_then(|k| built.docs.get(k as usize))
                && keeps(d)
            {
                out.push(d.clone());
            }
        }
        Ok(out)
    }
}

impl Built {
    fn text_query(&self, text: &str) -> Option<Box<dyn Query>> {
        let mut analyzer = self.index.tokenizers().get(ANALYZER)?;
        let mut stream = analyzer.token_stream(text);
        let mut words: Vec<String> = Vec::new();
        while let Some(token) = stream.next() {
            if !STOPWORDS.contains(&token.text.as_str()) && !words.contains(&token.text) && words.len() < 12 {
                words.push(token.text.clone());
            }
        }
        if words.is_empty() {
            return None;
        }
        let per_word = words
            .iter()
            .map(|word| {
                let mut alternatives: Vec<(Occur, Box<dyn Query>)> = Vec::new();
                for (field, boost, fuzzy) in [
                    (self.title, 3.0, true),
                    (self.tags, 2.0, true),
                    (self.body, 1.0, false),
                ] {
                    let term = Term::from_field_text(field, word);
                    let exact = TermQuery::new(term.clone(), IndexRecordOption::WithFreqs);
                    alternatives.push((Occur::Should, Box::new(BoostQuery::new(Box::new(exact), boost))));
                    let chars = word.chars().count();
                    if fuzzy && chars >= 4 {
                        let distance = if chars >= 9 { 2 } else { 1 };
                        alternatives.push((
                            Occur::Should,
                            Box::new(BoostQuery::new(
                                Box::new(FuzzyTermQuery::new(term, distance, true)),
                                boost * 0.3,
                            )),
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
}
