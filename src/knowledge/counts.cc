#include "knowledge/counts.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <string>

#include "knowledge/word_case.h"

namespace lede {
namespace {

// Words around a count that give it its type; matched as prefixes of lower-case words.
struct Trigger {
  std::string_view prefix;
  std::string_view type;
};
constexpr Trigger kTriggers[] = {
    {"arrest", "ARREST"},  {"detain", "ARREST"},    {"apprehend", "ARREST"},
    {"killed", "KILL"},    {"kills", "KILL"},        {"killing", "KILL"},
    {"dead", "KILL"},      {"died", "KILL"},         {"death", "KILL"},
    {"slain", "KILL"},     {"murder", "KILL"},       {"wound", "WOUND"},
    {"injur", "WOUND"},    {"hurt", "WOUND"},        {"kidnap", "KIDNAP"},
    {"abduct", "KIDNAP"},  {"hostage", "KIDNAP"},    {"attack", "ATTACK"},
    {"protest", "PROTEST"}, {"demonstrat", "PROTEST"}, {"marched", "PROTEST"},
    {"seiz", "SEIZE"},     {"confiscat", "SEIZE"},   {"displac", "DISPLACE"},
    {"fled", "DISPLACE"},  {"evacuat", "DISPLACE"},  {"homeless", "DISPLACE"},
    {"refugee", "DISPLACE"}, {"affect", "AFFECT"},
};
constexpr std::string_view kAmount = "AMOUNT";
// How far (in tokens) before the number and after its object a trigger is looked for.
constexpr size_t kTriggerWindowBefore = 8;
constexpr size_t kTriggerWindowAfter = 5;
// Object phrases: at most this many modifiers before the head noun, and this many
// tokens of a relative clause ("who came back to the country") after it.
constexpr size_t kMaxModifiers = 3;
constexpr size_t kMaxClauseTokens = 12;

constexpr std::string_view kUnits[] = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen"};
constexpr std::string_view kTens[] = {"twenty", "thirty", "forty", "fifty",
                                      "sixty",  "seventy", "eighty", "ninety"};
struct Scale {
  std::string_view word;
  double value;
};
constexpr Scale kScales[] = {{"dozen", 12},          {"hundred", 100},
                             {"thousand", 1e3},      {"million", 1e6},
                             {"billion", 1e9},       {"trillion", 1e12}};
constexpr std::string_view kMonths[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
    "sep.", "sept.", "oct.", "nov.", "dec."};
constexpr std::string_view kIrregularPlurals[] = {
    "people", "women", "men", "children", "police", "personnel", "staff", "cattle", "sheep",
    "aircraft", "dead", "wounded", "injured", "militia", "crew", "youth", "youths"};
// Words that end an object phrase before its head noun.
constexpr std::string_view kBoundaries[] = {
    "in", "at", "on", "from", "to", "by", "with", "for", "during", "after", "before", "since",
    "and", "or", "but", "were", "was", "are", "is", "have", "has", "had", "been", "be", "said",
    "according", "of", "than", "more", "over", "about", "who", "that", "which", "the"};
constexpr std::string_view kRelativePronouns[] = {"who", "that", "which", "whom"};
constexpr std::string_view kSubsetCues[] = {"including", "among", "whom"};
constexpr std::string_view kTotalCues[] = {"totaling", "totalling", "numbering", "total"};

bool ParseDigits(std::string_view s, double* value) {
  std::string plain;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == ',') {  // thousands separator: three digits, then the end, ',' or '.'
      const size_t rest = s.size() - i - 1;
      const bool group = i > 0 && rest >= 3 && std::isdigit(static_cast<unsigned char>(s[i + 1])) &&
                         std::isdigit(static_cast<unsigned char>(s[i + 2])) &&
                         std::isdigit(static_cast<unsigned char>(s[i + 3])) &&
                         (rest == 3 || s[i + 4] == ',' || s[i + 4] == '.');
      if (!group) return false;
      continue;
    }
    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.')) return false;
    plain.push_back(c);
  }
  if (plain.empty() || plain.front() == '.' || plain.back() == '.' ||
      std::count(plain.begin(), plain.end(), '.') > 1) {
    return false;
  }
  *value = std::strtod(plain.c_str(), nullptr);
  return true;
}

