#include "eval/word_tokens.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "eval/testing.h"

namespace lede::eval {
namespace {

// Scripts, digits of other systems, combining marks, ligatures, punctuation.
const char* const kSamples[] = {
    "Hello, world! It's 2024_06 — ok?",
    "Salé, Zürich; Straße: naïve café",
    "Москва и Санкт-Петербург",
    "北京市 東京 서울",
    "नमस्ते दुनिया",              // Devanagari vowel signs are combining marks
    "٣٤٥ كتاب ½ ² Ⅻ",          // Arabic-Indic digits, fractions, superscripts, Roman numerals
    "ﬁnal ＡＢＣ 𝐀𝐁 e\u0301t\u00e9",
};

std::vector<std::string> PythonTokens(const std::string& text) {
  const std::string path = ::testing::TempDir() + "/word_tokens_sample.txt";
  testing::WriteFile(path, text);
  const std::string out = testing::RunCommand(
      "/usr/bin/python3 -c 'import json,re,sys; "
      "print(json.dumps(re.findall(r\"\\w+\", open(sys.argv[1], encoding=\"utf-8\").read())))' " +
      path);
  return nlohmann::json::parse(out).get<std::vector<std::string>>();
}

TEST(WordTokens, MatchPythonWordRegex) {
  for (const char* sample : kSamples) {
    SCOPED_TRACE(sample);
    std::vector<std::string> ours;
    for (std::string_view t : WordTokens(sample)) ours.emplace_back(t);
    EXPECT_EQ(ours, PythonTokens(sample));
  }
}

TEST(WordTokens, InvalidUtf8SeparatesWords) {
  auto tokens = WordTokens("ab\xff" "cd");
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0], "ab");
  EXPECT_EQ(tokens[1], "cd");
}

TEST(FoldWords, NormalisesCaseCompatibilityAndPunctuation) {
  EXPECT_EQ(FoldWords("  The ﬁnal STRASSE—Report! "), "the final strasse report");
  EXPECT_EQ(FoldWords("Straße"), FoldWords("STRASSE"));
  EXPECT_EQ(FoldWords("ＡＢＣ"), "abc");
  EXPECT_EQ(FoldWords(""), "");
}

}  // namespace
}  // namespace lede::eval
