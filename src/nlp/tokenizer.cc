#include "nlp/tokenizer.h"

#include <algorithm>
#include <array>
#include <cassert>

#include "nlp/abbreviations.h"
#include "nlp/char_class.h"
#include "nlp/normalize.h"
#include "nlp/utf8.h"

namespace lede::nlp {
namespace {

// One decoded code point.
struct Char {
  char32_t cp = 0;
  uint32_t length = 0;  // bytes; 0 past the end of the text
  CharInfo info;

  bool IsAlnum() const { return info.cls == CharClass::kLetter || info.cls == CharClass::kDigit; }
  bool IsWordPart() const {
    return IsAlnum() || info.cls == CharClass::kMark || info.cls == CharClass::kJoiner;
  }
};

constexpr std::array<CharInfo, 128> kAsciiInfo = [] {
  std::array<CharInfo, 128> table;
  for (char32_t c = 0; c < 128; ++c) table[c] = ClassifyAscii(c);
  return table;
}();

// What a word's characters look like, gathered while scanning it.
struct Shape {
  uint32_t letters = 0;
  uint32_t upper = 0;
  uint32_t lower = 0;
  uint32_t digits = 0;
  bool first_cased_upper = false;
  bool hyphen = false;
  bool email = false;
  bool non_ascii = false;
  size_t apostrophe = 0;  // offset of the last inner apostrophe, 0 = none

  void Add(const Char& c) {
    if (c.cp >= 0x80) non_ascii = true;
    if (c.info.cls == CharClass::kDigit) ++digits;
    if (c.info.cls != CharClass::kLetter) return;
    ++letters;
    if (upper + lower == 0) first_cased_upper = c.info.upper;
    upper += c.info.upper;
    lower += c.info.lower;
  }

  uint32_t Flags() const {
    uint32_t flags;
    if (email) {
      flags = static_cast<uint32_t>(TokenKind::kUrl);
    } else if (letters > 0) {
      flags = static_cast<uint32_t>(TokenKind::kWord);
    } else if (digits > 0) {
      flags = static_cast<uint32_t>(TokenKind::kNumber);
    } else {
      flags = static_cast<uint32_t>(TokenKind::kSymbol);
    }
    if (upper > 0 && lower == 0) flags |= kTokenUpper;
    if (lower > 0 && upper == 0) flags |= kTokenLower;
    if (first_cased_upper && lower > 0) flags |= kTokenTitle;
    if (digits > 0) flags |= kTokenHasDigit;
    if (hyphen) flags |= kTokenHasHyphen;
    return flags;
  }
};

bool StartsWithNoCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

bool EqualsNoCase(std::string_view text, std::string_view lower) {
  return text.size() == lower.size() && StartsWithNoCase(text, lower);
}

class Scanner {
 public:
  Scanner(std::string_view text, const TokenizeOptions& options, std::vector<Token>* tokens,
          std::string* norm_text)
      : text_(text), options_(options), tokens_(tokens), norm_text_(norm_text) {}

  void Run() {
    pending_ = kTokenSpaceBefore | kTokenLineStart | kTokenParagraphStart;
    while (true) {
      SkipSpace();
      if (pos_ >= text_.size()) break;
      const Char c = At(pos_);
      if (c.IsWordPart()) {
        if (!ScanUrl()) ScanWord();
      } else {
        ScanPunct(c);
      }
    }
  }

 private:
  Char At(size_t pos) const {
    if (pos >= text_.size()) return {};
    const auto byte = static_cast<unsigned char>(text_[pos]);
    if (byte < 0x80) return {byte, 1, kAsciiInfo[byte]};
    Char c;
    c.length = static_cast<uint32_t>(DecodeUtf8(text_, pos, &c.cp));
    c.info = Classify(c.cp);
    return c;
  }

  // The end of a token starting at `start` under options_.max_token_bytes.
  size_t Limit(size_t start) const {
    if (options_.max_token_bytes == 0) return text_.size();
    return std::min(text_.size(), start + options_.max_token_bytes);
  }

  void SkipSpace() {
    size_t newlines = 0;
    const size_t start = pos_;
    while (pos_ < text_.size()) {
      const Char c = At(pos_);
      if (c.info.cls != CharClass::kSpace) break;
      if (c.cp == '\n' || c.cp == 0x2028) ++newlines;
      if (c.cp == 0x2029) newlines += 2;
      pos_ += c.length;
    }
    if (pos_ > start) pending_ |= kTokenSpaceBefore;
    if (newlines >= 1) pending_ |= kTokenLineStart;
    if (newlines >= 2) pending_ |= kTokenParagraphStart;
  }

