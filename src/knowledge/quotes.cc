#include "knowledge/quotes.h"

#include <algorithm>
#include <cstdint>

#include "knowledge/roles.h"
#include "knowledge/word_case.h"
#include "util/lines.h"

namespace lede {
namespace {

// Tokens searched for the cue after a closing mark, and before an opening mark.
constexpr uint32_t kCueWindowAfter = 16;
constexpr uint32_t kCueWindowBefore = 14;
// Longest speaker mention, in tokens ("Juan Ignacio Zoido", "a spokesman for the ministry").
constexpr uint32_t kMaxSpeakerTokens = 8;
// Tokens searched back over an appositive ("El Khiam, the director of the BCIJ, said").
constexpr uint32_t kMaxAppositiveTokens = 12;

constexpr std::string_view kPronouns[] = {"he", "she", "they", "we", "i", "it"};
constexpr std::string_view kDeterminers[] = {
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "one", "another", "some",
    "many", "several", "those", "these", "both", "each", "all", "two", "three", "other"};
constexpr std::string_view kNameParticles[] = {"de", "del", "da", "van", "von", "bin", "ibn",
                                               "al", "el", "la", "le", "di", "du", "der"};
// Words that may stand between a speaker and the cue: "he also said", "she has said"
// (and any "-ly" adverb: "she emphatically said").
constexpr std::string_view kBetweenSpeakerAndCue[] = {
    "also", "later", "then", "previously", "earlier", "again", "once", "further", "has",
    "had", "have", "was", "is", "would", "will", "could", "recently", "repeatedly"};
constexpr std::string_view kPhraseLinks[] = {"of", "for", "at", "to"};

enum class QuoteStyle { kDouble, kSingle, kGuillemet, kSingleGuillemet };

QuoteStyle StyleOf(std::string_view mark) {
  if (mark == "‘" || mark == "’" || mark == "'" || mark == "‚") return QuoteStyle::kSingle;
  if (mark == "«" || mark == "»") return QuoteStyle::kGuillemet;
  if (mark == "‹" || mark == "›") return QuoteStyle::kSingleGuillemet;
  return QuoteStyle::kDouble;
}

// A pair of token indexes: a quote's first opening mark (several for a quote
// running over paragraphs) and its closing one; also used for [begin, end) ranges.
struct MarkPair {
  uint32_t open = 0;
  uint32_t close = 0;
};

// A quote's marks, each one or two tokens (a doubled apostrophe '' is one double
// mark, as The New York Times writes them): `open` and `close` are the tokens right
// around the quoted text, `open_first` and `close_last` the outer ones.
struct QuoteMarks {
  uint32_t open_first = 0, open = 0;
  uint32_t close = 0, close_last = 0;
  MarkPair inner() const { return {open, close}; }
};

}  // namespace

// Finds the quotes of one document.
class QuoteScanner {
 public:
  QuoteScanner(const QuoteFinder& finder, const Document& doc)
      : finder_(finder), doc_(doc), tokens_(doc.tokens()) {
    std::string lower;
    words_.reserve(tokens_.size());
    for (const Token& t : tokens_) words_.push_back(AsciiLower(doc.norm(t), &lower));
  }

  std::vector<Quote> Run() const {
    std::vector<Quote> quotes;
    std::vector<MarkPair> outer;  // each quote's first opening and last closing mark
    uint32_t last_close = 0;
    for (const QuoteMarks& marks : PairMarks()) {
      const MarkPair pair = marks.inner();
      if (pair.close == pair.open + 1) continue;
      Quote q;
      q.text = {tokens_[pair.open + 1].span.start, tokens_[pair.close - 1].span.end};
      q.fragments = {q.text};
      // A short quote counts only when a speaker follows it ("“No,” he said");
      // otherwise it is a scare quote or a title.
      const bool said_after = AttributeAfter(marks.close_last, &q);
      const bool short_quote = CountWords(pair) < QuoteFinder::kMinWords;
      if (IsTitleCase(pair) || (short_quote && !said_after)) continue;
      if (!said_after) AttributeBefore(marks.open_first, &q);
      q.partial = IsPartial(marks.open_first, q);
      // “A,” he said. “B.” and “A,” he said, “B.”: B has no cue of its own or A's.
      const bool continues = !quotes.empty() && quotes.back().cue.size() > 0 &&
                             (q.cue.size() == 0 || q.cue == quotes.back().cue) &&
                             !ParagraphBetween(last_close, marks.open_first);
      last_close = marks.close_last;
      if (continues) {
        Quote& head = quotes.back();  // “A,” he said. “B.”: B continues A
        head.text.end = q.text.end;
        head.fragments.push_back(q.text);
        outer.back().close = marks.close_last;
        continue;
      }
      quotes.push_back(q);
      outer.push_back({marks.open_first, marks.close_last});
    }
    AttributeFromNextQuote(outer, &quotes);
    return quotes;
  }

