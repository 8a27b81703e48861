#include "extract/dates.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <re2/re2.h>

namespace lede {
namespace {

// Month names and abbreviations, lower case, in the languages the header lists.
const std::unordered_map<std::string, int>& MonthNames() {
  static const auto* names = new std::unordered_map<std::string, int>{
      // English
      {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6},
      {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11},
      {"december", 12}, {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7},
      {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
      // German
      {"januar", 1}, {"jänner", 1}, {"februar", 2}, {"märz", 3}, {"mär", 3}, {"mrz", 3},
      {"mai", 5}, {"juni", 6}, {"juli", 7}, {"oktober", 10}, {"okt", 10}, {"dezember", 12},
      {"dez", 12},
      // French
      {"janvier", 1}, {"janv", 1}, {"février", 2}, {"fevrier", 2}, {"févr", 2}, {"fevr", 2},
      {"mars", 3}, {"avril", 4}, {"avr", 4}, {"juin", 6}, {"juillet", 7}, {"juil", 7},
      {"août", 8}, {"aout", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11},
      {"décembre", 12}, {"decembre", 12}, {"déc", 12},
      // Spanish
      {"enero", 1}, {"ene", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"abr", 4},
      {"mayo", 5}, {"junio", 6}, {"julio", 7}, {"agosto", 8}, {"ago", 8}, {"septiembre", 9},
      {"setiembre", 9}, {"octubre", 10}, {"noviembre", 11}, {"diciembre", 12}, {"dic", 12},
      // Italian
      {"gennaio", 1}, {"gen", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"mag", 5},
      {"giugno", 6}, {"giu", 6}, {"luglio", 7}, {"lug", 7}, {"settembre", 9}, {"set", 9},
      {"ottobre", 10}, {"ott", 10}, {"dicembre", 12},
      // Portuguese
      {"janeiro", 1}, {"fevereiro", 2}, {"fev", 2}, {"março", 3}, {"marco", 3}, {"maio", 5},
      {"junho", 6}, {"julho", 7}, {"setembro", 9}, {"outubro", 10}, {"out", 10},
      {"novembro", 11}, {"dezembro", 12},
      // Dutch
      {"januari", 1}, {"februari", 2}, {"maart", 3}, {"mrt", 3}, {"mei", 5},
      {"augustus", 8},
      // Swedish, Danish, Norwegian (the rest are spelt as in the languages above)
      {"maj", 5}, {"augusti", 8},
      // Romanian
      {"ianuarie", 1}, {"februarie", 2}, {"martie", 3}, {"aprilie", 4}, {"iunie", 6},
      {"iulie", 7}, {"septembrie", 9}, {"octombrie", 10}, {"noiembrie", 11}, {"decembrie", 12},
      // Polish (genitive, as in dates)
      {"stycznia", 1}, {"lutego", 2}, {"marca", 3}, {"kwietnia", 4}, {"maja", 5},
      {"czerwca", 6}, {"lipca", 7}, {"sierpnia", 8}, {"września", 9}, {"października", 10},
      {"listopada", 11}, {"grudnia", 12},
      // Russian (genitive, as in dates)
      {"января", 1}, {"февраля", 2}, {"марта", 3}, {"апреля", 4}, {"мая", 5}, {"июня", 6},
      {"июля", 7}, {"августа", 8}, {"сентября", 9}, {"октября", 10}, {"ноября", 11},
      {"декабря", 12},
      // Turkish
      {"ocak", 1}, {"şubat", 2}, {"mart", 3}, {"nisan", 4}, {"mayıs", 5}, {"haziran", 6},
      {"temmuz", 7}, {"ağustos", 8}, {"eylül", 9}, {"ekim", 10}, {"kasım", 11}, {"aralık", 12},
      // Arabic (Egyptian and Gulf usage)
      {"يناير", 1}, {"فبراير", 2}, {"مارس", 3}, {"أبريل", 4}, {"ابريل", 4}, {"مايو", 5},
      {"يونيو", 6}, {"يوليو", 7}, {"أغسطس", 8}, {"اغسطس", 8}, {"سبتمبر", 9}, {"أكتوبر", 10},
      {"اكتوبر", 10}, {"نوفمبر", 11}, {"ديسمبر", 12},
  };
  return *names;
}

// The month names as one alternation, longest first so that RE2's leftmost-first
// choice takes "marzo" rather than "mar".
std::string MonthAlternation() {
  std::vector<std::string> names;
  for (const auto& [name, month] : MonthNames()) names.push_back(name);
  std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  std::string out;
  for (const auto& name : names) out += (out.empty() ? "" : "|") + name;
  return "(" + out + ")";
}

// Lower-cases ASCII and the Latin-1 capitals (À-Þ) of a UTF-8 word; drops a final '.'.
std::string FoldMonth(std::string_view word) {
  std::string out(word);
  if (!out.empty() && out.back() == '.') out.pop_back();
  for (size_t i = 0; i < out.size(); ++i) {
    unsigned char c = out[i];
    if (c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c + 32);
    if (c == 0xC3 && i + 1 < out.size()) {
      unsigned char n = out[i + 1];
      if (n >= 0x80 && n <= 0x9E && n != 0x97) out[i + 1] = static_cast<char>(n + 0x20);
    }
  }
  return out;
}

int ToInt(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// "Z", "+01:00", "-0500" -> minutes east of UTC.
int OffsetMinutes(std::string_view zone) {
  if (zone == "Z" || zone == "z") return 0;
  int sign = zone[0] == '-' ? -1 : 1;
  std::string digits;
  for (char c : zone.substr(1)) {
    if (IsDigit(c)) digits += c;
  }
  return sign * (ToInt(digits.substr(0, 2)) * 60 + ToInt(digits.substr(2, 2)));
}

// One date format: a compiled pattern and how to read its groups.
enum class Layout { kIso, kNumeric, kMonthFirst, kDayFirst, kCjk };

struct Format {
  Layout layout;
  std::unique_ptr<RE2> re;
};

const std::vector<Format>& Formats() {
  static const auto* formats = [] {
    RE2::Options opts;
    opts.set_case_sensitive(false);
    opts.set_max_mem(8 << 20);
    const std::string months = MonthAlternation();
    auto* v = new std::vector<Format>;
    auto add = [&](Layout layout, const std::string& pattern) {
      v->push_back({layout, std::make_unique<RE2>(pattern, opts)});
    };
    add(Layout::kIso,
        R"((\d{4})([-/.])(\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)"
        R"((?:[.,]\d+)?\s?(Z|[+-]\d{2}:?\d{2})?)?)");
    add(Layout::kNumeric, R"((\d{1,2})([./-])(\d{1,2})([./-])(\d{4}|\d{2}))");
    add(Layout::kMonthFirst, months + R"(\.?\s+(\d{1,2})(?:st|nd|rd|th)?\.?,?\s+(\d{4}))");
    add(Layout::kDayFirst, R"((\d{1,2})(?:st|nd|rd|th|er|º|°)?\.?\s*(?:de\s+)?)" + months +
                               R"(\.?,?\s+(?:del?\s+)?(\d{4}))");
    add(Layout::kCjk, R"((\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)");
    return v;
  }();
  return *formats;
}

constexpr int kMaxGroups = 9;

// Reads the groups of a match of `layout` into *date; false if the shape is wrong.
bool ReadMatch(Layout layout, const re2::StringPiece* g, DateTime* date) {
  switch (layout) {
    case Layout::kIso:
      date->year = ToInt(g[1]);
      date->month = ToInt(g[3]);
      date->day = ToInt(g[4]);
      if (g[5].data() != nullptr) {
        date->hour = ToInt(g[5]);
        date->minute = ToInt(g[6]);
        date->second = g[7].data() != nullptr ? ToInt(g[7]) : 0;
        if (date->hour > 23 || date->minute > 59 || date->second > 60) date->hour = -1;
      }
      if (date->hour >= 0 && g[8].data() != nullptr) {
        date->has_offset = true;
        date->offset_minutes = OffsetMinutes(g[8]);
      }
      return true;
    case Layout::kNumeric: {
      if (g[2] != g[4]) return false;
      int a = ToInt(g[1]), b = ToInt(g[3]);
      bool month_first = g[2] == "/" && a <= 12 && b > 12;
      if (g[2] == "/" && a <= 12 && b <= 12) month_first = true;
      date->month = month_first ? a : b;
      date->day = month_first ? b : a;
      date->year = ToInt(g[5]);
      if (g[5].size() == 2) {
        if (g[2] != ".") return false;  // "31.10.23" only: slashes and dashes are too ambiguous
        date->year += 2000;
      }
      return true;
    }
    case Layout::kMonthFirst:
    case Layout::kDayFirst: {
      bool month_first = layout == Layout::kMonthFirst;
      auto it = MonthNames().find(FoldMonth(g[month_first ? 1 : 2]));
      if (it == MonthNames().end()) return false;
      date->month = it->second;
      date->day = ToInt(g[month_first ? 2 : 1]);
      date->year = ToInt(g[3]);
      return true;
    }
    case Layout::kCjk:
      date->year = ToInt(g[1]);
      date->month = ToInt(g[2]);
      date->day = ToInt(g[3]);
      return true;
  }
  return false;
}

bool IsNumberSeparator(char c) { return c == '-' || c == '/' || c == '.'; }

// True when the match is not glued to a longer number or word on either side
// ("0049-1234-2023-11-05" is a phone number, not a date).
bool AtBoundaries(std::string_view text, size_t start, size_t end, Layout layout) {
  if (start > 0) {
    char before = text[start - 1];
    if (IsDigit(before) || (layout == Layout::kMonthFirst && IsAsciiLetter(before))) return false;
    if (start > 1 && IsNumberSeparator(before) && IsDigit(text[start - 2])) return false;
  }
  if (end >= text.size()) return true;
  if (IsDigit(text[end])) return false;
  return !(end + 1 < text.size() && IsNumberSeparator(text[end]) && IsDigit(text[end + 1]));
}

// The first plausible match of one format at or after `from`.
std::optional<FoundDate> FirstMatch(const Format& format, std::string_view text,
                                const DateBounds& bounds) {
  re2::StringPiece groups[kMaxGroups];
  int ngroups = std::min(kMaxGroups, format.re->NumberOfCapturingGroups() + 1);
  size_t pos = 0;
  while (pos < text.size() &&
         format.re->Match(text, pos, text.size(), RE2::UNANCHORED, groups, ngroups)) {
    size_t start = groups[0].data() - text.data();
    size_t end = start + groups[0].size();
    DateTime date;
    if (AtBoundaries(text, start, end, format.layout) && ReadMatch(format.layout, groups, &date) &&
        IsPlausibleDate(date, bounds)) {
      return FoundDate{date, start, end};
    }
    pos = start + 1;
  }
  return std::nullopt;
}

bool HasDigit(std::string_view s) {
  for (char c : s) {
    if (IsDigit(c)) return true;
  }
  return false;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && static_cast<unsigned char>(s.front()) <= ' ') s.remove_prefix(1);
  while (!s.empty() && static_cast<unsigned char>(s.back()) <= ' ') s.remove_suffix(1);
  return s;
}

// The longest label or weekday before a date, and the longest time and zone after it,
// that ParseDate still takes as "nothing but a date".
constexpr size_t kMaxLabelBytes = 40;
constexpr size_t kMaxTrailerBytes = 40;

}  // namespace

std::string DateTime::ToIso() const {
  char buf[40];
  int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  if (hour >= 0) {
    n += std::snprintf(buf + n, sizeof buf - n, "T%02d:%02d:%02d", hour, minute, second);
    if (has_offset && offset_minutes == 0) {
      n += std::snprintf(buf + n, sizeof buf - n, "Z");
    } else if (has_offset) {
      int m = offset_minutes < 0 ? -offset_minutes : offset_minutes;
      n += std::snprintf(buf + n, sizeof buf - n, "%c%02d:%02d", offset_minutes < 0 ? '-' : '+',
                         m / 60, m % 60);
    }
  }
  return std::string(buf, n);
}

int DateTime::CompareDay(const DateTime& other) const {
  if (year != other.year) return year - other.year;
  if (month != other.month) return month - other.month;
  return day - other.day;
}

bool IsPlausibleDate(const DateTime& date, const DateBounds& bounds) {
  if (date.year < bounds.min_year || date.year > 2999) return false;
  if (date.month < 1 || date.month > 12) return false;
  if (date.day < 1 || date.day > DaysInMonth(date.year, date.month)) return false;
  return bounds.latest.year == 0 || date.CompareDay(bounds.latest) <= 0;
}

std::optional<FoundDate> FindDate(std::string_view text, const DateBounds& bounds) {
  std::optional<FoundDate> best;
  for (const Format& format : Formats()) {
    auto found = FirstMatch(format, text, bounds);
    if (found && (!best || found->start < best->start)) best = found;
  }
  return best;
}

std::optional<DateTime> ParseDate(std::string_view text, const DateBounds& bounds) {
  text = Trim(text);
  if (text.size() == 8 && std::all_of(text.begin(), text.end(), IsDigit)) {
    DateTime date{ToInt(text.substr(0, 4)), ToInt(text.substr(4, 2)), ToInt(text.substr(6, 2))};
    if (IsPlausibleDate(date, bounds)) return date;
    return std::nullopt;
  }
  auto found = FindDate(text, bounds);
  if (!found) return std::nullopt;
  std::string_view label = text.substr(0, found->start);
  if (label.size() > kMaxLabelBytes || HasDigit(label)) return std::nullopt;
  if (text.size() - found->end > kMaxTrailerBytes) return std::nullopt;
  return found->date;
}

std::optional<DateTime> DateFromUrl(std::string_view url, const DateBounds& bounds) {
  // A one-digit day must end a path segment: /2023/10/3-fragen is not 3 October.
  static const RE2* slashed = new RE2(R"((?:^|\D)(\d{4})/(\d{1,2})/(\d{1,2})(?:[/?#.]|$))");
  static const RE2* separated = new RE2(R"((?:^|\D)(\d{4})[/_-](\d{1,2})[/_-](\d{2})(?:\D|$))");
  static const RE2* compact = new RE2(R"([/_-](\d{4})(\d{2})(\d{2})(?:[/_.-]|$))");
  static const RE2* day_first = new RE2(R"([/_-](\d{2})-(\d{2})-(\d{4})(?:[/_.-]|$))");
  // Skip the host: dates live in the path.
  size_t scheme = url.find("://");
  size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return std::nullopt;
  re2::StringPiece rest(url.data() + path, url.size() - path);
  for (const RE2* re : {slashed, separated, compact, day_first}) {
    re2::StringPiece y, m, d;
    bool matched = re == day_first ? RE2::PartialMatch(rest, *re, &d, &m, &y)
                                   : RE2::PartialMatch(rest, *re, &y, &m, &d);
    if (matched) {
      DateTime date{ToInt(y), ToInt(m), ToInt(d)};
      if (IsPlausibleDate(date, bounds)) return date;
    }
  }
  return std::nullopt;
}

std::optional<DateTime> ParseIsoDate(std::string_view text) {
  re2::StringPiece groups[kMaxGroups];
  const Format& iso = Formats().front();
  text = Trim(text);
  if (!iso.re->Match(text, 0, text.size(), RE2::ANCHOR_START, groups, kMaxGroups)) {
    return std::nullopt;
  }
  DateTime date;
  ReadMatch(Layout::kIso, groups, &date);
  DateBounds any;
  any.min_year = 1;
  if (!IsPlausibleDate(date, any)) return std::nullopt;
  return date;
}

DateTime Today() {
  std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  return DateTime{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

}  // namespace lede
