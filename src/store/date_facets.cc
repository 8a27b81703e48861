#include "store/date_facets.h"

#include <cstdio>
#include <string>

namespace lede {
namespace {

struct Date {
  int year = 0, month = 0, day = 0;
  bool operator<=(const Date& o) const {
    return year != o.year ? year < o.year : month != o.month ? month < o.month : day <= o.day;
  }
};

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

Status ParseDate(const std::string& text, Date* date) {
  int n = 0;
  if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2d-%2d%n", &date->year, &date->month, &date->day, &n) != 3 ||
      n != 10 || date->month < 1 || date->month > 12 || date->day < 1 ||
      date->day > DaysInMonth(date->year, date->month)) {
    return Status::InvalidArgument("not a date (YYYY-MM-DD): '" + text + "'");
  }
  return Status::OK();
}

std::string Token(char kind, int year, int month = 0, int day = 0) {
  char buf[16];
  if (kind == 'y') std::snprintf(buf, sizeof buf, "y%04d", year);
  else if (kind == 'm') std::snprintf(buf, sizeof buf, "m%04d%02d", year, month);
  else std::snprintf(buf, sizeof buf, "d%04d%02d%02d", year, month, day);
  return buf;
}

// Appends the tokens covering [from, to] to *out, " OR "-separated.
void CoverRange(Date from, const Date& to, std::string* out) {
  auto emit = [&](const std::string& token) { *out += (out->empty() ? "" : " OR ") + token; };
  for (Date d = from; d <= to;) {
    if (d.month == 1 && d.day == 1 && Date{d.year, 12, 31} <= to) {
      emit(Token('y', d.year));
      d = {d.year + 1, 1, 1};
    } else if (d.day == 1 && Date{d.year, d.month, DaysInMonth(d.year, d.month)} <= to) {
      emit(Token('m', d.year, d.month));
      d = d.month == 12 ? Date{d.year + 1, 1, 1} : Date{d.year, d.month + 1, 1};
    } else {
      emit(Token('d', d.year, d.month, d.day));
      if (d.day < DaysInMonth(d.year, d.month)) ++d.day;
      else d = d.month == 12 ? Date{d.year + 1, 1, 1} : Date{d.year, d.month + 1, 1};
    }
  }
}

// Days from 1970-01-01 to `d` (Howard Hinnant's days_from_civil).
int64_t DaysSinceEpoch(const Date& d) {
  const int y = d.year - (d.month <= 2);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int year_of_era = y - era * 400;
  const int day_of_year = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  const int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return int64_t{era} * 146097 + day_of_era - 719468;
}

// A token no article has: the range lies wholly outside the facet years.
constexpr const char* kNoFacet = "nofacet";

bool IsLanguageCode(const std::string& lang) {
  if (lang.size() < 2 || lang.size() > 3) return false;
  for (char c : lang) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

}  // namespace

Status FacetFilter(const SearchFilters& filters, std::string* match) {
  match->clear();
  if (!filters.from.empty() || !filters.to.empty()) {
    Date from{kFacetFirstYear, 1, 1}, to{kFacetLastYear, 12, 31};
    Status s = filters.from.empty() ? Status::OK() : ParseDate(filters.from, &from);
    if (s.ok() && !filters.to.empty()) s = ParseDate(filters.to, &to);
    if (!s.ok()) return s;
    if (!(from <= to)) return Status::InvalidArgument("--from " + filters.from + " is after --to " + filters.to);
    if (from.year < kFacetFirstYear) from = {kFacetFirstYear, 1, 1};
    if (to.year > kFacetLastYear) to = {kFacetLastYear, 12, 31};
    std::string tokens;
    CoverRange(from, to, &tokens);
    *match = "facets:(" + (tokens.empty() ? std::string(kNoFacet) : tokens) + ")";
  }
  if (!filters.lang.empty()) {
    if (!IsLanguageCode(filters.lang)) return Status::InvalidArgument("not a language code: '" + filters.lang + "'");
    *match += (match->empty() ? "" : " AND ") + std::string("facets:l") + filters.lang;
  }
  return Status::OK();
}

Status KeyRange(const std::string& from, const std::string& to, SearchKeyRange* range) {
  Date first{kFacetFirstYear, 1, 1}, last{kFacetLastYear, 12, 31};
  Status s = from.empty() ? Status::OK() : ParseDate(from, &first);
  if (s.ok() && !to.empty()) s = ParseDate(to, &last);
  if (!s.ok()) return s;
  if (!(first <= last)) return Status::InvalidArgument("--from " + from + " is after --to " + to);
  if (first.year < kFacetFirstYear) first = {kFacetFirstYear, 1, 1};
  if (last.year > kFacetLastYear) last = {kFacetLastYear, 12, 31};
  range->first = DaysSinceEpoch(first) * kSearchKeyDay;
  range->last = DaysSinceEpoch(last) * kSearchKeyDay + (kSearchKeyDay - 1);
  return Status::OK();
}

Status RestrictQuery(const std::string& query, const std::string& facets, std::string* match) {
  int depth = 0;
  bool quoted = false;
  for (char c : query) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    if (depth < 0) break;
  }
  if (depth != 0) return Status::InvalidArgument("unbalanced parentheses");
  *match = facets.empty() ? query : "(" + query + ") AND " + facets;
  return Status::OK();
}

}  // namespace lede