  // “A.” “B,” X said.: a quote with no cue right before (nothing but space between, same
  // paragraph) a quote attributed after it has that quote's cue and speaker.
  void AttributeFromNextQuote(const std::vector<MarkPair>& outer, std::vector<Quote>* quotes) const {
    for (size_t i = quotes->size(); i-- > 1;) {
      Quote& q = (*quotes)[i - 1];
      const Quote& next = (*quotes)[i];
      if (q.cue.size() > 0 || next.speaker_span.size() == 0 ||
          next.cue.start < next.fragments.front().end ||
          outer[i].open != outer[i - 1].close + 1 || Has(outer[i].open, kTokenParagraphStart)) {
        continue;
      }
      q.cue = next.cue;
      q.speaker_span = next.speaker_span;
    }
  }

 private:
  bool Has(uint32_t i, TokenFlag flag) const { return tokens_[i].has(flag); }
  bool IsWord(uint32_t i) const { return tokens_[i].kind() == TokenKind::kWord; }
  bool IsCapitalised(uint32_t i) const {
    return IsWord(i) && (Has(i, kTokenTitle) || Has(i, kTokenUpper));
  }
  // Final punctuation the sentence splitter ends a sentence with (not the dot of an
  // abbreviation such as "R-Ky."), or a paragraph start.
  bool EndsSentence(uint32_t i) const {
    if (Has(i, kTokenParagraphStart)) return true;
    if (words_[i] != "." && words_[i] != "!" && words_[i] != "?") return false;
    return i + 1 >= tokens_.size() || Has(i + 1, kTokenSentenceStart) || Has(i + 1, kTokenQuote);
  }

  // A doubled apostrophe starting at i: '' or ’’ written as two touching marks.
  bool DoubledApostrophe(uint32_t i) const {
    return i + 1 < tokens_.size() && words_[i] == "'" && words_[i + 1] == "'" &&
           tokens_[i + 1].span.start == tokens_[i].span.end && !Has(i + 1, kTokenClitic);
  }

  QuoteStyle StyleAt(uint32_t i) const {
    return DoubledApostrophe(i) ? QuoteStyle::kDouble : StyleOf(doc_.text(tokens_[i].span));
  }

  std::vector<QuoteMarks> PairMarks() const {
    std::vector<QuoteMarks> pairs;
    constexpr uint32_t kNoOpen = UINT32_MAX;
    uint32_t open = kNoOpen, open_first = kNoOpen;
    QuoteStyle style = QuoteStyle::kDouble;
    for (uint32_t i = 0; i < tokens_.size(); ++i) {
      const bool is_mark = Has(i, kTokenQuote) && !Has(i, kTokenClitic);
      const bool opens = is_mark && Has(i, kTokenOpenQuote);
      const uint32_t last = is_mark && DoubledApostrophe(i) ? i + 1 : i;  // the mark's last token
      if (open != kNoOpen && Has(i, kTokenParagraphStart)) {
        // A quote running on: the next paragraph opens again in the same style.
        if (opens && StyleAt(i) == style) {
          i = last;
          continue;
        }
        open = kNoOpen;
      }
      if (!is_mark) continue;
      const QuoteStyle this_style = StyleAt(i);
      if (open == kNoOpen || (opens && this_style == style && Has(i, kTokenSpaceBefore))) {
        if (opens) open_first = i, open = last, style = this_style;
      } else if (this_style == style) {
        pairs.push_back({open_first, open, i, last});
        open = kNoOpen;
      }
      i = last;
    }
    return pairs;
  }

