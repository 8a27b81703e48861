#include "extract/dateline.h"

#include <algorithm>
#include <cstdint>
#include <memory>

#include <unicode/regex.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include "extract/meta_text.h"

namespace lede {
namespace {

// Shorter paragraphs are headings, not the first sentence of a story.
constexpr size_t kMinDatelineParagraphBytes = 60;
// Paragraphs this long are sentences whatever they end with.
constexpr size_t kLongParagraphBytes = 200;

// The longest stretch before the dash that can still be a dateline.
constexpr size_t kMaxDatelineBytes = 80;

// Capitalised openers that are labels, not places ("UPDATE — ...").
constexpr std::string_view kNotPlaces[] = {
    "update", "updated", "breaking", "exclusive", "watch", "video", "photos", "opinion",
    "analysis", "editor's note", "editor’s note", "live", "listen", "read more", "note",
    "warning", "correction", "advertisement", "sponsored", "by"};

// The pattern, compiled once per process when first needed. ICU's engine
// compiles it in milliseconds, where RE2 spent 40 ms and more building automata
// for the bounded repetitions of Unicode classes ("{0,25}" copies the class 25
// times). Spaces and digits are ASCII only ([\t\n\f\r ], [0-9]).
const icu::RegexPattern& DatelinePattern() {
  static const icu::RegexPattern* pattern = [] {
    const std::string space = R"([\t\n\f\r ])";
    const std::string word = R"(\p{Lu}[\p{L}\p{M}'’.\-]*)";
    const std::string particle = R"((?:de|del|la|le|el|al|es|of|upon|am|sur|en|di|do|da))";
    const std::string place =
        "(" + word + "(?:" + space + "+(?:" + word + "|" + particle + ")){0,3})";
    const std::string region = "(?:" + space + "*," + space + R"(*\p{Lu}[\p{L}\p{M}.'’ ]{0,25}?))";
    const std::string date = "(?:" + space + "*," + space + R"(*(?:\p{Lu}\p{L}+\.?)" + space +
                             R"(+[0-9]{1,2}|[0-9]{1,2}\.?)" + space + R"(+\p{L}+\.?)(?:,?)" +
                             space + "+[0-9]{4})?)";
    const std::string agency = "(?:" + space + R"(*\(([^()]{1,40})\)))";
    // A hyphen needs spaces around it ("Rhys-Davies" is a name); long dashes may touch.
    const std::string dash = "(?:" + space + "*(?:—|–|―)|" + space + "+-{1,2}|--)" + space + "+";
    const std::string start = R"((\p{Lu}|["“‘'0-9]))";
    const std::string text = "^" + space + "*(?:" + place + region + "?" + date + "?)?" + agency +
                             "?" + dash + start;
    UParseError where;
    UErrorCode status = U_ZERO_ERROR;
    return icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(text), 0, where, status);
  }();
  return *pattern;
}

// Where the pattern matched the start of a text: the place, whether an agency
// was named, and the byte offset of the story's first character.
struct PatternMatch {
  std::string_view place;
  bool has_agency = false;
  size_t body_start = 0;
};

std::optional<PatternMatch> MatchDatelinePattern(std::string_view text) {
  thread_local std::unique_ptr<icu::RegexMatcher> matcher;  // matchers are not thread-safe
  UErrorCode status = U_ZERO_ERROR;
  if (!matcher) matcher.reset(DatelinePattern().matcher(status));
  icu::LocalUTextPointer utf8(utext_openUTF8(nullptr, text.data(), text.size(), &status));
  if (U_FAILURE(status)) return std::nullopt;
  matcher->reset(utf8.getAlias());
  if (!matcher->lookingAt(status) || U_FAILURE(status)) return std::nullopt;
  // With UTF-8 input, group offsets are byte offsets; -1 for a group not taken.
  const int64_t place_start = matcher->start64(1, status);
  PatternMatch match;
  if (place_start >= 0) {
    match.place = text.substr(place_start, matcher->end64(1, status) - place_start);
  }
  match.has_agency = matcher->start64(2, status) >= 0;
  match.body_start = matcher->start64(3, status);
  if (U_FAILURE(status)) return std::nullopt;
  return match;
}

// Every dateline ends with a hyphen or a long dash (U+2013, U+2014, U+2015), so
// text without one is passed over before the pattern is ever built.
bool HasDash(std::string_view text) {
  if (text.find('-') != std::string_view::npos) return true;
  for (size_t i = text.find("\xE2\x80"); i != std::string_view::npos; i = text.find("\xE2\x80", i + 1)) {
    if (i + 2 < text.size() && text[i + 2] >= '\x93' && text[i + 2] <= '\x95') return true;
  }
  return false;
}

// "NEW YORK" -> "New York"; names already in mixed case are kept.
std::string NameCase(std::string_view place) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(place.data(), place.size()));
  icu::UnicodeString upper = u;
  upper.toUpper();
  if (u != upper) return std::string(place);
  u.toTitle(nullptr);
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace

std::optional<Dateline> FindDateline(std::string_view paragraph) {
  std::string_view head = paragraph.substr(0, kMaxDatelineBytes + 16);
  if (!HasDash(head)) return std::nullopt;
  const std::optional<PatternMatch> match = MatchDatelinePattern(head);
  if (!match) return std::nullopt;
  const std::string_view place = match->place;
  if (place.empty() && !match->has_agency) return std::nullopt;
  const size_t body_start = match->body_start;
  if (body_start > kMaxDatelineBytes) return std::nullopt;
  // A domain ("Motorsport-Magazin.com") is a source, not a place.
  for (size_t dot = place.find('.'); dot != std::string_view::npos; dot = place.find('.', dot + 1)) {
    if (dot + 1 < place.size() && place[dot + 1] >= 'a' && place[dot + 1] <= 'z') return std::nullopt;
  }
  std::string lower = AsciiLower(place);
  if (std::find(std::begin(kNotPlaces), std::end(kNotPlaces), lower) != std::end(kNotPlaces)) {
    return std::nullopt;
  }
  return Dateline{NameCase(place), body_start};
}

// A story's first paragraph reads as sentences: it is long, or it ends like one.
// Headlines and menus ("Einleitung - Baumgutachten - Fortbildung") do not.
bool ReadsAsSentences(std::string_view p) {
  if (p.size() < kMinDatelineParagraphBytes) return false;
  if (p.size() >= kLongParagraphBytes) return true;
  for (std::string_view end : {".", "!", "?", "\"", ")", "”", "’", "»", "…"}) {
    if (p.ends_with(end)) return true;
  }
  return false;
}

int FindDatelineParagraph(std::span<const std::string_view> paragraphs, size_t max_paragraphs,
                          Dateline* dateline) {
  size_t n = std::min(paragraphs.size(), max_paragraphs);
  for (size_t i = 0; i < n; ++i) {
    if (!ReadsAsSentences(paragraphs[i])) continue;
    if (auto found = FindDateline(paragraphs[i])) {
      *dateline = std::move(*found);
      return static_cast<int>(i);
    }
  }
  return -1;
}

}  // namespace lede
