// StoreReader against brute force: a store of the demo corpus (hosts and
// languages varied) whose layers are derived from the text by simple rules
// (names from a list, themes and events from words, quotes from quotation
// marks, stories by month), written through the store's own SQLite wrapper; every
// query's answer is checked against the same rows evaluated in C++.
#include "lede/query.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <thread>

#include <gtest/gtest.h>

#include "store/date_facets.h"
#include "store/query_json.h"
#include "store/search_index.h"
#include "store/store_json.h"
#include "store/sqlite.h"
#include "store/test_corpus.h"

namespace lede {
namespace {

namespace fs = std::filesystem;

struct NameRule {
  const char* name;
  const char* type;
  const char* country;  // for places
  double lat, lon;
};

constexpr NameRule kNames[] = {
    {"Trump", "PERSON", nullptr, 0, 0},
    {"Obama", "PERSON", nullptr, 0, 0},
    {"Abdelhak El Khiam", "PERSON", nullptr, 0, 0},
    {"Twitter", "ORGANIZATION", nullptr, 0, 0},
    {"Wikinews", "ORGANIZATION", nullptr, 0, 0},
    {"United Nations", "ORGANIZATION", nullptr, 0, 0},
    {"United States", "LOCATION", "US", 39.76, -98.5},
    {"New York", "LOCATION", "US", 40.71, -74.01},
    {"California", "LOCATION", "US", 37.25, -119.75},
    {"China", "LOCATION", "CN", 35.0, 105.0},
    {"London", "LOCATION", "GB", 51.51, -0.13},
    {"Australia", "LOCATION", "AU", -25.0, 135.0},
    {"Salé", "LOCATION", "MA", 34.04, -6.80},
    {"Morocco", "LOCATION", "MA", 32.0, -6.0},
};
constexpr int kEntityCount = sizeof(kNames) / sizeof(kNames[0]);  // entity id = index + 1

struct ThemeRule {
  const char* word;
  const char* theme;
};
constexpr ThemeRule kThemes[] = {{"election", "ELECTION"}, {"health", "HEALTH"}, {"police", "CRIME"}};
constexpr ThemeRule kEvents[] = {{"arrested", "ARREST"}, {"visited", "VISIT"}, {"attack", "ATTACK"}};

const char* const kHosts[] = {"en.wikinews.org", "news.example.com", "wire.example.org"};

// What the fixture put in the store, per article.
struct ModelArticle {
  int64_t id = 0;
  std::string published, lang, host, text;
  std::set<int64_t> entities;
  std::map<int64_t, uint64_t> mentions;  // entity id -> mentions
  std::set<std::string> themes, event_types;
};
struct ModelQuote {
  int64_t id, article_id, speaker;  // speaker entity id or 0
  std::string text;
};
struct ModelEvent {
  int64_t id, article_id, location;  // location entity id or 0
  std::string type;
};
struct ModelStory {
  int64_t id;
  std::string first, last;
  std::vector<int64_t> articles;
};

struct Model {
  std::vector<ModelArticle> articles;
  std::vector<ModelQuote> quotes;
  std::vector<ModelEvent> events;
  std::vector<ModelStory> stories;
  const ModelArticle& Article(int64_t id) const { return articles[static_cast<size_t>(id - 1)]; }
};

std::vector<size_t> Occurrences(const std::string& text, const std::string& word) {
  std::vector<size_t> at;
  for (size_t p = text.find(word); p != std::string::npos; p = text.find(word, p + word.size())) at.push_back(p);
  return at;
}

// The demo corpus (hosts rotated) plus one article on Salé and one undated, languages rotated.
std::vector<Article> FixtureArticles() {
  std::vector<Article> articles = testing::LoadDemoArticles();
  const size_t demo = articles.size();
  Article sale;
  sale.url = "https://www.moroccoworldnews.com/2017/09/el-khiam";
  sale.title = "Moroccan Anti-Terror Chief Promises Doubled Efforts";
  sale.published = "2017-09-02";
  sale.lang = "en";
  sale.text =
      "Abdelhak El Khiam said security services arrested 85 recruits in Salé, near Rabat, Morocco.\n\n"
      "\"Really I was frightened by what we saw happen in Barcelona,\" Abdelhak El Khiam said.";
  articles.push_back(sale);
  Article undated;  // no publication date: found only by searches without dates
  undated.url = "https://wire.example.org/undated-harbour-strike";
  undated.title = "Harbour workers strike";
  undated.text = "Police said harbour workers in Casablanca went on strike over pay.";
  articles.push_back(undated);
  for (size_t i = 0; i < articles.size(); ++i) {
    Article& a = articles[i];
    if (i < demo) {
      size_t path = a.url.find("/wiki/");
      a.url = "https://" + std::string(kHosts[i % 3]) + a.url.substr(path == std::string::npos ? 0 : path);
      a.site_name = i % 3 == 0 ? "Wikinews" : "";
    }
    a.lang = i % 4 == 3 ? "fr" : "en";
  }
  return articles;
}

class Fixture {
 public:
  Fixture() {
    dir_ = fs::temp_directory_path() / ("lede_query_test_" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "store.db").string();
    std::unique_ptr<Store> store;
    Status s = Store::Open(path_, StoreOptions(), &store);
    if (s.ok()) s = store->AddArticles(FixtureArticles(), nullptr);
    store.reset();
    if (s.ok()) s = db_.Open(path_, SQLITE_OPEN_READWRITE);
    if (s.ok()) s = db_.Exec("BEGIN");
    IndexWatermarks marks;  // the layers written here are indexed as Store::Add would
    if (s.ok()) s = ReadIndexWatermarks(&db_, &marks);
    if (s.ok()) s = WriteLayers();
    if (s.ok()) s = IndexRowsAbove(&db_, marks);
    // The articles' facet rows, written by AddArticles before these layers, made again.
    if (s.ok()) s = db_.Exec("DELETE FROM article_facets; INSERT INTO article_facets SELECT * FROM article_facet_values");
    if (s.ok()) s = db_.Exec("COMMIT");
    status_ = s;
  }
  ~Fixture() { fs::remove_all(dir_); }