  bool ParagraphBetween(uint32_t from, uint32_t to) const {
    for (uint32_t i = from + 1; i <= to; ++i) {
      if (Has(i, kTokenParagraphStart)) return true;
    }
    return false;
  }

  size_t CountWords(const MarkPair& pair) const {
    size_t n = 0;
    for (uint32_t i = pair.open + 1; i < pair.close; ++i) n += IsWord(i);
    return n;
  }

  // A title or a name ("The Art of War", "This Week"): a quote of one or two
  // words that are all capitalised, or a longer one whose words of three letters
  // or more after the first are all capitalised.
  bool IsTitleCase(const MarkPair& pair) const {
    std::vector<uint32_t> words;
    for (uint32_t i = pair.open + 1; i < pair.close; ++i) {
      if (IsWord(i)) words.push_back(i);
    }
    if (words.size() <= 2) {
      return std::all_of(words.begin(), words.end(), [&](uint32_t i) { return IsCapitalised(i); });
    }
    bool any_long = false;
    for (size_t k = 1; k < words.size(); ++k) {
      if (words_[words[k]].size() < 3) continue;
      if (!IsCapitalised(words[k])) return false;
      any_long = true;
    }
    return any_long;
  }

  // The number of tokens of the longest cue starting at i, or 0.
  uint32_t CueLength(uint32_t i) const {
    uint32_t best = 0;
    auto [first, last] = finder_.cues_.equal_range(words_[i]);
    for (auto it = first; it != last; ++it) {
      const std::vector<std::string>& phrase = it->second;
      uint32_t n = 0;
      while (n < phrase.size() && i + n < tokens_.size() && words_[i + n] == phrase[n]) ++n;
      if (n == phrase.size()) best = std::max(best, n);
    }
    return best;
  }

  // A speaker mention starting at i; returns its end token, or i if none.
  uint32_t SpeakerForward(uint32_t i) const {
    const uint32_t limit = std::min<uint32_t>(tokens_.size(), i + kMaxSpeakerTokens);
    if (i >= limit) return i;
    if (OneOf(words_[i], kPronouns)) return i + 1;
    uint32_t j = i;
    if (IsCapitalised(i)) {  // a name, possessives included ("Commentary’s Noah Rothman")
      while (j < limit && (IsCapitalised(j) || ((OneOf(words_[j], kNameParticles) ||
                                                 Has(j, kTokenClitic)) &&
                                                j + 1 < limit && IsCapitalised(j + 1)))) {
        ++j;
      }
      return j;
    }
    if (!OneOf(words_[i], kDeterminers)) return RoleAndName(i, limit);
    for (j = i + 1; j < limit && IsWord(j) && CueLength(j) == 0; ++j) {
      if (OneOf(words_[j], kPhraseLinks) &&
          !(j + 1 < limit && (OneOf(words_[j + 1], kDeterminers) || IsCapitalised(j + 1)))) {
        break;
      }
    }
    return j > i + 1 ? j : i;
  }

  // A role in lower case and the name after it, from i ("said police spokesman Mark
  // Smith", "according to interior ministry spokesman Khalid Zerouali"); returns its end
  // token (at most `limit`), or i if none.
  uint32_t RoleAndName(uint32_t i, uint32_t limit) const {
    uint32_t name = i;
    while (name < limit && IsWord(name) && Has(name, kTokenLower) &&
           !OneOf(words_[name], kPhraseLinks) && CueLength(name) == 0) {
      ++name;
    }
    if (name == i || name == limit || !OneOf(words_[name - 1], kRoleNouns) ||
        !IsCapitalised(name)) {
      return i;
    }
    uint32_t end = name;
    while (end < limit && IsCapitalised(end)) ++end;
    return end;
  }