  // Emits a URL starting at pos_ ("http://", "https://", "ftp://", "www.").
  bool ScanUrl() {
    const char first = static_cast<char>(text_[pos_] | 0x20);
    if (first != 'h' && first != 'f' && first != 'w') return false;
    const std::string_view rest = text_.substr(pos_);
    if (!StartsWithNoCase(rest, "http://") && !StartsWithNoCase(rest, "https://") &&
        !StartsWithNoCase(rest, "ftp://") && !StartsWithNoCase(rest, "www.")) {
      return false;
    }
    const size_t start = pos_;
    const size_t limit = Limit(start);
    size_t end = start;
    bool non_ascii = false;
    int open_parens = 0;
    while (end < limit) {
      const Char c = At(end);
      if (c.info.cls == CharClass::kSpace || c.cp == '<' || c.cp == '>' ||
          (IsQuote(c.cp) && c.cp != '\'')) {
        break;
      }
      non_ascii |= c.cp >= 0x80;
      open_parens += (c.cp == '(') - (c.cp == ')');
      end += c.length;
    }
    // Trailing sentence punctuation is not part of the URL; a ")" is when it closes a "(" inside.
    while (end > start + 1) {
      const char last = text_[end - 1];
      if (last == ')' && open_parens < 0) {
        ++open_parens;
      } else if (std::string_view(".,;:!?'\"]").find(last) == std::string_view::npos) {
        break;
      }
      --end;
    }
    pos_ = end;
    Emit(start, end, static_cast<uint32_t>(TokenKind::kUrl), non_ascii);
    return true;
  }

  // True when the punctuation or symbol `c` at `pos` continues the word before it.
  bool JoinsWord(size_t pos, const Char& c, const Char& prev, Shape* shape) const {
    const Char next = At(pos + c.length);
    if (next.length == 0) return false;
    const bool prev_digit = prev.info.cls == CharClass::kDigit;
    const bool next_digit = next.info.cls == CharClass::kDigit;
    if (c.cp == '.') return next.IsAlnum();
    if (c.cp == ':' || c.cp == '/') return prev_digit && next_digit;
    if (c.cp == ',') return prev_digit && IsThousandsGroup(pos + 1);
    if (IsWordHyphen(c.cp) && prev.IsWordPart() && next.IsAlnum()) return shape->hyphen = true;
    if (IsApostrophe(c.cp) && prev.info.cls != CharClass::kDigit && prev.IsWordPart() &&
        next.info.cls == CharClass::kLetter) {
      shape->apostrophe = pos;
      return true;
    }
    if (c.cp == '&') return prev.info.upper && next.info.upper;
    if (c.cp == '@' && !shape->email && prev.IsAlnum() && next.IsAlnum()) {
      return shape->email = true;
    }
    return false;
  }

  // Exactly three digits at `pos`, then no further digit.
  bool IsThousandsGroup(size_t pos) const {
    for (size_t i = 0; i < 3; ++i) {
      if (At(pos + i).info.cls != CharClass::kDigit) return false;
    }
    return At(pos + 3).info.cls != CharClass::kDigit;
  }

  void ScanWord() {
    const size_t start = pos_;
    const size_t limit = Limit(start);
    Shape shape;
    Char prev;
    size_t end = start;
    while (end < limit) {
      const Char c = At(end);
      if (!c.IsWordPart() && !JoinsWord(end, c, prev, &shape)) break;
      shape.Add(c);
      prev = c;
      end += c.length;
    }
    const bool abbreviation = !shape.email && KeepsPeriod(start, end);
    if (abbreviation || IsEnumeration(start, end, shape)) ++end;
    pos_ = end;
    EmitWord(start, end, shape, abbreviation);
  }

  // True when the word [start, end) is an abbreviation whose period follows at `end`.
  bool KeepsPeriod(size_t start, size_t end) const {
    if (end >= text_.size() || text_[end] != '.') return false;
    if (end + 1 < text_.size() && text_[end + 1] == '.') return false;  // an ellipsis
    switch (ClassifyAbbreviation(text_.substr(start, end - start))) {
      case AbbreviationKind::kNone:
        return false;
      case AbbreviationKind::kNumeral:
        return NumberFollows(end + 1);
      default:
        return true;
    }
  }

