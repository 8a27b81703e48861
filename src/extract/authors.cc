#include "extract/authors.h"

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_set>

#include <re2/re2.h>

#include "extract/dates.h"
#include "extract/meta_text.h"

namespace lede {
namespace {

// Limits on what one person's name can look like.
constexpr size_t kMaxNameWords = 5;
constexpr size_t kMaxNameBytes = 60;

// Multi-byte punctuation that may surround a name.
constexpr std::string_view kWideJunk[] = {"–", "—", "·", "•", "“", "”"};

// Removes ASCII characters of `junk` and the kWideJunk marks from both ends.
std::string_view Trim(std::string_view s, std::string_view junk = " \t\r\n\f\v,;:|-/") {
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    if (junk.find(s.front()) != std::string_view::npos) {
      s.remove_prefix(1), changed = true;
    } else if (!s.empty() && junk.find(s.back()) != std::string_view::npos) {
      s.remove_suffix(1), changed = true;
    }
    for (std::string_view w : kWideJunk) {
      if (s.starts_with(w)) s.remove_prefix(w.size()), changed = true;
      if (s.ends_with(w)) s.remove_suffix(w.size()), changed = true;
    }
  }
  return s;
}

// Words that make a name an organisation, a desk or a role (lower case, whole words).
const std::unordered_set<std::string>& OrganisationWords() {
  static const auto* words = new std::unordered_set<std::string>{
      "news", "press", "agency", "agencies", "staff", "media", "editor", "editors", "editorial",
      "desk", "team", "corporation", "corp", "inc", "ltd", "llc", "gmbh", "group", "university",
      "network", "magazine", "times", "post", "journal", "reporter", "reporters", "correspondent",
      "contributor", "contributors", "service", "services", "associated", "reuters", "afp", "ap",
      "dpa", "bbc", "cnn", "writer", "writers", "admin", "administrator", "redaktion", "rédaction",
      "newsroom", "online", "digital", "foundation", "institute", "council", "department",
      "ministry", "office", "company", "bureau", "daily", "weekly", "tribune", "herald",
      "gazette", "wire", "broadcasting", "television", "radio", "tv", "channel", "club",
      "association", "society", "committee", "center", "centre", "school", "college",
      "guest", "author", "authors", "citizen", "sponsored", "partner", "content", "blog",
      "redazione", "redacción", "redaccion", "redação", "officer", "chief", "head", "director",
      "president", "manager", "founder", "ceo", "cto", "fellow", "senior", "associate",
      "assistant", "producer", "columnist", "analyst", "expert", "specialist", "intern",
      "contributing", "freelance", "labs", "studio", "studios",
  };
  return *words;
}

// Lower-case words that may start with a small letter inside a name.
const std::unordered_set<std::string>& NameParticles() {
  static const auto* words = new std::unordered_set<std::string>{
      "de", "da", "do", "dos", "das", "di", "del", "della", "van", "von", "der", "den", "ter",
      "la", "le", "du", "bin", "ibn", "al", "el", "y", "e", "af", "zu",
  };
  return *words;
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t start = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > start) words.push_back(s.substr(start, i - start));
  }
  return words;
}

// Strips the punctuation around one word, for the organisation and particle look-ups.
std::string WordKey(std::string_view word) {
  return AsciiLower(Trim(word, " .,;:()[]\"'"));
}

