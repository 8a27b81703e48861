#include "store/snippet.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <sqlite3.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "store/fts5_api.h"

namespace lede {
namespace {

constexpr int kMaxSnippetTokens = 64;
// snippet()'s scores: a phrase first seen in a window, a phrase seen again, and
// the bonus of a window that starts a sentence (more for the first sentence).
constexpr int kNewPhraseScore = 1000;
constexpr int kRepeatedPhraseScore = 1;
constexpr int kSentenceStartBonus = 100;
constexpr int kFirstSentenceBonus = 120;

// How the table's tokenizer treats a character: bits, so that the scanner's
// loops test a class against a set of classes with one AND.
using CharClass = uint8_t;
constexpr CharClass kUnknown = 0;  // not asked yet (and any byte >= 0x80 in the byte table)
constexpr CharClass kSeparator = 1;
constexpr CharClass kStartsToken = 2;
constexpr CharClass kContinuesToken = 4;  // only continues one, like a combining accent
// What the scanner skips before a token, and what keeps a token going.
constexpr CharClass kBeforeToken = kSeparator | kContinuesToken;
constexpr CharClass kInToken = kStartsToken | kContinuesToken;

// One character of UTF-8 text as SQLite's unicode61 tokenizer decodes it: a lead
// byte takes every continuation byte that follows; overlong forms, surrogates
// and U+FFFE/U+FFFF read as U+FFFD; any other byte is a character of its own.
struct Utf8Char {
  uint32_t code;
  size_t size;  // bytes
};

Utf8Char DecodeChar(std::string_view text, size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  size_t end = at + 1;
  if (lead < 0xC0) return {lead, 1};
  uint32_t code = lead < 0xE0 ? lead - 0xC0 : lead < 0xF0 ? lead - 0xE0 : lead < 0xF8 ? lead - 0xF0
                : lead < 0xFC ? lead - 0xF8 : lead < 0xFE ? lead - 0xFC : 0;
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
    code = (code << 6) + (static_cast<unsigned char>(text[end++]) & 0x3F);
  }
  if (code < 0x80 || (code & 0xFFFFF800) == 0xD800 || (code & 0xFFFFFFFE) == 0xFFFE) code = 0xFFFD;
  return {code, end - at};
}

// The tokenizer's class of each character seen so far on one connection.
class CharClasses {
 public:
  // Sets *out to the class of the character `bytes` (code `code`), tokenizing it
  // with the table's tokenizer the first time. Returns an SQLite result code.
  int Of(const Fts5ExtensionApi* api, Fts5Context* fts, uint32_t code, std::string_view bytes, CharClass* out) {
    if (code < kPlaneSize && !plane_.empty() &&
        plane_[code] != kUnknown) {  // the common case, inlined
      *out = plane_[code];
      return SQLITE_OK;
    }
    CharClass* known = Slot(code);
    if (*known == kUnknown) {
      int rc = Probe(api, fts, bytes, out);
      if (rc != SQLITE_OK) return rc;
      *known = *out;
    }
    *out = *known;
    return SQLITE_OK;
  }
  // The class of each byte that is a character of its own (ASCII) once known;
  // kUnknown for the others (256 entries, valid while this object lives).
  const CharClass* ascii() const { return ascii_.data(); }
  // Learns the class of every ASCII character (the first time). SQLite result code.
  int LearnAscii(const Fts5ExtensionApi* api, Fts5Context* fts) {
    if (ascii_learned_) return SQLITE_OK;
    for (int c = 0; c < 0x80; ++c) {
      const char byte = static_cast<char>(c);
      int rc = ascii_[c] == kUnknown ? Probe(api, fts, std::string_view(&byte, 1), &ascii_[c])
                                     : SQLITE_OK;
      if (rc != SQLITE_OK) return rc;
    }
    ascii_alnum_ = true;
    for (int c = 0; c < 0x80; ++c) {
      const bool alnum = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
      ascii_alnum_ &= ascii_[c] == (alnum ? kStartsToken : kSeparator);
    }
    ascii_learned_ = true;
    return SQLITE_OK;
  }
  // After LearnAscii: whether ASCII letters and digits start tokens and every
  // other ASCII character separates them (unicode61 without tokenchars or separators).
  bool ascii_alnum() const { return ascii_alnum_; }

