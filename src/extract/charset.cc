#include "extract/charset.h"

#include <simdjson.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <uchardet/uchardet.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <memory>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace lede {
namespace {

// ---------------------------------------------------------------------------
// Encodings and their labels (WHATWG Encoding Standard, plus the additions in
// charset.h).

enum class Form {
  kAsciiCompatible,  // ASCII bytes always mean ASCII characters
  kStateful,         // 7-bit escape-switched (ISO-2022-*, HZ): ESC changes meaning
  kUtf16,            // 2-byte code units
  kUtf32,            // 4-byte code units
};

struct Encoding {
  std::string_view name;    // canonical WHATWG name
  const char* icu;          // ICU converter name (exact, to avoid ambiguous aliases)
  Form form;
  std::string_view labels;  // space-separated lowercase labels
};

constexpr Encoding kEncodings[] = {
    {"UTF-8", "UTF-8", Form::kAsciiCompatible,
     "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8"},
    {"IBM866", "ibm-866_P100-1995", Form::kAsciiCompatible, "866 cp866 csibm866 ibm866"},
    {"ISO-8859-2", "ibm-912_P100-1995", Form::kAsciiCompatible,
     "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2"},
    {"ISO-8859-3", "ibm-913_P100-2000", Form::kAsciiCompatible,
     "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3"},
    {"ISO-8859-4", "ibm-914_P100-1995", Form::kAsciiCompatible,
     "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4"},
    {"ISO-8859-5", "ibm-915_P100-1995", Form::kAsciiCompatible,
     "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 "
     "iso_8859-5:1988"},
    {"ISO-8859-6", "ibm-1089_P100-1995", Form::kAsciiCompatible,
     "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e "
     "iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987"},
    {"ISO-8859-7", "ibm-9005_X110-2007", Form::kAsciiCompatible,
     "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 "
     "iso_8859-7 iso_8859-7:1987 sun_eu_greek"},
    {"ISO-8859-8", "ibm-5012_P100-1999", Form::kAsciiCompatible,
     "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 "
     "iso_8859-8 iso_8859-8:1988 visual"},
    {"ISO-8859-8-I", "ibm-5012_P100-1999", Form::kAsciiCompatible,
     "csiso88598i iso-8859-8-i logical"},
    {"ISO-8859-10", "iso-8859_10-1998", Form::kAsciiCompatible,
     "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6"},
    {"ISO-8859-13", "ibm-921_P100-1995", Form::kAsciiCompatible,
     "iso-8859-13 iso8859-13 iso885913"},
    {"ISO-8859-14", "iso-8859_14-1998", Form::kAsciiCompatible,
     "iso-8859-14 iso8859-14 iso885914"},
    {"ISO-8859-15", "ibm-923_P100-1998", Form::kAsciiCompatible,
     "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9"},
    {"KOI8-R", "ibm-878_P100-1996", Form::kAsciiCompatible, "cskoi8r koi koi8 koi8-r koi8_r"},
    {"KOI8-U", "ibm-1168_P100-2002", Form::kAsciiCompatible, "koi8-ru koi8-u"},
    {"macintosh", "macos-0_2-10.2", Form::kAsciiCompatible,
     "csmacintosh mac macintosh x-mac-roman"},
    {"windows-874", "windows-874-2000", Form::kAsciiCompatible,
     "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874"},
    {"windows-1250", "ibm-5346_P100-1998", Form::kAsciiCompatible,
     "cp1250 windows-1250 x-cp1250"},
    {"windows-1251", "ibm-5347_P100-1998", Form::kAsciiCompatible,
     "cp1251 windows-1251 x-cp1251"},
    {"windows-1252", "ibm-5348_P100-1997", Form::kAsciiCompatible,
     "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 "
     "iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252 "
     "x-user-defined"},
    {"windows-1253", "ibm-5349_P100-1998", Form::kAsciiCompatible,
     "cp1253 windows-1253 x-cp1253"},
    {"windows-1254", "ibm-5350_P100-1998", Form::kAsciiCompatible,
     "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 "
     "latin5 windows-1254 x-cp1254"},
    {"windows-1255", "ibm-9447_P100-2002", Form::kAsciiCompatible,
     "cp1255 windows-1255 x-cp1255"},
    {"windows-1256", "ibm-9448_X100-2005", Form::kAsciiCompatible,
     "cp1256 windows-1256 x-cp1256"},
    {"windows-1257", "ibm-9449_P100-2002", Form::kAsciiCompatible,
     "cp1257 windows-1257 x-cp1257"},
    {"windows-1258", "ibm-5354_P100-1998", Form::kAsciiCompatible,
     "cp1258 windows-1258 x-cp1258"},
    {"x-mac-cyrillic", "macos-7_3-10.2", Form::kAsciiCompatible,
     "x-mac-cyrillic x-mac-ukrainian mac-cyrillic maccyrillic"},
    // WHATWG decodes GBK with the gb18030 decoder.
    {"GBK", "gb18030", Form::kAsciiCompatible,
     "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk"},
    {"gb18030", "gb18030", Form::kAsciiCompatible, "gb18030"},
    {"Big5", "ibm-1375_P100-2008", Form::kAsciiCompatible,
     "big5 big5-hkscs cn-big5 csbig5 x-x-big5"},
    {"EUC-JP", "euc-jp-2007", Form::kAsciiCompatible, "cseucpkdfmtjapanese euc-jp x-euc-jp"},
    {"ISO-2022-JP", "ISO_2022,locale=ja,version=0", Form::kStateful, "csiso2022jp iso-2022-jp"},
    {"Shift_JIS", "ibm-943_P15A-2003", Form::kAsciiCompatible,
     "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis cp932"},
    {"EUC-KR", "windows-949-2000", Form::kAsciiCompatible,
     "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 "
     "ksc_5601 windows-949 uhc"},
    {"UTF-16BE", "UTF-16BE", Form::kUtf16, "unicodefffe utf-16be"},
    {"UTF-16LE", "UTF-16LE", Form::kUtf16,
     "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le"},
    // Not in WHATWG (see charset.h).
    {"ISO-2022-KR", "ISO_2022,locale=ko,version=0", Form::kStateful, "csiso2022kr iso-2022-kr"},
    {"ISO-2022-CN", "ISO_2022,locale=zh,version=0", Form::kStateful,
     "iso-2022-cn iso-2022-cn-ext"},
    {"HZ-GB-2312", "HZ", Form::kStateful, "hz-gb-2312"},
    {"UTF-32BE", "UTF-32BE", Form::kUtf32, "utf-32be"},
    {"UTF-32LE", "UTF-32LE", Form::kUtf32, "utf-32le"},
    {"EUC-TW", "euc-tw-2014", Form::kAsciiCompatible, "euc-tw x-euc-tw"},
    // Left out on purpose: DOS and Mac code pages uchardet may name (IBM852,
    // IBM855, MAC-CENTRALEUROPE) but the web does not use; such an answer is
    // more often a wrong guess than right, and the default is used instead.
};

constexpr const Encoding& kUtf8 = kEncodings[0];
constexpr const Encoding& kWindows1252 = kEncodings[20];
static_assert(kUtf8.name == "UTF-8");
static_assert(kWindows1252.name == "windows-1252");

bool IsAsciiWhitespace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

std::string_view TrimAsciiWhitespace(std::string_view s) {
  while (!s.empty() && IsAsciiWhitespace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiWhitespace(s.back())) s.remove_suffix(1);
  return s;
}

using LabelMap = std::unordered_map<std::string_view, const Encoding*>;

const LabelMap& Labels() {
  static const LabelMap* const labels = [] {
    auto* map = new LabelMap;
    for (const Encoding& encoding : kEncodings) {
      std::string_view rest = encoding.labels;
      while (!rest.empty()) {
        const size_t space = std::min(rest.find(' '), rest.size());
        map->emplace(rest.substr(0, space), &encoding);
        rest.remove_prefix(std::min(space + 1, rest.size()));
      }
    }
    return map;
  }();
  return *labels;
}

const Encoding* FindEncoding(std::string_view label) {
  label = TrimAsciiWhitespace(label);
  std::string lower(label.size(), '\0');
  std::transform(label.begin(), label.end(), lower.begin(), AsciiLower);
  const auto it = Labels().find(lower);
  return it == Labels().end() ? nullptr : it->second;
}

std::string_view NameOf(const Encoding* encoding) { return encoding ? encoding->name : ""; }

// ---------------------------------------------------------------------------
// "charset=" in Content-Type and <meta content> values.

size_t FindCharsetWord(std::string_view s, size_t from) {
  constexpr std::string_view kWord = "charset";
  for (size_t i = from; i + kWord.size() <= s.size(); ++i) {
    size_t k = 0;
    while (k < kWord.size() && AsciiLower(s[i + k]) == kWord[k]) ++k;
    if (k == kWord.size()) return i;
  }
  return std::string_view::npos;
}

size_t SkipAsciiWhitespace(std::string_view s, size_t pos) {
  while (pos < s.size() && IsAsciiWhitespace(s[pos])) ++pos;
  return pos;
}

const Encoding* EncodingFromContentType(std::string_view s) {
  size_t pos = 0;
  for (;;) {
    const size_t word = FindCharsetWord(s, pos);
    if (word == std::string_view::npos) return nullptr;
    pos = SkipAsciiWhitespace(s, word + 7);
    if (pos < s.size() && s[pos] == '=') break;
  }
  pos = SkipAsciiWhitespace(s, pos + 1);
  if (pos >= s.size()) return nullptr;
  if (s[pos] == '"' || s[pos] == '\'') {
    const size_t close = s.find(s[pos], pos + 1);
    if (close == std::string_view::npos) return nullptr;
    return FindEncoding(s.substr(pos + 1, close - pos - 1));
  }
  size_t end = pos;
  while (end < s.size() && !IsAsciiWhitespace(s[end]) && s[end] != ';') ++end;
  return FindEncoding(s.substr(pos, end - pos));
}

// ---------------------------------------------------------------------------
// The WHATWG prescan ("prescan a byte stream to determine its encoding").

class Prescanner {
 public:
  explicit Prescanner(std::string_view bytes) : s_(bytes) {}

