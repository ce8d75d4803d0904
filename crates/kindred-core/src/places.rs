//! Places, offline: a UK postcode, postcode sector or district, or a town name, resolved to
//! coordinates from a compact file derived from Ordnance Survey Code-Point Open and GeoNames
//! (see `data/ATTRIBUTION.md` and `scripts/data/derive-places.py`). No network call, ever.

use std::collections::HashMap;

use crate::groups::{Point, fold_char};

const DATA: &str = include_str!("../data/places.tsv");

/// A resolved place.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub label: String,
    pub point: Point,
}

/// Why a place could not be resolved; each says what to try instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlaceError {
    #[error("enter a postcode (like CF10 1EP), a postcode district (like LS6) or a town name")]
    Empty,
    #[error(
        "{0:?} is not a place we know: try a full postcode (like CF10 1EP), a postcode district (like LS6) or a nearby town"
    )]
    Unknown(String),
    #[error(
        "we cannot place Northern Ireland postcodes yet: try the town name instead (like Belfast or Omagh)"
    )]
    NorthernIrelandPostcode,
}

#[derive(Debug, Default)]
pub struct Places {
    sectors: HashMap<String, Place>,
    districts: HashMap<String, Place>,
    towns: HashMap<String, Place>,
}

/// What a query looks like.
#[derive(Debug, PartialEq, Eq)]
enum Shape {
    Postcode { outward: String, sector: String },
    Sector { outward: String, sector: String },
    District(String),
    Name(String),
}

fn is_outward(s: &str) -> bool {
    let b = s.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    (1..=2).contains(&letters)
        && b.len() > letters
        && b.len() <= letters + 2
        && b[letters].is_ascii_digit()
        && b[letters + 1..].iter().all(|c| c.is_ascii_alphanumeric())
}

fn shape(query: &str) -> Shape {
    let compact: String = query
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase();
    let nospace: String = compact.replace(' ', "");
    // A full postcode: outward code + digit + two letters.
    if nospace.len() >= 5 && nospace.len() <= 7 {
        let (outward, inward) = nospace.split_at(nospace.len() - 3);
        let ib = inward.as_bytes();
        if is_outward(outward)
            && ib[0].is_ascii_digit()
            && ib[1].is_ascii_uppercase()
            && ib[2].is_ascii_uppercase()
        {
            return Shape::Postcode {
                outward: outward.to_owned(),
                sector: format!("{outward} {}", &inward[..1]),
            };
        }
    }
    if let Some((outward, digit)) = compact.split_once(' ')
        && is_outward(outward)
        && digit.len() == 1
        && digit.as_bytes()[0].is_ascii_digit()
    {
        return Shape::Sector {
            outward: outward.to_owned(),
            sector: compact.clone(),
        };
    }
    if is_outward(&nospace) {
        return Shape::District(nospace);
    }
    Shape::Name(town_key(query))
}

/// The lookup key of a town name: lower-case, accents folded, single spaces.
pub fn town_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .chars()
        .flat_map(fold_char)
        .collect()
}

/// Names people type for places GeoNames knows by another name, or where the most
/// populous namesake is not the one most people mean.
fn alias(key: &str) -> &str {
    match key {
        "hull" => "kingston upon hull",
        "londonderry" => "derry",
        "southend" => "southend-on-sea",
        "stoke" => "stoke-on-trent",
        "newcastle" => "newcastle upon tyne",
        other => other,
    }
}