 private:
  static constexpr uint32_t kPlaneSize = 0x10000;

  // Where the class of `code` is kept: a table for ASCII and one for the rest of
  // the Basic Multilingual Plane (made at its first character), a map above.
  CharClass* Slot(uint32_t code) {
    if (code < 0x80) return &ascii_[code];
    if (code >= kPlaneSize) return &above_plane_[code];
    if (plane_.empty()) plane_.resize(kPlaneSize, kUnknown);
    return &plane_[code];
  }

  static int RecordTokenEnd(void* end, int, const char*, int, int, int token_end) {
    *static_cast<int*>(end) = token_end;
    return SQLITE_OK;
  }

  // A character starts a token if it makes one alone, continues one if "a"
  // followed by it makes one token of both, and otherwise separates tokens.
  static int Probe(const Fts5ExtensionApi* api, Fts5Context* fts, std::string_view bytes, CharClass* out) {
    int end = -1;
    int rc = api->xTokenize(fts, bytes.data(), static_cast<int>(bytes.size()), &end, &RecordTokenEnd);
    if (rc != SQLITE_OK || end >= 0) {
      *out = kStartsToken;  // unused on error
      return rc;
    }
    std::string word(1, 'a');
    word += bytes;
    rc = api->xTokenize(fts, word.data(), static_cast<int>(word.size()), &end, &RecordTokenEnd);
    *out = end == static_cast<int>(word.size()) ? kContinuesToken : kSeparator;
    return rc;
  }

  std::array<CharClass, 256> ascii_{};  // bytes >= 0x80 stay kUnknown
  bool ascii_learned_ = false;
  bool ascii_alnum_ = false;
  std::vector<CharClass> plane_;
  std::unordered_map<uint32_t, CharClass> above_plane_;
};

struct Token {
  int start;  // byte offsets in the column text
  int end;
};

// The tokens of one column text, found from its start only as far as asked.
class ColumnTokens {
 public:
  // REQUIRES: classes->LearnAscii() done.
  ColumnTokens(std::string_view text, const Fts5ExtensionApi* api, Fts5Context* fts,
               CharClasses* classes)
      : text_(text), api_(api), fts_(fts), classes_(classes) {
    tokens_.reserve(
        std::min<size_t>(text.size() / 6 + 1, kReservedTokens));  // ~6 bytes a token in news text
  }

  // Scans until token `position` is known or the text ends. SQLite result code.
  // 64 bytes at a time: a block of ASCII text under the default character
  // classes by SIMD compares and bit masks (no branch per token), any other
  // block character by character.
  int ScanTo(int position) {
    int rc = SQLITE_OK;
    while (rc == SQLITE_OK && count() <= position && next_ < text_.size()) {
      const size_t block_end = std::min(text_.size(), next_ + kBlockBytes);
      if (block_end - next_ < kBlockBytes || !classes_->ascii_alnum() || !ScanAsciiBlock()) {
        rc = ScanChars(block_end, position);
      }
    }
    if (rc == SQLITE_OK && next_ == text_.size() && in_token_) Close(next_);
    return rc;
  }
  int count() const { return closed_; }
  const Token& token(int position) const { return tokens_[position]; }
  // The last sentence start at or before token `position` (scanned already).
  int SentenceStartBefore(int position) const {
    return *(std::upper_bound(sentence_starts_.begin(), sentence_starts_.end(), position) - 1);
  }
  std::string_view text() const { return text_; }

