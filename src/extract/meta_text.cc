#include "extract/meta_text.h"

#include <cstdint>
#include <utility>

namespace lede {
namespace {

// Byte length of the whitespace character at s[i], or 0.
size_t SpaceAt(std::string_view s, size_t i) {
  unsigned char c = s[i];
  if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
  auto next = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
  if (c == 0xC2 && next(1) == 0xA0) return 2;  // U+00A0 no-break space
  if (c == 0xE2 && next(1) == 0x80 && (next(2) <= 0x8A || next(2) == 0xAF)) return 3;  // U+2000-200A, 202F
  if (c == 0xE3 && next(1) == 0x80 && next(2) == 0x80) return 3;  // U+3000 ideographic space
  return 0;
}

// Appends code point `cp` as UTF-8 (U+FFFD for invalid ones).
void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | (cp >> 6));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xE0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (cp >> 18));
    *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Decodes the reference body between '&' and ';' ("#39", "amp"); false if unknown.
bool DecodeReference(std::string_view body, std::string* out) {
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"}, {"quot", "\""}, {"apos", "'"}, {"lt", "<"}, {"gt", ">"}, {"nbsp", "\xC2\xA0"}};
  for (const auto& [name, text] : kNamed) {
    if (body == name) {
      *out += text;
      return true;
    }
  }
  if (body.size() < 2 || body[0] != '#') return false;
  bool hex = body[1] == 'x' || body[1] == 'X';
  std::string_view digits = body.substr(hex ? 2 : 1);
  if (digits.empty() || digits.size() > 7) return false;
  uint32_t cp = 0;
  for (char c : digits) {
    int d = (c >= '0' && c <= '9') ? c - '0'
            : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10
                                                            : -1;
    if (d < 0) return false;
    cp = cp * (hex ? 16 : 10) + d;
  }
  AppendUtf8(cp, out);
  return true;
}

// The longest reference body looked for ("#x10FFFF").
constexpr size_t kMaxReferenceBytes = 10;

}  // namespace

std::string DecodeHtmlEntities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      size_t semi = s.find(';', i + 1);
      if (semi != std::string_view::npos && semi - i - 1 <= kMaxReferenceBytes &&
          DecodeReference(s.substr(i + 1, semi - i - 1), &out)) {
        i = semi;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

std::string CollapseWhitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  for (size_t i = 0; i < s.size();) {
    size_t n = SpaceAt(s, i);
    if (n > 0) {
      pending = !out.empty();
      i += n;
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out += s[i++];
  }
  return out;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

}  // namespace lede
