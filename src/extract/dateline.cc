#include "extract/dateline.h"

#include <algorithm>

#include <re2/re2.h>
#include <unicode/unistr.h>

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

const RE2& DatelinePattern() {
  static const RE2* re = [] {
    const std::string word = R"(\p{Lu}[\p{L}\p{M}'’.\-]*)";
    const std::string particle = R"((?:de|del|la|le|el|al|es|of|upon|am|sur|en|di|do|da))";
    const std::string place = "(" + word + R"((?:\s+(?:)" + word + "|" + particle + R"()){0,3}))";
    const std::string region = R"((?:\s*,\s*\p{Lu}[\p{L}\p{M}.'’ ]{0,25}?))";
    const std::string date = R"((?:\s*,\s*(?:\p{Lu}\p{L}+\.?\s+\d{1,2}|\d{1,2}\.?\s+\p{L}+\.?)(?:,?\s+\d{4})?))";
    const std::string agency = R"((?:\s*\(([^()]{1,40})\)))";
    // A hyphen needs spaces around it ("Rhys-Davies" is a name); long dashes may touch.
    const std::string dash = R"((?:\s*(?:—|–|―)|\s+-{1,2}|--)\s+)";
    const std::string start = R"((\p{Lu}|["“‘'\d]))";
    std::string pattern = R"(^\s*(?:)" + place + region + "?" + date + "?)?" + agency + "?" +
                          dash + start;
    return new RE2(pattern);
  }();
  return *re;
}

// Every dateline ends with a hyphen or a long dash (U+2013, U+2014, U+2015), so
// text without one is passed over before the pattern (whose Unicode classes
// take tens of milliseconds to compile) is ever built.
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
  re2::StringPiece groups[4];
  std::string_view head = paragraph.substr(0, kMaxDatelineBytes + 16);
  if (!HasDash(head)) return std::nullopt;
  if (!DatelinePattern().Match(head, 0, head.size(), RE2::ANCHOR_START, groups, 4)) {
    return std::nullopt;
  }
  std::string_view place(groups[1].data(), groups[1].size());
  bool has_agency = groups[2].data() != nullptr;
  if (place.empty() && !has_agency) return std::nullopt;
  size_t body_start = groups[3].data() - paragraph.data();
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
