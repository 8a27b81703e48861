// Feed dates: the formats RSS, Atom, JSON Feed, sitemaps and HTTP headers use.
//
// Understood:
//   RFC 822 / RFC 1123 / RFC 850 and their variants: "Thu, 01 Jan 2004 19:48:21 GMT",
//     two-digit years, missing weekday or seconds or time, day and month either way
//     round ("Thu Aug 30 2012 17:26:16 +0200"), full month names, a comma after the
//     month, zones as +hhmm, -hh:mm, GMT+hh:mm, Z, UT, UTC, GMT, Etc/GMT and the named
//     North American and European zones (EST, EDT, ET, PT, MET, MEST, CET, BST, ...);
//   asctime: "Sun Jan  4 16:29:06 2004", "Sun Jul 15 01:16:00 +0000 2012";
//   W3C-DTF / ISO 8601: "2003", "2003-12", "2003-12-31", "2003-12-31T10:14:55.12+08:00",
//     a space instead of "T", "+hhmm" offsets, and Google's "2003-012-31";
//   Perforce's "2006/09/15 08:19:53 EDT".
// Not understood (nullopt): localised month names, two-digit ISO forms ("031231"),
// ordinal dates. A string without a zone is read as UTC.
// All functions are pure and thread-safe.
#ifndef LEDE_FEED_FEED_DATE_H_
#define LEDE_FEED_FEED_DATE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lede {

// Returns the instant `text` names as seconds since 1970-01-01T00:00:00Z (negative
// before), or nullopt when it is not a date in one of the formats above or names
// a day, hour, minute, second or offset that does not exist.
std::optional<int64_t> ParseFeedDate(std::string_view text);

// Formats seconds since the epoch as "YYYY-MM-DDTHH:MM:SSZ" (years 0-9999).
std::string FormatUtc(int64_t seconds);

// ParseFeedDate then FormatUtc; "" when `text` is not a date.
std::string FeedDateToUtc(std::string_view text);

// Formats seconds since the epoch as an HTTP date (RFC 9110 IMF-fixdate):
// "Sun, 06 Nov 1994 08:49:37 GMT".
std::string FormatHttpDate(int64_t seconds);

}  // namespace lede

#endif  // LEDE_FEED_FEED_DATE_H_