  const std::string& path() const { return path_; }
  const Model& model() const { return model_; }
  const Status& status() const { return status_; }
  sqlite::Database* db() { return &db_; }

 private:
  using Value = std::variant<std::monostate, int64_t, double, std::string>;
  // An entity id, NULL when 0.
  static Value Id(int64_t id) { return id == 0 ? Value() : Value(id); }

  Status Run(const std::string& sql, std::vector<Value> values) {
    sqlite::Statement st;
    Status s = db_.Prepare(sql, &st);
    for (size_t i = 0; s.ok() && i < values.size(); ++i) {
      int index = static_cast<int>(i + 1);
      if (auto* n = std::get_if<int64_t>(&values[i])) st.Bind(index, *n);
      else if (auto* d = std::get_if<double>(&values[i])) st.Bind(index, *d);
      else if (auto* text = std::get_if<std::string>(&values[i])) st.Bind(index, std::string_view(*text));
      else st.BindNull(index);
    }
    return s.ok() ? st.Run() : s;
  }

  Status WriteLayers() {
    Status s;
    for (int e = 0; s.ok() && e < kEntityCount; ++e) {
      const NameRule& r = kNames[e];
      s = Run("INSERT INTO entities(id, type, name) VALUES(?, ?, ?)", {int64_t{e + 1}, r.type, r.name});
      if (s.ok() && r.country != nullptr) {
        s = Run("INSERT INTO locations(entity_id, name, country, lat, lon, kind) VALUES(?, ?, ?, ?, ?, 'city')",
                {int64_t{e + 1}, r.name, r.country, r.lat, r.lon});
      }
    }
    sqlite::Statement rows;
    if (s.ok()) {
      s = db_.Prepare("SELECT a.id, a.published, a.lang, s.host, a.text FROM articles a JOIN documents d ON d.id = a.id "
                      "LEFT JOIN sources s ON s.id = d.source_id ORDER BY a.id", &rows);
    }
    bool row = false;
    while (s.ok() && (s = rows.Step(&row)).ok() && row) {
      ModelArticle a{rows.Int(0), rows.Text(1), rows.Text(2), rows.Text(3), rows.Text(4), {}, {}, {}, {}};
      model_.articles.push_back(a);
    }
    for (size_t i = 0; s.ok() && i < model_.articles.size(); ++i) s = WriteArticleLayers(&model_.articles[i]);
    if (s.ok()) s = WriteStories();
    return s;
  }

  Status WriteArticleLayers(ModelArticle* a) {
    Status s;
    int64_t first_person = 0, first_place = 0, first_org = 0;
    for (int e = 0; s.ok() && e < kEntityCount; ++e) {
      int64_t id = e + 1;
      std::vector<size_t> at = Occurrences(a->text, kNames[e].name);
      if (at.empty()) continue;
      a->entities.insert(id);
      a->mentions[id] = at.size();
      std::string type = kNames[e].type;
      if (type == "PERSON" && first_person == 0) first_person = id;
      if (type == "LOCATION" && first_place == 0) first_place = id;
      if (type == "ORGANIZATION" && first_org == 0) first_org = id;
      s = Run("INSERT INTO article_entities(article_id, entity_id, ordinal) VALUES(?, ?, ?)", {a->id, id, id});
      for (size_t p : at) {
        if (!s.ok()) break;
        s = Run("INSERT INTO mentions(article_id, entity_id, start, \"end\", text) VALUES(?, ?, ?, ?, ?)",
                {a->id, id, int64_t(p), int64_t(p + std::string(kNames[e].name).size()), kNames[e].name});
      }
    }
    for (const ThemeRule& t : kThemes) {
      if (!s.ok() || a->text.find(t.word) == std::string::npos) continue;
      a->themes.insert(t.theme);
      s = Run("INSERT INTO themes(article_id, theme, score) VALUES(?, ?, 1.0)", {a->id, t.theme});
    }
    for (const ThemeRule& ev : kEvents) {
      for (size_t p : Occurrences(a->text, ev.word)) {
        if (!s.ok()) break;
        a->event_types.insert(ev.theme);
        s = Run("INSERT INTO events(article_id, type, actor, actor_entity_id, location_entity_id, trigger_start, "
                "trigger_end, trigger_text, sentence_start, sentence_end) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                {a->id, ev.theme, first_org ? "" : "security services", Id(first_org), Id(first_place), int64_t(p),
                 int64_t(p + std::string(ev.word).size()), ev.word, int64_t(0), int64_t(p)});
        model_.events.push_back({db_.LastInsertRowid(), a->id, first_place, ev.theme});
      }
    }
    for (size_t open = a->text.find('"'); s.ok() && open != std::string::npos;) {
      size_t close = a->text.find('"', open + 1);
      if (close == std::string::npos) break;
      std::string quote = a->text.substr(open + 1, close - open - 1);
      if (std::count(quote.begin(), quote.end(), ' ') >= 3 && quote.find('\n') == std::string::npos) {
        s = Run("INSERT INTO quotes(article_id, start, \"end\", text, speaker_entity_id, speaker_name) "
                "VALUES(?, ?, ?, ?, ?, ?)",
                {a->id, int64_t(open + 1), int64_t(close), quote, Id(first_person),
                 first_person ? kNames[first_person - 1].name : ""});
        model_.quotes.push_back({db_.LastInsertRowid(), a->id, first_person, quote});
      }
      open = a->text.find('"', close + 1);
    }
    return s;
  }

