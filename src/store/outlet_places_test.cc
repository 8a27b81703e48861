// Outlet homes in the store: Store::Add counts the towns and counties of each
// analysed article it stores by the article's host, OutletPlaces reads them back,
// merging sums them, and migration 13 counts an older store's.
#include "store/outlet_places.h"

#include <unistd.h>

#include <filesystem>
#include <memory>

#include <gtest/gtest.h>

#include "store/check.h"
#include "store/demo_store.h"
#include "store/merge.h"
#include "store/schema.h"
#include "store/sqlite.h"

namespace lede {
namespace {

namespace fs = std::filesystem;

struct NamedPlace {
  std::string name, admin1, kind;
  uint32_t geonames_id;
};

const NamedPlace kBerea{"Berea", "US.KY", "city", 4285268};
const NamedPlace kLexington{"Lexington", "US.KY", "city", 4297983};
const NamedPlace kMadisonCounty{"Madison County", "US.KY", "admin2", 4298394};
const NamedPlace kKentucky{"Kentucky", "US.KY", "admin1", 6254925};
const NamedPlace kCanada{"Canada", "", "country", 6251999};
const NamedPlace kRichmondVirginia{"Richmond", "US.VA", "city", 4781708};

// An analysed article at `url` whose text names `places`, each a LOCATION entity
// geocoded to it.
NewArticle Placed(const std::string& url, const std::vector<NamedPlace>& places) {
  NewArticle out;
  out.article.url = url;
  out.article.text = "Reported from";
  Analysis analysis;
  for (const NamedPlace& p : places) {
    const uint32_t start = static_cast<uint32_t>(out.article.text.size()) + 1;
    out.article.text += " " + p.name + ",";
    const int64_t id = static_cast<int64_t>(analysis.entities.size()) + 1;
    analysis.entities.push_back({id, "LOCATION", p.name, {}, {{start, start + static_cast<uint32_t>(p.name.size())}}, {}});
    analysis.places.push_back({id, p.name, p.admin1.substr(0, 2), p.admin1, 0, 0, p.geonames_id, p.kind});
  }
  out.article.text += " on Monday.";
  out.analysis = std::move(analysis);
  return out;
}

class OutletPlacesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("lede_outlet_places_test_" + std::to_string(getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Path(const std::string& name) const { return (dir_ / name).string(); }

  std::unique_ptr<Store> Open(const std::string& name) {
    std::unique_ptr<Store> store;
    Status s = Store::Open(Path(name), {}, &store);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return store;
  }

  static OutletPlaceCounts Places(Store* store) {
    OutletPlaceCounts places;
    Status s = store->OutletPlaces(&places);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return places;
  }

  fs::path dir_;
};

TEST_F(OutletPlacesTest, AddCountsTheTownsAndCountiesOfTheArticlesItStores) {
  const NewArticle berea = Placed("https://www.richmondregister.com/news/1", {kBerea, kLexington, kKentucky});
  NewArticle copy = berea;  // the same text under another URL: not stored, not counted
  copy.article.url = "https://www.richmondregister.com/news/1-copy";
  NewArticle from_file = Placed("", {kBerea, kLexington});  // no host, no outlet
  from_file.article.text += " From a file.";
  NewArticle unanalysed{Placed("https://www.richmondregister.com/news/3", {kBerea}).article, std::nullopt};
  const std::vector<NewArticle> batch = {
      berea, Placed("https://www.richmondregister.com/news/2", {kMadisonCounty, kCanada}),
      Placed("https://richmond.com/news/1", {kRichmondVirginia}), copy, from_file, unanalysed};
  const OutletPlaceCounts expected = {{"richmond.com", {{"US.VA", 1}}},
                                      {"richmondregister.com", {{"US.KY", 3}}}};
  {
    auto store = Open("store.db");
    ASSERT_TRUE(store);
    EXPECT_TRUE(Places(store.get()).empty());
    AddResult added;
    ASSERT_TRUE(store->Add(batch, &added).ok());
    EXPECT_EQ(added.added, 5u);
    EXPECT_EQ(added.existing, 1u);
    EXPECT_EQ(Places(store.get()), expected);
    ASSERT_TRUE(store->Add(batch, &added).ok());  // all stored already: nothing counted twice
    EXPECT_EQ(added.existing, batch.size());
    EXPECT_EQ(Places(store.get()), expected);
  }
  auto store = Open("store.db");
  ASSERT_TRUE(store);
  EXPECT_EQ(Places(store.get()), expected);
  ASSERT_TRUE(store->Add({Placed("https://richmondregister.com/news/4", {kLexington, kMadisonCounty})}, nullptr).ok());
  EXPECT_EQ(Places(store.get())["richmondregister.com"]["US.KY"], 5);
}

// WouldAdd answers as Add then decides: a stored URL or text, or one that an
// earlier article of the batch brings, is not added.
TEST_F(OutletPlacesTest, WouldAddPredictsWhatAddStores) {
  auto store = Open("store.db");
  ASSERT_TRUE(store);
  const NewArticle stored = Placed("https://example.com/stored", {kBerea});
  ASSERT_TRUE(store->Add({stored}, nullptr).ok());
  NewArticle same_text = stored;
  same_text.article.url = "https://example.com/moved";
  const NewArticle fresh = Placed("https://example.com/fresh", {kLexington});
  NewArticle fresh_canonical = Placed("https://example.com/fresh?utm_source=feed", {kMadisonCounty});
  NewArticle fresh_text = fresh;
  fresh_text.article.url = "https://example.com/fresh-again";
  const std::vector<NewArticle> batch = {stored, same_text, fresh, fresh_canonical, fresh_text,
                                         Placed("https://example.com/other", {kMadisonCounty, kBerea})};
  std::vector<bool> would;
  ASSERT_TRUE(store->WouldAdd(batch, &would).ok());
  EXPECT_EQ(would, (std::vector<bool>{false, false, true, false, false, true}));
  AddResult added;
  ASSERT_TRUE(store->Add(batch, &added).ok());
  EXPECT_EQ(added.added, 2u);
  EXPECT_EQ(Places(store.get())["example.com"]["US.KY"], 4);  // Berea; Lexington; Madison County, Berea
}

// A merged store counts each article once, as if it had been added to it directly;
// merging a shard again changes nothing.
TEST_F(OutletPlacesTest, MergingShardsSumsTheirCounts) {
  const NewArticle shared = Placed("https://richmondregister.com/news/1", {kBerea, kLexington});
  {
    auto a = Open("a.db"), b = Open("b.db");
    ASSERT_TRUE(a && b);
    ASSERT_TRUE(a->Add({shared, Placed("https://richmond.com/1", {kRichmondVirginia})}, nullptr).ok());
    ASSERT_TRUE(b->Add({Placed("https://richmondregister.com/news/2", {kMadisonCounty}), shared}, nullptr).ok());
  }
  auto merged = Open("merged.db");
  ASSERT_TRUE(merged);
  AddResult totals;
  for (int round = 0; round < 2; ++round) {
    ASSERT_TRUE(MergeStore(Path("a.db"), 1, merged.get(), &totals).ok());
    ASSERT_TRUE(MergeStore(Path("b.db"), 1, merged.get(), &totals).ok());
    EXPECT_EQ(Places(merged.get()), (OutletPlaceCounts{{"richmond.com", {{"US.VA", 1}}},
                                                       {"richmondregister.com", {{"US.KY", 3}}}}))
        << "round " << round;
  }
  EXPECT_EQ(totals.added, 3u);
}

// A store written before outlet_places (schema 12) gets its counts when it is
// opened: per host and admin1, one per town or county entity per article.
TEST_F(OutletPlacesTest, Migration13CountsAnOlderStoresOutlets) {
  {
    sqlite::Database db;
    ASSERT_TRUE(db.Open(Path("v12.db"), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE).ok());
    ASSERT_TRUE(MigrateSchema(&db, 12).ok());
    const Status s = db.Exec(R"sql(
INSERT INTO sources(id, host) VALUES(1, 'richmondregister.com'), (2, 'richmond.com');
INSERT INTO documents(id, url, canonical_url, content_hash, source_id) VALUES
  (1, 'u1', 'u1', 1, 1), (2, 'u2', 'u2', 2, 1), (3, 'u3', 'u3', 3, 2), (4, 'u4', 'u4', 4, NULL);
INSERT INTO articles(id, text) VALUES(1, 'a'), (2, 'b'), (3, 'c'), (4, 'd');
INSERT INTO entities(id, type, name, geonames_id) VALUES
  (1, 'LOCATION', 'Berea', 4285268), (2, 'LOCATION', 'Madison County', 4298394),
  (3, 'LOCATION', 'Kentucky', 6254925), (4, 'LOCATION', 'Richmond', 4781708),
  (5, 'PERSON', 'Ada Berea', NULL), (6, 'LOCATION', 'Nowhere', NULL);
INSERT INTO locations(entity_id, name, country, admin1, geonames_id, kind) VALUES
  (1, 'Berea', 'US', 'US.KY', 4285268, 'city'), (2, 'Madison County', 'US', 'US.KY', 4298394, 'admin2'),
  (3, 'Kentucky', 'US', 'US.KY', 6254925, 'admin1'), (4, 'Richmond', 'US', 'US.VA', 4781708, 'city'),
  (6, 'Nowhere', 'XX', '', NULL, 'city');
INSERT INTO article_entities(article_id, entity_id, ordinal, place_ordinal) VALUES
  (1, 1, 0, 0), (1, 3, 1, 1), (1, 5, 2, NULL), (1, 6, 3, 2),
  (2, 1, 0, 0), (2, 2, 1, 1),
  (3, 4, 0, 0),
  (4, 1, 0, 0), (4, 2, 1, 1);
)sql");
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  auto store = Open("v12.db");
  ASSERT_TRUE(store);
  StoreStats stats;
  ASSERT_TRUE(store->Stats(&stats).ok());
  EXPECT_EQ(stats.schema_version, CurrentSchemaVersion());
  EXPECT_EQ(Places(store.get()), (OutletPlaceCounts{{"richmond.com", {{"US.VA", 1}}},
                                                    {"richmondregister.com", {{"US.KY", 3}}}}));
}

// On the demo corpus as `lede ingest` stores it: migration 13 recounts from the
// stored layers exactly what ingest counted (as `lede check` verifies), and a
// merged copy has the same counts.
TEST_F(OutletPlacesTest, IngestMigrationAndMergeCountAlike) {
  Status s;
  const std::string& demo = testing::SharedDemoStore(&s);
  ASSERT_TRUE(s.ok()) << s.ToString();
  OutletPlaceCounts ingested;
  {
    StoreOptions read_only;
    read_only.read_only = true;
    std::unique_ptr<Store> store;
    ASSERT_TRUE(Store::Open(demo, read_only, &store).ok());
    ingested = Places(store.get());
  }
  double total = 0;
  for (const auto& [host, counts] : ingested) {
    for (const auto& [admin1, count] : counts) total += count;
  }
  EXPECT_GT(total, 500) << "the demo corpus names hundreds of towns";
  StoreCheckReport report;
  ASSERT_TRUE(CheckStore(demo, &report).ok());
  for (const StoreCheckItem& item : report.items) {
    if (item.name == "outlet_places") {
      EXPECT_TRUE(item.ok) << item.detail;
    }
  }
  {
    sqlite::Database db;
    ASSERT_TRUE(db.Open(demo, SQLITE_OPEN_READONLY).ok());
    ASSERT_TRUE(db.Exec("VACUUM INTO '" + Path("v12.db") + "'").ok());
    sqlite::Database copy;
    ASSERT_TRUE(copy.Open(Path("v12.db"), SQLITE_OPEN_READWRITE).ok());
    ASSERT_TRUE(copy.Exec("DROP TABLE outlet_places; DROP VIEW outlet_place_values; PRAGMA user_version = 12").ok());
  }
  EXPECT_EQ(Places(Open("v12.db").get()), ingested);
  {  // a count that no longer matches the layers is reported
    sqlite::Database db;
    ASSERT_TRUE(db.Open(Path("v12.db"), SQLITE_OPEN_READWRITE).ok());
    ASSERT_TRUE(db.Exec("UPDATE outlet_places SET places = places + 1 WHERE admin1 = 'US.NY'").ok());
  }
  ASSERT_TRUE(CheckStore(Path("v12.db"), &report).ok());
  const StoreCheckItem& last = report.items.back();
  EXPECT_EQ(last.name, "outlet_places");
  EXPECT_FALSE(last.ok);
  EXPECT_NE(last.detail.find("en.wikinews.org US.NY"), std::string::npos) << last.detail;
  auto merged = Open("merged.db");
  AddResult totals;
  ASSERT_TRUE(MergeStore(demo, 100, merged.get(), &totals).ok());
  EXPECT_EQ(Places(merged.get()), ingested);
}

}  // namespace
}  // namespace lede
