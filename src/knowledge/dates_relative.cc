#include "knowledge/dates_relative.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <optional>

#include "knowledge/word_case.h"

namespace lede {
namespace {

namespace chr = std::chrono;

constexpr std::string_view kMonths[] = {"january", "february", "march",     "april",
                                        "may",     "june",     "july",      "august",
                                        "september", "october", "november", "december"};
constexpr std::string_view kWeekdays[] = {"sunday",   "monday", "tuesday", "wednesday",
                                          "thursday", "friday", "saturday"};
constexpr std::string_view kPartOfMonth[] = {"early", "mid", "mid-", "late", "end", "beginning"};

template <size_t N>
int IndexOf(std::string_view word, const std::string_view (&list)[N]) {
  const auto* it = std::find(std::begin(list), std::end(list), word);
  return it == std::end(list) ? -1 : static_cast<int>(it - std::begin(list));
}

// "aug." / "sept." / "august" -> 0-based month, or -1.
int MonthIndex(std::string_view lower) {
  if (!lower.empty() && lower.back() == '.') lower.remove_suffix(1);
  if (lower == "sept") return 8;
  const int full = IndexOf(lower, kMonths);
  if (full >= 0 || lower.size() != 3 || lower == "may") return full;
  for (int m = 0; m < 12; ++m) {
    if (kMonths[m].substr(0, 3) == lower) return m;
  }
  return -1;
}

bool ParseInt(std::string_view s, int* value) {
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *value);
  return ec == std::errc() && ptr == s.data() + s.size();
}

std::optional<chr::year_month_day> ParseIsoDate(std::string_view s) {
  int y = 0, m = 0, d = 0;
  if (s.size() < 10 || s[4] != '-' || s[7] != '-' || !ParseInt(s.substr(0, 4), &y) ||
      !ParseInt(s.substr(5, 2), &m) || !ParseInt(s.substr(8, 2), &d)) {
    return std::nullopt;
  }
  chr::year_month_day ymd{chr::year(y), chr::month(m), chr::day(d)};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

std::string IsoDay(chr::year_month_day d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buf;
}

std::string IsoMonth(int year, int month) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

// Scans one sentence's tokens, lower-cased, for date expressions.
class DateScanner {
 public:
  DateScanner(const Document& doc, uint32_t begin, uint32_t end, std::string_view published)
      : doc_(doc), begin_(begin), end_(end), published_(ParseIsoDate(published)) {}

  std::vector<DateMention> Scan() {
    std::vector<DateMention> out;
    for (uint32_t i = begin_; i < end_;) {
      uint32_t next = i + 1;
      std::string iso = At(i, &next);
      if (!iso.empty()) {
        out.push_back({{doc_.tokens()[i].span.start, doc_.tokens()[next - 1].span.end}, iso});
      }
      i = next;
    }
    return out;
  }

 private:
  std::string Lower(uint32_t i) const {
    if (i >= end_) return "";
    std::string lower;
    return AsciiLower(doc_.norm(doc_.tokens()[i]), &lower);
  }
  bool Number(uint32_t i, int* value) const {
    return i < end_ && ParseInt(doc_.norm(doc_.tokens()[i]), value);
  }

  // The date expression starting at token i, or "". Sets *next past it.
  std::string At(uint32_t i, uint32_t* next) const {
    const std::string w = Lower(i);
    if (auto iso = ParseIsoDate(w); iso && w.size() == 10) return IsoDay(*iso);
    if (!published_) return Month(i, next);
    const chr::sys_days pub{*published_};
    if (w == "today") return IsoDay(pub);
    if (w == "yesterday") return IsoDay(pub - chr::days(1));
    if (w == "tomorrow") return IsoDay(pub + chr::days(1));
    if (const int wd = IndexOf(w, kWeekdays); wd >= 0) {
      const chr::weekday target(static_cast<unsigned>(wd));
      return IsoDay(pub - (chr::weekday(pub) - target));
    }
    if (w == "last" || w == "this" || w == "next") return Relative(i, w, next);
    return Month(i, next);
  }

  // "last year", "this month", "next year".
  std::string Relative(uint32_t i, const std::string& w, uint32_t* next) const {
    const int shift = w == "last" ? -1 : w == "next" ? 1 : 0;
    const std::string unit = Lower(i + 1);
    const int y = static_cast<int>(published_->year());
    const int m = static_cast<int>(static_cast<unsigned>(published_->month()));
    if (unit == "year") {
      *next = i + 2;
      return std::to_string(y + shift);
    }
    if (unit == "month") {
      *next = i + 2;
      const int months = y * 12 + (m - 1) + shift;
      return IsoMonth(months / 12, months % 12 + 1);
    }
    if (const int mo = MonthIndex(unit); mo >= 0) {
      // "last August": the latest August before the publication month; "next
      // August" the first after it; "this August" the publication year's.
      *next = i + 2;
      const int year = shift < 0 ? (mo + 1 < m ? y : y - 1) : shift > 0 ? (mo + 1 > m ? y : y + 1) : y;
      return IsoMonth(year, mo + 1);
    }
    return "";
  }

  // "[early|mid|late] Month [day][,] [year]", "day Month [year]", "Month year".
  std::string Month(uint32_t i, uint32_t* next) const {
    uint32_t at = i;
    if (IndexOf(Lower(at), kPartOfMonth) >= 0) ++at;
    int day = 0;
    const bool day_first = Number(at, &day) && MonthIndex(Lower(at + 1)) >= 0;
    if (day_first) ++at;
    const int month = MonthIndex(Lower(at));
    if (month < 0) return "";
    const bool qualified = at > i;
    uint32_t end = at + 1;
    int value = 0;
    if (!day_first && Number(end, &value) && value >= 1 && value <= 31) {
      day = value;
      ++end;
    }
    int year = 0;
    const uint32_t year_at = Lower(end) == "," ? end + 1 : end;
    if (Number(year_at, &value) && value >= 1000 && value <= 9999) {
      year = value;
      end = year_at + 1;
    }
    // "may" is a verb unless a day, a year or a qualifier comes with it.
    if (MonthIndex(Lower(at)) == 4 && (day == 0 && year == 0 && !qualified)) {
      if (doc_.norm(doc_.tokens()[at]) != "May" || at == begin_) return "";
    }
    if (year == 0) {
      if (!published_) return "";
      year = LatestYear(month + 1, day);
    }
    *next = end;
    if (day == 0) return IsoMonth(year, month + 1);
    const chr::year_month_day ymd{chr::year(year), chr::month(month + 1), chr::day(day)};
    return ymd.ok() ? IsoDay(ymd) : IsoMonth(year, month + 1);
  }

  // The year of the latest (month, day) not after publication (day 0: the month).
  int LatestYear(int month, int day) const {
    const int y = static_cast<int>(published_->year());
    const unsigned pm = static_cast<unsigned>(published_->month());
    const unsigned pd = static_cast<unsigned>(published_->day());
    const bool after = static_cast<unsigned>(month) > pm ||
                       (static_cast<unsigned>(month) == pm && static_cast<unsigned>(day) > pd);
    return after ? y - 1 : y;
  }

  const Document& doc_;
  const uint32_t begin_, end_;
  const std::optional<chr::year_month_day> published_;
};

}  // namespace

std::vector<DateMention> FindDates(const Document& doc, uint32_t token_begin, uint32_t token_end,
                                   std::string_view published) {
  return DateScanner(doc, token_begin, token_end, published).Scan();
}

}  // namespace lede