  // One story per published month of 2019 and 2020, instead of the stories AddArticles made.
  Status WriteStories() {
    Status cleared = db_.Exec("DELETE FROM story_articles; DELETE FROM stories;");
    if (!cleared.ok()) return cleared;
    std::map<std::string, ModelStory> by_month;
    for (const ModelArticle& a : model_.articles) {
      if (a.published.size() < 7 || (a.published.substr(0, 4) != "2019" && a.published.substr(0, 4) != "2020")) continue;
      ModelStory& story = by_month[a.published.substr(0, 7)];
      story.articles.push_back(a.id);
      if (story.first.empty() || a.published < story.first) story.first = a.published;
      if (a.published > story.last) story.last = a.published;
    }
    Status s;
    int64_t id = 0;
    for (auto& [month, story] : by_month) {
      story.id = ++id;
      s = Run("INSERT INTO stories(id, label, first_published, last_published) VALUES(?, ?, ?, ?)",
              {story.id, "news of " + month, story.first, story.last});
      for (int64_t article : story.articles) {
        if (s.ok()) s = Run("INSERT INTO story_articles(article_id, story_id) VALUES(?, ?)", {article, story.id});
      }
      if (!s.ok()) return s;
      model_.stories.push_back(story);
    }
    return s;
  }

  fs::path dir_;
  std::string path_;
  sqlite::Database db_;
  Model model_;
  Status status_;
};

class QueryTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { fixture_ = new Fixture(); }
  static void TearDownTestSuite() {
    delete fixture_;
    fixture_ = nullptr;
  }
  void SetUp() override {
    ASSERT_TRUE(fixture_->status().ok()) << fixture_->status().ToString();
    ASSERT_TRUE(StoreReader::Open(fixture_->path(), QueryOptions(), &reader_).ok());
  }
  const Model& model() const { return fixture_->model(); }

  // The ids the full-text index matches for `query` without any filter.
  std::set<int64_t> FtsMatches(const std::string& query) {
    std::set<int64_t> ids;
    sqlite::Statement st;
    EXPECT_TRUE(fixture_->db()->Prepare("SELECT rowid & 4294967295 FROM articles_fts WHERE articles_fts MATCH ?", &st).ok());
    st.Bind(1, std::string_view(query));
    bool row = false;
    while (st.Step(&row).ok() && row) ids.insert(st.Int(0));
    return ids;
  }

  // Brute force: the articles `request` should find.
  std::vector<const ModelArticle*> Expected(const ArticleSearch& request) {
    std::set<int64_t> fts;
    if (!request.query.empty()) fts = FtsMatches(request.query);
    std::vector<const ModelArticle*> out;
    for (const ModelArticle& a : model().articles) {
      std::string day = a.published.substr(0, 10);
      bool dated = day.size() == 10;
      if (!request.query.empty() && !fts.count(a.id)) continue;
      if (!request.from.empty() && (!dated || day < request.from)) continue;
      if (!request.to.empty() && (!dated || day > request.to)) continue;
      if (!request.lang.empty() && a.lang != request.lang) continue;
      if (!request.source.empty() && a.host != request.source) continue;
      if (!request.entities.empty() &&
          std::none_of(request.entities.begin(), request.entities.end(), [&](int64_t e) { return a.entities.count(e); })) {
        continue;
      }
      if (!request.theme.empty() && !a.themes.count(request.theme)) continue;
      if (!request.event.empty() && !a.event_types.count(request.event)) continue;
      out.push_back(&a);
    }
    return out;
  }

  static Fixture* fixture_;
  std::unique_ptr<StoreReader> reader_;
};

Fixture* QueryTest::fixture_ = nullptr;

// Counts sorted as the facets are: count descending, then key ascending, cut.
template <typename K>
std::vector<std::pair<K, uint64_t>> TopCounts(const std::map<K, uint64_t>& counts, size_t n) {
  std::vector<std::pair<K, uint64_t>> v(counts.begin(), counts.end());
  std::stable_sort(v.begin(), v.end(), [](const auto& x, const auto& y) { return x.second > y.second; });
  if (v.size() > n) v.resize(n);
  return v;
}

std::vector<std::pair<std::string, uint64_t>> Pairs(const std::vector<ValueCount>& counts) {
  std::vector<std::pair<std::string, uint64_t>> v;
  for (const ValueCount& c : counts) v.emplace_back(c.value, c.count);
  return v;
}

// The facets `articles` make: counts sorted and cut as SearchFacets' are.
void ExpectFacetsOf(const std::vector<const ModelArticle*>& articles, const SearchFacets& f) {
  std::map<std::string, uint64_t> sources, themes, events, months;
  std::map<int64_t, uint64_t> entities;
  for (const ModelArticle* a : articles) {
    ++sources[a->host];
    for (const auto& t : a->themes) ++themes[t];
    for (const auto& t : a->event_types) ++events[t];
    for (int64_t e : a->entities) ++entities[e];
    if (a->published.size() >= 10) ++months[a->published.substr(0, 7)];
  }
  EXPECT_EQ(Pairs(f.sources), TopCounts(sources, 10));
  EXPECT_EQ(Pairs(f.themes), TopCounts(themes, 10));
  EXPECT_EQ(Pairs(f.events), TopCounts(events, 10));
  std::vector<std::pair<int64_t, uint64_t>> facet_entities;
  for (const EntityCount& e : f.entities) facet_entities.emplace_back(e.id, e.count);
  EXPECT_EQ(facet_entities, TopCounts(entities, 10));
  uint64_t dated = 0;
  for (const ValueCount& d : f.dates) dated += d.count;
  uint64_t want_dated = 0;
  for (const auto& [m, n] : months) want_dated += n;
  EXPECT_EQ(dated, want_dated);
  EXPECT_TRUE(std::is_sorted(f.dates.begin(), f.dates.end(),
                             [](const ValueCount& x, const ValueCount& y) { return x.value < y.value; }));
}

