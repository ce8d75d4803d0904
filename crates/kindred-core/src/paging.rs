//! Pagination for every list Kindred serves.

use serde::{Deserialize, Serialize};

use crate::ValidationError;

pub const DEFAULT_PER_PAGE: u32 = 20;
pub const MAX_PER_PAGE: u32 = 100;

/// A checked request for one page: `page` counts from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageRequest {
    page: u32,
    per_page: u32,
}

impl Default for PageRequest {
    fn default() -> Self {
        Self {
            page: 1,
            per_page: DEFAULT_PER_PAGE,
        }
    }
}

impl PageRequest {
    /// Checks the numbers a client sent; absent ones take the defaults.
    pub fn new(page: Option<u32>, per_page: Option<u32>) -> Result<Self, ValidationError> {
        let page = page.unwrap_or(1);
        let per_page = per_page.unwrap_or(DEFAULT_PER_PAGE);
        if page == 0 {
            return Err(ValidationError::new("page", "pages are numbered from 1"));
        }
        if page > 1_000_000 {
            return Err(ValidationError::new("page", "is too large"));
        }
        if !(1..=MAX_PER_PAGE).contains(&per_page) {
            return Err(ValidationError::new(
                "per_page",
                format!("must be between 1 and {MAX_PER_PAGE}"),
            ));
        }
        Ok(Self { page, per_page })
    }

    pub fn page(self) -> u32 {
        self.page
    }

    pub fn per_page(self) -> u32 {
        self.per_page
    }

    /// SQL `LIMIT`.
    pub fn limit(self) -> i64 {
        i64::from(self.per_page)
    }

    /// SQL `OFFSET`.
    pub fn offset(self) -> i64 {
        i64::from(self.page - 1) * i64::from(self.per_page)
    }
}

/// One page of results and where it sits in the whole list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Paged<T> {
    pub items: Vec<T>,
    /// How many items match in all pages.
    pub total: i64,
    pub page: u32,
    pub per_page: u32,
    /// How many pages there are (at least 1).
    pub total_pages: i64,
}

impl<T> Paged<T> {
    pub fn new(items: Vec<T>, total: i64, request: PageRequest) -> Self {
        let per_page = i64::from(request.per_page);
        Self {
            items,
            total,
            page: request.page,
            per_page: request.per_page,
            total_pages: ((total + per_page - 1) / per_page).max(1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_bounds() {
        let p = PageRequest::new(None, None).unwrap();
        assert_eq!((p.page(), p.per_page(), p.offset()), (1, DEFAULT_PER_PAGE, 0));
        assert_eq!(PageRequest::new(Some(3), Some(10)).unwrap().offset(), 20);
        assert_eq!(PageRequest::new(Some(0), None).unwrap_err().field, "page");
        assert_eq!(PageRequest::new(None, Some(0)).unwrap_err().field, "per_page");
        assert_eq!(
            PageRequest::new(None, Some(MAX_PER_PAGE + 1)).unwrap_err().field,
            "per_page"
        );
    }

    #[test]
    fn total_pages_rounds_up() {
        let req = PageRequest::new(Some(1), Some(10)).unwrap();
        assert_eq!(Paged::<()>::new(vec![], 0, req).total_pages, 1);
        assert_eq!(Paged::<()>::new(vec![], 10, req).total_pages, 1);
        assert_eq!(Paged::<()>::new(vec![], 11, req).total_pages, 2);
    }
}
