#include "util/json_writer.h"

#include <bit>
#include <charconv>

#include <nlohmann/json.hpp>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace lede {
namespace {

// The length of the well-formed UTF-8 sequence at text[at] (Unicode's table
// 3-7: no overlong forms, surrogates or code points above U+10FFFF), 0 if none.
size_t Utf8SequenceLength(std::string_view text, size_t at) {
  auto byte = [&](size_t i) {
    return at + i < text.size() ? static_cast<unsigned char>(text[at + i]) : 0;
  };
  auto in = [](unsigned char b, unsigned char low, unsigned char high) {
    return b >= low && b <= high;
  };
  const unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  if (in(lead, 0xC2, 0xDF)) return in(byte(1), 0x80, 0xBF) ? 2 : 0;
  if (in(lead, 0xE0, 0xEF)) {
    const unsigned char low = lead == 0xE0 ? 0xA0 : 0x80, high = lead == 0xED ? 0x9F : 0xBF;
    return in(byte(1), low, high) && in(byte(2), 0x80, 0xBF) ? 3 : 0;
  }
  if (in(lead, 0xF0, 0xF4)) {
    const unsigned char low = lead == 0xF0 ? 0x90 : 0x80, high = lead == 0xF4 ? 0x8F : 0xBF;
    return in(byte(1), low, high) && in(byte(2), 0x80, 0xBF) && in(byte(3), 0x80, 0xBF) ? 4 : 0;
  }
  return 0;
}

// The length of the run of bytes at text[at] that need no look: ASCII for
// ValidUtf8 (`plain_ascii`), or ASCII that JSON keeps as it is (no control
// character, '"' or '\\') for Escaped; 16 bytes at a time with SSE2.
size_t PlainRun(std::string_view text, size_t at, bool plain_ascii) {
  size_t end = at;
#if defined(__SSE2__)
  for (; end + 16 <= text.size(); end += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + end));
    // Signed compares: bytes >= 0x80 are negative, below ' '.
    __m128i special = plain_ascii
                          ? bytes
                          : _mm_or_si128(_mm_cmplt_epi8(bytes, _mm_set1_epi8(' ')),
                                         _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('"')),
                                                      _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\'))));
    const int mask = _mm_movemask_epi8(special);
    if (mask != 0) return end + std::countr_zero(static_cast<unsigned>(mask)) - at;
  }
#endif
  auto plain = [plain_ascii](unsigned char c) {
    return c < 0x80 && (plain_ascii || (c >= 0x20 && c != '"' && c != '\\'));
  };
  while (end < text.size() && plain(static_cast<unsigned char>(text[end]))) ++end;
  return end - at;
}

bool ValidUtf8(std::string_view text) {
  for (size_t at = 0; at < text.size();) {
    at += PlainRun(text, at, /*plain_ascii=*/true);
    if (at == text.size()) break;
    const size_t length = Utf8SequenceLength(text, at);
    if (length == 0) return false;
    at += length;
  }
  return true;
}

// An integer's decimal digits, in a buffer of its own.
struct Decimal {
  template <typename Integer>
  explicit Decimal(Integer value)
      : size(std::to_chars(digits, digits + sizeof(digits), value).ptr - digits) {}
  std::string_view view() const { return {digits, size}; }
  char digits[24];
  size_t size;
};

}  // namespace

void JsonWriter::Key(std::string_view key) {
  BeforeValue();
  Escaped(key);
  out_ += ':';
  after_key_ = true;
}

void JsonWriter::String(std::string_view text) {
  BeforeValue();
  Escaped(text);
}

void JsonWriter::StringOrNull(std::string_view text) {
  if (text.empty())
    Null();
  else
    String(text);
}

void JsonWriter::Int(int64_t value) { Value(Decimal(value).view()); }

void JsonWriter::Uint(uint64_t value) { Value(Decimal(value).view()); }

void JsonWriter::Double(double value) { Value(nlohmann::json(value).dump()); }

void JsonWriter::Open(char bracket) {
  BeforeValue();
  out_ += bracket;
  has_member_.push_back(false);
}

void JsonWriter::Close(char bracket) {
  out_ += bracket;
  has_member_.pop_back();
}

void JsonWriter::Value(std::string_view literal) {
  BeforeValue();
  out_ += literal;
}

void JsonWriter::BeforeValue() {
  if (after_key_) {  // a member's value: its key wrote the comma
    after_key_ = false;
    return;
  }
  if (has_member_.empty()) return;
  if (has_member_.back()) out_ += ',';
  has_member_.back() = true;
}

void JsonWriter::Escaped(std::string_view text) {
  if (!ValidUtf8(text)) {
    out_ += nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  out_ += '"';
  size_t plain = 0;  // text[plain, i) goes out as it is
  for (size_t i = 0; i < text.size(); ++i) {
    i += PlainRun(text, i, /*plain_ascii=*/false);
    if (i == text.size()) break;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;  // UTF-8 beyond ASCII
    out_.append(text, plain, i - plain);
    plain = i + 1;
    switch (c) {
      case '"':
        out_ += "\\\"";
        break;
      case '\\':
        out_ += "\\\\";
        break;
      case '\b':
        out_ += "\\b";
        break;
      case '\f':
        out_ += "\\f";
        break;
      case '\n':
        out_ += "\\n";
        break;
      case '\r':
        out_ += "\\r";
        break;
      case '\t':
        out_ += "\\t";
        break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        out_ += "\\u00";
        out_ += kHex[c >> 4];
        out_ += kHex[c & 0xF];
      }
    }
  }
  out_.append(text, plain, text.size() - plain);
  out_ += '"';
}

}  // namespace lede