TEST_F(QueryTest, SearchWithFiltersEqualsBruteForce) {
  struct Case {
    std::string query, from, to, lang, source, theme, event;
    std::vector<int64_t> entities;
  };
  const int64_t kUnitedStates = 7, kTrump = 1;
  const std::vector<Case> cases = {
      {""},  // everything: facets from the per-entity counts
      {"police"},
      {"police", "2019-01-01", "2019-12-31"},
      {"said", "2020-02-10", "2020-04-20", "en"},
      {"president OR minister", "", "", "", "news.example.com"},
      {"said", "", "", "", "", "", "", {kUnitedStates}},
      {"", "", "", "", "", "ELECTION"},
      {"", "", "", "", "", "", "ARREST"},
      {"", "2019-06-01", "", "fr"},
      {"", "", "", "", "", "", "", {kTrump, kUnitedStates}},
      {"\"health care\" OR hospital*", "2015-01-01", "2020-12-31", "", "", "HEALTH"},
      {"title:election", "", "2019-12-31"},
      {"zzzznotaword"},
  };
  for (const Case& c : cases) {
    ArticleSearch request;
    request.query = c.query;
    request.from = c.from;
    request.to = c.to;
    request.lang = c.lang;
    request.source = c.source;
    request.theme = c.theme;
    request.event = c.event;
    request.entities = c.entities;
    request.page.limit = 50;
    std::vector<const ModelArticle*> expected = Expected(request);
    SCOPED_TRACE("query '" + c.query + "' from " + c.from + " to " + c.to + " lang " + c.lang + " source " +
                 c.source + " theme " + c.theme + " event " + c.event);
    std::set<int64_t> found;
    SearchResult result;
    for (uint32_t offset = 0;; offset += request.page.limit) {
      request.page.offset = offset;
      ASSERT_TRUE(reader_->Search(request, &result).ok());
      ASSERT_EQ(result.total, expected.size());
      for (const SearchHit& h : result.hits) EXPECT_TRUE(found.insert(h.id).second) << "hit twice: " << h.id;
      if (result.hits.size() < request.page.limit) break;
    }
    std::set<int64_t> want;
    for (const ModelArticle* a : expected) want.insert(a->id);
    EXPECT_EQ(found, want);
    EXPECT_FALSE(result.facets_sampled);
    ExpectFacetsOf(expected, result.facets);
  }
}

// Facets over many matches are counted over the best ArticleSearch::facet_matches
// of them, and the result says so: here the page of the 40 best hits.
TEST_F(QueryTest, FacetsOfManyMatchesAreCountedOverTheBest) {
  ArticleSearch request;
  request.query = "said OR the";
  request.page.limit = 40;
  request.facet_matches = 40;
  SearchResult result;
  ASSERT_TRUE(reader_->Search(request, &result).ok());
  ASSERT_GT(result.total, 40u);
  EXPECT_TRUE(result.facets_sampled);
  ASSERT_EQ(result.hits.size(), 40u);
  std::vector<const ModelArticle*> best;
  for (const SearchHit& h : result.hits) best.push_back(&model().Article(h.id));
  ExpectFacetsOf(best, result.facets);
  EXPECT_EQ(SearchResultToJson(request.query, result)["facets_sampled"], true);

  request.query.clear();  // the newest 40 of the French articles, then of all
  for (const std::string lang : {"fr", ""}) {
    request.lang = lang;
    ASSERT_TRUE(reader_->Search(request, &result).ok());
    EXPECT_TRUE(result.facets_sampled) << lang;
    best.clear();
    for (const SearchHit& h : result.hits) best.push_back(&model().Article(h.id));
    ExpectFacetsOf(best, result.facets);
  }
}

TEST_F(QueryTest, EmptyQueryIsNewestFirstWithLeadSnippets) {
  ArticleSearch request;
  request.page.limit = 200;
  SearchResult result;
  ASSERT_TRUE(reader_->Search(request, &result).ok());
  EXPECT_EQ(result.total, model().articles.size());
  ASSERT_EQ(result.hits.size(), 200u);
  for (size_t i = 1; i < result.hits.size(); ++i) {
    EXPECT_GE(result.hits[i - 1].published, result.hits[i].published);
  }
  const ModelArticle& first = model().Article(result.hits[0].id);
  std::string lead = result.hits[0].snippet.substr(0, result.hits[0].snippet.size() - 4);
  EXPECT_EQ(first.text.substr(0, lead.size()), lead);
}

TEST_F(QueryTest, RankedHitsHaveBracketedSnippetsAndFallingScores) {
  ArticleSearch request;
  request.query = "police";
  SearchResult result;
  ASSERT_TRUE(reader_->Search(request, &result).ok());
  ASSERT_FALSE(result.hits.empty());
  for (size_t i = 0; i < result.hits.size(); ++i) {
    std::string snippet = result.hits[i].snippet;
    std::transform(snippet.begin(), snippet.end(), snippet.begin(), [](unsigned char c) { return std::tolower(c); });
    EXPECT_NE(snippet.find("[police"), std::string::npos) << snippet;
    if (i > 0) { EXPECT_GE(result.hits[i - 1].score, result.hits[i].score); }
  }
}

// The ids of every page of `request`'s hits.
std::set<int64_t> AllHitIds(StoreReader* reader, ArticleSearch request) {
  std::set<int64_t> ids;
  request.facets = false;
  request.page.limit = 50;
  SearchResult result;
  for (request.page.offset = 0;; request.page.offset += request.page.limit) {
    Status s = reader->Search(request, &result);
    EXPECT_TRUE(s.ok()) << s.ToString();
    for (const SearchHit& h : result.hits) ids.insert(h.id);
    if (!s.ok() || result.hits.size() < request.page.limit) return ids;
  }
}

