// Runs the golden cases of the metadata and plain-text stages:
// tests/golden/metadata/*.test (HTML -> ExtractMetadata) and
// tests/golden/text/*.test (text -> ExtractTextArticle). Format: the folders'
// README.md. With LEDE_GOLDEN_UPDATE=1 in the environment, a failing case's
// expected JSON is rewritten from the actual output (review the diff!).
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "extract/article_json.h"
#include "extract/html_dom.h"
#include "extract/metadata.h"
#include "extract/text_article.h"

namespace lede {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

struct GoldenCase {
  fs::path path;
  std::string name;
  Record record;
  std::string input;   // after "--- html" or "--- text"
  std::string expect;  // after "--- expect": one JSON object
};

GoldenCase ParseCase(const fs::path& path) {
  GoldenCase c;
  c.path = path;
  std::ifstream in(path, std::ios::binary);
  std::string line;
  enum { kHeader, kInput, kExpect } part = kHeader;
  while (std::getline(in, line)) {
    if (line == "--- html" || line == "--- text") {
      part = kInput;
      c.record.kind = line == "--- html" ? PayloadKind::kHtml : PayloadKind::kText;
      continue;
    }
    if (line == "--- expect") {
      part = kExpect;
      continue;
    }
    if (part == kInput) c.input += line + "\n";
    if (part == kExpect) c.expect += line + "\n";
    size_t colon = line.find(": ");
    if (part != kHeader || colon == std::string::npos) continue;
    std::string key = line.substr(0, colon), value = line.substr(colon + 2);
    if (key == "name") c.name = value;
    if (key == "url") c.record.uri = value;
    if (key == "fetched_at") c.record.fetched_at = value;
    if (key == "title_hint") c.record.title_hint = value;
    if (key == "published_hint") c.record.published_hint = value;
  }
  return c;
}

// The fields a stage fills, as JSON; text and paragraphs only for the text stage.
Json RunStage(const GoldenCase& c) {
  Article article;
  Status status;
  if (c.record.kind == PayloadKind::kHtml) {
    HtmlDom dom;
    status = dom.Parse(c.input);
    if (status.ok()) ExtractMetadata(dom, c.record, &article);
  } else {
    status = ExtractTextArticle(c.input, c.record, &article);
  }
  Json out = ArticleToJson(article);
  for (const char* unused : {"url", "lang"}) out.erase(unused);
  if (c.record.kind == PayloadKind::kHtml) out.erase("text");
  if (!status.ok()) out["error"] = std::string(status.CodeName());
  return out;
}

void Rewrite(const GoldenCase& c, const Json& actual) {
  std::ifstream in(c.path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  std::string text = buf.str();
  text = text.substr(0, text.find("--- expect\n")) + "--- expect\n" + actual.dump(2) + "\n";
  std::ofstream(c.path, std::ios::binary) << text;
}

std::vector<fs::path> CaseFiles() {
  std::vector<fs::path> files;
  for (const char* dir : {"metadata", "text"}) {
    fs::path root = fs::path(LEDE_SOURCE_DIR) / "tests" / "golden" / dir;
    if (!fs::exists(root)) continue;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      if (entry.path().extension() == ".test") files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

class MetadataGoldenTest : public testing::TestWithParam<fs::path> {};

TEST_P(MetadataGoldenTest, Case) {
  GoldenCase c = ParseCase(GetParam());
  SCOPED_TRACE(c.path.filename().string() + " (" + c.name + ")");
  ASSERT_FALSE(c.name.empty()) << "a case needs a name: line";
  ASSERT_FALSE(c.input.empty()) << "a case needs a --- html or --- text part";
  Json expected = Json::parse(c.expect, nullptr, /*allow_exceptions=*/false);
  ASSERT_FALSE(expected.is_discarded()) << "the --- expect part is not one JSON object";
  Json actual = RunStage(c);
  if (actual != expected && std::getenv("LEDE_GOLDEN_UPDATE") != nullptr) Rewrite(c, actual);
  EXPECT_EQ(actual, expected) << "actual:\n" << actual.dump(2);
}

std::string CaseName(const testing::TestParamInfo<fs::path>& info) {
  std::string name = info.param.parent_path().filename().string() + "_" + info.param.stem().string();
  std::replace_if(name.begin(), name.end(), [](char ch) { return !std::isalnum(ch); }, '_');
  return name;
}

INSTANTIATE_TEST_SUITE_P(Files, MetadataGoldenTest, testing::ValuesIn(CaseFiles()), CaseName);

TEST(MetadataGoldenFilesTest, Exist) {
  EXPECT_GE(CaseFiles().size(), 8u) << "tests/golden/metadata and tests/golden/text hold the cases";
}

}  // namespace
}  // namespace lede