bool StartsUpperOrNonAscii(std::string_view word) {
  unsigned char c = word.empty() ? 0 : word[0];
  return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// True when `name` has the shape of a person's name: 2-5 words, capitalised (or
// particles), no digits, no leftover markup.
bool LooksLikePersonName(std::string_view name) {
  if (name.empty() || name.size() > kMaxNameBytes) return false;
  if (name.find_first_of("0123456789@#<>{}[]=+*_\\/?!") != std::string_view::npos) return false;
  auto words = Words(name);
  if (words.size() < 2 || words.size() > kMaxNameWords) return false;
  for (std::string_view word : words) {
    if (!StartsUpperOrNonAscii(word) && !NameParticles().count(WordKey(word))) return false;
  }
  return !IsOrganisationName(name);
}

// Patterns removed from a byline before it is split.
const std::vector<std::unique_ptr<RE2>>& NoisePatterns() {
  static const auto* patterns = [] {
    RE2::Options opts;
    opts.set_case_sensitive(false);
    auto* v = new std::vector<std::unique_ptr<RE2>>;
    for (const char* p : {
             R"(\S+@\S+)",                       // e-mail addresses
             R"(https?://\S+|www\.\S+)",         // links
             R"((?:^|\s)@\w+)",                  // social handles
             R"(\b(?:e-?mail|contact|follow|message)\s+(?:the\s+)?(?:author|me|us|him|her)\b.*)",
             R"(\b(?:twitter|facebook|linkedin|instagram|email|e-mail)\b.*)",
             R"(\b(?:\d+|an?|one)?\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\b)",
             R"(\b(?:updated|published|posted|last modified|modified|aktualisiert|veröffentlicht|mis à jour|publié|actualizado)\b.*)",
             R"(\b\d{1,2}:\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?.*)",  // times and what follows
             R"(\(.*?\))",                       // parenthesised roles, agencies
             // secondary credits: "Photography by ...", "With contributions from ..."
             R"((?:photography|photos?|illustrations?|styled|reviewed|edited|fact[- ]?checked|video|graphics|additional reporting|contributions?)\s+(?:by|from)\b.*)",
             R"(^.*?\bby\s+)",                   // a label before "by": "News By Jane Doe"
         }) {
      v->push_back(std::make_unique<RE2>(p, opts));
    }
    // Stamps glued to the name by markup without spaces: "Jane DoePublished: ...".
    v->push_back(std::make_unique<RE2>(R"((?:Updated|Published|Posted|Last Updated).*)"));
    return v;
  }();
  return *patterns;
}

// Degrees and credentials after a name ("Lauren Manaker MS, RDN, LD").
constexpr std::string_view kCredentials[] = {"ms", "ma", "md", "phd", "ph.d.", "ph.d", "rdn",
                                             "ld", "rn", "mph", "mba", "cfa", "cpa", "esq",
                                             "esq."};

std::string_view StripCredentials(std::string_view name) {
  while (true) {
    size_t space = name.rfind(' ');
    if (space == std::string_view::npos) return name;
    std::string last = AsciiLower(name.substr(space + 1));
    if (std::find(std::begin(kCredentials), std::end(kCredentials), last) ==
        std::end(kCredentials)) {
      return name;
    }
    name = name.substr(0, space);
  }
}

// "Jane DoeJane Doe" (the same name twice, glued by markup) -> "Jane Doe".
std::string_view Undouble(std::string_view name) {
  size_t half = name.size() / 2;
  if (name.size() % 2 == 0 && half > 0 && name.substr(0, half) == name.substr(half)) {
    return name.substr(0, half);
  }
  return name;
}

// Byline openers, lower case, each followed by a space or a colon.
constexpr std::string_view kOpeners[] = {
    "written by", "reporting by", "words by", "story by", "text by", "posted by", "photos by",
    "eingestellt von", "veröffentlicht von", "geschrieben von", "verfasst von",
    "ein beitrag von", "publié par", "écrit par", "publicado por", "escrito por", "scritto da",
    "by", "von", "par", "por", "di", "door", "av", "text", "autor", "autorin", "author",
    "auteur", "redactor", "reporter", "bylined",
};

std::string_view StripOpener(std::string_view s) {
  std::string lower = AsciiLower(s.substr(0, 24));
  for (std::string_view opener : kOpeners) {
    if (lower.size() > opener.size() && lower.compare(0, opener.size(), opener) == 0 &&
        (lower[opener.size()] == ' ' || lower[opener.size()] == ':')) {
      return Trim(s.substr(opener.size()));
    }
  }
  return s;
}

// Splits on the separators between names: , ; | / & "and" "und" "et" "y" "e" "en".
std::vector<std::string> SplitNames(std::string byline) {
  static const RE2* separators = new RE2(
      R"(\s*(?:[,;|/&\n]|·|•|\s+(?:and|und|et|y|e|en|og|och|i)\s+|\s[-–—]\s)\s*)");
  RE2::GlobalReplace(&byline, *separators, "\x1f");
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t end; (end = byline.find('\x1f', start)) != std::string::npos; start = end + 1) {
    parts.push_back(byline.substr(start, end - start));
  }
  parts.push_back(byline.substr(start));
  return parts;
}

// Words left before a date that a cut at the date leaves behind: weekdays and
// labels ("Tomas Spahn Fr, 18. Oktober 2019", "Sara Zinnecker Stand: 5. Februar 2020").
constexpr std::string_view kBeforeDate[] = {
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "mo", "di", "mi", "do", "fr", "sa", "so",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "am",
    "on", "le", "el", "il", "stand", "vom", "den"};

// Cuts a candidate at the first date in it ("Laura June Topolsky July 10, 2015"),
// with the weekday or label that led up to the date.
std::string_view CutAtDate(std::string_view s) {
  DateBounds any;
  auto found = FindDate(s, any);
  if (!found) return s;
  s = Trim(s.substr(0, found->start));
  for (size_t space; (space = s.rfind(' ')) != std::string_view::npos;) {
    std::string last = AsciiLower(Trim(s.substr(space + 1), " .,:"));
    if (std::find(std::begin(kBeforeDate), std::end(kBeforeDate), last) == std::end(kBeforeDate)) {
      break;
    }
    s = Trim(s.substr(0, space));
  }
  return s;
}

}  // namespace

bool IsOrganisationName(std::string_view name) {
  auto words = Words(name);
  if (words.empty()) return false;
  if (WordKey(words[0]) == "the") return true;
  for (std::string_view word : words) {
    if (OrganisationWords().count(WordKey(word))) return true;
  }
  return false;
}

std::vector<std::string> ParseByline(std::string_view byline) {
  std::vector<std::string> names;
  AddAuthors(byline, &names);
  return names;
}

void AddAuthors(std::string_view byline, std::vector<std::string>* authors) {
  std::string text = CollapseWhitespace(byline);
  text = std::string(CutAtDate(text));
  for (const auto& re : NoisePatterns()) RE2::GlobalReplace(&text, *re, " ");
  for (const std::string& part : SplitNames(CollapseWhitespace(StripOpener(Trim(text))))) {
    std::string name(Undouble(StripCredentials(CollapseWhitespace(Trim(StripOpener(Trim(part)))))));
    if (!LooksLikePersonName(name)) continue;
    std::string key = AsciiLower(name);
    bool seen = std::any_of(authors->begin(), authors->end(),
                            [&](const std::string& a) { return AsciiLower(a) == key; });
    if (!seen) authors->push_back(std::move(name));
  }
}

}  // namespace lede