// Date ranges are ranges of full-text keys (publication day, then id): a range of
// one day holds that day's articles, with or without a query or a language, and
// its neighbours do not; undated articles are found only without dates.
TEST_F(QueryTest, DateRangeEdgesAndUndatedArticles) {
  std::vector<const ModelArticle*> undated;
  for (const ModelArticle& a : model().articles) {
    if (a.published.size() < 10) undated.push_back(&a);
  }
  ASSERT_FALSE(undated.empty());
  for (size_t i = 0; i < model().articles.size(); i += 37) {
    const ModelArticle& a = model().articles[i];
    if (a.published.size() < 10) continue;
    const std::string day = a.published.substr(0, 10);
    for (const std::string& query : {std::string(), std::string("said OR the")}) {
      for (const std::string& lang : {std::string(), a.lang}) {
        ArticleSearch request;
        request.query = query;
        request.lang = lang;
        request.from = request.to = day;
        std::set<int64_t> expected;
        for (const ModelArticle* m : Expected(request)) expected.insert(m->id);
        SCOPED_TRACE(day + " query '" + query + "' lang " + lang);
        EXPECT_TRUE(expected.count(a.id) || !query.empty());
        EXPECT_EQ(AllHitIds(reader_.get(), request), expected);
      }
    }
  }
  for (const ModelArticle* a : undated) {
    ArticleSearch request;
    request.lang = a->lang;  // the full-text index without a query
    EXPECT_TRUE(AllHitIds(reader_.get(), request).count(a->id)) << a->id;
    request.from = std::to_string(kFacetFirstYear) + "-01-01";
    EXPECT_FALSE(AllHitIds(reader_.get(), request).count(a->id)) << a->id;
    request.lang.clear();  // the articles table
    EXPECT_FALSE(AllHitIds(reader_.get(), request).count(a->id)) << a->id;
  }
}

TEST_F(QueryTest, DateFacetIsByDayWithinSixtyTwoDays) {
  ArticleSearch request;
  request.from = "2020-03-01";
  request.to = "2020-04-15";
  SearchResult result;
  ASSERT_TRUE(reader_->Search(request, &result).ok());
  ASSERT_FALSE(result.facets.dates.empty());
  for (const ValueCount& d : result.facets.dates) EXPECT_EQ(d.value.size(), 10u) << d.value;
  request.from = "2019-01-01";
  ASSERT_TRUE(reader_->Search(request, &result).ok());
  for (const ValueCount& d : result.facets.dates) EXPECT_EQ(d.value.size(), 7u) << d.value;
}

TEST_F(QueryTest, BadParametersAreInvalidArgumentsNamingThem) {
  struct Case {
    ArticleSearch request;
    std::string prefix;
  };
  std::vector<Case> cases(7);
  cases[0].request.query = "\"unbalanced";
  cases[0].prefix = "q: ";
  cases[1].request.query = "police)";
  cases[1].prefix = "q: ";
  cases[2].request.query = "AND";
  cases[2].prefix = "q: ";
  cases[3].request.query = "nosuchcolumn:word";
  cases[3].prefix = "q: ";
  cases[4].request.from = "2020-13-01";
  cases[4].prefix = "from: ";
  cases[5].request.page.limit = 201;
  cases[5].prefix = "limit: ";
  cases[6].request.lang = "english";
  cases[6].prefix = "lang: ";
  for (const Case& c : cases) {
    SearchResult result;
    Status s = reader_->Search(c.request, &result);
    EXPECT_EQ(s.code(), Status::Code::kInvalidArgument) << s.ToString();
    EXPECT_TRUE(s.message().starts_with(c.prefix)) << s.message();
  }
  QuoteRequest quotes;
  quotes.query = "(open";
  QuoteList list;
  EXPECT_EQ(reader_->Quotes(quotes, &list).code(), Status::Code::kInvalidArgument);
  quotes.query = "\"open";
  EXPECT_EQ(reader_->Quotes(quotes, &list).code(), Status::Code::kInvalidArgument);
  EventRequest events;
  events.country = "USA";
  EventList event_list;
  EXPECT_EQ(reader_->Events(events, &event_list).code(), Status::Code::kInvalidArgument);
  EntityListRequest entities;
  entities.type = "CITY";
  EntityList entity_list;
  EXPECT_EQ(reader_->Entities(entities, &entity_list).code(), Status::Code::kInvalidArgument);
  EntityPage page;
  EXPECT_EQ(reader_->Entity(9999, &page).code(), Status::Code::kNotFound);
  StoryPage story;
  EXPECT_EQ(reader_->Story(9999, &story).code(), Status::Code::kNotFound);
}

TEST_F(QueryTest, EntitiesByMentionsTypeAndAccentInsensitivePrefix) {
  std::map<int64_t, uint64_t> mentions, articles;
  for (const ModelArticle& a : model().articles) {
    for (const auto& [e, n] : a.mentions) {
      mentions[e] += n;
      ++articles[e];
    }
  }
  EntityListRequest request;
  request.page.limit = 100;
  EntityList list;
  ASSERT_TRUE(reader_->Entities(request, &list).ok());
  EXPECT_EQ(list.total, mentions.size());
  auto expected = TopCounts(mentions, 100);
  ASSERT_EQ(list.entities.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(list.entities[i].id, expected[i].first);
    EXPECT_EQ(list.entities[i].mentions, expected[i].second);
    EXPECT_EQ(list.entities[i].articles, articles[expected[i].first]);
  }

  request.type = "LOCATION";
  ASSERT_TRUE(reader_->Entities(request, &list).ok());
  for (const EntitySummary& e : list.entities) EXPECT_EQ(e.type, "LOCATION");
  EXPECT_GT(list.total, 3u);

  auto names = [&](const std::string& prefix) {
    EntityListRequest r;
    r.prefix = prefix;
    EntityList l;
    EXPECT_TRUE(reader_->Entities(r, &l).ok());
    std::set<std::string> out;
    for (const EntitySummary& e : l.entities) out.insert(e.name);
    return out;
  };
  EXPECT_EQ(names("SALE"), std::set<std::string>({"Salé"}));
  EXPECT_EQ(names("united"), std::set<std::string>({"United States", "United Nations"}));
  EXPECT_EQ(names("united st"), std::set<std::string>({"United States"}));
  EXPECT_EQ(names("abdelhak el"), std::set<std::string>({"Abdelhak El Khiam"}));
  EXPECT_EQ(names("khiam"), std::set<std::string>());  // a prefix of the name, not any word

  std::vector<int64_t> ids;
  ASSERT_TRUE(reader_->ResolveEntity("sale", &ids).ok());
  EXPECT_EQ(ids, std::vector<int64_t>({13}));
  ASSERT_TRUE(reader_->ResolveEntity("United", &ids).ok());
  EXPECT_TRUE(ids.empty());
}

