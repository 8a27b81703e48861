// Dates written in news text, resolved against the publication date: "Tuesday",
// "yesterday", "last year", "late August", "on May 18", "May 18, 2016", "2017-08-20".
#ifndef LEDE_KNOWLEDGE_DATES_RELATIVE_H_
#define LEDE_KNOWLEDGE_DATES_RELATIVE_H_

#include <string>
#include <string_view>
#include <vector>

#include "lede/document.h"

namespace lede {

struct DateMention {
  Span span;        // the expression as written ("late August")
  std::string iso;  // "2017-08-29", "2017-08" (month only) or "2016" (year only)
};

// Finds the date expressions among tokens [token_begin, token_end) of `doc` and
// resolves them. `published` is the publication date ("2017-09-01", a longer ISO
// timestamp is cut to its date, or empty). Weekdays mean the latest such day on or
// before publication; a month or day without a year means the latest one not after
// publication. Expressions that need the publication date are skipped when it is
// empty or malformed. Returns them in text order.
std::vector<DateMention> FindDates(const Document& doc, uint32_t token_begin, uint32_t token_end,
                                   std::string_view published);

}  // namespace lede

#endif  // LEDE_KNOWLEDGE_DATES_RELATIVE_H_