  // A speaker mention ending at `last` (inclusive), no earlier than `floor`;
  // returns [begin, end) or an empty range.
  MarkPair SpeakerBackward(uint32_t last, uint32_t floor) const {
    constexpr MarkPair kNone{0, 0};
    if (OneOf(words_[last], kPronouns)) return {last, last + 1};
    if (words_[last] == ",") {  // an appositive: the mention before it
      for (uint32_t j = last; j-- > floor && last - j <= kMaxAppositiveTokens;) {
        if (words_[j] == ",") return j > floor ? SpeakerBackward(j - 1, floor) : kNone;
      }
      return kNone;
    }
    if (IsCapitalised(last)) {
      uint32_t j = last;
      while (j > floor && last - j + 1 < kMaxSpeakerTokens &&
             (IsCapitalised(j - 1) || OneOf(words_[j - 1], kNameParticles))) {
        --j;
      }
      while (j < last && !IsCapitalised(j)) ++j;  // a particle cannot start a name
      return {j, last + 1};
    }
    for (uint32_t j = last + 1; j-- > floor && last - j < kMaxSpeakerTokens;) {
      if (words_[j] == "," && j > floor && Has(j - 1, kTokenLower) && Has(j + 1, kTokenLower)) {
        continue;  // adjectives: "the bespectacled, 71-year-old diplomat"
      }
      if (Has(j, kTokenClitic) && j > floor && IsCapitalised(j - 1)) {  // "Ryan's office"
        uint32_t name = j - 1;
        while (name > floor && last - name + 1 < kMaxSpeakerTokens && IsCapitalised(name - 1)) --name;
        return {name, last + 1};
      }
      if (!IsWord(j)) break;
      if (OneOf(words_[j], kDeterminers)) return {j, last + 1};
    }
    return kNone;
  }

  // A lower-case "-ly" word: "Clinton emphatically proclaimed".
  bool IsAdverb(uint32_t i) const {
    return Has(i, kTokenLower) && words_[i].size() > 4 && words_[i].ends_with("ly");
  }

  // The speaker right before a cue at c ("he also said"), no earlier than floor,
  // over a parenthesis ("Rep. Jim McDermott (D-Wash.) said").
  MarkPair SpeakerBeforeCue(uint32_t c, uint32_t floor) const {
    uint32_t last = c;
    while (last > floor && (OneOf(words_[last - 1], kBetweenSpeakerAndCue) || IsAdverb(last - 1))) {
      --last;
    }
    if (last > floor && words_[last - 1] == ")") {
      uint32_t open = last - 1;
      while (open > floor && c - open <= kMaxAppositiveTokens && words_[open] != "(") --open;
      if (words_[open] == "(") last = open;
    }
    return last > floor ? SpeakerBackward(last - 1, floor) : MarkPair{0, 0};
  }

  // The speaker right after a cue ending at `after` ("said Mr. Smith"), or empty.
  MarkPair SpeakerAfterCue(uint32_t after) const {
    return after < tokens_.size() ? MarkPair{after, SpeakerForward(after)} : MarkPair{0, 0};
  }

  bool StopsCueSearch(uint32_t i) const {
    return EndsSentence(i) || Has(i, kTokenQuote) || Has(i, kTokenParagraphStart);
  }

  // The rest of the quote's sentence: "..., he said" / "...," said the minister /
  // "..." about the decision, said X / "...," Senator X, an adviser, told AFP.
  // When the quote ends its sentence ("“...?” Sanders asked."), the next sentence
  // attributes it only when it opens with the speaker and the cue.
  bool AttributeAfter(uint32_t close, Quote* q) const {
    const uint32_t first = close + 1;
    if (first >= tokens_.size()) return false;
    const bool new_sentence = Has(first, kTokenSentenceStart);
    if (new_sentence && Has(first, kTokenParagraphStart)) return false;
    const uint32_t limit = std::min<uint32_t>(tokens_.size(), first + kCueWindowAfter);
    for (uint32_t c = first; c < limit && !StopsCueSearch(c); ++c) {
      const uint32_t n = CueLength(c);
      if (n == 0) continue;
      const MarkPair before = SpeakerBeforeCue(c, first);
      const bool inverted = before.close == before.open;  // "...," said X
      if (new_sentence && (inverted || before.open != first)) return false;
      const MarkPair speaker = inverted ? SpeakerAfterCue(c + n) : before;
      return Set(q, speaker.open, speaker.close, c, c + n);
    }
    return false;
  }