TEST_F(QueryTest, EntityPageAgreesWithTheRows) {
  const int64_t kUnitedStates = 7;
  EntityPage page;
  ASSERT_TRUE(reader_->Entity(kUnitedStates, &page).ok());
  EXPECT_EQ(page.entity.name, "United States");
  ASSERT_TRUE(page.location.has_value());
  EXPECT_EQ(page.location->country, "US");
  uint64_t mentions = 0, dated_mentions = 0, articles = 0;
  std::map<int64_t, uint64_t> co;
  for (const ModelArticle& a : model().articles) {
    auto it = a.mentions.find(kUnitedStates);
    if (it == a.mentions.end()) continue;
    mentions += it->second;
    ++articles;
    if (a.published.size() >= 10) dated_mentions += it->second;
    for (int64_t e : a.entities) if (e != kUnitedStates) ++co[e];
  }
  EXPECT_EQ(page.entity.mentions, mentions);
  EXPECT_EQ(page.entity.articles, articles);
  uint64_t timeline = 0;
  for (const ValueCount& d : page.timeline) timeline += d.count;
  EXPECT_EQ(timeline, dated_mentions);
  std::map<std::string, uint64_t> by_month, got_by_month;  // the corpus spans years: monthly buckets
  for (const ModelArticle& a : model().articles) {
    auto it = a.mentions.find(kUnitedStates);
    if (it != a.mentions.end() && a.published.size() >= 10) by_month[a.published.substr(0, 7)] += it->second;
  }
  for (const ValueCount& d : page.timeline) got_by_month[d.value] = d.count;
  EXPECT_GT(by_month.size(), 4u);
  EXPECT_EQ(got_by_month, by_month);
  std::vector<std::pair<int64_t, uint64_t>> got;
  for (const EntityCount& e : page.co_mentioned) got.emplace_back(e.id, e.count);
  EXPECT_EQ(got, TopCounts(co, 50));
  EXPECT_EQ(page.articles.size(), std::min<uint64_t>(articles, 50));
  for (const ArticleRef& a : page.articles) EXPECT_TRUE(model().Article(a.id).entities.count(kUnitedStates));
  std::set<int64_t> about;  // quotes whose text names the United States
  for (const ModelQuote& q : model().quotes) {
    if (q.text.find("United States") != std::string::npos) about.insert(q.id);
  }
  ASSERT_FALSE(about.empty());
  std::set<int64_t> got_about;
  for (const QuoteRecord& q : page.quotes_about) got_about.insert(q.id);
  EXPECT_EQ(got_about.size(), std::min<size_t>(about.size(), 50));
  EXPECT_TRUE(std::includes(about.begin(), about.end(), got_about.begin(), got_about.end()));

  ASSERT_TRUE(reader_->Entity(3, &page).ok());  // Abdelhak El Khiam: the quote in the Salé article
  ASSERT_EQ(page.quotes_by.size(), 1u);
  EXPECT_EQ(page.quotes_by[0].text, "Really I was frightened by what we saw happen in Barcelona,");
  ASSERT_TRUE(page.quotes_by[0].speaker.has_value());
  EXPECT_EQ(page.quotes_by[0].speaker->name, "Abdelhak El Khiam");
}

// The entity's latest articles are the same whether they are found by walking
// all articles newest first (few latest of many: a top entity at a million
// articles) or by sorting the entity's articles.
TEST_F(QueryTest, EntityPageLatestArticlesWalkedOrSorted) {
  const int64_t kUnitedStates = 7;
  std::vector<std::pair<std::string, int64_t>> newest;
  for (const ModelArticle& a : model().articles) {
    if (a.entities.count(kUnitedStates)) newest.emplace_back(a.published, a.id);
  }
  std::sort(newest.rbegin(), newest.rend());
  for (uint32_t latest : {5u, 1000u}) {  // 5 x 337 articles / ~100 of the entity's: walked; 1000: sorted
    QueryOptions options;
    options.entity_page_articles = latest;
    std::unique_ptr<StoreReader> reader;
    ASSERT_TRUE(StoreReader::Open(fixture_->path(), options, &reader).ok());
    EntityPage page;
    ASSERT_TRUE(reader->Entity(kUnitedStates, &page).ok());
    ASSERT_GT(page.entity.articles * page.entity.articles, 5 * model().articles.size());
    std::vector<int64_t> got, want;
    for (const ArticleRef& a : page.articles) got.push_back(a.id);
    for (size_t i = 0; i < std::min<size_t>({newest.size(), latest, 50}); ++i) want.push_back(newest[i].second);
    EXPECT_EQ(got, want) << latest;
  }
}

