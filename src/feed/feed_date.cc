#include "feed/feed_date.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <vector>

namespace lede {
namespace {

struct Fields {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  int offset_minutes = 0;  // east of UTC
};

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

int ToInt(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  }
  return true;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (H. Hinnant).
int64_t DaysFromCivil(int64_t y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void CivilFromDays(int64_t z, int* y, int* m, int* d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *y = static_cast<int>(yoe + era * 400 + (*m <= 2));
}

std::optional<int64_t> ToSeconds(const Fields& f) {
  if (f.month < 1 || f.month > 12 || f.day < 1 || f.day > DaysInMonth(f.year, f.month))
    return std::nullopt;
  if (f.hour > 23 || f.minute > 59 || f.second > 60) return std::nullopt;
  return DaysFromCivil(f.year, f.month, f.day) * 86400 + f.hour * 3600 + f.minute * 60 + f.second -
         f.offset_minutes * 60;
}

// "+hh:mm", "-hhmm", "+hh" after the sign has been seen; false if malformed.
bool ParseNumericOffset(std::string_view s, int* minutes) {
  if (s.size() < 2 || (s[0] != '+' && s[0] != '-')) return false;
  const int sign = s[0] == '-' ? -1 : 1;
  s.remove_prefix(1);
  std::string_view hh, mm;
  if (s.size() == 5 && s[2] == ':') {
    hh = s.substr(0, 2), mm = s.substr(3);
  } else if (s.size() == 4) {
    hh = s.substr(0, 2), mm = s.substr(2);
  } else if (s.size() == 2 || s.size() == 1) {
    hh = s, mm = "00";
  } else {
    return false;
  }
  if (!IsDigits(hh) || !IsDigits(mm) || ToInt(hh) > 23 || ToInt(mm) > 59) return false;
  *minutes = sign * (ToInt(hh) * 60 + ToInt(mm));
  return true;
}

// Named zones, hours east of UTC.
bool NamedZone(std::string_view name, int* minutes) {
  struct Zone {
    const char* name;
    int hours;
  };
  static constexpr Zone kZones[] = {
      {"GMT", 0},  {"UT", 0},   {"UTC", 0},  {"Z", 0},     {"Etc/GMT", 0}, {"WET", 0},
      {"EST", -5}, {"EDT", -4}, {"CST", -6}, {"CDT", -5},  {"MST", -7},    {"MDT", -6},
      {"PST", -8}, {"PDT", -7}, {"AST", -4}, {"ADT", -3},  {"AT", -4},     {"ET", -5},
      {"CT", -6},  {"MT", -7},  {"PT", -8},  {"HST", -10}, {"AKST", -9},   {"AKDT", -8},
      {"MET", 1},  {"MEST", 2}, {"CET", 1},  {"CEST", 2},  {"BST", 1},     {"WEST", 1},
      {"EET", 2},  {"EEST", 3}, {"IST", 5},  {"JST", 9},   {"KST", 9},     {"HKT", 8},
  };
  for (const Zone& z : kZones) {
    if (EqualsIgnoreCase(name, z.name)) {
      *minutes = z.hours * 60;
      return true;
    }
  }
  return false;
}

// A zone token: named, numeric, or a name followed by a numeric offset ("GMT-01:01").
bool ParseZone(std::string_view s, int* minutes) {
  if (NamedZone(s, minutes)) return true;
  if (ParseNumericOffset(s, minutes)) return true;
  size_t sign = s.find_first_of("+-");
  if (sign == std::string_view::npos || sign == 0) return false;
  int base = 0, offset = 0;
  if (!NamedZone(s.substr(0, sign), &base) || !ParseNumericOffset(s.substr(sign), &offset))
    return false;
  *minutes = base + offset;
  return true;
}

int MonthFromName(std::string_view s) {
  static constexpr std::array<const char*, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (s.size() < 3) return 0;
  for (int i = 0; i < 12; ++i) {
    std::string_view full = kMonths[i];
    if (s.size() > full.size()) continue;
    if (EqualsIgnoreCase(s, full.substr(0, s.size())) &&
        (s.size() == 3 || s.size() == full.size() || (i == 8 && s.size() == 4)))  // "Sept"
      return i + 1;
  }
  return 0;
}

bool IsWeekday(std::string_view s) {
  static constexpr const char* kDays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                          "friday", "saturday", "sunday"};
  for (std::string_view full : kDays) {
    if (s.size() >= 3 && s.size() <= full.size() && EqualsIgnoreCase(s, full.substr(0, s.size())))
      return true;
  }
  return false;
}

// "hh:mm" or "hh:mm:ss" (one or two digits each).
bool ParseClock(std::string_view s, Fields* f) {
  int parts[3] = {0, 0, 0};
  int n = 0;
  while (true) {
    size_t colon = s.find(':');
    std::string_view part = s.substr(0, colon);
    if (n == 3 || part.empty() || part.size() > 2 || !IsDigits(part)) return false;
    parts[n++] = ToInt(part);
    if (colon == std::string_view::npos) break;
    s.remove_prefix(colon + 1);
  }
  if (n < 2) return false;
  f->hour = parts[0], f->minute = parts[1], f->second = parts[2];
  return true;
}

std::vector<std::string_view> SplitTokens(std::string_view s) {
  std::vector<std::string_view> tokens;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == '\t')) ++i;
    size_t start = i;
    while (i < s.size() && s[i] != ' ' && s[i] != ',' && s[i] != '\t') ++i;
    if (i > start) tokens.push_back(s.substr(start, i - start));
  }
  return tokens;
}

int ExpandYear(std::string_view digits) {
  int year = ToInt(digits);
  if (digits.size() <= 2) year += year < 70 ? 2000 : 1900;
  return year;
}