  // Returns the declared encoding, or nullptr.
  const Encoding* Run();

 private:
  enum class Got { kAttribute, kNone, kEnd };
  struct Attribute {
    std::string name;
    std::string value;
  };

  bool AtEnd() const { return pos_ >= s_.size(); }
  bool StartsWith(std::string_view prefix) const;
  bool AdvanceTo(std::string_view needle);  // to needle's last byte; false at end
  void SkipTagName();
  Got GetAttribute(Attribute* attribute);
  Got GetAttributeValue(Attribute* attribute);
  // After "<meta" and a space or slash. Sets *done when a charset was found or
  // the input ended.
  const Encoding* Meta(bool* done);

  std::string_view s_;
  size_t pos_ = 0;
};

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool Prescanner::StartsWith(std::string_view prefix) const {
  if (s_.size() - pos_ < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (AsciiLower(s_[pos_ + i]) != prefix[i]) return false;
  }
  return true;
}

bool Prescanner::AdvanceTo(std::string_view needle) {
  const size_t found = s_.find(needle, pos_);
  if (found == std::string_view::npos) return false;
  pos_ = found + needle.size() - 1;
  return true;
}

const Encoding* Prescanner::Run() {
  for (; !AtEnd(); ++pos_) {
    if (StartsWith("<!--")) {
      pos_ += 2;  // "<!-->" ends the comment: the "--" may overlap the opener
      if (!AdvanceTo("-->")) return nullptr;
    } else if (StartsWith("<meta") && pos_ + 5 < s_.size() &&
               (IsAsciiWhitespace(s_[pos_ + 5]) || s_[pos_ + 5] == '/')) {
      pos_ += 5;
      bool done = false;
      const Encoding* found = Meta(&done);
      if (done) return found;
    } else if ((StartsWith("<") && pos_ + 1 < s_.size() && IsAsciiAlpha(s_[pos_ + 1])) ||
               (StartsWith("</") && pos_ + 2 < s_.size() && IsAsciiAlpha(s_[pos_ + 2]))) {
      SkipTagName();
      Attribute ignored;
      Got got;
      while ((got = GetAttribute(&ignored)) == Got::kAttribute) {
      }
      if (got == Got::kEnd) return nullptr;
    } else if (StartsWith("<!") || StartsWith("</") || StartsWith("<?")) {
      if (!AdvanceTo(">")) return nullptr;
    }
  }
  return nullptr;
}

void Prescanner::SkipTagName() {
  while (!AtEnd() && !IsAsciiWhitespace(s_[pos_]) && s_[pos_] != '>') ++pos_;
}

const Encoding* Prescanner::Meta(bool* done) {
  std::vector<std::string> seen;
  bool got_pragma = false;
  enum class Pragma { kUnset, kNeeded, kNotNeeded } need_pragma = Pragma::kUnset;
  const Encoding* charset = nullptr;
  Attribute attribute;
  for (;;) {
    const Got got = GetAttribute(&attribute);
    if (got == Got::kEnd) {
      *done = true;
      return nullptr;
    }
    if (got == Got::kNone) break;
    if (std::find(seen.begin(), seen.end(), attribute.name) != seen.end()) continue;
    seen.push_back(attribute.name);
    if (attribute.name == "http-equiv") {
      got_pragma = got_pragma || attribute.value == "content-type";
    } else if (attribute.name == "content" && charset == nullptr) {
      charset = EncodingFromContentType(attribute.value);
      if (charset != nullptr) need_pragma = Pragma::kNeeded;
    } else if (attribute.name == "charset") {
      charset = FindEncoding(attribute.value);
      need_pragma = Pragma::kNotNeeded;
    }
  }
  if (need_pragma == Pragma::kUnset || charset == nullptr) return nullptr;
  if (need_pragma == Pragma::kNeeded && !got_pragma) return nullptr;
  *done = true;
  return charset->form == Form::kUtf16 ? &kUtf8 : charset;
}

Prescanner::Got Prescanner::GetAttribute(Attribute* attribute) {
  while (!AtEnd() && (IsAsciiWhitespace(s_[pos_]) || s_[pos_] == '/')) ++pos_;
  if (AtEnd()) return Got::kEnd;
  if (s_[pos_] == '>') return Got::kNone;
  attribute->name.clear();
  attribute->value.clear();
  for (;; ++pos_) {
    if (AtEnd()) return Got::kEnd;
    const char c = s_[pos_];
    if (c == '=' && !attribute->name.empty()) {
      ++pos_;
      return GetAttributeValue(attribute);
    }
    if (IsAsciiWhitespace(c)) break;
    if (c == '/' || c == '>') return Got::kAttribute;
    attribute->name.push_back(AsciiLower(c));
  }
  while (!AtEnd() && IsAsciiWhitespace(s_[pos_])) ++pos_;
  if (AtEnd()) return Got::kEnd;
  if (s_[pos_] != '=') return Got::kAttribute;
  ++pos_;
  return GetAttributeValue(attribute);
}

Prescanner::Got Prescanner::GetAttributeValue(Attribute* attribute) {
  while (!AtEnd() && IsAsciiWhitespace(s_[pos_])) ++pos_;
  if (AtEnd()) return Got::kEnd;
  const char first = s_[pos_];
  if (first == '"' || first == '\'') {
    for (++pos_; !AtEnd(); ++pos_) {
      if (s_[pos_] == first) {
        ++pos_;
        return Got::kAttribute;
      }
      attribute->value.push_back(AsciiLower(s_[pos_]));
    }
    return Got::kEnd;
  }
  if (first == '>') return Got::kAttribute;
  for (; !AtEnd(); ++pos_) {
    const char c = s_[pos_];
    if (IsAsciiWhitespace(c) || c == '>') return Got::kAttribute;
    attribute->value.push_back(AsciiLower(c));
  }
  return Got::kEnd;
}

// ---------------------------------------------------------------------------
// The XML declaration: <?xml version="1.0" encoding="euc-kr"?> at the start.

const Encoding* XmlDeclarationEncoding(std::string_view bytes) {
  if (!bytes.starts_with("<?xml")) return nullptr;
  const std::string_view declaration = bytes.substr(0, bytes.find("?>"));
  const size_t word = declaration.find("encoding");
  if (word == std::string_view::npos) return nullptr;
  size_t pos = SkipAsciiWhitespace(declaration, word + 8);
  if (pos >= declaration.size() || declaration[pos] != '=') return nullptr;
  pos = SkipAsciiWhitespace(declaration, pos + 1);
  if (pos >= declaration.size() || (declaration[pos] != '"' && declaration[pos] != '\'')) {
    return nullptr;
  }
  const size_t close = declaration.find(declaration[pos], pos + 1);
  if (close == std::string_view::npos) return nullptr;
  return FindEncoding(declaration.substr(pos + 1, close - pos - 1));
}

// ---------------------------------------------------------------------------
// Byte order marks.

struct Bom {
  const Encoding* encoding = nullptr;
  size_t length = 0;
};

Bom SniffBom(std::string_view bytes) {
  static const struct {
    std::string_view mark;
    std::string_view name;
  } kBoms[] = {
      // UTF-32LE first: its mark starts with UTF-16LE's.
      {{"\xFF\xFE\x00\x00", 4}, "utf-32le"},
      {{"\x00\x00\xFE\xFF", 4}, "utf-32be"},
      {"\xEF\xBB\xBF", "utf-8"},
      {"\xFE\xFF", "utf-16be"},
      {"\xFF\xFE", "utf-16le"},
  };
  for (const auto& bom : kBoms) {
    if (bytes.substr(0, bom.mark.size()) == bom.mark) {
      return {FindEncoding(bom.name), bom.mark.size()};
    }
  }
  return {};
}

// ---------------------------------------------------------------------------
// UTF-8 validation (WHATWG UTF-8 decoder semantics).

// Returns the length of the well-formed UTF-8 sequence at the start of `s`, or
// minus the length of its maximal ill-formed subpart. REQUIRES: !s.empty().
int Utf8Step(std::string_view s) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  int trail;
  unsigned char low = 0x80, high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    trail = 1;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    trail = 2;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    trail = 3;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return -1;
  }
  for (int i = 1; i <= trail; ++i) {
    if (static_cast<size_t>(i) >= s.size() || byte(i) < low || byte(i) > high) return -i;
    low = 0x80;
    high = 0xBF;
  }
  return trail + 1;
}

