#include "nlp/sentences.h"

#include "nlp/abbreviations.h"

namespace lede::nlp {
namespace {

// The most tokens between the brackets of a citation ("[citation needed]").
constexpr size_t kMaxCitationTokens = 5;

// Hard-wrapped text: at least kMinWrappedLines lines, none over kMaxWrappedLineBytes;
// in it, lines shorter than kShortLineBytes were not wrapped (prose wraps at 60-80).
constexpr size_t kMinWrappedLines = 3;
constexpr size_t kMaxWrappedLineBytes = 100;
constexpr size_t kShortLineBytes = 60;

class Splitter {
 public:
  Splitter(std::string_view text, const SentenceOptions& options, std::vector<Token>* tokens)
      : text_(text), options_(options), tokens_(*tokens), hard_wrapped_(IsHardWrapped(text)) {}

  void Run(std::vector<Sentence>* sentences) {
    sentences->clear();
    size_t begin = 0;
    for (size_t i = 0; i < tokens_.size(); ++i) {
      tokens_[i].flags &= ~kTokenSentenceStart;
      if (i > begin && BreaksBefore(i, begin)) {
        sentences->push_back(MakeSentence(begin, i));
        begin = i;
      }
    }
    if (begin < tokens_.size()) sentences->push_back(MakeSentence(begin, tokens_.size()));
  }

 private:
  std::string_view Text(const Token& token) const {
    return text_.substr(token.span.start, token.span.size());
  }

  bool IsTerminal(const Token& token) const {
    if (token.kind() != TokenKind::kPunct) return false;
    const std::string_view s = Text(token);
    if (s == "\u2026") return true;
    return s.find_first_not_of(".!?") == std::string_view::npos;
  }

  bool IsCloser(const Token& token) const {
    if (token.has(kTokenQuote)) return !token.has(kTokenOpenQuote);
    const std::string_view s = Text(token);
    return s == ")" || s == "]";
  }

  bool Is(size_t i, std::string_view s) const {
    return i < tokens_.size() && Text(tokens_[i]) == s;
  }

  // A reference mark after a sentence: "[12]", "[citation needed]", "[1 - 3]".
  // Returns the index of its "]", or 0 if token i does not open one.
  size_t CitationEnd(size_t i) const {
    if (!Is(i, "[")) return 0;
    for (size_t j = i + 1; j < tokens_.size() && j <= i + kMaxCitationTokens; ++j) {
      if (Is(j, "]")) return j;
      if (IsTerminal(tokens_[j]) || tokens_[j].has(kTokenLineStart)) return 0;
    }
    return 0;
  }

  // The last token before position `i` that is not a closing quote or bracket or a citation.
  size_t LastContentToken(size_t i, size_t begin) const {
    size_t last = i - 1;
    while (last > begin) {
      if (Is(last, "]")) {
        size_t open = last;
        while (open > begin && open + kMaxCitationTokens > last && !Is(open, "[")) --open;
        if (Is(open, "[") && CitationEnd(open) == last && open > begin) {
          last = open - 1;
          continue;
        }
      }
      if (!IsCloser(tokens_[last])) break;
      --last;
    }
    return last;
  }

  bool StartsLowerCase(const Token& token) const {
    const char first = text_[token.span.start];
    return token.has(kTokenLower) || (first >= 'a' && first <= 'z');
  }

  // Whether `token` may start a sentence after a full stop.
  bool CanStart(const Token& token) const {
    switch (token.kind()) {
      case TokenKind::kWord:
      case TokenKind::kUrl:
        return !StartsLowerCase(token);
      case TokenKind::kPunct: {
        const std::string_view s = Text(token);
        return token.has(kTokenOpenQuote) || s == "(" || s == "[";
      }
      default:
        return true;
    }
  }

