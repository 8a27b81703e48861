// Golden files for tokens and sentences: tests/golden/tokenize/*.test.
//
// A case file holds "# " header lines (the first is "# name: ..."; "# options:
// split_hyphens" sets that option), the input text up to a line "----", then the
// expected output: one token per line, a blank line between sentences, a line
// "## headline" / "## all-caps" opening a sentence with that flag, and after a
// token, tab-separated notes: its normalised form (norm=...) and flags (abbr,
// clitic, open-quote, close-quote, dash, url).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "lede/document.h"

namespace lede {
namespace {

namespace fs = std::filesystem;

struct GoldenCase {
  std::string name;
  DocumentOptions options;
  std::string input;
  std::string expected;
};

bool ParseCase(const std::string& content, GoldenCase* golden) {
  std::istringstream in(content);
  std::string line;
  std::vector<std::string> input;
  bool header = true;
  bool in_expected = false;
  while (std::getline(in, line)) {
    if (header && line.starts_with("# ")) {
      if (line.starts_with("# name: ")) golden->name = line.substr(8);
      if (line == "# options: split_hyphens") golden->options.tokenize.split_hyphens = true;
      continue;
    }
    header = false;
    if (!in_expected && line == "----") {
      in_expected = true;
    } else if (in_expected) {
      golden->expected += line + "\n";
    } else {
      input.push_back(line);
    }
  }
  for (size_t i = 0; i < input.size(); ++i) golden->input += (i ? "\n" : "") + input[i];
  return in_expected && !golden->name.empty();
}

std::string Notes(const Document& doc, const Token& token) {
  std::string notes;
  if (token.has(kTokenNormalized)) notes += "\tnorm=" + std::string(doc.norm(token));
  if (token.has(kTokenAbbreviation)) notes += "\tabbr";
  if (token.has(kTokenClitic)) notes += "\tclitic";
  if (token.has(kTokenQuote))
    notes += token.has(kTokenOpenQuote) ? "\topen-quote" : "\tclose-quote";
  if (token.has(kTokenDash)) notes += "\tdash";
  if (token.kind() == TokenKind::kUrl) notes += "\turl";
  return notes;
}

std::string Render(const Document& doc) {
  std::string out;
  for (const Sentence& sentence : doc.sentences()) {
    if (!out.empty()) out += "\n";
    if (sentence.flags & kSentenceHeadline) out += "## headline\n";
    if (sentence.flags & kSentenceAllCaps) out += "## all-caps\n";
    for (uint32_t i = sentence.token_begin; i < sentence.token_end; ++i) {
      const Token& token = doc.tokens()[i];
      out += std::string(doc.text(token.span)) + Notes(doc, token) + "\n";
    }
  }
  return out;
}

std::vector<fs::path> CaseFiles() {
  std::vector<fs::path> paths;
  for (const auto& entry :
       fs::directory_iterator(std::string(LEDE_SOURCE_DIR) + "/tests/golden/tokenize")) {
    if (entry.path().extension() == ".test") paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

TEST(TokenizerGoldenTest, AllCases) {
  const std::vector<fs::path> paths = CaseFiles();
  ASSERT_GE(paths.size(), 10u);
  for (const fs::path& path : paths) {
    std::ifstream file(path);
    std::stringstream content;
    content << file.rdbuf();
    GoldenCase golden;
    ASSERT_TRUE(ParseCase(content.str(), &golden)) << path << ": no name or no ---- line";
    Article article;
    article.text = golden.input;
    std::unique_ptr<Document> doc;
    ASSERT_TRUE(Document::Create(std::move(article), golden.options, &doc).ok());
    EXPECT_EQ(Render(*doc), golden.expected)
        << path.filename() << " (" << golden.name << ") gave:\n"
        << Render(*doc);
  }
}

}  // namespace
}  // namespace lede