// Returns the length of the leading run of ASCII bytes.
size_t AsciiPrefix(std::string_view s) {
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    if (word & 0x8080808080808080ull) break;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

struct Utf8Counts {
  // Well-formed sequences of 2-4 bytes. Only compared with 0 and with
  // `invalid`, so when nothing is ill-formed it is 1 for "some", not their number.
  size_t multibyte = 0;
  size_t invalid = 0;    // ill-formed subparts, except one cut off by the end
  bool truncated = false;  // the text ends inside a sequence
};

Utf8Counts CountUtf8(std::string_view s) {
  // Most pages are well-formed UTF-8: simdjson's validator says so in a fraction
  // of the time the sequence-by-sequence walk below takes.
  if (simdjson::validate_utf8(s.data(), s.size())) {
    return {AsciiPrefix(s) < s.size() ? 1u : 0u, 0, false};
  }
  Utf8Counts counts;
  for (size_t pos = AsciiPrefix(s); pos < s.size(); pos += AsciiPrefix(s.substr(pos))) {
    const int step = Utf8Step(s.substr(pos));
    if (step > 0) {
      ++counts.multibyte;
      pos += step;
    } else {
      pos -= step;
      if (pos < s.size()) {
        ++counts.invalid;
      } else {
        counts.truncated = true;
      }
    }
  }
  return counts;
}

// Real UTF-8 text with stray bad bytes has far more good sequences than bad
// ones; legacy multi-byte text forms a good sequence only by chance.
constexpr size_t kUtf8GoodPerBad = 4;

bool MostlyUtf8(const Utf8Counts& counts) {
  return counts.invalid == 0 || counts.multibyte >= kUtf8GoodPerBad * counts.invalid;
}

void AppendUtf8(std::string_view s, std::string* out) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  out->reserve(out->size() + s.size());
  size_t run = 0;  // start of the pending well-formed run
  size_t pos = 0;
  while (pos < s.size()) {
    pos += AsciiPrefix(s.substr(pos));
    if (pos >= s.size()) break;
    const int step = Utf8Step(s.substr(pos));
    if (step > 0) {
      pos += step;
      continue;
    }
    out->append(s.substr(run, pos - run));
    out->append(kReplacement);
    pos -= step;
    run = pos;
  }
  out->append(s.substr(run));
}