bool ParseWords(std::string_view word, double* value) {
  const size_t hyphen = word.find('-');
  if (hyphen != std::string_view::npos) {  // "twenty-five"
    double tens = 0, unit = 0;
    if (!ParseWords(word.substr(0, hyphen), &tens) || tens < 20 ||
        !ParseWords(word.substr(hyphen + 1), &unit) || unit < 1 || unit > 9) {
      return false;
    }
    *value = tens + unit;
    return true;
  }
  for (size_t i = 0; i < std::size(kUnits); ++i) {
    if (word == kUnits[i]) { *value = i; return true; }
  }
  for (size_t i = 0; i < std::size(kTens); ++i) {
    if (word == kTens[i]) { *value = 20 + 10 * i; return true; }
  }
  return false;
}

double ScaleOf(std::string_view word) {
  for (const Scale& s : kScales) {
    if (s.word == word) return s.value;
  }
  return 0;
}

bool IsPluralNoun(std::string_view w) {
  if (OneOf(w, kIrregularPlurals)) return true;
  return w.size() > 3 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us") &&
         !w.ends_with("is");
}

// Scans one sentence; words are lower-cased once.
class SentenceScanner {
 public:
  SentenceScanner(const Document& doc, const Sentence& sentence, std::vector<Count>* counts)
      : doc_(doc), begin_(sentence.token_begin), end_(sentence.token_end), counts_(counts) {
    std::string lower;
    for (uint32_t i = begin_; i < end_; ++i) words_.push_back(AsciiLower(doc.norm(Tok(i)), &lower));
  }

  void Run() {
    const size_t first_in_sentence = counts_->size();
    for (uint32_t i = begin_; i < end_;) {
      Count count;
      uint32_t next = ParsePhrase(i, &count.number);
      if (next == i) { ++i; continue; }
      if (IsCount(i, next, count.number)) {
        count.span = {Tok(i).span.start, Tok(next - 1).span.end};
        uint32_t object_begin = next;
        uint32_t object_end = FindObject(next, &count.object);
        if (object_end == next && FollowsTotalCue(i)) {
          object_end = ObjectAfterComma(next, &object_begin, &count.object);
        }
        if (IsSubset(i) && counts_->size() > first_in_sentence) {
          count.parent = static_cast<int32_t>(counts_->size() - 1);
        }
        count.type = TypeOf(i, object_begin, std::max(next, object_end), count.parent);
        counts_->push_back(count);
      }
      i = next;
    }
  }

 private:
  const Token& Tok(uint32_t i) const { return doc_.tokens()[i]; }
  const std::string& Word(uint32_t i) const { return words_[i - begin_]; }
  bool IsWord(uint32_t i) const { return i < end_ && Tok(i).kind() == TokenKind::kWord; }

  // Returns the token after the number phrase starting at i, or i if none.
  uint32_t ParsePhrase(uint32_t i, double* value) const {
    uint32_t j = i;
    if ((Word(i) == "a" || Word(i) == "an") && i + 1 < end_ && ScaleOf(Word(i + 1)) > 0) {
      *value = 1;
      ++j;
    } else {
      const bool digits = Tok(i).kind() == TokenKind::kNumber;
      if (!(digits ? ParseDigits(Word(i), value) : ParseWords(Word(i), value))) return i;
      ++j;
    }
    while (j < end_ && ScaleOf(Word(j)) > 0) *value *= ScaleOf(Word(j++));
    return j;
  }