impl Places {
    /// Parses the shipped data (once, at start-up).
    pub fn load() -> Self {
        let mut places = Self::default();
        for line in DATA
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let cols: Vec<&str> = line.split('\t').collect();
            let [kind, key, lat, lon, label] = cols[..] else {
                continue;
            };
            let (Ok(lat), Ok(lon)) = (lat.parse(), lon.parse()) else {
                continue;
            };
            let place = Place {
                label: label.to_owned(),
                point: Point { lat, lon },
            };
            match kind {
                "sector" => places.sectors.insert(key.to_owned(), place),
                "district" => places.districts.insert(key.to_owned(), place),
                "town" => places.towns.insert(town_key(key), place),
                _ => None,
            };
        }
        places
    }

    pub fn len(&self) -> usize {
        self.sectors.len() + self.districts.len() + self.towns.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Resolves what a person typed.
    pub fn resolve(&self, query: &str) -> Result<Place, PlaceError> {
        let trimmed = query.trim();
        if trimmed.is_empty() {
            return Err(PlaceError::Empty);
        }
        if trimmed.chars().count() > 60 {
            return Err(PlaceError::Unknown(trimmed.chars().take(60).collect()));
        }
        let found = match shape(trimmed) {
            Shape::Postcode { outward, sector } | Shape::Sector { outward, sector } => {
                if outward.starts_with("BT") {
                    return Err(PlaceError::NorthernIrelandPostcode);
                }
                self.sectors.get(&sector).or_else(|| self.districts.get(&outward))
            }
            Shape::District(district) => {
                if district.starts_with("BT") {
                    return Err(PlaceError::NorthernIrelandPostcode);
                }
                self.districts
                    .get(&district)
                    .or_else(|| self.towns.get(&town_key(trimmed)))
            }
            Shape::Name(key) => self.towns.get(alias(&key)).or_else(|| self.towns.get(&key)),
        };
        found
            .cloned()
            .ok_or_else(|| PlaceError::Unknown(trimmed.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_recognised_by_shape() {
        assert_eq!(
            shape("cf10 1ep"),
            Shape::Postcode {
                outward: "CF10".into(),
                sector: "CF10 1".into()
            }
        );
        assert_eq!(
            shape("CF101EP"),
            Shape::Postcode {
                outward: "CF10".into(),
                sector: "CF10 1".into()
            }
        );
        assert_eq!(
            shape("SW1A 1AA"),
            Shape::Postcode {
                outward: "SW1A".into(),
                sector: "SW1A 1".into()
            }
        );
        assert_eq!(
            shape("ls6 3"),
            Shape::Sector {
                outward: "LS6".into(),
                sector: "LS6 3".into()
            }
        );
        assert_eq!(shape(" m1 "), Shape::District("M1".into()));
        assert_eq!(shape("Ystradgynlais"), Shape::Name("ystradgynlais".into()));
        assert_eq!(shape("Łódź"), Shape::Name("lodz".into()));
    }

    #[test]
    fn real_places_resolve_offline() {
        let places = Places::load();
        assert!(places.len() > 5_000, "{}", places.len());
        let cardiff = places.resolve("CF10 1EP").unwrap();
        assert!(
            (cardiff.point.lat - 51.48).abs() < 0.05 && (cardiff.point.lon + 3.18).abs() < 0.08,
            "{cardiff:?}"
        );
        let leeds = places.resolve("LS6").unwrap();
        assert!((leeds.point.lat - 53.82).abs() < 0.1, "{leeds:?}");
        let manchester = places.resolve("m1").unwrap();
        assert!((manchester.point.lat - 53.48).abs() < 0.1, "{manchester:?}");
        let belfast = places.resolve("belfast").unwrap();
        assert!((belfast.point.lat - 54.6).abs() < 0.1, "{belfast:?}");
        assert!(places.resolve("Aberystwyth").is_ok());
    }

    #[test]
    fn unknown_and_unplaceable_places_say_what_to_do() {
        let places = Places::load();
        assert_eq!(places.resolve("  "), Err(PlaceError::Empty));
        assert_eq!(
            places.resolve("BT1 1AA"),
            Err(PlaceError::NorthernIrelandPostcode)
        );
        assert!(matches!(places.resolve("Atlantis"), Err(PlaceError::Unknown(_))));
        assert!(matches!(places.resolve("ZZ99 9ZZ"), Err(PlaceError::Unknown(_))));
        assert!(places.resolve(&"x".repeat(500)).is_err());
    }
}