// ---------------------------------------------------------------------------
// Detection.

// How many leading bytes the NUL-pattern checks for UTF-16/32 look at.
constexpr size_t kSniffBytes = 4096;

// Recognises BOM-less UTF-16/32 by its NUL bytes, which fall at the same
// position within most code units.

const Encoding* GuessUtf16Or32(std::string_view bytes) {
  bytes = bytes.substr(0, kSniffBytes);
  size_t zeros[4] = {0, 0, 0, 0};
  for (size_t i = 0; i < bytes.size(); ++i) zeros[i % 4] += bytes[i] == '\0';
  const size_t quads = bytes.size() / 4;
  if (quads < 4) return nullptr;
  const auto most = [&](size_t n) { return n * 10 >= quads * 9; };
  const auto few = [&](size_t n) { return n * 10 <= quads; };
  if (most(zeros[2]) && most(zeros[3]) && few(zeros[0])) return FindEncoding("utf-32le");
  if (most(zeros[0]) && most(zeros[1]) && few(zeros[3])) return FindEncoding("utf-32be");
  const size_t even = zeros[0] + zeros[2], odd = zeros[1] + zeros[3];
  const size_t pairs = 2 * quads;
  if (odd * 5 >= pairs && even * 10 <= odd) return FindEncoding("utf-16le");
  if (even * 5 >= pairs && odd * 10 <= even) return FindEncoding("utf-16be");
  return nullptr;
}