  bool IsCount(uint32_t i, uint32_t next, double value) const {
    const std::string& w = Word(i);
    if (next == i + 1 && (w == "one" || w == "zero")) return false;
    const bool four_digits = w.size() == 4 && Tok(i).kind() == TokenKind::kNumber;
    if (four_digits && value >= 1800 && value <= 2100) return false;  // a year
    if (i > begin_ && OneOf(Word(i - 1), kMonths)) return false;       // "May 18"
    if (next < end_) {
      const std::string& after = Word(next);
      if (OneOf(after, kMonths) || after == "%" || after == "percent" || after == "per" ||
          after == "a.m." || after == "p.m." || after == ":") {
        return false;
      }
    }
    return true;
  }

  // Fills *object with the counted noun phrase starting at `start`; returns the
  // token after it (start when there is none).
  uint32_t FindObject(uint32_t start, Span* object) const {
    uint32_t head = start;
    while (head < end_ && head - start <= kMaxModifiers && IsWord(head) &&
           !OneOf(Word(head), kBoundaries) && !IsPluralNoun(Word(head))) {
      ++head;
    }
    if (!IsWord(head) || head - start > kMaxModifiers || !IsPluralNoun(Word(head))) return start;
    uint32_t last = head + 1;
    if (last < end_ && Word(last) == "of") last = ExtendWhile(last + 1, 3);
    if (last < end_ && OneOf(Word(last), kRelativePronouns)) last = ExtendWhile(last + 1, kMaxClauseTokens);
    *object = {Tok(start).span.start, Tok(last - 1).span.end};
    return last;
  }

  // The token after up to max_tokens that are not clause-ending punctuation.
  uint32_t ExtendWhile(uint32_t i, size_t max_tokens) const {
    const uint32_t limit = std::min<uint32_t>(end_, i + max_tokens);
    while (i < limit && Tok(i).kind() != TokenKind::kPunct) ++i;
    return i;
  }

  bool FollowsTotalCue(uint32_t i) const { return i > begin_ && OneOf(Word(i - 1), kTotalCues); }

  // "Totaling 1,664 according to the BCIJ, Moroccan recruits ...": the object is the
  // noun phrase after the next comma.
  uint32_t ObjectAfterComma(uint32_t i, uint32_t* object_begin, Span* object) const {
    while (i < end_ && Word(i) != ",") ++i;
    if (i == end_) return i;
    *object_begin = i + 1;
    return FindObject(i + 1, object);
  }

  bool IsSubset(uint32_t i) const {
    for (uint32_t back = 1; back <= 2 && i >= begin_ + back; ++back) {
      if (OneOf(Word(i - back), kSubsetCues)) return true;
    }
    return false;
  }

  // The type of the trigger nearest the number. Triggers outside the counted
  // object win ("12 protesters were arrested" is an ARREST); a count with none
  // takes its parent's type, else AMOUNT.
  std::string_view TypeOf(uint32_t number, uint32_t object_begin, uint32_t object_end,
                          int32_t parent) const {
    const uint32_t from =
        number >= begin_ + kTriggerWindowBefore ? number - kTriggerWindowBefore : begin_;
    const uint32_t to = std::min<uint32_t>(end_, object_end + kTriggerWindowAfter);
    for (bool inside_object : {false, true}) {
      std::string_view best;
      size_t best_distance = SIZE_MAX;
      for (uint32_t i = from; i < to; ++i) {
        if ((i >= object_begin && i < object_end) != inside_object) continue;
        const size_t distance = i < number ? number - i : i - number;
        for (const Trigger& t : kTriggers) {
          if (distance < best_distance && Word(i).starts_with(t.prefix)) {
            best = t.type;
            best_distance = distance;
          }
        }
      }
      if (!best.empty()) return best;
    }
    return parent != Count::kNoParent ? (*counts_)[parent].type : kAmount;
  }

  const Document& doc_;
  const uint32_t begin_, end_;
  std::vector<Count>* counts_;
  std::vector<std::string> words_;
};

}  // namespace

bool ParseNumberWord(std::string_view word, double* value) {
  return ParseDigits(word, value) || ParseWords(word, value);
}

std::vector<Count> FindCounts(const Document& doc) {
  std::vector<Count> counts;
  for (const Sentence& s : doc.sentences()) SentenceScanner(doc, s, &counts).Run();
  return counts;
}

}  // namespace lede