// "2006/09/15" (Perforce).
bool ParseSlashDate(std::string_view s, Fields* f) {
  if (s.size() != 10 || s[4] != '/' || s[7] != '/') return false;
  std::string_view y = s.substr(0, 4), m = s.substr(5, 2), d = s.substr(8, 2);
  if (!IsDigits(y) || !IsDigits(m) || !IsDigits(d)) return false;
  f->year = ToInt(y), f->month = ToInt(m), f->day = ToInt(d);
  return true;
}

// RFC 822 and friends, asctime and Perforce: every token must be a weekday, a
// month name, a number (day, then year), a clock, a zone or a slash date.
std::optional<int64_t> ParseRfc822Like(std::string_view text) {
  Fields f;
  std::vector<int> numbers;
  std::vector<std::string_view> number_text;
  bool have_month = false, have_clock = false, have_zone = false, have_slash_date = false;
  for (std::string_view token : SplitTokens(text)) {
    int month = 0;
    if (IsDigits(token) && token.size() <= 4) {
      numbers.push_back(ToInt(token));
      number_text.push_back(token);
    } else if (!have_month && (month = MonthFromName(token)) != 0) {
      f.month = month, have_month = true;
    } else if (!have_clock && token.find(':') != std::string_view::npos &&
               std::isdigit(static_cast<unsigned char>(token[0]))) {
      if (!ParseClock(token, &f)) return std::nullopt;
      have_clock = true;
    } else if (!have_slash_date && ParseSlashDate(token, &f)) {
      have_slash_date = true;
    } else if (!have_zone && ParseZone(token, &f.offset_minutes)) {
      have_zone = true;
    } else if (!have_month && !have_clock && numbers.empty() && IsWeekday(token)) {
      continue;
    } else {
      return std::nullopt;
    }
  }
  if (have_slash_date) {
    if (have_month || !numbers.empty()) return std::nullopt;
  } else {
    if (!have_month || numbers.size() != 2 || number_text[0].size() > 2) return std::nullopt;
    f.day = numbers[0];
    f.year = ExpandYear(number_text[1]);
  }
  return ToSeconds(f);
}

// W3C-DTF / ISO 8601 extended form.
class IsoScanner {
 public:
  explicit IsoScanner(std::string_view s) : s_(s) {}

  std::optional<int64_t> Parse() {
    Fields f;
    f.month = f.day = 1;
    if (!Digits(4, &f.year)) return std::nullopt;
    if (Done()) return ToSeconds(f);
    if (!Take('-')) return std::nullopt;
    if (Peek(3) && s_[i_] == '0' && IsDigits(s_.substr(i_, 3))) ++i_;  // Google's "2003-012-31"
    if (!Digits(2, &f.month)) return std::nullopt;
    if (Done()) return ToSeconds(f);
    if (!Take('-')) return std::nullopt;
    if (!Digits(2, &f.day)) return std::nullopt;
    if (Done()) return ToSeconds(f);
    if (!Take('T') && !Take(' ')) return std::nullopt;
    if (!Digits(2, &f.hour) || !Take(':') || !Digits(2, &f.minute)) return std::nullopt;
    if (Take(':')) {
      if (!Digits(2, &f.second)) return std::nullopt;
      if (Take('.') || Take(',')) {
        size_t start = i_;
        while (i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_]))) ++i_;
        if (i_ == start) return std::nullopt;
      }
    }
    if (Done()) return ToSeconds(f);
    Take(' ');
    if (!ParseZone(s_.substr(i_), &f.offset_minutes)) return std::nullopt;
    return ToSeconds(f);
  }

 private:
  bool Done() const { return i_ == s_.size(); }
  bool Peek(size_t n) const { return s_.size() - i_ >= n; }
  bool Take(char c) {
    if (i_ < s_.size() && s_[i_] == c) return ++i_, true;
    return false;
  }
  bool Digits(size_t n, int* value) {
    if (!Peek(n) || !IsDigits(s_.substr(i_, n))) return false;
    // A longer run of digits is not this field ("22013" is no year).
    if (s_.size() > i_ + n && std::isdigit(static_cast<unsigned char>(s_[i_ + n]))) return false;
    *value = ToInt(s_.substr(i_, n));
    i_ += n;
    return true;
  }

  std::string_view s_;
  size_t i_ = 0;
};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<int64_t> ParseFeedDate(std::string_view text) {
  text = Trim(text);
  if (text.empty()) return std::nullopt;
  if (text.size() >= 4 && IsDigits(text.substr(0, 4)) && (text.size() == 4 || text[4] == '-'))
    return IsoScanner(text).Parse();
  return ParseRfc822Like(text);
}

std::string FormatUtc(int64_t seconds) {
  int64_t days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
  int64_t rest = seconds - days * 86400;
  int y, m, d;
  CivilFromDays(days, &y, &m, &d);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d,
                static_cast<int>(rest / 3600), static_cast<int>(rest / 60 % 60),
                static_cast<int>(rest % 60));
  return buf;
}

std::string FeedDateToUtc(std::string_view text) {
  std::optional<int64_t> seconds = ParseFeedDate(text);
  return seconds ? FormatUtc(*seconds) : std::string();
}

std::string FormatHttpDate(int64_t seconds) {
  static constexpr const char* kWeekdays[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  int64_t days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
  int64_t rest = seconds - days * 86400;
  int y, m, d;
  CivilFromDays(days, &y, &m, &d);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d GMT",
                kWeekdays[((days % 7) + 7) % 7], d, kMonths[m - 1], y,
                static_cast<int>(rest / 3600), static_cast<int>(rest / 60 % 60),
                static_cast<int>(rest % 60));
  return buf;
}

}  // namespace lede
