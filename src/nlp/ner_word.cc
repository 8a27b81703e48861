#include "nlp/ner_word.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace lede::nlp {
namespace {

constexpr int kMaxShapeRun = 4;

char ShapeClass(UChar32 c) {
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') return 'X';
    if (c >= 'a' && c <= 'z') return 'x';
    if (c >= '0' && c <= '9') return 'd';
    return static_cast<char>(c);
  }
  if (u_isupper(c) || u_istitle(c)) return 'X';
  if (u_isalpha(c)) return 'x';
  if (u_isdigit(c)) return 'd';
  return '*';
}

void AppendUtf8(UChar32 c, std::string* out) {
  char buf[U8_MAX_LENGTH];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(buf, n, U8_MAX_LENGTH, c, error);
  if (!error) out->append(buf, n);
}

Casing CasingOf(int upper, int lower, bool first_upper) {
  if (upper == 0) return lower > 0 ? Casing::kLower : Casing::kOther;
  if (lower == 0) return Casing::kUpper;
  return first_upper ? Casing::kTitle : Casing::kOther;
}

}  // namespace

uint64_t HashBytes(std::string_view bytes, uint64_t seed) {
  uint64_t h = 1469598103934665603ULL ^ (seed * 0x9E3779B97F4A7C15ULL);
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return HashCombine(h, bytes.size());
}

uint64_t HashCombine(uint64_t a, uint64_t b) {
  uint64_t h = a ^ (b + 0x9E3779B97F4A7C15ULL + (a << 6) + (a >> 2));
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDULL;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ULL;
  h ^= h >> 33;
  return h;
}

void AnalyzeWord(std::string_view word, WordForms* out) {
  out->lower.clear();
  out->shape.clear();
  out->short_shape.clear();
  int upper = 0, lower = 0, run = 0;
  bool first_upper = false;
  char prev_class = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const int32_t length = static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) {  // invalid byte: keep it as is
      out->lower.push_back(word[start]);
      c = 0xFFFD;
    } else if (c < 0x80) {
      out->lower.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    } else {
      AppendUtf8(u_tolower(c), &out->lower);
    }
    const char cls = ShapeClass(c);
    if (cls == 'X') {
      ++upper;
      if (start == 0) first_upper = true;
    } else if (cls == 'x') {
      ++lower;
    }
    run = cls == prev_class ? run + 1 : 1;
    if (run <= kMaxShapeRun) out->shape.push_back(cls);
    if (run == 1) out->short_shape.push_back(cls);
    prev_class = cls;
  }
  out->casing = CasingOf(upper, lower, first_upper);
}

uint64_t LowerHash(std::string_view word) {
  bool ascii_lower = true;
  for (unsigned char c : word) ascii_lower = ascii_lower && c < 0x80 && !(c >= 'A' && c <= 'Z');
  if (ascii_lower) return HashBytes(word);
  WordForms forms;
  AnalyzeWord(word, &forms);
  return HashBytes(forms.lower);
}

}  // namespace lede::nlp
