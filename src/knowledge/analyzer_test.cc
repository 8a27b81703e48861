// The worked example end to end: the seed article through extraction and every
// analysis stage, checked against seed-expected.json (what a careful analyst reads
// out of it). The unit tests of each stage sit beside it.
#include "knowledge/analyzer.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "knowledge/analysis.h"
#include "knowledge/analysis_json.h"
#include "knowledge/testing.h"
#include "lede/extractor.h"

namespace lede {
namespace {

using namespace testing_util;

using nlohmann::json;

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

class SeedArticleTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::unique_ptr<Analyzer> analyzer;
    ASSERT_TRUE(Analyzer::Load({}, &analyzer).ok());
    Record record;
    record.source = std::string(LEDE_SHARED_DIR) + "/examples/seed-article.txt";
    record.uri = "file://" + record.source;
    record.kind = PayloadKind::kText;
    record.body = ReadFile(record.source);
    Article article;
    ASSERT_TRUE(ExtractArticle(record, {}, &article).ok());
    AnalyzedArticle analysis;
    ASSERT_TRUE(analyzer->Analyze(std::move(article), &analysis).ok());
    output_ = new json(AnalysisToJson(analysis, analyzer->gazetteer()));
    expected_ = new json(SeedExpected());
  }

  static const json* FindByName(const json& list, const std::string& name) {
    for (const json& item : list) {
      if (item["name"] == name) return &item;
    }
    return nullptr;
  }

  static std::string EntityName(int64_t id) { return (*output_)["entities"][id - 1]["name"]; }

  static json* output_;
  static json* expected_;
};

json* SeedArticleTest::output_ = nullptr;
json* SeedArticleTest::expected_ = nullptr;

TEST_F(SeedArticleTest, Article) {
  const json& e = (*expected_)["article"];
  EXPECT_EQ((*output_)["title"], e["title"]);
  EXPECT_EQ((*output_)["dateline"], e["dateline"]);
  EXPECT_EQ((*output_)["lang"], e["lang"]);
  const std::string text = (*output_)["text"];
  for (const std::string s : e["text_must_contain"])
    EXPECT_NE(text.find(s), std::string::npos) << s;
  for (const std::string s : e["text_must_not_contain"]) {
    EXPECT_EQ(text.find(s), std::string::npos) << s;
  }
}

TEST_F(SeedArticleTest, Entities) {
  for (const json& e : (*expected_)["entities"]) {
    const json* found = FindByName((*output_)["entities"], e["name"]);
    ASSERT_NE(found, nullptr) << e["name"];
    EXPECT_EQ((*found)["type"], e["type"]);
    // A variant is a well-known alias ("AP") or written in the text starting or ending
    // where a mention does ("BCIJ", "King Mohammed VI", "Islamic State group").
    const std::string text = (*output_)["text"];
    const std::vector<std::string> aliases = (*found)["aliases"];
    for (const std::string v : e.value("variants", json::array())) {
      bool written = std::find(aliases.begin(), aliases.end(), v) != aliases.end();
      for (const json& m : (*found)["mentions"]) {
        const size_t start = m["start"], end = m["end"];
        written = written || text.compare(start, v.size(), v) == 0 ||
                  (end >= v.size() && text.compare(end - v.size(), v.size(), v) == 0);
      }
      EXPECT_TRUE(written) << e["name"] << ": " << v;
    }
  }
}

TEST_F(SeedArticleTest, Locations) {
  for (const json& e : (*expected_)["locations"]) {
    const json* found = FindByName((*output_)["locations"], e["name"]);
    ASSERT_NE(found, nullptr) << e["name"];
    if (e.contains("country")) { EXPECT_EQ((*found)["country"], e["country"]) << e["name"]; }
    const std::string kind = e["kind"];
    EXPECT_EQ((*found)["kind"], kind == "region" ? "admin1" : kind) << e["name"];
    if (e.contains("lat")) {
      EXPECT_NEAR((*found)["lat"].get<double>(), e["lat"].get<double>(), 0.1) << e["name"];
      EXPECT_NEAR((*found)["lon"].get<double>(), e["lon"].get<double>(), 0.1) << e["name"];
    }
  }
}