 private:
  static constexpr size_t kBlockBytes = 64;
  static constexpr size_t kReservedTokens = 1024;  // at most, before the vector grows as it must

#if defined(__SSE2__)
  // The 64 bytes at next_ if all are ASCII (else false, nothing done): bit i of
  // `in_token` is set for a letter or digit at next_ + i; tokens start where a
  // set bit follows a clear one and end where a clear bit follows a set one.
  //
  // Sentence starts (StartsSentence) from masks too: a token after one
  // whitespace byte after '.' or ':' starts one; a token after more whitespace,
  // or within two bytes of the block's start, is looked at byte by byte.
  bool ScanAsciiBlock() {
    uint64_t in_token = 0, non_ascii = 0, space = 0, stop = 0;
    auto mask = [](__m128i match) {
      return uint64_t{static_cast<uint16_t>(_mm_movemask_epi8(match))};
    };
    auto equal = [](__m128i bytes, char c) { return _mm_cmpeq_epi8(bytes, _mm_set1_epi8(c)); };
    for (int part = 0; part < 4; ++part) {
      const __m128i bytes =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(text_.data() + next_ + 16 * part));
      space |= mask(_mm_or_si128(_mm_or_si128(equal(bytes, ' '), equal(bytes, '\t')),
                                 _mm_or_si128(equal(bytes, '\n'), equal(bytes, '\r'))))
               << (16 * part);
      stop |= mask(_mm_or_si128(equal(bytes, '.'), equal(bytes, ':'))) << (16 * part);
      // Signed compares: bytes >= 0x80 are negative, in no range.
      const __m128i folded = _mm_or_si128(bytes, _mm_set1_epi8(0x20));
      const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
                                           _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
      const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8('0' - 1)),
                                          _mm_cmplt_epi8(bytes, _mm_set1_epi8('9' + 1)));
      in_token |= mask(_mm_or_si128(letter, digit)) << (16 * part);
      non_ascii |= mask(bytes) << (16 * part);
    }
    if (non_ascii != 0) return false;
    const uint64_t before = (in_token << 1) | (in_token_ ? 1 : 0);  // bit i: byte i - 1 in a token
    const uint64_t starts = in_token & ~before;
    const uint64_t after_space = starts & (space << 1);
    const uint64_t sentence = after_space & (stop << 2);
    const uint64_t look_back = (after_space & (space << 2)) | (starts & 3);
    // Every start first: an end closes the oldest open token, which may start in this block.
    for (uint64_t left = starts; left != 0; left &= left - 1) {
      const int i = std::countr_zero(left);
      const uint64_t bit = uint64_t{1} << i;
      Open(next_ + i,
           (sentence & bit) != 0 || ((look_back & bit) != 0 && StartsSentence(next_ + i)));
    }
    for (uint64_t ends = ~in_token & before; ends != 0; ends &= ends - 1)
      Close(next_ + std::countr_zero(ends));
    in_token_ = (in_token >> 63) != 0;
    next_ += kBlockBytes;
    return true;
  }
#else
  bool ScanAsciiBlock() { return false; }
#endif

  // Scans the characters from next_ up to byte `until` (or the end of the
  // character there), stopping early once token `position` is known.
  int ScanChars(size_t until, int position) {
    const auto* text = reinterpret_cast<const unsigned char*>(text_.data());
    const CharClass* ascii = classes_->ascii();
    size_t at = next_;
    int rc = SQLITE_OK;
    while (at < until && count() <= position) {
      CharClass cls = ascii[text[at]];
      size_t size = 1;
      if (cls == kUnknown && (rc = ClassOf(at, &size, &cls)) != SQLITE_OK) break;
      if (!in_token_ && cls == kStartsToken)
        Open(at, StartsSentence(at));
      else if (in_token_ && cls == kSeparator)
        Close(at);
      at += size;
    }
    next_ = at;
    return rc;
  }

  // The class and size in bytes of the character at byte `at`, asking the
  // tokenizer if it is new.
  int ClassOf(size_t at, size_t* size, CharClass* cls) {
    const Utf8Char c = DecodeChar(text_, at);
    *size = c.size;
    return classes_->Of(api_, fts_, c.code, text_.substr(at, c.size), cls);
  }

  // A token starts at byte `start` (a sentence's first if `sentence`), ends at `end`.
  void Open(size_t start, bool sentence) {
    if (tokens_.empty() || sentence) sentence_starts_.push_back(static_cast<int>(tokens_.size()));
    tokens_.push_back({static_cast<int>(start), -1});
    in_token_ = true;
  }
  void Close(size_t end) {
    tokens_[closed_++].end = static_cast<int>(end);
    in_token_ = false;
  }

  // snippet()'s rule: a token after whitespace that follows '.' or ':'.
  bool StartsSentence(size_t token_start) const {
    size_t i = token_start;
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (i > 0 && space(text_[i - 1])) --i;
    return i < token_start && i > 0 && (text_[i - 1] == '.' || text_[i - 1] == ':');
  }

  std::string_view text_;
  const Fts5ExtensionApi* api_;
  Fts5Context* fts_;
  CharClasses* classes_;
  size_t next_ = 0;        // byte offset where scanning goes on
  bool in_token_ = false;  // the byte before next_ is in the last token, not closed yet
  int closed_ = 0;         // tokens_[0, closed_) have their end
  std::vector<Token> tokens_;
  std::vector<int> sentence_starts_;  // token positions, ascending
};