struct UchardetDeleter {
  void operator()(uchardet_t detector) const { uchardet_delete(detector); }
};

// Returns what uchardet finds, or nullptr for pure ASCII and for no answer.
const Encoding* Uchardet(std::string_view bytes) {
  thread_local std::unique_ptr<std::remove_pointer_t<uchardet_t>, UchardetDeleter> detector(
      uchardet_new());
  uchardet_reset(detector.get());
  if (uchardet_handle_data(detector.get(), bytes.data(), bytes.size()) != 0) return nullptr;
  uchardet_data_end(detector.get());
  const std::string_view name = uchardet_get_charset(detector.get());
  if (name == "ASCII") return nullptr;
  return FindEncoding(name);
}

bool ContradictedBy(const Encoding& declared, std::string_view bytes, const Utf8Counts& counts) {
  if (&declared == &kUtf8) return !MostlyUtf8(counts);
  if (declared.form == Form::kUtf16 || declared.form == Form::kUtf32) {
    return bytes.substr(0, kSniffBytes).find('\0') == std::string_view::npos;
  }
  return counts.invalid == 0 && counts.multibyte > 0;
}

const Encoding& Detect(std::string_view bytes, const Utf8Counts& counts,
                       const CharsetOptions& options, CharsetSource* source) {
  *source = CharsetSource::kDetected;
  if (counts.multibyte > 0 && MostlyUtf8(counts)) return kUtf8;
  if (const Encoding* utf = GuessUtf16Or32(bytes)) return *utf;
  // Pure ASCII reads the same in the default; ESC may start ISO-2022 text.
  const bool plain_ascii = counts.multibyte == 0 && counts.invalid == 0 &&
                           bytes.find('\x1B') == std::string_view::npos;
  const size_t sample = options.detect_bytes == 0 ? bytes.size() : options.detect_bytes;
  if (const Encoding* detected = plain_ascii ? nullptr : Uchardet(bytes.substr(0, sample))) {
    return *detected;
  }
  *source = CharsetSource::kDefault;
  return kWindows1252;
}

