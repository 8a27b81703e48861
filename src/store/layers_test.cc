// The analysis layers in the store: demo articles analysed by the real
// analyzer, stored, read back and merged. Entities are canonical in the store
// (one row per type and name, or per type and GeoNames id for places), so the
// comparisons name each entity by that key rather than by its id.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <set>
#include <thread>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "knowledge/analysis.h"
#include "knowledge/analysis_json.h"
#include "knowledge/analyzer.h"
#include "lede/store.h"
#include "store/merge.h"
#include "store/sqlite.h"
#include "store/test_corpus.h"

namespace lede {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Demo articles analysed once per test binary (analysis is the slow part).
constexpr size_t kAnalysed = 80;

const std::vector<NewArticle>& AnalysedArticles() {
  static const std::vector<NewArticle>* articles = [] {
    auto* out = new std::vector<NewArticle>;
    std::unique_ptr<Analyzer> analyzer;
    Status s = Analyzer::Load({}, &analyzer);
    EXPECT_TRUE(s.ok()) << s.ToString();
    if (!s.ok()) return out;
    std::vector<Article> demo = testing::LoadDemoArticles();
    for (size_t i = 0; i < demo.size() && i < kAnalysed; ++i) {
      AnalyzedArticle analysed;
      EXPECT_TRUE(analyzer->Analyze(demo[i], &analysed).ok());
      out->push_back({demo[i], ToAnalysis(analysed, analyzer->gazetteer())});
    }
    return out;
  }();
  return *articles;
}

// The store's identity of each entity of an analysis JSON: "TYPE|#geonames_id"
// for a place GeoNames knows, else "TYPE|name"; by entity id.
std::map<int64_t, std::string> EntityKeys(const json& a) {
  std::map<int64_t, int64_t> geonames;
  for (const json& l : a["locations"]) {
    if (!l["geonames_id"].is_null()) geonames.emplace(l["entity_id"].get<int64_t>(), l["geonames_id"].get<int64_t>());
  }
  std::map<int64_t, std::string> keys;
  for (const json& e : a["entities"]) {
    int64_t id = e["id"];
    auto place = geonames.find(id);
    keys[id] = e["type"].get<std::string>() + "|" +
               (place != geonames.end() ? "#" + std::to_string(place->second) : e["name"].get<std::string>());
  }
  return keys;
}

// The layers of an analysis JSON with every entity reference replaced by the
// entity's key, entities as key -> mention offsets (entities with one key
// merged), and places once per key.
json Normalized(json a) {
  std::map<int64_t, std::string> keys = EntityKeys(a);
  auto key = [&](const json& id) { return id.is_null() ? json() : json(keys.at(id.get<int64_t>())); };
  std::map<std::string, std::set<std::pair<int64_t, int64_t>>> mentions;
  for (const json& e : a["entities"]) {
    for (const json& m : e["mentions"]) mentions[keys.at(e["id"].get<int64_t>())].insert({m["start"].get<int64_t>(), m["end"].get<int64_t>()});
  }
  json places = json::array();
  std::set<std::string> placed;
  for (json l : a["locations"]) {
    l["entity_id"] = key(l["entity_id"]);
    if (placed.insert(l["entity_id"]).second) places.push_back(l);
  }
  for (json& q : a["quotes"]) {
    q["speaker"] = key(q["speaker"]);
    q.erase("speaker_name");  // the canonical name of a place is its first article's
  }
  for (json& e : a["events"]) {
    for (const char* role : {"actor", "target", "location"}) {
      if (!e[role].is_null() && !e[role]["entity"].is_null()) e[role] = key(e[role]["entity"]);
    }
  }
  return {{"entities", mentions}, {"locations", places}, {"quotes", a["quotes"]}, {"counts", a["counts"]},
          {"events", a["events"]}, {"themes", a["themes"]}, {"tone", a["tone"]}, {"text", a["text"]}};
}

// The stories of a store as sets of article URLs (story ids differ between stores).
std::set<std::set<std::string>> StoryPartition(const std::string& path) {
  sqlite::Database db;
  EXPECT_TRUE(db.Open(path, SQLITE_OPEN_READONLY).ok());
  sqlite::Statement st;
  EXPECT_TRUE(db.Prepare("SELECT sa.story_id, d.url FROM story_articles sa JOIN documents d ON d.id = sa.article_id", &st).ok());
  std::map<int64_t, std::set<std::string>> stories;
  bool row = false;
  while (st.Step(&row).ok() && row) stories[st.Int(0)].insert(st.Text(1));
  std::set<std::set<std::string>> partition;
  for (auto& [id, urls] : stories) partition.insert(std::move(urls));
  return partition;
}

class LayersTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(AnalysedArticles().size(), kAnalysed);
    dir_ = fs::temp_directory_path() / ("lede_layers_test_" + std::to_string(getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Path(const std::string& name) { return (dir_ / name).string(); }

  std::unique_ptr<Store> OpenStore(const std::string& name) {
    std::unique_ptr<Store> store;
    Status s = Store::Open(Path(name), {}, &store);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return store;
  }

  static std::vector<NewArticle> Slice(size_t begin, size_t end) {
    const auto& all = AnalysedArticles();
    return {all.begin() + begin, all.begin() + end};
  }

  // Every stored article's layers, normalised, in id order.
  static std::vector<json> StoredLayers(Store* store) {
    std::vector<StoredArticle> all;
    EXPECT_TRUE(store->Scan(0, 0, &all).ok());
    std::vector<json> out;
    for (const StoredArticle& a : all) {
      EXPECT_TRUE(a.analysis.has_value()) << a.article.url;
      if (a.analysis) out.push_back(Normalized(AnalysisToJson(a.article, *a.analysis)));
    }
    return out;
  }

  fs::path dir_;
};

TEST_F(LayersTest, StoredLayersReadBackAsAnalysed) {
  auto store = OpenStore("layers.db");
  ASSERT_TRUE(store->Add(AnalysedArticles(), nullptr).ok());
  std::vector<json> stored = StoredLayers(store.get());
  ASSERT_EQ(stored.size(), kAnalysed);
  size_t quotes = 0, events = 0;
  for (size_t i = 0; i < kAnalysed; ++i) {
    const NewArticle& a = AnalysedArticles()[i];
    json expected = Normalized(AnalysisToJson(a.article, *a.analysis));
    EXPECT_EQ(stored[i], expected) << a.article.url;
    quotes += a.analysis->quotes.size();
    events += a.analysis->events.size();
  }
  StoreStats stats;
  ASSERT_TRUE(store->Stats(&stats).ok());
  EXPECT_EQ(stats.analyzed, kAnalysed);
  EXPECT_EQ(stats.quotes, quotes);
  EXPECT_EQ(stats.events, events);
  EXPECT_GT(quotes, 50u);
  EXPECT_GT(events, 500u);
}

// An interrupted quote (“A,” he said, “B.”) is stored, searched and exported as the
// words it quotes, its pieces joined by " … ", not with the attribution between them.
TEST_F(LayersTest, InterruptedQuotesAreStoredAsTheirQuotedWords) {
  auto store = OpenStore("quotes.db");
  ASSERT_TRUE(store->Add(AnalysedArticles(), nullptr).ok());
  sqlite::Database db;
  ASSERT_TRUE(db.Open(Path("quotes.db"), SQLITE_OPEN_READONLY).ok());
  sqlite::Statement st;
  ASSERT_TRUE(db.Prepare("SELECT q.text FROM quotes q JOIN documents d ON d.id = q.article_id "
                         "WHERE d.url = ?1 AND q.start = ?2", &st).ok());
  size_t interrupted = 0;
  for (const NewArticle& a : AnalysedArticles()) {
    for (const AnalysisQuote& q : a.analysis->quotes) {
      if (q.fragments.size() < 2) continue;
      ++interrupted;
      std::string expected;
      for (Span f : q.fragments) {
        expected += (expected.empty() ? "" : " … ") + a.article.text.substr(f.start, f.size());
      }
      st.Reset();
      st.Bind(1, std::string_view(a.article.url)).Bind(2, int64_t{q.text.start});
      bool row = false;
      ASSERT_TRUE(st.Step(&row).ok() && row) << a.article.url << " " << q.text.start;
      EXPECT_EQ(st.Text(0), expected) << a.article.url;
      std::string between = a.article.text.substr(q.fragments[0].end, q.fragments[1].start - q.fragments[0].end);
      EXPECT_EQ(st.Text(0).find(between), std::string::npos) << between;
    }
  }
  EXPECT_GT(interrupted, 0u) << "the analysed demo articles hold no interrupted quote";
}

TEST_F(LayersTest, EntitiesAreCanonicalAcrossArticles) {
  auto store = OpenStore("canonical.db");
  ASSERT_TRUE(store->Add(AnalysedArticles(), nullptr).ok());
  std::set<std::string> keys;
  uint64_t mentions = 0;
  for (const NewArticle& a : AnalysedArticles()) {
    json j = AnalysisToJson(a.article, *a.analysis);
    for (const auto& [id, key] : EntityKeys(j)) keys.insert(key);
    for (const json& e : j["entities"]) mentions += e["mentions"].size();
  }
  StoreStats stats;
  ASSERT_TRUE(store->Stats(&stats).ok());
  EXPECT_EQ(stats.entities, keys.size());
  EXPECT_LT(stats.entities * 10, mentions * 9) << "some entities recur across articles";
  EXPECT_EQ(stats.mentions, mentions);
  // One id for an entity in every article that names it, one entity per id.
  std::vector<StoredArticle> all;
  ASSERT_TRUE(store->Scan(0, 0, &all).ok());
  std::map<std::string, std::set<int64_t>> ids;
  std::map<int64_t, std::set<std::string>> keys_of_id;
  for (const StoredArticle& a : all) {
    for (const auto& [id, key] : EntityKeys(AnalysisToJson(a.article, *a.analysis))) {
      ids[key].insert(id);
      keys_of_id[id].insert(key);
    }
  }
  EXPECT_EQ(ids.size(), keys.size());
  for (const auto& [key, id_set] : ids) EXPECT_EQ(id_set.size(), 1u) << key;
  for (const auto& [id, key_set] : keys_of_id) EXPECT_EQ(key_set.size(), 1u) << id;
}

// Each batch's articles, entity names and quotes are in the full-text indexes
// (written at the end of the batch's transaction): every quote and every entity
// name finds its own row, and FTS5's integrity check agrees with the content tables.
TEST_F(LayersTest, FullTextIndexesHoldEveryBatchsRows) {
  auto store = OpenStore("indexed.db");
  for (size_t begin = 0; begin < kAnalysed; begin += 30) {
    ASSERT_TRUE(store->Add(Slice(begin, std::min(kAnalysed, begin + 30)), nullptr).ok());
  }
  store.reset();
  sqlite::Database db;
  ASSERT_TRUE(db.Open(Path("indexed.db"), SQLITE_OPEN_READWRITE).ok());
  for (const std::string index : {"articles_fts", "entity_names", "quotes_fts"}) {
    Status s = db.Exec("INSERT INTO " + index + "(" + index + ", rank) VALUES('integrity-check', 1)");
    EXPECT_TRUE(s.ok()) << index << ": " << s.ToString();
  }
  const std::pair<const char*, const char*> indexed[] = {
      {"SELECT id, name FROM entities", "SELECT count(*) FROM entity_names WHERE entity_names MATCH ?1 AND rowid = ?2"},
      {"SELECT id, text FROM quotes", "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?1 AND rowid = ?2"},
      {"SELECT search_key, title FROM articles", "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?1 AND rowid = ?2"},
  };
  for (const auto& [rows_sql, match_sql] : indexed) {
    sqlite::Statement rows, match;
    ASSERT_TRUE(db.Prepare(rows_sql, &rows).ok());
    ASSERT_TRUE(db.Prepare(match_sql, &match).ok());
    bool row = false;
    int checked = 0;
    while (rows.Step(&row).ok() && row) {
      std::string phrase = rows.Text(1);  // as one FTS5 phrase: quotes doubled
      if (phrase.empty()) continue;
      for (size_t at = phrase.find('"'); at != std::string::npos; at = phrase.find('"', at + 2)) phrase.insert(at, 1, '"');
      match.Reset();
      bool found = false;
      ASSERT_TRUE(match.Bind(1, "\"" + phrase + "\"").Bind(2, rows.Int(0)).Step(&found).ok()) << phrase;
      EXPECT_EQ(match.Int(0), 1) << rows_sql << ": " << rows.Text(1);
      ++checked;
    }
    EXPECT_GT(checked, 10) << rows_sql;
  }
}

// Three reports of one day: A and B share half their words, B and C the other
// half, A and C none. Clustered in input order, whichever of A or C came first
// took B, and C's (or A's) average similarity to the pair then fell below the
// threshold: {A,B},{C} one way, {A},{B,C} the other. Stories are now assigned in an
// order of their own (sqlite_store.cc), so a batch's input order does not matter.
TEST_F(LayersTest, StoriesDoNotDependOnTheOrderWithinABatch) {
  auto words = [](const std::string& stem) {
    std::string out;
    for (char c = 'a'; c < 'i'; ++c) out += stem + std::string(3, c) + " ";
    return out + ".\n\n";
  };
  const std::string a = words("alpha"), x = words("xenon"), y = words("yarrow"), c = words("cobalt");
  std::vector<Article> batch(3);
  const std::string texts[] = {a + a + x + x, x + x + y + y, y + y + c + c};
  for (int i = 0; i < 3; ++i) {
    batch[i].url = "https://example.com/" + std::string(1, static_cast<char>('A' + i));
    batch[i].title = "Report " + std::string(1, static_cast<char>('A' + i));
    batch[i].published = "2024-05-01";
    batch[i].text = texts[i];
  }
  ASSERT_TRUE(OpenStore("forward.db")->AddArticles(batch, nullptr).ok());
  std::reverse(batch.begin(), batch.end());
  ASSERT_TRUE(OpenStore("reversed.db")->AddArticles(batch, nullptr).ok());
  const std::set<std::set<std::string>> stories = StoryPartition(Path("forward.db"));
  EXPECT_EQ(stories.size(), 2u) << "B joins one neighbour, the other stays apart";
  EXPECT_EQ(stories, StoryPartition(Path("reversed.db")));
}

TEST_F(LayersTest, MergedShardsEqualOneStore) {
  {
    auto a = OpenStore("a.db"), b = OpenStore("b.db");
    ASSERT_TRUE(b->Add(Slice(30, kAnalysed), nullptr).ok());  // b's ids differ from a's for the same entities
    ASSERT_TRUE(a->Add(Slice(0, 40), nullptr).ok());          // 10 articles in both
  }
  auto merged = OpenStore("merged.db"), single = OpenStore("single.db");
  AddResult totals;
  ASSERT_TRUE(MergeStore(Path("a.db"), 9, merged.get(), &totals).ok());
  ASSERT_TRUE(MergeStore(Path("b.db"), 9, merged.get(), &totals).ok());
  EXPECT_EQ(totals.existing, 10u);
  ASSERT_TRUE(single->Add(AnalysedArticles(), nullptr).ok());
  EXPECT_EQ(StoredLayers(merged.get()), StoredLayers(single.get()));
  StoreStats m, s;
  ASSERT_TRUE(merged->Stats(&m).ok());
  ASSERT_TRUE(single->Stats(&s).ok());
  EXPECT_EQ(m.entities, s.entities);
  EXPECT_EQ(m.mentions, s.mentions);
  EXPECT_EQ(m.counts, s.counts);
  EXPECT_EQ(m.stories, s.stories);
  EXPECT_LT(s.stories, kAnalysed);
  EXPECT_EQ(StoryPartition(Path("merged.db")), StoryPartition(Path("single.db")));
}

TEST_F(LayersTest, RejectsDanglingReferencesAndWritesNothing) {
  auto store = OpenStore("bad.db");
  std::vector<NewArticle> batch = Slice(0, 3);
  batch[2].analysis->quotes.push_back({{0, 5}, 999, "Nobody", {}, {}, false});
  Status s = store->Add(batch, nullptr);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(s.message().find("999"), std::string::npos) << s.ToString();
  batch = Slice(0, 1);
  batch[0].analysis->entities[0].mentions.push_back({0, static_cast<uint32_t>(batch[0].article.text.size() + 1)});
  EXPECT_EQ(store->Add(batch, nullptr).code(), Status::Code::kInvalidArgument);
  StoreStats stats;
  ASSERT_TRUE(store->Stats(&stats).ok());
  EXPECT_EQ(stats.articles, 0u);
  EXPECT_EQ(stats.entities, 0u);
}

TEST_F(LayersTest, ArticlesWithoutAnalysisHaveNoLayers) {
  auto store = OpenStore("plain.db");
  ASSERT_TRUE(store->AddArticles({AnalysedArticles()[0].article}, nullptr).ok());
  StoredArticle stored;
  ASSERT_TRUE(store->Get(1, &stored).ok());
  EXPECT_FALSE(stored.analysis.has_value());
}

// A writer killed mid-run and run again ends with the layers of an uninterrupted run.
TEST_F(LayersTest, SurvivesSigkill) {
  auto reference = OpenStore("reference.db");
  ASSERT_TRUE(reference->Add(AnalysedArticles(), nullptr).ok());
  const std::vector<json> expected = StoredLayers(reference.get());
  auto add_all = [&](const std::string& path) {
    std::unique_ptr<Store> store;
    if (!Store::Open(path, {}, &store).ok()) return false;
    for (size_t i = 0; i < kAnalysed; i += 3) {
      if (!store->Add(Slice(i, std::min(kAnalysed, i + 3)), nullptr).ok()) return false;
    }
    return true;
  };
  for (int delay_ms : {0, 5, 20, 60}) {
    std::string path = Path("killed" + std::to_string(delay_ms) + ".db");
    pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) _exit(add_all(path) ? 0 : 1);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(add_all(path));
    std::unique_ptr<Store> store;
    ASSERT_TRUE(Store::Open(path, {}, &store).ok());
    EXPECT_EQ(StoredLayers(store.get()), expected) << "killed after " << delay_ms << " ms";
    EXPECT_EQ(StoryPartition(path), StoryPartition(Path("reference.db"))) << "killed after " << delay_ms << " ms";
  }
}

}  // namespace
}  // namespace lede