struct Instance {
  int phrase;
  int column;
  int offset;  // token position in the column
};

// The phrase instances of the current row, in xInst order (by column, then
// offset), with the size of each phrase in tokens.
struct Instances {
  std::vector<Instance> all;
  std::vector<int> phrase_size;

  int Load(const Fts5ExtensionApi* api, Fts5Context* fts) {
    int count = 0;
    int rc = api->xInstCount(fts, &count);
    for (int i = 0; rc == SQLITE_OK && i < count; ++i) {
      Instance in{};
      rc = api->xInst(fts, i, &in.phrase, &in.column, &in.offset);
      all.push_back(in);
    }
    for (int p = 0; rc == SQLITE_OK && p < api->xPhraseCount(fts); ++p) phrase_size.push_back(api->xPhraseSize(fts, p));
    return rc;
  }
  // The instances of `column`: [first, last) in `all`.
  std::pair<size_t, size_t> OfColumn(int column) const {
    auto first = std::partition_point(all.begin(), all.end(), [column](const Instance& i) { return i.column < column; });
    auto last = std::partition_point(first, all.end(), [column](const Instance& i) { return i.column <= column; });
    return {static_cast<size_t>(first - all.begin()), static_cast<size_t>(last - all.begin())};
  }
};

// One column's instances and size, and how snippet() scores a window on it.
struct ColumnWindows {
  const Instances& instances;
  size_t first, last;  // the column's instances in instances.all
  int size;            // tokens in the column
  int window;          // tokens per snippet

  // An upper bound of Score() over all windows of the column: kNewPhraseScore
  // for each of its phrases and kRepeatedPhraseScore for each further instance
  // of the most any window holds.
  // An upper bound of the score of any window ChooseInColumn weighs on the
  // column, sentence bonuses included (a column that fits one window gets none).
  int MaxWindowScore() const {
    if (size <= window) return MaxScore();
    return std::max(MaxScore() + kSentenceStartBonus, Score(0, nullptr) + kFirstSentenceBonus);
  }

  int MaxScore() const {
    const std::vector<Instance>& all = instances.all;
    size_t most = 0;
    for (size_t i = first, j = first; i < last; ++i) {
      while (j < last && all[j].offset < int64_t{all[i].offset} + window) ++j;
      most = std::max(most, j - i);
    }
    std::vector<bool> seen(instances.phrase_size.size());
    size_t phrases = 0;
    for (size_t i = first; i < last; ++i) {
      phrases += !seen[all[i].phrase];
      seen[all[i].phrase] = true;
    }
    const auto distinct = static_cast<int>(std::min(phrases, most));
    return distinct * kNewPhraseScore + (static_cast<int>(most) - distinct) * kRepeatedPhraseScore;
  }

  // The score of the window starting at token `start`: kNewPhraseScore per
  // phrase in it, kRepeatedPhraseScore per further instance. *centred (if not
  // null) is the start of a window that centres those instances, within the column.
  int Score(int start, int* centred) const {
    auto begin = std::partition_point(instances.all.begin() + first, instances.all.begin() + last,
                                      [start](const Instance& i) { return i.offset < start; });
    std::vector<bool> seen(instances.phrase_size.size());
    int score = 0, first_offset = -1, last_end = 0;
    for (auto i = begin; i != instances.all.begin() + last && i->offset < int64_t{start} + window; ++i) {
      score += seen[i->phrase] ? kRepeatedPhraseScore : kNewPhraseScore;
      seen[i->phrase] = true;
      if (first_offset < 0) first_offset = i->offset;
      last_end = i->offset + instances.phrase_size[i->phrase];
    }
    if (centred != nullptr) {
      int64_t adjusted = first_offset - (window - (last_end - first_offset)) / 2;
      if (adjusted + window > size) adjusted = size - window;
      *centred = static_cast<int>(std::max<int64_t>(adjusted, 0));
    }
    return score;
  }
};