  // A section or list number at the start of a line, before its period: "1. ", "2.1. ".
  bool IsEnumeration(size_t start, size_t end, const Shape& shape) const {
    return (pending_ & kTokenLineStart) && shape.letters == 0 && end - start <= 6 &&
           end + 1 < text_.size() && text_[end] == '.' && text_[end + 1] == ' ';
  }

  bool NumberFollows(size_t pos) const {
    while (pos < text_.size() && (text_[pos] == ' ' || text_[pos] == '\t')) ++pos;
    return At(pos).info.cls == CharClass::kDigit;
  }

  // Emits the word [start, end), first splitting off clitics.
  void EmitWord(size_t start, size_t end, const Shape& shape, bool abbreviation) {
    const uint32_t extra = abbreviation ? static_cast<uint32_t>(kTokenAbbreviation) : 0u;
    const std::string_view word = text_.substr(start, end - start);
    if (shape.apostrophe > start && !abbreviation) {
      const size_t apostrophe = shape.apostrophe;
      const size_t suffix = apostrophe + At(apostrophe).length;
      const std::string_view after = text_.substr(suffix, end - suffix);
      if (IsClitic(after)) return EmitSplit(start, apostrophe, end);
      if (EqualsNoCase(after, "t") && apostrophe - 1 > start &&
          (text_[apostrophe - 1] | 0x20) == 'n') {
        return EmitSplit(start, apostrophe - 1, end);
      }
    }
    if (EqualsNoCase(word, "cannot")) return EmitSplit(start, start + 3, end);
    if (options_.split_hyphens && shape.hyphen) return EmitHyphenated(start, end);
    Emit(start, end, shape.Flags() | extra, shape.non_ascii);
  }

  static bool IsClitic(std::string_view s) {
    for (std::string_view clitic : {"s", "re", "ve", "ll", "d", "m"}) {
      if (EqualsNoCase(s, clitic)) return true;
    }
    return false;
  }

  // Emits [start, split) as a word and [split, end) as its clitic.
  void EmitSplit(size_t start, size_t split, size_t end) {
    if (options_.split_hyphens) {
      EmitHyphenated(start, split);
    } else {
      EmitPiece(start, split, 0);
    }
    EmitPiece(split, end, kTokenClitic);
  }

  // Whether UD splits the word at the hyphen at `pos`, after `piece` began: not
  // between digits ("1996-08-22"), not after a prefix ("non-avian", "e-mail").
  bool SplitsAtHyphen(size_t piece, size_t pos, const Char& prev, const Char& next) const {
    if (pos == piece) return false;
    if (prev.info.cls == CharClass::kDigit && next.info.cls == CharClass::kDigit) return false;
    return !IsPrefix(text_.substr(piece, pos - piece));
  }

  static bool IsPrefix(std::string_view s) {
    for (std::string_view prefix :
         {"anti", "co", "counter", "cross", "e", "ex", "inter", "mid", "multi", "neo", "non",
          "post", "pre", "pro", "re", "self", "semi", "sub", "vice"}) {
      if (EqualsNoCase(s, prefix)) return true;
    }
    return false;
  }

  // Emits [start, end) split at the inner hyphens where UD splits it.
  void EmitHyphenated(size_t start, size_t end) {
    size_t piece = start;
    Char prev;
    for (size_t pos = start; pos < end;) {
      const Char c = At(pos);
      const Char next = At(pos + c.length);
      if (IsWordHyphen(c.cp) && SplitsAtHyphen(piece, pos, prev, next)) {
        EmitPiece(piece, pos, 0);
        Emit(pos, pos + c.length, static_cast<uint32_t>(TokenKind::kPunct) | kTokenDash,
             c.cp >= 0x80);
        piece = pos + c.length;
      }
      prev = c;
      pos += c.length;
    }
    if (piece < end) EmitPiece(piece, end, 0);  // a word cut at max_token_bytes may end in "-"
  }

  // Emits [start, end) with the shape flags of its own characters.
  void EmitPiece(size_t start, size_t end, uint32_t extra) {
    Shape shape;
    for (size_t pos = start; pos < end;) {
      const Char c = At(pos);
      shape.Add(c);
      shape.hyphen |= pos > start && IsWordHyphen(c.cp);
      pos += c.length;
    }
    Emit(start, end, shape.Flags() | extra, shape.non_ascii);
  }