// ---------------------------------------------------------------------------
// Conversion.

// A to-Unicode callback that writes one U+FFFD for each illegal or unmappable
// sequence.
void WriteReplacement(const void* /*context*/, UConverterToUnicodeArgs* args,
                      const char* /*units*/, int32_t /*length*/, UConverterCallbackReason reason,
                      UErrorCode* error) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close or clone: nothing to write
  static const UChar kReplacement = 0xFFFD;
  *error = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, error);
}

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

// Returns this thread's converter for `icu_name` (a name from kEncodings), reset.
UConverter* ThreadConverter(const char* icu_name) {
  thread_local std::unordered_map<const char*, ConverterPtr> converters;
  ConverterPtr& converter = converters[icu_name];
  if (converter == nullptr) {
    UErrorCode error = U_ZERO_ERROR;
    converter.reset(ucnv_open(icu_name, &error));
    if (U_FAILURE(error)) return nullptr;
    ucnv_setToUCallBack(converter.get(), WriteReplacement, nullptr, nullptr, nullptr, &error);
  }
  ucnv_reset(converter.get());
  return converter.get();
}

bool IsAscii(std::string_view s) { return AsciiPrefix(s) == s.size(); }

void ConvertWithIcu(std::string_view bytes, UConverter* from, std::string* out) {
  UConverter* to = ThreadConverter(kUtf8.icu);
  out->resize(bytes.size() * 2 + 16);
  UChar pivot[1024];
  UChar* pivot_source = pivot;
  UChar* pivot_target = pivot;
  const char* source = bytes.data();
  char* target = out->data();
  for (bool reset = true;; reset = false) {
    UErrorCode error = U_ZERO_ERROR;
    ucnv_convertEx(to, from, &target, out->data() + out->size(), &source,
                   bytes.data() + bytes.size(), pivot, &pivot_source, &pivot_target,
                   pivot + std::size(pivot), reset, /*flush=*/true, &error);
    if (error != U_BUFFER_OVERFLOW_ERROR) break;
    const size_t written = target - out->data();
    out->resize(out->size() * 2);
    target = out->data() + written;
  }
  out->resize(target - out->data());
}