struct Window {
  int column = 0;
  int start = 0;
  int score = 0;
  int column_size = 0;  // 0 = not read yet
};

// snippet()'s choice on one column: for each instance, the window centred on the
// instances near it, and the window starting at its sentence's first token. Stops
// (and stops scanning) once no later window can score more than *best.
int ChooseInColumn(const ColumnWindows& column, ColumnTokens* tokens, int column_index, Window* best) {
  const int most = column.MaxScore();
  bool first_sentence_scored = false;
  int rc = SQLITE_OK;
  for (size_t k = column.first; rc == SQLITE_OK && k < column.last; ++k) {
    const int offset = column.instances.all[k].offset;
    if (offset > column.size) return SQLITE_CORRUPT_VTAB;
    int start = 0;
    int score = column.Score(offset, &start);
    if (score > best->score) *best = {column_index, start, score, column.size};
    if (column.size <= column.window) {
      if (best->score >= most) break;
      continue;
    }
    rc = tokens->ScanTo(offset);
    if (rc != SQLITE_OK || tokens->count() == 0) continue;
    const int sentence = tokens->SentenceStartBefore(offset);
    if (sentence < offset) {
      score = column.Score(sentence, nullptr) + (sentence == 0 ? kFirstSentenceBonus : kSentenceStartBonus);
      if (score > best->score) *best = {column_index, sentence, score, column.size};
      first_sentence_scored |= sentence == 0;
    }
    // Later instances' sentences start at `sentence` or after; the first
    // sentence's window scores its bonus once.
    const bool first_sentence_left = sentence == 0 && !first_sentence_scored;
    if (best->score >= most + (first_sentence_left ? kFirstSentenceBonus : kSentenceStartBonus)) break;
  }
  return rc;
}

// Coalesced instances of a column (overlapping ones merged), in order.
std::vector<Token> HighlightRanges(const Instances& instances, size_t first, size_t last) {
  std::vector<Token> ranges;
  for (size_t k = first; k < last; ++k) {
    const Instance& in = instances.all[k];
    const int end = in.offset + instances.phrase_size[in.phrase] - 1;
    if (!ranges.empty() && in.offset <= ranges.back().end) ranges.back().end = std::max(ranges.back().end, end);
    else ranges.push_back({in.offset, end});
  }
  return ranges;
}

struct Markers {
  std::string_view open, close, ellipsis;
};

// The text of tokens [first, last] of `tokens` with `ranges` (token positions)
// between the markers, as snippet() writes it.
std::string Highlight(const ColumnTokens& tokens, const std::vector<Token>& ranges, int first, int last,
                      int column_size, const Markers& markers) {
  std::string_view text = tokens.text();
  std::string out(first > 0 ? markers.ellipsis : "");
  auto range = std::partition_point(ranges.begin(), ranges.end(), [first](const Token& r) { return r.start < first; });
  size_t copied = 0;  // text before this offset is in `out`
  bool open = false;
  auto copy_to = [&](int offset) {
    if (offset > static_cast<int>(copied)) out.append(text.substr(copied, offset - copied));
    copied = std::max<size_t>(copied, offset);
  };
  for (int pos = first; pos <= last && pos < tokens.count(); ++pos) {
    const Token& t = tokens.token(pos);
    if (pos == first && first > 0) copied = t.start;
    const int range_start = range == ranges.end() ? -1 : range->start;
    if (open && (pos <= range_start || range_start < 0) && t.start > static_cast<int>(copied)) {
      out += markers.close;
      open = false;
    }
    if (pos == range_start && !open) {
      copy_to(t.start);
      out += markers.open;
      open = true;
    }
    if (range != ranges.end() && pos == range->end) {
      if (!open) out += markers.open;
      open = true;
      copy_to(t.end);
      ++range;
    }
    if (pos == last) {
      if (open && range != ranges.end() && pos >= range->start) copy_to(t.end);
      if (open) out += markers.close;
      open = false;
      copy_to(t.end);
    }
  }
  if (open) out += markers.close;
  if (last >= column_size - 1) copy_to(static_cast<int>(text.size()));
  else out += markers.ellipsis;
  return out;
}

std::string_view TextArg(sqlite3_value* value) {
  const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
  return text == nullptr ? std::string_view() : std::string_view(text, sqlite3_value_bytes(value));
}

