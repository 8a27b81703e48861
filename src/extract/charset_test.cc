#include "extract/charset.h"

#include <gtest/gtest.h>

#include "util/read_file.h"
#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace lede {
namespace {

namespace fs = std::filesystem;

const fs::path kData = fs::path(LEDE_SHARED_DIR) / "data";

std::vector<fs::path> FilesUnder(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// ICU's own UTF-8 validation, independent of the code under test.
bool IsValidUtf8(std::string_view s) {
  UErrorCode error = U_ZERO_ERROR;
  int32_t length = 0;
  u_strFromUTF8(nullptr, 0, &length, s.data(), static_cast<int32_t>(s.size()), &error);
  return error != U_INVALID_CHAR_FOUND && error != U_ILLEGAL_ARGUMENT_ERROR;
}

// Decodes with ICU directly, by an ICU converter name: the reference output.
std::string IcuToUtf8(std::string_view bytes, const char* icu_name) {
  UErrorCode error = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(icu_name, &error);
  if (U_FAILURE(error)) return "<no ICU converter " + std::string(icu_name) + ">";
  std::u16string units(bytes.size() * 2 + 4, u'\0');
  const int32_t n = ucnv_toUChars(converter, units.data(), static_cast<int32_t>(units.size()),
                                  bytes.data(), static_cast<int32_t>(bytes.size()), &error);
  ucnv_close(converter);
  units.resize(n);
  if (!units.empty() && units[0] == u'\uFEFF') units.erase(0, 1);
  std::replace(units.begin(), units.end(), u'\0', u'\uFFFD');  // as DecodeToUtf8 does
  std::string utf8(units.size() * 3, '\0');
  int32_t length = 0;
  error = U_ZERO_ERROR;
  u_strToUTF8(utf8.data(), static_cast<int32_t>(utf8.size()), &length, units.data(),
              static_cast<int32_t>(units.size()), &error);
  utf8.resize(length);
  return utf8;
}

TEST(CanonicalCharsetTest, MapsWhatwgLabels) {
  const std::pair<const char*, const char*> cases[] = {
      {"latin1", "windows-1252"},  {"ISO-8859-1", "windows-1252"}, {"ascii", "windows-1252"},
      {"US-ASCII", "windows-1252"}, {" UTF8\t", "UTF-8"},          {"utf-8", "UTF-8"},
      {"utf-16", "UTF-16LE"},      {"x-sjis", "Shift_JIS"},        {"CP932", "Shift_JIS"},
      {"gb2312", "GBK"},           {"GB18030", "gb18030"},          {"tis-620", "windows-874"},
      {"koi8", "KOI8-R"},          {"iso-8859-9", "windows-1254"}, {"ks_c_5601-1987", "EUC-KR"},
      {"x-user-defined", "windows-1252"},                          {"iso-2022-kr", "ISO-2022-KR"},
      {"bogus", ""},               {"", ""},                        {"utf-8 x", ""},
      {"iso-8859-16", ""},         {"ibm852", ""},
  };
  for (const auto& [label, name] : cases) EXPECT_EQ(CanonicalCharset(label), name) << label;
}

TEST(CanonicalCharsetTest, EveryCanonicalNameIsItsOwnLabelAndConverts) {
  const char* names[] = {"UTF-8",        "IBM866",       "ISO-8859-2",   "ISO-8859-3",
                         "ISO-8859-4",   "ISO-8859-5",   "ISO-8859-6",   "ISO-8859-7",
                         "ISO-8859-8",   "ISO-8859-8-I", "ISO-8859-10",  "ISO-8859-13",
                         "ISO-8859-14",  "ISO-8859-15",  "KOI8-R",       "KOI8-U",
                         "macintosh",    "windows-874",  "windows-1250", "windows-1251",
                         "windows-1252", "windows-1253", "windows-1254", "windows-1255",
                         "windows-1256", "windows-1257", "windows-1258", "x-mac-cyrillic",
                         "GBK",          "gb18030",      "Big5",         "EUC-JP",
                         "ISO-2022-JP",  "Shift_JIS",    "EUC-KR",       "UTF-16BE",
                         "UTF-16LE",     "ISO-2022-KR",  "ISO-2022-CN",  "HZ-GB-2312",
                         "UTF-32BE",     "UTF-32LE",     "EUC-TW"};
  for (const char* name : names) {
    EXPECT_EQ(CanonicalCharset(name), name);
    if (std::string_view(name) == "UTF-8") continue;  // these bytes are not UTF-8
    // A declared charset is kept (not replaced by a fallback) when it converts.
    const std::string content_type = std::string("text/plain; charset=") + name;
    const std::string bytes("\xA4\xA2\0\0\xA4\xA4\0\0", 8);
    EXPECT_EQ(DecodeToUtf8(bytes, content_type, false).charset, name);
  }
}

TEST(CharsetFromContentTypeTest, FindsTheCharsetParameter) {
  const std::pair<const char*, const char*> cases[] = {
      {"text/html; charset=UTF-8", "UTF-8"},
      {"text/html;charset=\"iso-8859-2\"", "ISO-8859-2"},
      {"text/html; Charset = 'koi8-r' ", "KOI8-R"},
      {"text/html; charset=shift_jis; foo=bar", "Shift_JIS"},
      {"text/html; charsetcharset=iso-8859-2", "ISO-8859-2"},
      {"text/html", ""},
      {"", ""},
      {"text/html; charset=", ""},
      {"text/html; charset=\"utf-8", ""},
      {"text/html; charset=unknown-thing", ""},
  };
  for (const auto& [value, name] : cases) EXPECT_EQ(CharsetFromContentType(value), name) << value;
}

struct PrescanCase {
  std::string file;
  std::string data;
  std::string encoding;
};

// Reads html5lib-tests/encoding/*.dat: "#data\n<bytes>\n#encoding\n<label>\n".
std::vector<PrescanCase> ReadPrescanCases(const fs::path& file) {
  const std::string text = ReadFile(file);
  std::vector<PrescanCase> cases;
  size_t pos = 0;
  while ((pos = text.find("#data\n", pos)) != std::string::npos) {
    const size_t data = pos + 6;
    const size_t marker = text.find("\n#encoding\n", data);
    if (marker == std::string::npos) break;
    const size_t label = marker + 11;
    const size_t end = std::min(text.find('\n', label), text.size());
    cases.push_back({file.filename().string(), text.substr(data, marker - data),
                     text.substr(label, end - label)});
    pos = end;
  }
  return cases;
}

TEST(PrescanMetaCharsetTest, Html5libEncodingCases) {
  const fs::path dir = kData / "html5lib-tests" / "encoding";
  int total = 0, passed = 0;
  // scripted/ needs a script engine (document.write) and is not read here.
  for (const char* name : {"tests1.dat", "tests2.dat", "test-yahoo-jp.dat"}) {
    for (const PrescanCase& c : ReadPrescanCases(dir / name)) {
      // The cases assume no 1024-byte window: three declare after 8 KB. Two
      // start with a BOM, which comes before the prescan.
      const DecodedText decoded = DecodeToUtf8(c.data, "", true);
      std::string_view found = decoded.source == CharsetSource::kBom
                                   ? std::string_view(decoded.charset)
                                   : PrescanMetaCharset(c.data);
      if (found.empty()) found = "windows-1252";  // the caller's default
      ++total;
      passed += found == CanonicalCharset(c.encoding);
      EXPECT_EQ(found, CanonicalCharset(c.encoding)) << c.file << ":\n" << c.data.substr(0, 300);
    }
  }
  EXPECT_EQ(total, 82);
  std::printf("html5lib encoding prescan: %d/%d\n", passed, total);
}

// html-encoding-sniffer fixtures: the expected charset follows the last '_' of
// the name (or is the whole name under bom/); utf/ expects UTF-8.
std::string SnifferExpectation(const fs::path& file) {
  const std::string dir = file.parent_path().filename().string();
  const std::string stem = file.stem().string();
  if (dir == "utf") return "UTF-8";
  if (dir == "bom") return stem;
  return stem.substr(stem.rfind('_') + 1);
}

TEST(DecodeToUtf8Test, HtmlEncodingSnifferFixtures) {
  const auto files = FilesUnder(kData / "charset-samples" / "html-encoding-sniffer");
  ASSERT_EQ(files.size(), 16u);
  for (const fs::path& file : files) {
    const std::string bytes = ReadFile(file);
    const DecodedText decoded = DecodeToUtf8(bytes, "", true);
    EXPECT_EQ(decoded.charset, CanonicalCharset(SnifferExpectation(file))) << file;
    const std::string dir = file.parent_path().filename().string();
    if (dir == "bom") {
      EXPECT_EQ(decoded.source, CharsetSource::kBom) << file;
    } else if (dir == "no-result") {  // default, or detected from a non-ASCII byte
      EXPECT_NE(decoded.source, CharsetSource::kMeta) << file;
    } else {
      EXPECT_EQ(decoded.source, CharsetSource::kMeta) << file;
    }
    EXPECT_TRUE(IsValidUtf8(decoded.utf8)) << file;
  }
}

TEST(DecodeToUtf8Test, BomWinsOverHttpAndHttpOverMeta) {
  const fs::path dir = kData / "charset-samples" / "html-encoding-sniffer";
  for (const char* bom : {"UTF-8", "UTF-16LE", "UTF-16BE"}) {
    const std::string bytes = ReadFile(dir / "bom" / (std::string(bom) + ".html"));
    const DecodedText decoded = DecodeToUtf8(bytes, "text/html; charset=windows-1252", true);
    EXPECT_EQ(decoded.charset, bom);
    EXPECT_EQ(decoded.source, CharsetSource::kBom);
    EXPECT_EQ(decoded.utf8.rfind("\xEF\xBB\xBF", 0), std::string::npos) << "BOM kept";
    EXPECT_NE(decoded.utf8.find("<html"), std::string::npos) << bom;
  }
  const std::string koi8 = ReadFile(dir / "normal" / "charset_KOI8-R.html");
  const DecodedText decoded = DecodeToUtf8(koi8, "text/html; charset=ISO-8859-5", true);
  EXPECT_EQ(decoded.charset, "ISO-8859-5");
  EXPECT_EQ(decoded.source, CharsetSource::kHttp);
}

TEST(DecodeToUtf8Test, MetaBeyondPrescanBytesNeedsTheOption) {
  const std::string page = "<html><head><!--" + std::string(2000, 'x') +
                           "--><meta charset=koi8-r></head><body>\xF0\xD2\xC9\xD7\xC5\xD4";
  EXPECT_NE(DecodeToUtf8(page, "", true).source, CharsetSource::kMeta);
  CharsetOptions whole;
  whole.prescan_bytes = 0;
  const DecodedText decoded = DecodeToUtf8(page, "", true, whole);
  EXPECT_EQ(decoded.charset, "KOI8-R");
  EXPECT_EQ(decoded.source, CharsetSource::kMeta);
  EXPECT_NE(decoded.utf8.find("Привет"), std::string::npos);
}

TEST(DecodeToUtf8Test, DetectorReadsDetectBytes) {
  const std::string cp1251 = ReadFile(kData / "charset-samples" / "chardet" /
                                      "windows-1251-russian" / "_ude_1.txt");
  const std::string bytes = std::string(200, ' ') + cp1251;
  CharsetOptions options;
  options.detect_bytes = 0;
  EXPECT_EQ(DecodeToUtf8(bytes, "", false, options).charset, "windows-1251");
  options.detect_bytes = 200;  // only the ASCII prefix: nothing to detect
  const DecodedText decoded = DecodeToUtf8(bytes, "", false, options);
  EXPECT_EQ(decoded.charset, "windows-1252");
  EXPECT_EQ(decoded.source, CharsetSource::kDefault);
}

// feedparser's encoding fixtures: XML declarations, BOMs and BOM-less UTF-16/32.
TEST(DecodeToUtf8Test, FeedparserEncodingFixtures) {
  const fs::path dir = kData / "feed-samples" / "feedparser" / "encoding";
  const struct {
    const char* file;
    const char* charset;
    CharsetSource source;
    const char* contains;  // UTF-8 expected in the output, or ""
  } cases[] = {
      {"euc-kr-item.xml", "EUC-KR", CharsetSource::kXml, "<description>\uB144</description>"},
      {"euc-kr.xml", "EUC-KR", CharsetSource::kXml, "\uB144"},
      {"euc-kr-attribute.xml", "EUC-KR", CharsetSource::kXml, "alt=\"\uB144\""},
      {"big5.xml", "Big5", CharsetSource::kXml, ""},
      {"no_content_type_encoding.xml", "windows-1252", CharsetSource::kXml, ""},
      {"utf-16be-autodetect.xml", "UTF-16BE", CharsetSource::kDetected, "<?xml"},
      {"utf-16le-autodetect.xml", "UTF-16LE", CharsetSource::kDetected, "<?xml"},
      {"utf-32be-autodetect.xml", "UTF-32BE", CharsetSource::kDetected, "<?xml"},
      {"utf-32le-autodetect.xml", "UTF-32LE", CharsetSource::kDetected, "<?xml"},
      {"utf-32le-bom.xml", "UTF-32LE", CharsetSource::kBom, "<?xml"},
      {"utf-16be-bom.xml", "UTF-16BE", CharsetSource::kBom, "<?xml"},
      {"utf-8-bom.xml", "UTF-8", CharsetSource::kBom, "<?xml"},
  };
  for (const auto& c : cases) {
    const DecodedText decoded = DecodeToUtf8(ReadFile(dir / c.file), "", false);
    EXPECT_EQ(decoded.charset, c.charset) << c.file;
    EXPECT_EQ(CharsetSourceName(decoded.source), CharsetSourceName(c.source)) << c.file;
    EXPECT_NE(decoded.utf8.find(c.contains), std::string::npos) << c.file;
  }
  // An XML declaration loses to the HTTP header, and to its own bytes.
  const std::string euc_kr = ReadFile(dir / "euc-kr.xml");
  EXPECT_EQ(DecodeToUtf8(euc_kr, "text/xml; charset=iso-8859-2", false).charset, "ISO-8859-2");
  const DecodedText lying = DecodeToUtf8("<?xml version='1.0' encoding='utf-16'?><a>\u00E9</a>", "", false);
  EXPECT_EQ(lying.charset, "UTF-8");
  EXPECT_EQ(lying.source, CharsetSource::kDetected);
}

// chardet's labelled files: the expected charset is the directory name, with a
// language suffix removed.
std::string ChardetLabel(const fs::path& file) {
  std::string label = file.parent_path().filename().string();
  for (const char* suffix : {"-russian", "-greek", "-polish", "-hebrew", "-arabic", "-turkish"}) {
    const std::string s = suffix;
    if (label.size() > s.size() && label.ends_with(s)) label.resize(label.size() - s.size());
  }
  return label;
}

// The ICU converter name for a chardet directory label.
const char* IcuNameForChardetLabel(const std::string& label) {
  if (label == "utf-8-sig") return "UTF-8";
  if (label == "MacCyrillic") return "x-mac-cyrillic";
  if (label == "ascii") return "US-ASCII";
  if (label == "GB2312") return "gb18030";  // a superset: the pages use GBK characters
  return label.c_str();
}

bool IsBomlessUtf16Or32(const std::string& label) {
  return label == "UTF-16BE" || label == "UTF-16LE" || label == "UTF-32BE" || label == "UTF-32LE";
}

// A file counts as right when its UTF-8 equals ICU's decoding under the label.
TEST(DecodeToUtf8Test, ChardetSamplesAccuracy) {
  const auto files = FilesUnder(kData / "charset-samples" / "chardet");
  int total = 0, right = 0, web_total = 0, web_right = 0;
  std::map<std::string, int> sources;
  for (const fs::path& file : files) {
    const std::string bytes = ReadFile(file);
    const std::string label = ChardetLabel(file);
    const DecodedText decoded = DecodeToUtf8(bytes, "", file.extension() == ".html");
    ASSERT_TRUE(IsValidUtf8(decoded.utf8)) << file;
    const bool ok = decoded.utf8 == IcuToUtf8(bytes, IcuNameForChardetLabel(label));
    ++total;
    right += ok;
    if (!IsBomlessUtf16Or32(label)) {
      ++web_total;
      web_right += ok;
    }
    ++sources[std::string(CharsetSourceName(decoded.source))];
    if (!ok) {
      std::printf("  miss: %s/%s -> %s (%s)\n", label.c_str(), file.filename().c_str(),
                  decoded.charset.c_str(), std::string(CharsetSourceName(decoded.source)).c_str());
    }
  }
  std::printf("chardet samples: %d/%d all, %d/%d without BOM-less UTF-16/32; sources:", right,
              total, web_right, web_total);
  for (const auto& [source, count] : sources) std::printf(" %s %d", source.c_str(), count);
  std::printf("\n");
  EXPECT_EQ(total, 68);
  EXPECT_EQ(web_total, 62);
  EXPECT_GE(web_right, 60);  // the bake-off measured uchardet alone at 59/62
  EXPECT_GE(right, 66);
}

TEST(DecodeToUtf8Test, ContradictedDeclarationsAreOverridden) {
  const fs::path dir = kData / "charset-samples" / "chardet";
  const std::string cp1251 = ReadFile(dir / "windows-1251-russian" / "newsru.com.xml");
  DecodedText decoded = DecodeToUtf8(cp1251, "text/xml; charset=utf-8", false);
  EXPECT_EQ(decoded.charset, "windows-1251");
  EXPECT_EQ(decoded.source, CharsetSource::kXml);  // the feed's own declaration
  const std::string cp1251_text = ReadFile(dir / "windows-1251-russian" / "_ude_1.txt");
  decoded = DecodeToUtf8(cp1251_text, "text/plain; charset=utf-8", false);
  EXPECT_EQ(decoded.charset, "windows-1251");
  EXPECT_EQ(decoded.source, CharsetSource::kDetected);

  const std::string utf8 = ReadFile(dir / "utf-8" / "_ude_russian.txt");
  decoded = DecodeToUtf8(utf8, "text/plain; charset=iso-8859-1", false);
  EXPECT_EQ(decoded.charset, "UTF-8");
  EXPECT_EQ(decoded.source, CharsetSource::kDetected);
  EXPECT_EQ(decoded.utf8, utf8);

  // A few stray bytes in real UTF-8 do not overturn the declaration.
  std::string damaged = utf8;
  damaged.insert(damaged.size() / 2, 1, '\xFF');
  decoded = DecodeToUtf8(damaged, "text/plain; charset=utf-8", false);
  EXPECT_EQ(decoded.charset, "UTF-8");
  EXPECT_EQ(decoded.source, CharsetSource::kHttp);
  EXPECT_NE(decoded.utf8.find("\xEF\xBF\xBD"), std::string::npos);

  // UTF-16 declared over BOM-less UTF-16 stands, over ASCII bytes it does not.
  const std::string utf16 = ReadFile(dir / "UTF-16LE" / "nobom-utf16le.txt");
  decoded = DecodeToUtf8(utf16, "text/plain; charset=utf-16", false);
  EXPECT_EQ(decoded.charset, "UTF-16LE");
  EXPECT_EQ(decoded.source, CharsetSource::kHttp);
  EXPECT_EQ(decoded.utf8, IcuToUtf8(utf16, "UTF-16LE"));
  decoded = DecodeToUtf8("<html><p>plain</p></html>", "text/html; charset=utf-16", true);
  EXPECT_EQ(decoded.utf8, "<html><p>plain</p></html>");
  EXPECT_NE(decoded.source, CharsetSource::kHttp);

  // A wrong HTTP label falls back to the page's own <meta>.
  decoded = DecodeToUtf8("<meta charset=koi8-r><p>\xF0\xD2\xC9\xD7\xC5\xD4</p>",
                         "text/html; charset=utf-8", true);
  EXPECT_EQ(decoded.charset, "KOI8-R");
  EXPECT_EQ(decoded.source, CharsetSource::kMeta);
}

TEST(DecodeToUtf8Test, InvalidBytesAndNulsBecomeReplacementCharacters) {
  // Enough good UTF-8 around the bad bytes that the declaration stands.
  const std::string good = "\u20AC\u20AC\u20AC\u20AC\u20AC\u20AC\u20AC\u20AC\u20AC\u20AC\u20AC\u20AC";
  const struct {
    std::string bytes;
    const char* content_type;
    std::string utf8;
  } cases[] = {
      {good + "a\x80" "b", "charset=utf-8", good + "a\uFFFDb"},
      {good + "\xE2\x82", "charset=utf-8", good + "\uFFFD"},                  // cut at the end
      {good + "\xF0\x9F\x98x", "charset=utf-8", good + "\uFFFDx"},            // maximal subpart
      {good + "\xED\xA0\x80", "charset=utf-8", good + "\uFFFD\uFFFD\uFFFD"},  // surrogate
      {good + "\xC0\xAF", "charset=utf-8", good + "\uFFFD\uFFFD"},            // overlong
      {std::string("a\0b", 3), "charset=utf-8", "a\uFFFDb"},                  // NUL
      {std::string("\xCF\0", 2), "charset=windows-1251", "\u041F\uFFFD"},
      {"\x82\xA0\x82", "charset=shift_jis", "\u3042\uFFFD"},  // cut lead byte
      {std::string("A\0\x00\xD8", 4), "charset=utf-16le", "A\uFFFD"},  // lone surrogate
      {"caf\xE9", "charset=latin1", "caf\u00E9"},
      {"\x80", "charset=windows-1252", "\u20AC"},
  };
  for (const auto& c : cases) {
    const DecodedText decoded = DecodeToUtf8(c.bytes, c.content_type, false);
    EXPECT_EQ(decoded.utf8, c.utf8) << c.content_type;
    EXPECT_TRUE(IsValidUtf8(decoded.utf8));
  }
}

TEST(DecodeToUtf8Test, ViewIsTheInputWhenItNeedsNoChange) {
  const struct {
    std::string bytes;
    const char* content_type;
    bool unchanged;  // the view is `bytes` itself
  } cases[] = {
      {"<p>caf\u00E9 \u20AC</p>", "charset=utf-8", true},
      {"<p>plain ascii</p>", "charset=latin1", true},  // ASCII reads the same in windows-1252
      {"<p>caf\u00E9</p>", "", true},                  // detected as UTF-8
      {"\xEF\xBB\xBF<p>bom</p>", "", false},
      {std::string("<p>a\0b</p>", 9), "charset=utf-8", false},
      {"<p>caf\xE9</p>", "charset=latin1", false},
      {"<p>a\x80</p>", "charset=utf-8", false},
  };
  for (const auto& c : cases) {
    DecodedText decoded;
    const std::string_view view = DecodeToUtf8View(c.bytes, c.content_type, true, &decoded);
    EXPECT_EQ(view.data() == c.bytes.data(), c.unchanged) << c.bytes;
    EXPECT_EQ(decoded.utf8.empty(), c.unchanged) << c.bytes;
    const DecodedText copied = DecodeToUtf8(c.bytes, c.content_type, true);
    EXPECT_EQ(view, copied.utf8) << c.bytes;
    EXPECT_EQ(decoded.charset, copied.charset) << c.bytes;
    EXPECT_EQ(decoded.source, copied.source) << c.bytes;
  }
}

TEST(DecodeToUtf8Test, RandomBytesAlwaysGiveValidUtf8) {
  std::mt19937 random(20261129);
  const char* content_types[] = {"",
                                 "charset=utf-8",
                                 "charset=shift_jis",
                                 "charset=euc-jp",
                                 "charset=iso-2022-jp",
                                 "charset=gb18030",
                                 "charset=big5",
                                 "charset=euc-kr",
                                 "charset=utf-16le",
                                 "charset=utf-16be",
                                 "charset=utf-32le",
                                 "charset=hz-gb-2312",
                                 "charset=windows-1252"};
  const std::string pieces[] = {"<meta charset=", "\"", "'", "<!--", "-->", ">", "<", "utf-8",
                                "http-equiv=content-type content=", "\xEF\xBB\xBF", "\xFF\xFE",
                                std::string(1, '\0'), "\x1B$B", "~{"};
  for (int round = 0; round < 300; ++round) {
    std::string bytes;
    const int length = std::uniform_int_distribution<int>(0, 400)(random);
    while (static_cast<int>(bytes.size()) < length) {
      if (random() % 4 == 0) {
        bytes += pieces[random() % std::size(pieces)];
      } else {
        bytes.push_back(static_cast<char>(random()));
      }
    }
    for (const char* content_type : content_types) {
      for (const bool is_html : {false, true}) {
        const DecodedText decoded = DecodeToUtf8(bytes, content_type, is_html);
        ASSERT_TRUE(IsValidUtf8(decoded.utf8)) << content_type;
        ASSERT_EQ(decoded.utf8.find('\0'), std::string::npos);
        ASSERT_FALSE(decoded.charset.empty());
      }
    }
  }
}

TEST(DecodeToUtf8Test, TruncatedMultibyteTextGivesValidUtf8) {
  const fs::path dir = kData / "charset-samples" / "chardet";
  const std::pair<const char*, const char*> samples[] = {
      {"SHIFT_JIS/_ude_2.txt", "charset=shift_jis"}, {"EUC-JP/_ude_1.txt", "charset=euc-jp"},
      {"Big5/_ude_1.txt", "charset=big5"},           {"utf-8/_ude_greek.txt", "charset=utf-8"},
      {"UTF-16/bom-utf-16-le.srt", ""},               {"iso-2022-jp/_ude_1.txt", ""},
      {"UTF-32/bom-utf-32-be.srt", ""},               {"EUC-KR/_ude_euc2.txt", ""},
  };
  for (const auto& [name, content_type] : samples) {
    const std::string bytes = ReadFile(dir / name);
    for (size_t cut = 1; cut <= 64 && cut <= bytes.size(); ++cut) {
      const DecodedText decoded = DecodeToUtf8(bytes.substr(0, 200 + cut), content_type, false);
      ASSERT_TRUE(IsValidUtf8(decoded.utf8)) << name << " cut " << cut;
    }
  }
}

}  // namespace
}  // namespace lede
