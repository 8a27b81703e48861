// Ingest's resume: a record whose URL the store already has is not extracted
// or analysed again (an interrupted run, run again, skips what it stored). Outlet
// homes: an outlet's stored articles decide its next articles' namesakes.
#include "store/ingest.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

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

  // Ingests `input`, with analysis when `analyzer` is not null, `batch` documents per batch.
  IngestReport Run(const std::string& input, const Analyzer* analyzer = nullptr, size_t batch = 512,
                   bool outlet_homes = true) {
    IngestOptions options;
    options.analyze = analyzer != nullptr;
    options.outlet_homes = outlet_homes;
    options.loaded_analyzer = analyzer;
    options.batch_documents = batch;
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

// Loaded once for the tests that analyse.
const Analyzer* SharedAnalyzer() {
  static const Analyzer* analyzer = [] {
    std::unique_ptr<Analyzer> loaded;
    Status s = Analyzer::Load({}, &loaded);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return loaded.release();
  }();
  return analyzer;
}

class IngestOutletHomeTest : public IngestResumeTest {
 protected:
  // The Richmond Register's earlier articles name Kentucky towns and a county
  // (Berea, Lexington, Madison County: its home is Kentucky); then a story names
  // Richmond alone, from the Register and from another outlet (a word apart: the
  // same text would be one document).
  static std::vector<nlohmann::json> Earlier() {
    return {Text(kRegister + "berea", "Berea police said the man drove from Lexington to Berea, Kentucky, on Monday."),
            Text(kRegister + "court",
                 "The Madison County fiscal court met in Kentucky on Tuesday; officials from Canada came.")};
  }
  static std::vector<nlohmann::json> Later() {
    return {Text(kRegister + "road", kRoadStory),
            Text("https://www.richmondtimes.example/news/road", std::string(kRoadStory) + " Work starts soon.")};
  }

  // The first-level division of the Richmond each stored article names, by URL.
  std::map<std::string, std::string> RichmondsByUrl() {
    std::vector<StoredArticle> all;
    EXPECT_TRUE(store_->Scan(0, 0, &all).ok());
    std::map<std::string, std::string> out;
    for (const StoredArticle& a : all) {
      if (!a.analysis) continue;
      for (const AnalysisPlace& p : a.analysis->places) {
        if (p.name == "Richmond") out[a.article.url] = p.admin1;
      }
    }
    return out;
  }

  OutletPlaceCounts Places() {
    OutletPlaceCounts places;
    EXPECT_TRUE(store_->OutletPlaces(&places).ok());
    return places;
  }

  static inline const std::string kRegister = "https://www.richmondregister.com/news/local/";
  static constexpr const char* kRoadStory = "Council members in Richmond voted on Monday to widen the main road.";
  const std::map<std::string, std::string> kExpected = {{kRegister + "road", "US.KY"},
                                                        {"https://www.richmondtimes.example/news/road", "US.VA"}};
};

TEST_F(IngestOutletHomeTest, AnOutletsEarlierArticlesPlaceItsNamesakes) {
  std::vector<nlohmann::json> records = Earlier();
  for (const auto& r : Later()) records.push_back(r);
  IngestReport report = Run(Write("all.jsonl", records), SharedAnalyzer(), 2);
  ASSERT_EQ(report.added, 4u);
  EXPECT_EQ(RichmondsByUrl(), kExpected);
  // Berea, Lexington, Madison County, then Richmond, Kentucky; Canada and Kentucky do not count.
  const OutletPlaceCounts places = Places();
  ASSERT_EQ(places.count("richmondregister.com"), 1u);
  EXPECT_EQ(places.at("richmondregister.com"), (std::map<std::string, double>{{"US.KY", 4}}));
}

// The earlier articles stored by another run (or by a run that was interrupted
// after them) are the outlet's home as much as those of the same run: the resumed
// run ends with the counts and places of an uninterrupted one.
TEST_F(IngestOutletHomeTest, TheHomeLearnedByAnEarlierRunIsKept) {
  Run(Write("earlier.jsonl", Earlier()), SharedAnalyzer(), 2);
  store_.reset();
  ASSERT_TRUE(Store::Open((dir_ / "store.db").string(), {}, &store_).ok());
  std::vector<nlohmann::json> records = Earlier();
  for (const auto& r : Later()) records.push_back(r);
  IngestReport resumed = Run(Write("all.jsonl", records), SharedAnalyzer(), 2);
  EXPECT_EQ(resumed.existing, 2u);
  EXPECT_EQ(resumed.added, 2u);
  EXPECT_EQ(RichmondsByUrl(), kExpected);
  EXPECT_EQ(Places().at("richmondregister.com"), (std::map<std::string, double>{{"US.KY", 4}}));
}

// Without the outlet's earlier articles the Register's Richmond is Virginia's, the
// one the gazetteer ranks first: the home, not the text, decides.
TEST_F(IngestOutletHomeTest, WithoutEarlierArticlesRichmondIsVirginias) {
  Run(Write("later.jsonl", Later()), SharedAnalyzer(), 2);
  EXPECT_EQ(RichmondsByUrl(), (std::map<std::string, std::string>{
                                  {kRegister + "road", "US.VA"}, {"https://www.richmondtimes.example/news/road", "US.VA"}}));
}

// --no-outlet-homes: the same run places by the text alone (the store still counts
// each outlet's places: Richmond, Virginia now among the Register's).
TEST_F(IngestOutletHomeTest, WithoutOutletHomesTheTextAlonePlaces) {
  std::vector<nlohmann::json> records = Earlier();
  for (const auto& r : Later()) records.push_back(r);
  Run(Write("all.jsonl", records), SharedAnalyzer(), 2, /*outlet_homes=*/false);
  EXPECT_EQ(RichmondsByUrl(), (std::map<std::string, std::string>{
                                  {kRegister + "road", "US.VA"},
                                  {"https://www.richmondtimes.example/news/road", "US.VA"}}));
  EXPECT_EQ(Places().at("richmondregister.com"),
            (std::map<std::string, double>{{"US.KY", 3}, {"US.VA", 1}}));
}

}  // namespace
}  // namespace lede
