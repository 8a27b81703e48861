// Ingest's resume: a record whose URL the store already has is not extracted
// or analysed again (an interrupted run, run again, skips what it stored).
#include "store/ingest.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace lede {
namespace {

namespace fs = std::filesystem;

class IngestResumeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("lede_ingest_test_" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    ASSERT_TRUE(Store::Open((dir_ / "store.db").string(), {}, &store_).ok());
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }

  // Writes JSON Lines records and returns the file's path.
  std::string Write(const std::string& name, const std::vector<nlohmann::json>& records) {
    std::ofstream out(dir_ / name);
    for (const auto& r : records) out << r.dump() << "\n";
    return (dir_ / name).string();
  }

  IngestReport Run(const std::string& input) {
    IngestOptions options;
    options.analyze = false;
    IngestReport report;
    Status s = Ingest({input}, options, {}, store_.get(), &report);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return report;
  }

  static nlohmann::json Text(const std::string& url, const std::string& text) {
    return {{"url", url}, {"title", "A title"}, {"text", text}};
  }

  fs::path dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(IngestResumeTest, StoredUrlsAreSkippedBeforeExtraction) {
  const std::string stored = "https://example.com/news/stored";
  IngestReport first = Run(Write("a.jsonl", {Text(stored, "The council met on Tuesday to vote on the budget.")}));
  ASSERT_EQ(first.added, 1u);
  // The same URL again, now a page without text: extracted, it would fail.
  IngestReport again = Run(Write("b.jsonl", {{{"url", stored}, {"html", "<html><body></body></html>"}},
                                             Text("https://example.com/news/new", "Rain is expected all week.")}));
  EXPECT_EQ(again.documents, 2u);
  EXPECT_EQ(again.existing, 1u);
  EXPECT_EQ(again.failed, 0u) << "the stored URL was extracted again";
  EXPECT_EQ(again.added, 1u);
}

TEST_F(IngestResumeTest, StoredUrlsAnswersPerUrl) {
  Run(Write("a.jsonl", {Text("https://example.com/a", "One article about the harbour.")}));
  std::vector<bool> stored;
  ASSERT_TRUE(store_->StoredUrls({"https://example.com/a", "https://example.com/b", ""}, &stored).ok());
  EXPECT_EQ(stored, (std::vector<bool>{true, false, false}));
}

}  // namespace
}  // namespace lede
