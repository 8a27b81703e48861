#include "extract/language.h"

#include <gtest/gtest.h>

#include "util/read_file.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "extract/charset.h"

namespace lede {
namespace {

namespace fs = std::filesystem;

const fs::path kData = fs::path(LEDE_SHARED_DIR) / "data";

// The gold body of a fundus-parser-tests page: summary and section paragraphs.
std::string FundusBody(const std::string& gold_file, const std::string& version) {
  const auto gold = nlohmann::json::parse(ReadFile(kData / "fundus-parser-tests" / gold_file));
  const auto& body = gold.at(version).at("body");
  std::string text;
  for (const auto& paragraph : body.at("summary")) text += paragraph.get<std::string>() + "\n";
  for (const auto& section : body.at("sections")) {
    for (const auto& paragraph : section.at("paragraphs")) {
      text += paragraph.get<std::string>() + "\n";
    }
  }
  return text;
}

struct LanguageCase {
  const char* gold_file;
  const char* expected;
};

// Real article bodies in 20 languages; the folder is the publisher's country,
// not always its language (Tageszeitung is South Tyrol's German daily).
const LanguageCase kFundusCases[] = {
    {"at/DiePresse.json", "de"},       {"be/Nieuwsblad.json", "nl"},
    {"cn/People.json", "zh"},          {"cz/SeznamZpravy.json", "cs"},
    {"es/ABC.json", "es"},             {"fr/EuronewsFR.json", "fr"},
    {"gl/Sermitsiaq.json", "da"},      {"ind/Bhaskar.json", "hi"},
    {"it/Tageszeitung.json", "de"},    {"jp/ChunichiShimbun.json", "ja"},
    {"kr/HankookIlbo.json", "ko"},     {"lt/LRT.json", "lt"},
    {"no/Dagbladet.json", "no"},       {"ru/Kommersant.json", "ru"},
    {"se/Aftonbladet.json", "sv"},     {"tr/AnadoluAjansi.json", "tr"},
    {"vn/VnExpress.json", "vi"},       {"tz/HabariLeo.json", "sw"},
    {"uk/BBC.json", "en"},             {"mx/MexicoNewsDaily.json", "en"},
};

TEST(DetectLanguageTest, FundusArticleBodies) {
  for (const LanguageCase& c : kFundusCases) {
    const std::string text = FundusBody(c.gold_file, "V1");
    ASSERT_GT(text.size(), 200u) << c.gold_file;
    EXPECT_EQ(DetectLanguage(text, ""), c.expected) << c.gold_file;
    // A reliable answer from the text beats a wrong hint.
    const char* wrong_hint = std::string_view(c.expected) == "en" ? "fr" : "en";
    EXPECT_EQ(DetectLanguage(text, wrong_hint), c.expected) << c.gold_file;
  }
}

TEST(DetectLanguageTest, WikinewsEnglish) {
  std::ifstream in(kData / "demo-news" / "wikinews-articles.jsonl");
  std::string line;
  int total = 0, english = 0;
  while (std::getline(in, line) && total < 50) {
    const auto article = nlohmann::json::parse(line);
    if (article.value("lang", "") != "en") continue;
    ++total;
    english += DetectLanguage(article.at("text").get<std::string>(), "") == "en";
  }
  EXPECT_EQ(total, 50);
  EXPECT_EQ(english, total);
}

// Text in legacy charsets, decoded first: the two stages together.
TEST(DetectLanguageTest, DecodedCharsetSamples) {
  const fs::path dir = kData / "charset-samples" / "chardet";
  const std::pair<const char*, const char*> cases[] = {
      {"windows-1255-hebrew/_ude_he2.txt", "he"},  // CLD2 says "iw"
      {"Big5/_ude_1.txt", "zh"},                    // CLD2 says "zh-Hant"
      {"iso-8859-7-greek/naftemporiki.gr.wld.xml", "el"},
      {"windows-1251-russian/newsru.com.xml", "ru"},
      {"SHIFT_JIS/_ude_2.txt", "ja"},
      {"EUC-KR/_ude_euc2.txt", "ko"},
  };
  for (const auto& [name, expected] : cases) {
    const DecodedText decoded = DecodeToUtf8(ReadFile(dir / name), "", false);
    EXPECT_EQ(DetectLanguage(decoded.utf8, ""), expected) << name << " as " << decoded.charset;
  }
}

TEST(DetectLanguageTest, HintDecidesOnlyWhenTheTextCannot) {
  EXPECT_EQ(DetectLanguage("Breaking news", "en"), "en");
  EXPECT_EQ(DetectLanguage("Breaking news", "en-GB"), "en");
  EXPECT_EQ(DetectLanguage("Breaking news", ""), "");
  EXPECT_EQ(DetectLanguage("", "de-AT"), "de");
  EXPECT_EQ(DetectLanguage("", " fr-CA , en"), "fr");
  EXPECT_EQ(DetectLanguage("", "iw"), "he");
  EXPECT_EQ(DetectLanguage("", "EN_us"), "en");
  EXPECT_EQ(DetectLanguage("", ""), "");
  EXPECT_EQ(DetectLanguage("", "not a language"), "");
  EXPECT_EQ(DetectLanguage("12345 67890", ""), "");
}

TEST(DetectLanguageTest, SampleIsCutAtACharacterBoundary) {
  // Russian text whose sample limit falls inside a two-byte letter: a cut
  // through the letter would be invalid UTF-8, which CLD2 rejects.
  std::string text = "Правительство России объявило о новых мерах поддержки экономики. ";
  while (text.size() < 3000) text += text;
  for (const size_t limit : {1001, 1002, 1003}) {
    LanguageOptions options;
    options.sample_bytes = limit;
    EXPECT_EQ(DetectLanguage(text, "", options), "ru") << limit;
  }
  // Only the sample counts: English text after a German start is not seen.
  const std::string german = "Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen. ";
  std::string mixed;
  while (mixed.size() < 2000) mixed += german;
  const std::string english = "The parliament passed a new law on Thursday after a long debate. ";
  while (mixed.size() < 20000) mixed += english;
  LanguageOptions whole;
  whole.sample_bytes = 0;
  EXPECT_EQ(DetectLanguage(mixed, "", whole), "en");
  LanguageOptions small;
  small.sample_bytes = 1000;
  EXPECT_EQ(DetectLanguage(mixed, "", small), "de");
}

TEST(DetectLanguageTest, InvalidUtf8GivesNoAnswer) {
  const std::string text = "Der Bundestag hat am Donnerstag \xFF\xFE ein neues Gesetz beschlossen.";
  EXPECT_EQ(DetectLanguage(text, ""), "");
  EXPECT_EQ(DetectLanguage(text, "de"), "de");
}

}  // namespace
}  // namespace lede
