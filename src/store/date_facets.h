// Date and language facets: tokens indexed with each article in the full-text
// index's `facets` column, so that a date range or a language becomes part of
// the FTS5 MATCH (intersected with the query's posting lists) instead of a
// filter over every matching row.
//
// An article published on 2019-03-15 in English has the facets
// "y2019 m201903 d20190315 len" (computed by the article_search view,
// store/schema.cc); a range is covered by the fewest such tokens (whole years,
// then whole months, then days).
#ifndef LEDE_STORE_DATE_FACETS_H_
#define LEDE_STORE_DATE_FACETS_H_

#include <cstdint>
#include <string>

#include "lede/status.h"
#include "lede/store.h"

namespace lede {

// Date ranges open at one end are closed at these (inclusive) bounds: articles
// published outside them are found only without a date filter.
inline constexpr int kFacetFirstYear = 1900;
inline constexpr int kFacetLastYear = 2099;

// Sets *match to an FTS5 expression restricting a query to the date range and
// language of `filters` ("facets:(y2019 OR m202001) AND facets:len"), or "" when
// they restrict nothing. kInvalidArgument for dates not in YYYY-MM-DD form,
// impossible dates, from after to, or a language that is not 2-3 letters.
Status FacetFilter(const SearchFilters& filters, std::string* match);

// The full-text index's rowid is an article's search key (articles.search_key,
// docs/schema.md): its publication day (days since 1970-01-01; kUndatedDay when
// it has no date) times kSearchKeyDay plus its id, so that a date range is a
// range of rowids. Article ids must stay below kSearchKeyDay.
inline constexpr int64_t kSearchKeyDay = int64_t{1} << 32;
inline constexpr int64_t kUndatedDay = -1000000;

// The SQL expression of the article id in search key `key` (an SQL expression).
inline std::string ArticleIdOfKey(const std::string& key) { return "(" + key + " & 4294967295)"; }

// The search keys of the articles published from `from` to `to` (YYYY-MM-DD,
// inclusive; "" leaves that end open, closed at the facet years above, so that
// undated articles are never in a range).
struct SearchKeyRange {
  int64_t first = 0;
  int64_t last = 0;
};

// Sets *range for [from, to]. kInvalidArgument as FacetFilter for bad dates.
Status KeyRange(const std::string& from, const std::string& to, SearchKeyRange* range);

// Sets *match to `query` restricted by `facets` (from FacetFilter). The query's
// parentheses must balance outside "phrases" (kInvalidArgument otherwise), so
// that it cannot escape the restriction; other syntax errors are left to FTS5.
Status RestrictQuery(const std::string& query, const std::string& facets, std::string* match);

}  // namespace lede

#endif  // LEDE_STORE_DATE_FACETS_H_