void ReplaceNuls(std::string* text) {
  if (text->find('\0') == std::string::npos) return;
  std::string replaced;
  replaced.reserve(text->size() + 16);
  for (const char c : *text) {
    if (c == '\0') {
      replaced.append("\xEF\xBF\xBD");
    } else {
      replaced.push_back(c);
    }
  }
  text->swap(replaced);
}

// Decodes `bytes` as `encoding` into *decoded and returns the UTF-8: `bytes`
// themselves when they need no change (well-formed UTF-8 without NUL), else
// decoded->utf8. `valid_utf8` says the caller has checked that `bytes` are
// well-formed UTF-8, so taking them as UTF-8 needs no second check.
std::string_view Convert(std::string_view bytes, const Encoding& encoding, CharsetSource source,
                         bool valid_utf8, DecodedText* decoded) {
  decoded->utf8.clear();
  decoded->charset = encoding.name;
  decoded->source = source;
  const bool ascii_identity = encoding.form == Form::kAsciiCompatible && IsAscii(bytes);
  UConverter* converter =
      (&encoding == &kUtf8 || ascii_identity) ? nullptr : ThreadConverter(encoding.icu);
  if (converter != nullptr) {
    ConvertWithIcu(bytes, converter, &decoded->utf8);
  } else {
    // UTF-8 itself, ASCII in any ASCII-compatible charset, or (only if ICU
    // cannot open a converter) the bytes taken as UTF-8.
    if (&encoding != &kUtf8 && !ascii_identity) decoded->charset = kUtf8.name;
    if (valid_utf8 && bytes.find('\0') == std::string_view::npos) return bytes;
    if (valid_utf8) {
      decoded->utf8.assign(bytes);
    } else {
      AppendUtf8(bytes, &decoded->utf8);
    }
  }
  ReplaceNuls(&decoded->utf8);
  return decoded->utf8;
}

}  // namespace