  // After a space, an apostrophe that starts a clitic ("It 's", "I 'm") or a short
  // year ("'68", "'90s") begins a word; returns that word's end, or 0.
  size_t ApostropheWordEnd(const Char& c) const {
    if (!IsApostrophe(c.cp) || !(pending_ & kTokenSpaceBefore)) return 0;
    const size_t begin = pos_ + c.length;
    size_t end = begin;
    for (Char next = At(end); next.IsAlnum(); next = At(end)) end += next.length;
    const std::string_view rest = text_.substr(begin, end - begin);
    if (IsClitic(rest) && !tokens_->empty() && tokens_->back().kind() == TokenKind::kWord) {
      return end;
    }
    const bool year = rest.size() >= 2 && At(begin).info.cls == CharClass::kDigit &&
                      At(begin + 1).info.cls == CharClass::kDigit &&
                      (rest.size() == 2 || (rest.size() == 3 && rest[2] == 's'));
    return year ? end : 0;
  }

  void ScanPunct(const Char& c) {
    const size_t start = pos_;
    if (const size_t word_end = ApostropheWordEnd(c)) {
      pos_ = word_end;
      const bool clitic = At(start + c.length).info.cls == CharClass::kLetter;
      return EmitPiece(start, word_end, clitic ? static_cast<uint32_t>(kTokenClitic) : 0u);
    }
    size_t end = start + c.length;
    const uint32_t kind = static_cast<uint32_t>(
        c.info.cls == CharClass::kPunct ? TokenKind::kPunct : TokenKind::kSymbol);
    uint32_t flags = kind;
    if (c.cp == '.' || c.cp == '!' || c.cp == '?') {
      while (end < text_.size() && (text_[end] == '.' || text_[end] == '!' || text_[end] == '?')) {
        ++end;
      }
    } else if (c.cp == '-' || c.cp == '*' || c.cp == '=' || c.cp == '_' || c.cp == '~' ||
               c.cp == '#') {
      while (end < text_.size() && static_cast<char32_t>(text_[end]) == c.cp) ++end;
    }
    if (IsDash(c.cp)) flags |= kTokenDash;
    if (IsQuote(c.cp))
      flags |= kTokenQuote | (OpensQuote(c, end) ? static_cast<uint32_t>(kTokenOpenQuote) : 0u);
    pos_ = end;
    Emit(start, end, flags, c.cp >= 0x80);
  }

  // Whether the quotation mark `c`, ending at `end`, opens a quotation.
  bool OpensQuote(const Char& c, size_t end) const {
    if (IsOpeningQuote(c.cp)) return true;
    if (c.cp != '"' && c.cp != '\'') return false;
    const Char next = At(end);
    if (next.length == 0 || next.info.cls == CharClass::kSpace) return false;
    if (pending_ & kTokenSpaceBefore) return true;
    if (tokens_->empty()) return true;
    const Token& before = tokens_->back();
    const char last = text_[before.span.end - 1];
    return before.has(kTokenDash) || before.has(kTokenOpenQuote) || last == '(' || last == '[';
  }

  void Emit(size_t start, size_t end, uint32_t flags, bool non_ascii) {
    Token token;
    token.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
    token.flags = flags | pending_;
    pending_ = 0;
    if (non_ascii) {
      const size_t before = norm_text_->size();
      if (AppendNormalized(text_.substr(start, end - start), norm_text_)) {
        token.norm = {static_cast<uint32_t>(before), static_cast<uint32_t>(norm_text_->size())};
        token.flags |= kTokenNormalized;
      }
    }
    tokens_->push_back(token);
  }

  const std::string_view text_;
  const TokenizeOptions& options_;
  std::vector<Token>* const tokens_;
  std::string* const norm_text_;
  size_t pos_ = 0;
  uint32_t pending_ = 0;  // space flags for the next token
};

}  // namespace

void Tokenize(std::string_view text, const TokenizeOptions& options, std::vector<Token>* tokens,
              std::string* norm_text) {
  assert(text.size() < (size_t{1} << 30));
  tokens->clear();
  norm_text->clear();
  tokens->reserve(text.size() / 5);
  Scanner(text, options, tokens, norm_text).Run();
}

}  // namespace lede::nlp