  // The start of the quote's sentence: "He said: “...”" / "he made it clear that
  // these youth “...”" / "According to X: “...”" / "Jane Doe: “...”". When the quote
  // opens a paragraph, a previous paragraph ending in ':' introduces it.
  bool AttributeBefore(uint32_t open, Quote* q) const {
    uint32_t end = open;
    if (Has(open, kTokenParagraphStart) && open > 0 && words_[open - 1] == ":") end = open - 1;
    const uint32_t floor = end > kCueWindowBefore ? end - kCueWindowBefore : 0;
    for (uint32_t c = end; c-- > floor;) {
      if (StopsCueSearch(c) || (c + 1 < end && Has(c + 1, kTokenParagraphStart))) break;
      const uint32_t n = CueLength(c);
      if (n == 0 || c + n > end) continue;
      const MarkPair after = SpeakerAfterCue(c + n);
      const bool inverted = after.close > after.open && after.close < end &&
                            (words_[after.close] == ":" || words_[after.close] == ",");
      const MarkPair speaker = inverted ? after : SpeakerBeforeCue(c, floor);
      return Set(q, speaker.open, speaker.close, c, c + n);
    }
    return end > 0 && words_[end - 1] == ":" && AttributeByColon(end - 1, q);
  }

  // "Jeffrey M. Jones: “...”": a name that starts its sentence, then a colon.
  bool AttributeByColon(uint32_t colon, Quote* q) const {
    if (colon == 0) return false;
    const MarkPair name = SpeakerBackward(colon - 1, colon > kMaxSpeakerTokens ? colon - kMaxSpeakerTokens : 0);
    if (name.close == name.open || !Has(name.open, kTokenSentenceStart)) return false;
    q->speaker_span = {tokens_[name.open].span.start, tokens_[name.close - 1].span.end};
    return true;
  }

  // Records a cue [cue_begin, cue_end) and a speaker [speaker_begin, speaker_end)
  // (empty when speaker_begin == speaker_end). Returns true.
  bool Set(Quote* q, uint32_t speaker_begin, uint32_t speaker_end, uint32_t cue_begin,
           uint32_t cue_end) const {
    q->cue = {tokens_[cue_begin].span.start, tokens_[cue_end - 1].span.end};
    if (speaker_end > speaker_begin) {
      q->speaker_span = {tokens_[speaker_begin].span.start, tokens_[speaker_end - 1].span.end};
    }
    return true;
  }

  // Part of a sentence: a word of the sentence comes right before the opening mark
  // and it is not the cue ("said “...”").
  bool IsPartial(uint32_t open, const Quote& q) const {
    if (open == 0 || Has(open, kTokenParagraphStart) || !IsWord(open - 1)) return false;
    return q.cue.size() == 0 || q.cue.end != tokens_[open - 1].span.end;
  }

  const QuoteFinder& finder_;
  const Document& doc_;
  const std::vector<Token>& tokens_;
  std::vector<std::string> words_;
};

Status QuoteFinder::Load(const std::string& cues_path, std::unique_ptr<QuoteFinder>* out) {
  std::unique_ptr<QuoteFinder> finder(new QuoteFinder);
  Status s = ForEachLine(cues_path, [&](std::string_view line, uint64_t) {
    std::vector<std::string> words;
    for (std::string_view w : SplitFields(line, ' ')) {
      if (!w.empty()) words.emplace_back(w);
    }
    if (!words.empty()) finder->cues_.emplace(words[0], std::move(words));
    return Status::OK();
  });
  if (s.ok()) *out = std::move(finder);
  return s;
}

std::vector<Quote> QuoteFinder::Find(const Document& doc) const {
  return QuoteScanner(*this, doc).Run();
}

}  // namespace lede