TEST_F(SeedArticleTest, QuotesWithTheirSpeaker) {
  const json& quotes = (*output_)["quotes"];
  ASSERT_EQ(quotes.size(), (*expected_)["quotes"].size());
  for (size_t i = 0; i < quotes.size(); ++i) {
    const json& e = (*expected_)["quotes"][i];
    EXPECT_EQ(quotes[i]["text"], e["text"]);
    EXPECT_EQ(quotes[i]["cue"]["text"], e["cue"]);
    ASSERT_TRUE(quotes[i]["speaker"].is_number());
    EXPECT_EQ(EntityName(quotes[i]["speaker"]), e["speaker"]);
    EXPECT_EQ(quotes[i]["speaker_name"], e["speaker"]);
    EXPECT_EQ(quotes[i]["partial"], e.value("partial", false));
  }
}

TEST_F(SeedArticleTest, Counts) {
  for (const json& e : (*expected_)["counts"]) {
    bool found = false;
    for (const json& c : (*output_)["counts"]) {
      if (c["number"] == e["number"] && c["type"] == e["type"]) found = true;
    }
    EXPECT_TRUE(found) << e;
  }
}

// Each expected event type comes out, with its actor where the analyst names one.
TEST_F(SeedArticleTest, Events) {
  for (const json& e : (*expected_)["events"]) {
    bool found = false;
    for (const json& ev : (*output_)["events"]) {
      if (ev["type"] != e["type"]) continue;
      const bool actor_ok = !e.contains("who") || (ev["actor"].is_object() &&
                                                   Lower(ev["actor"]["name"]) == Lower(e["who"]));
      found = found || actor_ok;
    }
    EXPECT_TRUE(found) << e;
  }
}

TEST_F(SeedArticleTest, ThemesAndTone) {
  std::vector<std::string> themes;
  for (const json& t : (*output_)["themes"]) themes.push_back(t["theme"]);
  for (const std::string t : (*expected_)["themes"]) {
    EXPECT_NE(std::find(themes.begin(), themes.end(), t), themes.end()) << t;
  }
  EXPECT_LT((*output_)["tone"]["score"].get<double>(), 0);     // negative overall
  EXPECT_GT((*output_)["tone"]["positive"].get<double>(), 0);  // with positive passages
}

TEST(AnalyzerTest, MissingResourcesAreReportedByName) {
  std::unique_ptr<Analyzer> analyzer;
  Status s = Analyzer::Load({.ner_model = "/nonexistent/model"}, &analyzer);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent/model"), std::string::npos) << s.ToString();
  s = Analyzer::Load({.data_dir = "/nonexistent"}, &analyzer);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent/gazetteer"), std::string::npos) << s.ToString();
}

TEST(AnalyzerTest, CountriesTaggedAsOrganisationsAndShortNamesArePlaces) {
  std::unique_ptr<Analyzer> analyzer;
  ASSERT_TRUE(Analyzer::Load({}, &analyzer).ok());
  Article article;
  article.text = "US officials said Britain would send troops to Texas.";
  AnalyzedArticle analysis;
  ASSERT_TRUE(analyzer->Analyze(std::move(article), &analysis).ok());
  std::vector<std::string> countries;
  for (const Location& l : analysis.locations) {
    countries.push_back(analyzer->gazetteer().place(l.place).country);
  }
  EXPECT_NE(std::find(countries.begin(), countries.end(), "US"), countries.end());
  EXPECT_NE(std::find(countries.begin(), countries.end(), "GB"), countries.end());
}

// The outlet's country (its URL's country domain) decides between namesakes the
// text does not: Richmond, British Columbia for a Canadian paper.
TEST(AnalyzerTest, TheOutletsCountryDecidesBetweenNamesakes) {
  std::unique_ptr<Analyzer> analyzer;
  ASSERT_TRUE(Analyzer::Load({}, &analyzer).ok());
  for (const auto& [url, country] : {std::pair{"https://www.richmond-news.ca/local/story-1", "CA"},
                                     std::pair{"https://www.richmond-news.com/local/story-1", "US"}}) {
    Article article;
    article.url = url;
    article.text = "Council members in Richmond voted on Monday to widen the main road.";
    AnalyzedArticle analysis;
    ASSERT_TRUE(analyzer->Analyze(std::move(article), &analysis).ok());
    ASSERT_EQ(analysis.locations.size(), 1u) << url;
    EXPECT_EQ(analyzer->gazetteer().place(analysis.locations[0].place).country, country) << url;
  }
}