// A speaker's quotes, newest first, are the same whether a page is read by
// walking the articles newest first (a small page of many quotes: a top speaker
// of a million articles) or by sorting all of them.
TEST_F(QueryTest, QuotesOfATopSpeakerWalkedOrSorted) {
  std::map<int64_t, uint64_t> spoken;
  for (const ModelQuote& q : model().quotes) {
    if (q.speaker != 0) ++spoken[q.speaker];
  }
  ASSERT_FALSE(spoken.empty());
  auto top = std::max_element(spoken.begin(), spoken.end(),
                              [](const auto& a, const auto& b) { return a.second < b.second; });
  QuoteRequest all;
  all.speaker_id = top->first;
  all.page = {200, 0};  // 200 x 337 articles / its quotes > its quotes: sorted
  QuoteList sorted;
  ASSERT_TRUE(reader_->Quotes(all, &sorted).ok());
  ASSERT_EQ(sorted.total, top->second);
  ASSERT_EQ(sorted.quotes.size(), std::min<uint64_t>(top->second, 200));
  for (uint32_t offset : {0u, 1u}) {
    QuoteRequest one = all;
    one.page = {1, offset};
    ASSERT_LT((offset + 1) * model().articles.size(), sorted.total * sorted.total);  // walked
    QuoteList got;
    ASSERT_TRUE(reader_->Quotes(one, &got).ok());
    ASSERT_EQ(got.quotes.size(), 1u);
    EXPECT_EQ(got.quotes[0].id, sorted.quotes[offset].id) << offset;
  }
}

TEST_F(QueryTest, QuotesBySpeakerAndWords) {
  QuoteRequest request;
  request.speaker_name = "el khiam";
  QuoteList list;
  ASSERT_TRUE(reader_->Quotes(request, &list).ok());
  ASSERT_EQ(list.total, 1u);
  EXPECT_EQ(list.quotes[0].article_title, "Moroccan Anti-Terror Chief Promises Doubled Efforts");

  request = QuoteRequest();
  request.speaker_id = 1;  // Trump
  request.page.limit = 200;
  ASSERT_TRUE(reader_->Quotes(request, &list).ok());
  uint64_t by_trump = std::count_if(model().quotes.begin(), model().quotes.end(),
                                    [](const ModelQuote& q) { return q.speaker == 1; });
  EXPECT_EQ(list.total, by_trump);
  for (size_t i = 1; i < list.quotes.size(); ++i) EXPECT_GE(list.quotes[i - 1].published, list.quotes[i].published);

  request = QuoteRequest();
  request.query = "people";
  request.page.limit = 200;
  ASSERT_TRUE(reader_->Quotes(request, &list).ok());
  EXPECT_GT(list.total, 0u);
  auto has_word = [](const std::string& text) {
    return text.find("people") != std::string::npos || text.find("People") != std::string::npos;
  };
  for (const QuoteRecord& q : list.quotes) EXPECT_TRUE(has_word(q.text)) << q.text;
  uint64_t with_word = std::count_if(model().quotes.begin(), model().quotes.end(),
                                     [&](const ModelQuote& q) { return has_word(q.text); });
  EXPECT_LE(list.total, with_word);  // stemming may match more forms, never fewer words
  EXPECT_GE(list.total, with_word / 2);
}

TEST_F(QueryTest, EventsByTypeCountryAndDates) {
  EventRequest request;
  request.type = "arrest";
  request.country = "ma";
  EventList list;
  ASSERT_TRUE(reader_->Events(request, &list).ok());
  ASSERT_EQ(list.total, 1u);  // "every arrest in Morocco"
  const EventRecord& e = list.events[0];
  EXPECT_EQ(e.type, "ARREST");
  ASSERT_TRUE(e.location.has_value());
  EXPECT_EQ(e.location->name, "Salé");
  EXPECT_EQ(e.location->country, "MA");
  ASSERT_TRUE(e.actor.has_value());
  EXPECT_EQ(e.actor->id, 0);
  EXPECT_EQ(e.actor->name, "security services");
  EXPECT_EQ(e.trigger_text, "arrested");

  request = EventRequest();
  request.from = "2019-01-01";
  request.to = "2019-12-31";
  request.page.limit = 200;
  ASSERT_TRUE(reader_->Events(request, &list).ok());
  uint64_t in_2019 = std::count_if(model().events.begin(), model().events.end(), [&](const ModelEvent& ev) {
    return model().Article(ev.article_id).published.starts_with("2019");
  });
  EXPECT_EQ(list.total, in_2019);
  for (const EventRecord& ev : list.events) EXPECT_TRUE(ev.published.starts_with("2019"));
}

// A short page of many matches is read by walking the articles newest first, a
// long one by sorting all the matches (event_queries.cc): both give the model's order.
TEST_F(QueryTest, EventsNewestFirstWhicheverWayThePageIsRead) {
  std::vector<std::pair<std::string, int64_t>> expected;  // (published, event id), newest first
  for (const ModelEvent& ev : model().events) expected.push_back({model().Article(ev.article_id).published, ev.id});
  std::sort(expected.rbegin(), expected.rend());
  ASSERT_GT(expected.size(), 60u) << "enough events for a walk over the newest articles";
  EventRequest request;
  request.page.limit = 100;  // the last pages end near the total: sorted
  for (request.page.offset = 0; request.page.offset < expected.size(); request.page.offset += 100) {
    EventList list;
    ASSERT_TRUE(reader_->Events(request, &list).ok());
    for (size_t i = 0; i < list.events.size(); ++i) {
      EXPECT_EQ(list.events[i].id, expected[request.page.offset + i].second) << request.page.offset + i;
    }
  }
  request.page.limit = 5;
  request.page.offset = 3;
  EventList page;
  ASSERT_TRUE(reader_->Events(request, &page).ok());
  EXPECT_EQ(page.total, expected.size());
  ASSERT_EQ(page.events.size(), 5u);
  for (size_t i = 0; i < 5; ++i) EXPECT_EQ(page.events[i].id, expected[i + 3].second) << i;
}

