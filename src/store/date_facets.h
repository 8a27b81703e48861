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

// Sets *match to `query` restricted by `facets` (from FacetFilter). The query's
// parentheses must balance outside "phrases" (kInvalidArgument otherwise), so
// that it cannot escape the restriction; other syntax errors are left to FTS5.
Status RestrictQuery(const std::string& query, const std::string& facets, std::string* match);

}  // namespace lede

#endif  // LEDE_STORE_DATE_FACETS_H_
