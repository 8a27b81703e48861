// Dates: finding, parsing and validating publication dates in strings, text and URLs.
//
// Formats understood (month names in English, German, French, Spanish, Italian,
// Portuguese and Dutch, full or abbreviated, any case):
//   2023-12-22, 2023-12-22T17:35:12+01:00, 2023/12/22, 20231222 (whole string only),
//   22.12.2023, 22.12.23 (two-digit years: dots only, 20xx), 22/12/2023 and
//   12/22/2023 (month first when both fit),
//   December 22, 2023 / Dec. 22nd 2023 / 22 December 2023 / 22. Dezember 2023 /
//   22 de diciembre de 2023 / le 22 décembre 2023.
// All functions are pure and thread-safe.
#ifndef LEDE_EXTRACT_DATES_H_
#define LEDE_EXTRACT_DATES_H_

#include <optional>
#include <string>
#include <string_view>

namespace lede {

// A calendar day, optionally with a time of day and a UTC offset.
struct DateTime {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31
  int hour = -1;  // -1: no time of day; otherwise 0-23
  int minute = 0;
  int second = 0;
  bool has_offset = false;  // the string gave "Z" or "+hh:mm"
  int offset_minutes = 0;   // east of UTC

  // "2023-12-22", or "2023-12-22T17:35:12" plus "Z" / "+01:00" when known.
  std::string ToIso() const;
  // Orders by day only (time ignored): negative, zero or positive.
  int CompareDay(const DateTime& other) const;
};

// The range a publication date must fall in.
struct DateBounds {
  int min_year = 1995;  // the web's news archives start about here
  // The latest acceptable day (e.g. the fetch date or today); year 0 = no upper bound.
  DateTime latest;
};

// Returns true when the day exists in the calendar and lies within `bounds`.
bool IsPlausibleDate(const DateTime& date, const DateBounds& bounds);

// A date found in a text, with the byte range [start, end) it was read from.
struct FoundDate {
  DateTime date;
  size_t start = 0;
  size_t end = 0;
};

// Returns the first plausible date found anywhere in `text`, or nullopt.
std::optional<FoundDate> FindDate(std::string_view text, const DateBounds& bounds);

// Like FindDate, but `text` must be nothing but a date (surrounding spaces, a
// weekday, "Published:"-like labels and a trailing time allowed). Accepts the
// compact form "20231222" too. For meta content and <time datetime>.
std::optional<DateTime> ParseDate(std::string_view text, const DateBounds& bounds);

// Returns the date a URL path spells out: /2023/12/22/, /2023-12-22-slug,
// /20231222/, _2023_12_22. Month-only paths (/2023/12/) give nothing.
std::optional<DateTime> DateFromUrl(std::string_view url, const DateBounds& bounds);

// Parses an ISO 8601 date or date-time prefix ("2023-12-22", "2023-12-22T10:00Z")
// without bounds; for record timestamps such as WARC-Date.
std::optional<DateTime> ParseIsoDate(std::string_view text);

// The current UTC day.
DateTime Today();

}  // namespace lede

#endif  // LEDE_EXTRACT_DATES_H_