TEST_F(QueryTest, StoriesByActivityAndInPublishedOrder) {
  StoryRequest request;
  request.page.limit = 100;
  StoryList list;
  ASSERT_TRUE(reader_->Stories(request, &list).ok());
  EXPECT_EQ(list.total, model().stories.size());
  for (size_t i = 1; i < list.stories.size(); ++i) EXPECT_GE(list.stories[i - 1].last_seen, list.stories[i].last_seen);
  request.from = "2020-03-01";
  request.to = "2020-03-31";
  ASSERT_TRUE(reader_->Stories(request, &list).ok());
  ASSERT_EQ(list.total, 1u);
  EXPECT_EQ(list.stories[0].label, "news of 2020-03");
  StoryPage page;
  ASSERT_TRUE(reader_->Story(list.stories[0].id, &page).ok());
  EXPECT_EQ(page.articles.size(), page.story.articles);
  EXPECT_FALSE(page.story.outlets.empty());
  for (size_t i = 1; i < page.articles.size(); ++i) EXPECT_LE(page.articles[i - 1].published, page.articles[i].published);
}

TEST_F(QueryTest, MapCountsArticlesPerPlace) {
  MapRequest request;
  std::vector<MapPlace> places;
  ASSERT_TRUE(reader_->Map(request, &places).ok());
  std::map<int64_t, uint64_t> all;
  for (const ModelArticle& a : model().articles) {
    for (int64_t e : a.entities) if (kNames[e - 1].country != nullptr) ++all[e];
  }
  ASSERT_EQ(places.size(), all.size());
  for (const MapPlace& p : places) EXPECT_EQ(p.count, all[p.entity_id]) << p.name;

  request.query = "police";
  request.from = "2019-01-01";
  ASSERT_TRUE(reader_->Map(request, &places).ok());
  ArticleSearch search;
  search.query = "police";
  search.from = "2019-01-01";
  std::map<int64_t, uint64_t> matched;
  for (const ModelArticle* a : Expected(search)) {
    for (int64_t e : a->entities) if (kNames[e - 1].country != nullptr) ++matched[e];
  }
  ASSERT_EQ(places.size(), matched.size());
  for (const MapPlace& p : places) EXPECT_EQ(p.count, matched[p.entity_id]) << p.name;
}

TEST_F(QueryTest, ConcurrentCallsGiveTheSameAnswers) {
  ArticleSearch request;
  request.query = "said";
  request.from = "2019-01-01";
  SearchResult alone;
  ASSERT_TRUE(reader_->Search(request, &alone).ok());
  std::vector<std::thread> threads;
  std::vector<int> same(8, 0);
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 10; ++i) {
        SearchResult r;
        if (reader_->Search(request, &r).ok() && r.total == alone.total && r.hits.size() == alone.hits.size() &&
            r.hits[0].id == alone.hits[0].id) {
          ++same[t];
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  for (int n : same) EXPECT_EQ(n, 10);
}

// A hit's missing fields are null, never "", as in the other answers (docs/api.md).
TEST_F(QueryTest, MissingHitFieldsAreNull) {
  ArticleSearch request;
  request.page.limit = 200;
  SearchResult result;
  ASSERT_TRUE(reader_->Search(request, &result).ok());
  nlohmann::json j = SearchResultToJson("", result);
  ASSERT_FALSE(j["hits"].empty());
  for (const nlohmann::json& hit : j["hits"]) {
    for (const char* key : {"title", "url", "published", "source", "snippet"}) {
      ASSERT_TRUE(hit.contains(key)) << key;
      EXPECT_NE(hit[key], "") << key << " of hit " << hit["id"];
    }
  }
  SearchHit bare;
  bare.id = 5;
  bare.title = "Only a title";
  nlohmann::json hit = SearchHitToJson(bare);
  EXPECT_EQ(hit["title"], "Only a title");
  for (const char* key : {"url", "published", "source", "snippet"}) EXPECT_TRUE(hit[key].is_null()) << key;
}

TEST_F(QueryTest, JsonHasTheApiShapes) {
  ArticleSearch request;
  request.query = "police";
  SearchResult result;
  ASSERT_TRUE(reader_->Search(request, &result).ok());
  nlohmann::json j = SearchResultToJson("police", result);
  EXPECT_EQ(j["query"], "police");
  EXPECT_EQ(j["total"], result.total);
  for (const char* key : {"id", "title", "url", "published", "source", "snippet", "score"}) {
    EXPECT_TRUE(j["hits"][0].contains(key)) << key;
  }
  for (const char* key : {"sources", "entities", "themes", "events", "dates"}) EXPECT_TRUE(j["facets"].contains(key));
  EXPECT_TRUE(j["facets"]["dates"][0].contains("date"));
  EXPECT_TRUE(j["facets"]["entities"][0].contains("type"));

  EntityPage page;
  ASSERT_TRUE(reader_->Entity(3, &page).ok());
  j = EntityPageToJson(page);
  for (const char* key : {"id", "type", "name", "mentions", "articles", "location", "timeline", "co_mentioned",
                          "quotes_by", "quotes_about", "articles"}) {
    EXPECT_TRUE(j.contains(key)) << key;
  }
  EXPECT_TRUE(j["location"].is_null());
  nlohmann::json quote = j["quotes_by"][0];
  for (const char* key : {"id", "article_id", "article_title", "published", "text", "start", "end", "speaker",
                          "speaker_name", "partial"}) {
    EXPECT_TRUE(quote.contains(key)) << key;
  }
  EXPECT_EQ(quote["speaker"]["name"], "Abdelhak El Khiam");

  EventRequest events;
  events.country = "MA";
  events.type = "ARREST";
  EventList list;
  ASSERT_TRUE(reader_->Events(events, &list).ok());
  j = EventListToJson(list)["events"][0];
  EXPECT_EQ(j["actor"]["entity"], nullptr);
  EXPECT_EQ(j["location"]["country"], "MA");
  EXPECT_EQ(j["trigger"]["text"], "arrested");

  std::vector<MapPlace> places;
  ASSERT_TRUE(reader_->Map(MapRequest(), &places).ok());
  j = MapToJson(places)["places"][0];
  for (const char* key : {"entity_id", "name", "country", "admin1", "lat", "lon", "kind", "count"}) {
    EXPECT_TRUE(j.contains(key)) << key;
  }
}

}  // namespace
}  // namespace lede
