// Document: one Article and the annotation layers over its text (spaCy's Doc).
//
// The Document owns the Article; every layer is a vector of stand-off spans
// [start, end) of UTF-8 byte offsets into article().text. Stages add layers and
// never copy or change the text. Tokens and sentences are built when the
// Document is created; later stages (entities, quotes, ...) add named layers.
//
// Thread safety: a Document is thread-compatible (const methods may be called
// concurrently; anything else needs external synchronisation).
#ifndef LEDE_DOCUMENT_H_
#define LEDE_DOCUMENT_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lede/article.h"
#include "lede/status.h"

namespace lede {

// What kind of text a token is: the low 3 bits of Token::flags.
enum class TokenKind : uint32_t {
  kWord = 0,    // has a letter: "Morocco", "anti-terrorism", "U.S.", "1990s", "’s"
  kNumber = 1,  // digits with separators: "1,664", "3.5", "10:30", "7/21/2017"
  kPunct = 2,   // punctuation: ".", ",", "...", "“", "—", "("
  kSymbol = 3,  // symbols and anything else: "$", "%", "©", an emoji, an invalid byte
  kUrl = 4,     // "https://example.com/a", "www.example.com", "name@example.com"
};

// Token::flags bits above the kind.
enum TokenFlag : uint32_t {
  kTokenKindMask = 7,
  kTokenTitle = 1u << 3,      // first letter upper case, some later letter lower: "Rabat", "McCain"
  kTokenUpper = 1u << 4,      // every cased letter upper, at least one: "BCIJ", "U.S.", "I"
  kTokenLower = 1u << 5,      // every cased letter lower, at least one
  kTokenHasDigit = 1u << 6,   // contains an ASCII or Unicode decimal digit
  kTokenHasHyphen = 1u << 7,  // a word with an inner hyphen: "anti-terrorism", "Jean-Pierre"
  kTokenQuote = 1u << 8,      // a quotation mark: " ' “ ” ‘ ’ « » „
  kTokenOpenQuote = 1u << 9,  // a quote that opens ( “ ‘ « „ or a straight one after space/start)
  kTokenDash = 1u << 10,          // a stand-alone hyphen or dash: "-" "–" "—" "--"
  kTokenAbbreviation = 1u << 11,  // a word that keeps its final period: "Mr.", "Jan.", "U.S.", "J."
  // A split-off clitic: "’s", "'s", "n't", "'re", "'ll", "not" of "cannot".
  kTokenClitic = 1u << 12,
  kTokenSpaceBefore = 1u << 13,     // whitespace (or the start of text) precedes the token
  kTokenLineStart = 1u << 14,       // the token is the first on its line
  kTokenParagraphStart = 1u << 15,  // a blank line (or the start of text) precedes the token
  kTokenSentenceStart = 1u << 16,   // the first token of a sentence (set by sentence splitting)
  kTokenNormalized = 1u << 17,  // Token::norm holds a normalised form that differs from the text
};

// One token. 20 bytes, no pointers: a document's tokens are one flat array.
struct Token {
  Span span;           // the token's bytes in the text
  Span norm;           // if kTokenNormalized: its normalised form in Document::norm_text()
  uint32_t flags = 0;  // TokenKind | TokenFlag bits

  TokenKind kind() const { return static_cast<TokenKind>(flags & kTokenKindMask); }
  bool has(TokenFlag flag) const { return (flags & flag) != 0; }
};
static_assert(sizeof(Token) == 20);

// Sentence::flags bits.
enum SentenceFlag : uint32_t {
  kSentenceHeadline = 1u << 0,  // no final punctuation and every long word capitalised (Title Case)
  kSentenceAllCaps = 1u << 1,   // at least two words with letters, all upper case
};

// One sentence: its span and its tokens [token_begin, token_end).
struct Sentence {
  Span span;
  uint32_t token_begin = 0;
  uint32_t token_end = 0;
  uint32_t flags = 0;  // SentenceFlag bits
};

struct TokenizeOptions {
  // Split words at inner hyphens ("all-girl" -> "all" "-" "girl"), as Universal
  // Dependencies (GUM, EWT) do. Off by default: CoNLL-2003 and names ("Jean-Pierre")
  // keep them whole. Number ranges and phone numbers ("1996-08-22") stay whole either way.
  bool split_hyphens = false;
  // Runs of word characters longer than this many bytes are cut into tokens of at
  // most this size (base64 blobs, hostile input). 0 = no limit.
  uint32_t max_token_bytes = 256;
};

struct SentenceOptions {
  // A sentence that reaches this many tokens is ended there (a table flattened
  // into text, hostile input), so later stages see bounded sentences. 0 = no limit.
  uint32_t max_sentence_tokens = 400;
};

struct DocumentOptions {
  // Texts longer than this are rejected with kTooLarge. 0 = no limit other than
  // the 1 GiB a Document holds (32-bit offsets; longer texts are always kTooLarge).
  uint64_t max_text_bytes = 0;
  TokenizeOptions tokenize;
  SentenceOptions sentences;
};

// A typed span in a named layer: `label` indexes the layer's `labels`.
struct LabeledSpan {
  Span span;
  uint32_t label = 0;
};

// A named annotation layer added by a later stage (entities, quotes, ...).
struct SpanLayer {
  std::vector<std::string> labels;  // label names, indexed by LabeledSpan::label
  std::vector<LabeledSpan> spans;   // in the order the stage added them

  // Returns the index of `name` in labels, adding it if absent.
  uint32_t LabelId(std::string_view name);
};

class Document {
 public:
  // Takes ownership of `article`, then tokenises and splits its text into sentences.
  // Returns kTooLarge when the text is over options.max_text_bytes or 1 GiB; *doc is
  // then left empty. Never fails on content: any byte sequence (invalid UTF-8
  // included) is tokenised.
  static Status Create(Article article, const DocumentOptions& options,
                       std::unique_ptr<Document>* doc);

  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  const Article& article() const { return article_; }
  std::string_view text() const { return article_.text; }
  std::string_view text(Span span) const {
    return std::string_view(article_.text).substr(span.start, span.size());
  }

  const std::vector<Token>& tokens() const { return tokens_; }
  const std::vector<Sentence>& sentences() const { return sentences_; }
  // The arena that Token::norm indexes.
  const std::string& norm_text() const { return norm_text_; }
  // The token's normalised form: NFC, curly quotes and apostrophes folded to ' and ",
  // dashes to "-", "…" to "...", soft hyphens dropped. The token's own text when
  // nothing changed. Valid as long as the Document.
  std::string_view norm(const Token& token) const;

  // Returns the layer called `name`, creating it empty if absent. The pointer stays
  // valid as long as the Document.
  SpanLayer* AddLayer(const std::string& name);
  // Returns the layer called `name`, or nullptr if no stage added it.
  const SpanLayer* layer(std::string_view name) const;

 private:
  Document() = default;

  Article article_;
  std::vector<Token> tokens_;
  std::string norm_text_;
  std::vector<Sentence> sentences_;
  std::map<std::string, SpanLayer, std::less<>> layers_;
};

}  // namespace lede

#endif  // LEDE_DOCUMENT_H_