  bool BreaksBefore(size_t i, size_t begin) const {
    const Token& next = tokens_[i];
    if (next.has(kTokenParagraphStart)) return true;
    if (options_.max_sentence_tokens != 0 && i - begin >= options_.max_sentence_tokens) {
      return true;
    }
    if (!next.has(kTokenSpaceBefore)) return false;
    const Token& before = tokens_[i - 1];
    const bool at_line = next.has(kTokenLineStart);
    if (before.kind() != TokenKind::kPunct && !before.has(kTokenAbbreviation)) {
      return at_line && BreaksAtLine(before, next);  // the common case: after a word
    }
    if (IsCloser(next) || CitationEnd(i) != 0) return false;
    if (at_line && BreaksAtLine(before, next)) return true;
    const size_t last = LastContentToken(i, begin);
    if (IsTerminal(tokens_[last])) return CanStart(next);
    if (tokens_[last].has(kTokenAbbreviation)) return AbbreviationEnds(tokens_[last], next);
    return false;
  }

  // At a single line break: a line ends its sentence unless it ends in a comma or
  // dash or the next starts in lower case; but in hard-wrapped prose only a short
  // line (a headline, a byline) does, and full stops end the others.
  bool BreaksAtLine(const Token& before, const Token& next) const {
    const std::string_view s = Text(before);
    if (s == "," || before.has(kTokenDash) || StartsLowerCase(next)) return false;
    if (!hard_wrapped_) return true;
    const size_t line_start = text_.rfind('\n', before.span.start);
    const size_t line_bytes =
        before.span.end - (line_start == std::string_view::npos ? 0 : line_start + 1);
    return line_bytes < kShortLineBytes;
  }

  // Whether the text looks hard-wrapped: several lines, none longer than a terminal.
  static bool IsHardWrapped(std::string_view text) {
    size_t lines = 0;
    for (size_t start = 0; start < text.size(); ++lines) {
      size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      if (end - start > kMaxWrappedLineBytes) return false;
      start = end + 1;
    }
    return lines >= kMinWrappedLines;
  }

  bool AbbreviationEnds(const Token& abbreviation, const Token& next) const {
    std::string_view word = Text(abbreviation);
    word.remove_suffix(1);  // the period
    return ClassifyAbbreviation(word) != AbbreviationKind::kTitle &&
           next.kind() == TokenKind::kWord && IsSentenceStarter(Text(next));
  }

  Sentence MakeSentence(size_t begin, size_t end) {
    tokens_[begin].flags |= kTokenSentenceStart;
    Sentence sentence;
    sentence.span = {tokens_[begin].span.start, tokens_[end - 1].span.end};
    sentence.token_begin = static_cast<uint32_t>(begin);
    sentence.token_end = static_cast<uint32_t>(end);
    sentence.flags = CaseFlags(begin, end);
    return sentence;
  }

  // kSentenceHeadline / kSentenceAllCaps for the sentence [begin, end).
  uint32_t CaseFlags(size_t begin, size_t end) const {
    size_t words = 0;
    bool all_upper = true;
    bool long_words_capitalised = true;
    for (size_t i = begin; i < end; ++i) {
      const Token& token = tokens_[i];
      if (token.kind() != TokenKind::kWord) continue;
      ++words;
      all_upper &= token.has(kTokenUpper);
      if (token.span.size() >= 5 && !token.has(kTokenUpper) && !token.has(kTokenTitle)) {
        long_words_capitalised = false;
      }
    }
    const size_t last = LastContentToken(end, begin);
    const bool unpunctuated = !IsTerminal(tokens_[last]);
    uint32_t flags = 0;
    if (words >= 2 && all_upper) flags |= kSentenceAllCaps;
    if (words >= 2 && unpunctuated && long_words_capitalised) flags |= kSentenceHeadline;
    return flags;
  }

  const std::string_view text_;
  const SentenceOptions& options_;
  std::vector<Token>& tokens_;
  const bool hard_wrapped_;
};

}  // namespace

void SplitSentences(std::string_view text, const SentenceOptions& options,
                    std::vector<Token>* tokens, std::vector<Sentence>* sentences) {
  Splitter(text, options, tokens).Run(sentences);
}

}  // namespace lede::nlp