// An outlet's home is learned from the towns and counties of its other articles (one
// count per place, by state; countries and states are left out), and decides a
// namesake its next article's text does not: the Richmond Register's Richmond is in
// Kentucky.
TEST(AnalyzerTest, TheOutletsHomeFromItsArticlesDecidesBetweenNamesakes) {
  std::unique_ptr<Analyzer> analyzer;
  ASSERT_TRUE(Analyzer::Load({}, &analyzer).ok());
  const auto analyze = [&](const std::string& text, const OutletHome* home) {
    Article article;
    article.url = "https://www.richmondregister.com/news/local/story";
    article.text = text;
    AnalyzedArticle analysis;
    EXPECT_TRUE(analyzer->Analyze(std::move(article), &analysis, nullptr, home).ok());
    return analysis;
  };
  OutletHome home;
  for (const char* text :
       {"Berea police said the man drove from Lexington to Berea, Kentucky, on Monday.",
        "The Madison County fiscal court met in Kentucky on Tuesday; officials from Canada "
        "came."}) {
    home.Merge(PlacesOfAnalysis(ToAnalysis(analyze(text, nullptr), analyzer->gazetteer())), 1);
  }
  EXPECT_FLOAT_EQ(home.total(), 3);  // Berea, Lexington, Madison County
  EXPECT_FLOAT_EQ(home.Share("US.KY"), 1.0f);
  const std::string story = "Council members in Richmond voted on Monday to widen the main road.";
  for (const auto& [outlet_home, admin1] :
       {std::pair<const OutletHome*, std::string>{nullptr, "US.VA"}, {&home, "US.KY"}}) {
    const AnalyzedArticle analysis = analyze(story, outlet_home);
    ASSERT_EQ(analysis.locations.size(), 1u);
    EXPECT_EQ(analyzer->gazetteer().place(analysis.locations[0].place).admin1, admin1);
  }
}

// "she" is the last woman named before it, "he" the last man, not the last person.
TEST(AnalyzerTest, PronounSpeakersAgreeInGender) {
  std::unique_ptr<Analyzer> analyzer;
  ASSERT_TRUE(Analyzer::Load({}, &analyzer).ok());
  Article article;
  article.text =
      "Maria Lopez met John Brown in Madrid on Monday.\n\n"
      "\"We will build the bridge next year,\" she said.\n\n"
      "Maria Lopez left early. \"It was a useful meeting,\" he said.";
  AnalyzedArticle analysis;
  ASSERT_TRUE(analyzer->Analyze(std::move(article), &analysis).ok());
  ASSERT_EQ(analysis.quotes.size(), 2u);
  std::vector<std::string> speakers;
  for (const AttributedQuote& q : analysis.quotes) {
    ASSERT_GE(q.speaker, 0) << analysis.doc->text(q.quote.text);
    speakers.push_back(analysis.entities[q.speaker].name);
  }
  EXPECT_EQ(speakers, (std::vector<std::string>{"Maria Lopez", "John Brown"}));
}

TEST(AnalyzerTest, NonEnglishArticlesSkipTheEnglishTagger) {
  std::unique_ptr<Analyzer> analyzer;
  ASSERT_TRUE(Analyzer::Load({}, &analyzer).ok());
  Article article;
  article.lang = "fr";
  article.text = "« Nous continuerons le combat ensemble », a déclaré Emmanuel Macron à Paris.";
  AnalyzedArticle analysis;
  ASSERT_TRUE(analyzer->Analyze(std::move(article), &analysis).ok());
  EXPECT_TRUE(analysis.entities.empty());
  EXPECT_EQ(analysis.quotes.size(), 1u);
}

}  // namespace
}  // namespace lede
