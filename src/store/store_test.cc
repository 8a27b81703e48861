#include "lede/store.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include <gtest/gtest.h>

#include "lede/query.h"
#include "store/merge.h"
#include "store/schema.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store/test_corpus.h"

namespace lede {
namespace {

namespace fs = std::filesystem;

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    articles_ = testing::LoadDemoArticles();
    ASSERT_GT(articles_.size(), 300u) << testing::DemoCorpusPath();
    dir_ = fs::temp_directory_path() / ("lede_store_test_" + std::to_string(getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::unique_ptr<Store> OpenStore(const std::string& name, StoreOptions options = {}) {
    std::unique_ptr<Store> store;
    Status s = Store::Open((dir_ / name).string(), options, &store);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return store;
  }

  uint64_t ArticleCount(Store* store) {
    StoreStats stats;
    EXPECT_TRUE(store->Stats(&stats).ok());
    return stats.articles;
  }

  std::vector<Article> articles_;
  fs::path dir_;
};

// The identity of every stored article: url and content hash, in id order.
std::vector<std::pair<std::string, uint64_t>> Identities(Store* store) {
  std::vector<StoredArticle> all;
  EXPECT_TRUE(store->Scan(0, 0, &all).ok());
  std::vector<std::pair<std::string, uint64_t>> ids;
  for (const StoredArticle& a : all) ids.emplace_back(a.article.url, a.content_hash);
  return ids;
}

TEST_F(StoreTest, NewStoreIsEmptyAndVersioned) {
  auto store = OpenStore("new.db");
  StoreStats stats;
  ASSERT_TRUE(store->Stats(&stats).ok());
  EXPECT_EQ(stats.articles, 0u);
  EXPECT_GE(stats.schema_version, 1u);
}

TEST_F(StoreTest, AddingTwiceStoresOnce) {
  auto store = OpenStore("twice.db");
  AddResult first, second;
  ASSERT_TRUE(store->AddArticles(articles_, &first).ok());
  EXPECT_EQ(first.added + first.existing, articles_.size());
  EXPECT_EQ(ArticleCount(store.get()), first.added);
  ASSERT_TRUE(store->AddArticles(articles_, &second).ok());
  EXPECT_EQ(second.added, 0u);
  EXPECT_EQ(second.existing, articles_.size());
  EXPECT_EQ(ArticleCount(store.get()), first.added);
}

// Statements left open on a row pin a WAL snapshot and the log then grows
// without bound; the main file must grow while the store is open.
TEST_F(StoreTest, WalIsCheckpointedWhileOpen) {
  auto store = OpenStore("wal.db");
  std::vector<Article> copies;
  for (size_t i = 0; i < articles_.size(); ++i) {
    Article copy = articles_[i];
    copy.url += "?copy";
    copy.text = "Update: " + copy.text;  // a near-duplicate: the lookup finds the original
    copies.push_back(copy);
  }
  for (const auto* list : {&articles_, &copies}) {
    for (size_t i = 0; i < list->size(); i += 8) {
      std::vector<Article> batch(list->begin() + i, list->begin() + std::min(list->size(), i + 8));
      ASSERT_TRUE(store->AddArticles(batch, nullptr).ok());
    }
  }
  EXPECT_GT(fs::file_size(dir_ / "wal.db"), 4u << 20);
  EXPECT_LT(fs::file_size(dir_ / "wal.db-wal"), 16u << 20);
}

TEST_F(StoreTest, SameUrlOrSameTextIsTheSameDocument) {
  auto store = OpenStore("identity.db");
  Article a = articles_[0];
  ASSERT_TRUE(store->AddArticles({a}, nullptr).ok());

  Article moved = a;  // same text elsewhere, re-wrapped
  moved.url = "https://mirror.example.org/copy";
  std::replace(moved.text.begin(), moved.text.end(), ' ', '\n');
  Article updated = articles_[1];  // different text, same canonical URL up to case and tracking
  updated.canonical_url = a.url + "?utm_source=feed#top";
  Article other = articles_[2];
  AddResult r;
  ASSERT_TRUE(store->AddArticles({moved, updated, other, other}, &r).ok());
  EXPECT_EQ(r.added, 1u);
  EXPECT_EQ(r.existing, 3u);
  EXPECT_EQ(ArticleCount(store.get()), 2u);
}

TEST_F(StoreTest, BadBatchStoresNothing) {
  auto store = OpenStore("bad.db");
  std::vector<Article> batch(articles_.begin(), articles_.begin() + 10);
  batch[5].text.clear();
  Status s = store->AddArticles(batch, nullptr);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(s.message().find("without text"), std::string::npos) << s.ToString();
  EXPECT_EQ(ArticleCount(store.get()), 0u);
}

TEST_F(StoreTest, GetReturnsWhatWasAdded) {
  auto store = OpenStore("get.db");
  Article a = articles_[3];
  a.authors = {"Ann Author", "Bob Byline"};
  a.dateline = "Rabat";
  a.section = "World";
  a.canonical_url = a.url;
  size_t cut = a.text.find("\n\n");
  a.paragraphs = {{0, static_cast<uint32_t>(cut)}, {static_cast<uint32_t>(cut + 2), static_cast<uint32_t>(a.text.size())}};
  ASSERT_TRUE(store->AddArticles({a}, nullptr).ok());
  StoredArticle got;
  ASSERT_TRUE(store->Get(1, &got).ok());
  EXPECT_EQ(got.id, 1);
  EXPECT_EQ(got.article.url, a.url);
  EXPECT_EQ(got.article.title, a.title);
  EXPECT_EQ(got.article.text, a.text);
  EXPECT_EQ(got.article.authors, a.authors);
  EXPECT_EQ(got.article.paragraphs, a.paragraphs);
  EXPECT_EQ(got.article.published, a.published);
  EXPECT_EQ(got.article.dateline, "Rabat");
  EXPECT_EQ(got.source, "en.wikinews.org");
  EXPECT_EQ(got.content_hash, Store::ContentHash(a.text));
  EXPECT_EQ(got.duplicate_of, 0);
  EXPECT_EQ(store->Get(2, &got).code(), Status::Code::kNotFound);
}

// Whether `text` holds `word` (lowercase ASCII) as a whole word, ignoring case.
bool HasWord(const std::string& text, const std::string& word) {
  auto is_word = [](unsigned char c) { return std::isalnum(c) || c >= 0x80; };
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (size_t at = lower.find(word); at != std::string::npos; at = lower.find(word, at + 1)) {
    size_t end = at + word.size();
    if ((at == 0 || !is_word(lower[at - 1])) && (end == lower.size() || !is_word(lower[end]))) return true;
  }
  return false;
}

// FTS against a brute-force scan, with and without filters.
TEST_F(StoreTest, SearchFindsWhatAScanFinds) {
  auto store = OpenStore("search.db");
  ASSERT_TRUE(store->AddArticles(articles_, nullptr).ok());
  for (const char* word : {"mecca", "obama", "zimbabwe", "pakistan", "melbourne"}) {
    for (const auto& [from, to] : {std::pair<std::string, std::string>{"", ""}, {"2006-01-01", "2012-12-31"},
                                    {"2019-03-15", "2020-02-10"}, {"2019-06-01", ""}, {"", "2007-07-31"}}) {
      std::set<std::string> expected;
      for (const Article& a : articles_) {
        std::string day = a.published.substr(0, 10);
        bool in_range = (from.empty() || day >= from) && (to.empty() || day <= to);
        if (in_range && (HasWord(a.title, word) || HasWord(a.text, word))) expected.insert(a.url);
      }
      SearchFilters filters;
      filters.from = from;
      filters.to = to;
      filters.limit = 0;
      std::vector<SearchHit> hits;
      ASSERT_TRUE(store->Search(word, filters, &hits).ok());
      std::set<std::string> got;
      for (const SearchHit& h : hits) got.insert(h.url);
      EXPECT_EQ(got, expected) << word << " " << from;
      for (size_t i = 1; i < hits.size(); ++i) EXPECT_GE(hits[i - 1].score, hits[i].score);
      for (const SearchHit& h : hits) {
        EXPECT_NE(h.snippet.find('['), std::string::npos) << h.snippet;
        EXPECT_EQ(h.source, "en.wikinews.org");
      }
    }
  }
}

TEST_F(StoreTest, BadFiltersAreInvalidArgument) {
  auto store = OpenStore("badfilters.db");
  std::vector<SearchHit> hits;
  SearchFilters filters;
  filters.from = "2019-02-30";
  EXPECT_EQ(store->Search("said", filters, &hits).code(), Status::Code::kInvalidArgument);
  filters.from = "2020-01-01";
  filters.to = "2019-01-01";
  EXPECT_EQ(store->Search("said", filters, &hits).code(), Status::Code::kInvalidArgument);
  filters = SearchFilters();
  filters.lang = "en OR x";
  EXPECT_EQ(store->Search("said", filters, &hits).code(), Status::Code::kInvalidArgument);
}

TEST_F(StoreTest, SearchFiltersAndLimit) {
  auto store = OpenStore("filters.db");
  ASSERT_TRUE(store->AddArticles(articles_, nullptr).ok());
  SearchFilters filters;
  filters.limit = 3;
  std::vector<SearchHit> hits;
  ASSERT_TRUE(store->Search("said", filters, &hits).ok());
  EXPECT_EQ(hits.size(), 3u);
  filters.lang = "fr";
  ASSERT_TRUE(store->Search("said", filters, &hits).ok());
  EXPECT_TRUE(hits.empty());
  filters.lang = "en";
  filters.source = "www.en.wikinews.org";
  ASSERT_TRUE(store->Search("said", filters, &hits).ok());
  EXPECT_EQ(hits.size(), 3u);
  filters.source = "Wikinews";  // the outlet name
  ASSERT_TRUE(store->Search("said", filters, &hits).ok());
  EXPECT_EQ(hits.size(), 3u);
  filters.source = "bbc.co.uk";
  ASSERT_TRUE(store->Search("said", filters, &hits).ok());
  EXPECT_TRUE(hits.empty());
}

TEST_F(StoreTest, MalformedQueriesAreInvalidArgument) {
  auto store = OpenStore("syntax.db");
  ASSERT_TRUE(store->AddArticles({articles_[0]}, nullptr).ok());
  std::vector<SearchHit> hits;
  SearchFilters dated;
  dated.from = "2006-01-01";
  for (const char* query : {"AND", "\"unclosed", "(a OR", "nosuchcolumn:word", "a NOT", "*", "a) OR (b"}) {
    Status s = store->Search(query, {}, &hits);
    EXPECT_EQ(s.code(), Status::Code::kInvalidArgument) << query << " " << s.ToString();
    s = store->Search(query, dated, &hits);
    EXPECT_EQ(s.code(), Status::Code::kInvalidArgument) << query << " " << s.ToString();
    EXPECT_NE(s.message().find(query), std::string::npos) << s.message();
  }
}

// A syndicated copy: an agency prefix, the last paragraph cut, a credit line.
Article Syndicate(const Article& a, int i) {
  Article copy = a;
  copy.url = "https://agency.example.com/story/" + std::to_string(i);
  copy.text = "LONDON (Agency) - " + a.text;
  size_t last = copy.text.rfind("\n\n");
  if (last != std::string::npos) copy.text.resize(last);
  copy.text += "\n\nReporting by A. Writer; editing by B. Editor.";
  return copy;
}

TEST_F(StoreTest, NearDuplicatesLinkToTheFirstCopy) {
  auto store = OpenStore("near.db");
  AddResult originals;
  ASSERT_TRUE(store->AddArticles(articles_, &originals).ok());
  EXPECT_EQ(originals.near_duplicates, 0u);
  std::vector<Article> copies;
  for (int i = 0; i < 40; ++i) copies.push_back(Syndicate(articles_[i], i));
  copies.push_back(Syndicate(copies[0], 1000));  // a copy of a copy
  AddResult r;
  ASSERT_TRUE(store->AddArticles(copies, &r).ok());
  EXPECT_EQ(r.added, copies.size());
  EXPECT_GE(r.near_duplicates, 36u);  // the MinHash test measured 96% of syndicated copies found
  int linked_to_original = 0;
  for (int64_t id = originals.added + 1; id <= static_cast<int64_t>(originals.added + copies.size()); ++id) {
    StoredArticle copy, first;
    ASSERT_TRUE(store->Get(id, &copy).ok());
    if (copy.duplicate_of == 0) continue;
    ASSERT_TRUE(store->Get(copy.duplicate_of, &first).ok());
    EXPECT_EQ(first.duplicate_of, 0);
    EXPECT_EQ(first.article.title, copy.article.title);
    linked_to_original += first.id <= static_cast<int64_t>(originals.added);
  }
  EXPECT_EQ(linked_to_original, static_cast<int>(r.near_duplicates));
  StoreStats stats;
  ASSERT_TRUE(store->Stats(&stats).ok());
  EXPECT_EQ(stats.near_duplicates, r.near_duplicates);
}

TEST_F(StoreTest, ReopensReadOnly) {
  {
    auto store = OpenStore("reopen.db");
    ASSERT_TRUE(store->AddArticles(articles_, nullptr).ok());
  }
  StoreOptions options;
  options.read_only = true;
  options.create_if_missing = false;
  auto store = OpenStore("reopen.db", options);
  ASSERT_NE(store, nullptr);
  EXPECT_GT(ArticleCount(store.get()), 300u);
  EXPECT_EQ(store->AddArticles({articles_[0]}, nullptr).code(), Status::Code::kInvalidArgument);
  std::unique_ptr<Store> missing;
  EXPECT_EQ(Store::Open((dir_ / "missing.db").string(), options, &missing).code(), Status::Code::kNotFound);
  EXPECT_EQ(missing, nullptr);
}

// Turns the store at `path` into what lede wrote at schema version 6 (before
// migration 7 added documents_url); migrations are append-only, so this stays true.
// Replaces the store at `path` by a schema-6 store of its sources, documents and
// articles (made by the migrations up to 6; the full-text index rebuilt).
void DowngradeToVersion6(const std::string& path) {
  const std::string old = path + ".v6";
  {
    sqlite::Database db;
    ASSERT_TRUE(db.Open(old, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE).ok());
    ASSERT_TRUE(MigrateSchema(&db, 6).ok());
    const std::string columns =
        "id, title, authors, published, dateline, lang, site_name, section, description, text, paragraphs, minhash, "
        "duplicate_of";
    Status s = db.Exec("ATTACH DATABASE '" + path + "' AS current;"
                       "INSERT INTO sources SELECT id, host, outlet FROM current.sources;"
                       "INSERT INTO documents SELECT * FROM current.documents;"
                       "INSERT INTO articles(" + columns + ") SELECT " + columns + " FROM current.articles;"
                       "INSERT INTO articles_fts(articles_fts) VALUES('rebuild');");
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path + suffix);
  fs::rename(old, path);
}

int64_t UserVersion(const std::string& path) {
  sqlite::Database db;
  int64_t version = -1;
  EXPECT_TRUE(db.Open(path, SQLITE_OPEN_READONLY).ok());
  EXPECT_TRUE(db.QueryInt("PRAGMA user_version", &version).ok());
  return version;
}

TEST_F(StoreTest, ReadOnlyOpenMigratesAnOlderStore) {
  const std::string path = (dir_ / "old.db").string();
  { ASSERT_TRUE(OpenStore("old.db")->AddArticles(articles_, nullptr).ok()); }
  DowngradeToVersion6(path);
  StoreOptions options;
  options.read_only = true;
  options.create_if_missing = false;
  auto store = OpenStore("old.db", options);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(ArticleCount(store.get()), articles_.size());
  EXPECT_EQ(UserVersion(path), CurrentSchemaVersion());
}

TEST_F(StoreTest, StoreReaderMigratesAnOlderStore) {
  const std::string path = (dir_ / "old.db").string();
  { ASSERT_TRUE(OpenStore("old.db")->AddArticles(articles_, nullptr).ok()); }
  DowngradeToVersion6(path);
  std::unique_ptr<StoreReader> reader;
  ASSERT_TRUE(StoreReader::Open(path, QueryOptions(), &reader).ok());
  ArticleSearch request;
  request.query = "police";
  SearchResult result;
  Status s = reader->Search(request, &result);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_GT(result.total, 0u);
  EXPECT_EQ(UserVersion(path), CurrentSchemaVersion());
}

TEST_F(StoreTest, ReadOnlyOpenOfAnOlderStoreThatCannotMigrateNamesIt) {
  const std::string path = (dir_ / "locked.db").string();
  { ASSERT_TRUE(OpenStore("locked.db")->AddArticles({articles_[0]}, nullptr).ok()); }
  DowngradeToVersion6(path);
  sqlite::Database writer;  // holds the write lock the migration needs
  ASSERT_TRUE(writer.Open(path, SQLITE_OPEN_READWRITE).ok());
  ASSERT_TRUE(writer.Exec("BEGIN IMMEDIATE").ok());
  StoreOptions options;
  options.read_only = true;
  options.busy_timeout_ms = 0;
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, options, &store);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument) << s.ToString();
  EXPECT_NE(s.message().find(path), std::string::npos) << s.ToString();
  EXPECT_NE(s.message().find("version 6"), std::string::npos) << s.ToString();
  EXPECT_EQ(UserVersion(path), 6);
}

TEST_F(StoreTest, RefusesFilesThatAreNotStores) {
  std::unique_ptr<Store> store;
  { std::ofstream((dir_ / "text.db").string()) << std::string(8192, 'x'); }
  Status s = Store::Open((dir_ / "text.db").string(), {}, &store);
  EXPECT_EQ(s.code(), Status::Code::kCorruption) << s.ToString();
  {
    sqlite::Database db;
    ASSERT_TRUE(db.Open((dir_ / "other.db").string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE).ok());
    ASSERT_TRUE(db.Exec("CREATE TABLE t(x)").ok());
  }
  s = Store::Open((dir_ / "other.db").string(), {}, &store);
  EXPECT_EQ(s.code(), Status::Code::kCorruption) << s.ToString();
  EXPECT_NE(s.message().find("not a lede store"), std::string::npos);
}

TEST_F(StoreTest, MergingShardsEqualsOneStore) {
  size_t half = articles_.size() / 2;
  {
    auto a = OpenStore("shard_a.db"), b = OpenStore("shard_b.db");
    ASSERT_TRUE(a->AddArticles({articles_.begin(), articles_.begin() + half}, nullptr).ok());
    ASSERT_TRUE(b->AddArticles({articles_.begin() + half - 10, articles_.end()}, nullptr).ok());  // 10 overlap
  }
  auto merged = OpenStore("merged.db"), single = OpenStore("single.db");
  AddResult totals;
  ASSERT_TRUE(MergeStore((dir_ / "shard_a.db").string(), 7, merged.get(), &totals).ok());
  ASSERT_TRUE(MergeStore((dir_ / "shard_b.db").string(), 7, merged.get(), &totals).ok());
  EXPECT_EQ(totals.existing, 10u);
  ASSERT_TRUE(single->AddArticles(articles_, nullptr).ok());
  EXPECT_EQ(Identities(merged.get()), Identities(single.get()));
  // The merged store's full-text keys (publication day, then id) answer date ranges
  // as the single store's do.
  for (const auto& [from, to] : {std::pair<std::string, std::string>{"", ""}, {"2019-03-01", "2019-03-31"},
                                  {"2006-01-01", "2019-06-30"}, {"2020-01-01", ""}}) {
    SearchFilters filters;
    filters.from = from;
    filters.to = to;
    filters.limit = 0;
    std::vector<SearchHit> in_merged, in_single;
    ASSERT_TRUE(merged->Search("said OR police", filters, &in_merged).ok());
    ASSERT_TRUE(single->Search("said OR police", filters, &in_single).ok());
    std::multiset<std::string> merged_urls, single_urls;
    for (const SearchHit& h : in_merged) merged_urls.insert(h.url);
    for (const SearchHit& h : in_single) single_urls.insert(h.url);
    EXPECT_EQ(merged_urls, single_urls) << from << " " << to;
    EXPECT_FALSE(merged_urls.empty()) << from << " " << to;
  }
  EXPECT_EQ(MergeStore((dir_ / "missing.db").string(), 7, merged.get(), &totals).code(), Status::Code::kNotFound);
}

TEST_F(StoreTest, ConcurrentWritersLoseNothing) {
  auto store = OpenStore("threads.db");
  auto add_range = [&](size_t begin, size_t end) {
    for (size_t i = begin; i < end; i += 10) {
      std::vector<Article> batch(articles_.begin() + i, articles_.begin() + std::min(end, i + 10));
      ASSERT_TRUE(store->AddArticles(batch, nullptr).ok());
    }
  };
  size_t half = articles_.size() / 2;
  std::thread other(add_range, half, articles_.size());
  add_range(0, half);
  other.join();
  auto serial = OpenStore("serial.db");
  ASSERT_TRUE(serial->AddArticles(articles_, nullptr).ok());
  auto a = Identities(store.get()), b = Identities(serial.get());
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  EXPECT_EQ(a, b);
}

// Kills a child process that is adding the corpus in small batches at several
// moments, then finishes the job in this process; the result must equal an
// uninterrupted run's, in the same order.
TEST_F(StoreTest, SurvivesSigkillAtAnyMoment) {
  auto reference = OpenStore("reference.db");
  ASSERT_TRUE(reference->AddArticles(articles_, nullptr).ok());
  const auto expected = Identities(reference.get());
  auto add_all = [&](const std::string& path) {
    std::unique_ptr<Store> store;
    if (!Store::Open(path, {}, &store).ok()) return false;
    for (size_t i = 0; i < articles_.size(); i += 7) {
      std::vector<Article> batch(articles_.begin() + i, articles_.begin() + std::min(articles_.size(), i + 7));
      if (!store->AddArticles(batch, nullptr).ok()) return false;
    }
    return true;
  };
  for (int delay_ms : {0, 3, 10, 30, 90}) {
    std::string path = (dir_ / ("killed" + std::to_string(delay_ms) + ".db")).string();
    for (int kill_round = 0; kill_round < 2; ++kill_round) {  // interrupt the resumed run too
      pid_t child = fork();
      ASSERT_GE(child, 0);
      if (child == 0) _exit(add_all(path) ? 0 : 1);
      std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
      kill(child, SIGKILL);
      int status = 0;
      waitpid(child, &status, 0);
    }
    ASSERT_TRUE(add_all(path));
    std::unique_ptr<Store> store;
    ASSERT_TRUE(Store::Open(path, {}, &store).ok());
    EXPECT_EQ(Identities(store.get()), expected) << "killed after " << delay_ms << " ms";
  }
}

}  // namespace
}  // namespace lede