std::string_view CharsetSourceName(CharsetSource source) {
  switch (source) {
    case CharsetSource::kBom: return "bom";
    case CharsetSource::kHttp: return "http";
    case CharsetSource::kMeta: return "meta";
    case CharsetSource::kXml: return "xml";
    case CharsetSource::kDetected: return "detected";
    case CharsetSource::kDefault: return "default";
  }
  return "unknown";
}

std::string_view CanonicalCharset(std::string_view label) { return NameOf(FindEncoding(label)); }

std::string_view CharsetFromContentType(std::string_view content_type) {
  return NameOf(EncodingFromContentType(content_type));
}

std::string_view PrescanMetaCharset(std::string_view bytes) {
  return NameOf(Prescanner(bytes).Run());
}

std::string_view DecodeToUtf8View(std::string_view bytes, std::string_view content_type,
                                  bool is_html, DecodedText* decoded,
                                  const CharsetOptions& options) {
  if (const Bom bom = SniffBom(bytes); bom.encoding != nullptr) {
    return Convert(bytes.substr(bom.length), *bom.encoding, CharsetSource::kBom, false, decoded);
  }
  const Utf8Counts counts = CountUtf8(bytes);
  const bool valid = counts.invalid == 0 && !counts.truncated;
  const Encoding* http = EncodingFromContentType(content_type);
  if (http != nullptr && !ContradictedBy(*http, bytes, counts)) {
    return Convert(bytes, *http, CharsetSource::kHttp, valid, decoded);
  }
  if (is_html) {
    const size_t prescan = options.prescan_bytes == 0 ? bytes.size() : options.prescan_bytes;
    const Encoding* meta = Prescanner(bytes.substr(0, prescan)).Run();
    if (meta != nullptr && !ContradictedBy(*meta, bytes, counts)) {
      return Convert(bytes, *meta, CharsetSource::kMeta, valid, decoded);
    }
  }
  const Encoding* xml = XmlDeclarationEncoding(bytes);
  if (xml != nullptr && !ContradictedBy(*xml, bytes, counts)) {
    return Convert(bytes, *xml, CharsetSource::kXml, valid, decoded);
  }
  CharsetSource source;
  const Encoding& detected = Detect(bytes, counts, options, &source);
  return Convert(bytes, detected, source, valid, decoded);
}

DecodedText DecodeToUtf8(std::string_view bytes, std::string_view content_type, bool is_html,
                         const CharsetOptions& options) {
  DecodedText decoded;
  const std::string_view utf8 = DecodeToUtf8View(bytes, content_type, is_html, &decoded, options);
  if (utf8.data() != decoded.utf8.data()) decoded.utf8.assign(utf8);
  return decoded;
}

}  // namespace lede