// The texts of the current row's columns: the caller's arguments for the first
// columns (NULL = not given), the table's row (xColumnText) for the others.
struct ColumnTexts {
  const Fts5ExtensionApi* api;
  Fts5Context* fts;
  sqlite3_value** given;
  int given_count;

  int Of(int column, std::string_view* text) const {
    if (column < given_count && sqlite3_value_type(given[column]) != SQLITE_NULL) {
      *text = TextArg(given[column]);
      return SQLITE_OK;
    }
    const char* data = nullptr;
    int size = 0;
    int rc = api->xColumnText(fts, column, &data, &size);
    *text = data == nullptr ? std::string_view() : std::string_view(data, size);
    return rc;
  }
};

// lede_snippet(table, column, open, close, ellipsis, tokens, texts...): see snippet.h.
void SnippetFunction(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int argc,
                     sqlite3_value** argv) {
  if (argc < 5)
    return sqlite3_result_error(context, "wrong number of arguments to function lede_snippet()",
                                -1);
  const ColumnTexts texts{api, fts, argv + 5, argc - 5};
  const int only_column = sqlite3_value_int(argv[0]);
  const Markers markers{TextArg(argv[1]), TextArg(argv[2]), TextArg(argv[3])};
  const int window = sqlite3_value_int(argv[4]);
  if (window < 1 || window > kMaxSnippetTokens) {
    return sqlite3_result_error(context, "lede_snippet(): tokens must be between 1 and 64", -1);
  }
  auto* classes = static_cast<CharClasses*>(api->xUserData(fts));
  Instances instances;
  int rc = classes->LearnAscii(api, fts);
  if (rc == SQLITE_OK) rc = instances.Load(api, fts);
  Window best{std::max(only_column, 0)};
  std::vector<std::optional<ColumnTokens>> columns(api->xColumnCount(fts));
  for (int i = 0; rc == SQLITE_OK && i < static_cast<int>(columns.size()); ++i) {
    auto [first, last] = instances.OfColumn(i);
    if ((only_column >= 0 && only_column != i) || first == last) continue;
    int size = 0;
    rc = api->xColumnSize(fts, i, &size);
    const ColumnWindows windows{instances, first, last, size, window};
    // A column none of whose windows can beat the best is neither read nor scanned
    // (for the store, the quotes: read through the article_search row).
    if (rc != SQLITE_OK || best.score >= windows.MaxWindowScore()) continue;
    std::string_view text;
    rc = texts.Of(i, &text);
    if (rc != SQLITE_OK) break;
    columns[i].emplace(text, api, fts, classes);
    rc = ChooseInColumn(windows, &*columns[i], i, &best);
  }
  if (rc == SQLITE_OK && best.column >= static_cast<int>(columns.size())) rc = SQLITE_RANGE;
  std::string_view text;
  if (rc == SQLITE_OK) rc = texts.Of(best.column, &text);
  if (rc == SQLITE_OK && best.column_size == 0) rc = api->xColumnSize(fts, best.column, &best.column_size);
  if (rc != SQLITE_OK) return sqlite3_result_error_code(context, rc);
  if (text.data() == nullptr) return sqlite3_result_null(context);
  std::optional<ColumnTokens>& tokens = columns[best.column];
  if (!tokens) tokens.emplace(text, api, fts, classes);
  const int last = best.start + window - 1;
  rc = tokens->ScanTo(last);
  if (rc != SQLITE_OK) return sqlite3_result_error_code(context, rc);
  auto [first, end] = instances.OfColumn(best.column);
  std::string out =
      Highlight(*tokens, HighlightRanges(instances, first, end), best.start, last, best.column_size, markers);
  sqlite3_result_text64(context, out.data(), out.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

}  // namespace

Status RegisterSnippetFunction(sqlite::Database* db) {
  fts5_api* api = nullptr;
  Status s = FindFts5Api(db, &api);
  if (!s.ok()) return s;
  auto* classes = new CharClasses();
  int rc = api->xCreateFunction(api, "lede_snippet", classes, &SnippetFunction,
                            [](void* p) { delete static_cast<CharClasses*>(p); });
  if (rc != SQLITE_OK) {
    delete classes;
    return db->Error(rc, "registering lede_snippet()");
  }
  return Status::OK();
}

}  // namespace lede
