// Runs the golden cases in tests/golden/extract/*.test (format: that folder's README.md).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "lede/extractor.h"

namespace lede {
namespace {

namespace fs = std::filesystem;

struct Expectation {
  std::string key;    // status, has, lacks, paragraph, order
  std::string value;  // with "\n" spelled as \n
};

struct GoldenCase {
  std::string file;
  std::string name;
  std::string url;
  std::string html;
  std::vector<Expectation> expect;
};

std::string Unescape(std::string s) {
  for (size_t i = s.find("\\n"); i != std::string::npos; i = s.find("\\n", i + 1)) {
    s.replace(i, 2, "\n");
  }
  return s;
}

// Parses one case file; a malformed file gives a case whose `name` says why.
GoldenCase ParseCase(const fs::path& path) {
  GoldenCase c;
  c.file = path.filename().string();
  std::ifstream in(path, std::ios::binary);
  std::string line;
  enum { kHeader, kHtml, kExpect } part = kHeader;
  while (std::getline(in, line)) {
    if (line == "--- html") { part = kHtml; continue; }
    if (line == "--- expect") { part = kExpect; continue; }
    if (part == kHtml) { c.html += line + "\n"; continue; }
    size_t colon = line.find(": ");
    if (line.empty() || colon == std::string::npos) continue;
    std::string key = line.substr(0, colon), value = line.substr(colon + 2);
    if (part == kExpect) {
      c.expect.push_back({key, Unescape(value)});
    } else if (key == "name") {
      c.name = value;
    } else if (key == "url") {
      c.url = value;
    }
  }
  return c;
}

std::vector<std::string> CaseFiles() {
  std::vector<std::string> files;
  fs::path dir = fs::path(LEDE_SOURCE_DIR) / "tests/golden/extract";
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".test") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> SplitOn(const std::string& s, const std::string& sep) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t pos; (pos = s.find(sep, start)) != std::string::npos; start = pos + sep.size()) {
    parts.push_back(s.substr(start, pos - start));
  }
  parts.push_back(s.substr(start));
  for (auto& p : parts) {
    while (!p.empty() && p.back() == ' ') p.pop_back();
    while (!p.empty() && p.front() == ' ') p.erase(0, 1);
  }
  return parts;
}

void Check(const Expectation& e, const Status& status, const Article& a) {
  const std::string& text = a.text;
  if (e.key == "status") {
    EXPECT_EQ(status.CodeName(), e.value) << status.ToString();
  } else if (e.key == "has") {
    EXPECT_NE(text.find(e.value), std::string::npos) << "missing: " << e.value;
  } else if (e.key == "lacks") {
    EXPECT_EQ(text.find(e.value), std::string::npos) << "present: " << e.value;
  } else if (e.key == "paragraph") {
    bool found = std::any_of(a.paragraphs.begin(), a.paragraphs.end(), [&](const Span& s) {
      return text.compare(s.start, s.size(), e.value) == 0;
    });
    EXPECT_TRUE(found) << "no paragraph is exactly: " << e.value;
  } else if (e.key == "order") {
    size_t last = 0;
    for (const std::string& part : SplitOn(e.value, "|||")) {
      size_t pos = text.find(part, last);
      ASSERT_NE(pos, std::string::npos) << "not found in order: " << part;
      last = pos + part.size();
    }
  } else {
    ADD_FAILURE() << "unknown expectation: " << e.key;
  }
}

class GoldenExtractTest : public testing::TestWithParam<std::string> {};

TEST_P(GoldenExtractTest, Case) {
  GoldenCase c = ParseCase(GetParam());
  ASSERT_FALSE(c.name.empty()) << c.file << ": no name line";
  ASSERT_FALSE(c.expect.empty()) << c.file << ": no expectations";
  Record record;
  record.source = c.file;
  record.uri = c.url.empty() ? "file://" + GetParam() : c.url;
  record.kind = PayloadKind::kHtml;
  record.body = c.html;
  Article article;
  Status status = ExtractArticle(record, ExtractOptions(), &article);
  bool status_given = std::any_of(c.expect.begin(), c.expect.end(),
                                  [](const Expectation& e) { return e.key == "status"; });
  if (!status_given) { EXPECT_TRUE(status.ok()) << status.ToString(); }
  SCOPED_TRACE(c.file + " (" + c.name + ")\n--- text:\n" + article.text);
  for (const Expectation& e : c.expect) Check(e, status, article);
}

INSTANTIATE_TEST_SUITE_P(Files, GoldenExtractTest, testing::ValuesIn(CaseFiles()),
                         [](const testing::TestParamInfo<std::string>& info) {
                           std::string name = fs::path(info.param).stem().string();
                           for (char& ch : name) {
                             if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace lede
