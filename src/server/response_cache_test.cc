#include "server/response_cache.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "server/api.h"
#include "server/store_version.h"
#include "store/test_corpus.h"

namespace lede::server {
namespace {
namespace fs = std::filesystem;

// A cache whose data version the test sets.
struct FakeStore {
  std::optional<uint64_t> version = 1;
  ResponseCache Cache(uint64_t max_bytes) {
    return ResponseCache(max_bytes, [this] { return version; });
  }
};

std::string Body(const ResponseCache::Lookup& found) { return found.body ? *found.body : "<miss>"; }

TEST(ResponseCache, FindsWhatWasInsertedForTheSameVersion) {
  FakeStore store;
  ResponseCache cache = store.Cache(1000);
  ResponseCache::Lookup miss = cache.Find("/api/stats?");
  EXPECT_EQ(Body(miss), "<miss>");
  cache.Insert("/api/stats?", "{\"articles\":3}", miss.version);
  EXPECT_EQ(Body(cache.Find("/api/stats?")), "{\"articles\":3}");
  EXPECT_EQ(Body(cache.Find("/api/stats?x")), "<miss>");
  EXPECT_EQ(cache.bytes(), std::string("/api/stats?{\"articles\":3}").size());
}

TEST(ResponseCache, ANewDataVersionEmptiesIt) {
  FakeStore store;
  ResponseCache cache = store.Cache(1000);
  cache.Insert("a", "1", cache.Find("a").version);
  store.version = 2;
  EXPECT_EQ(Body(cache.Find("a")), "<miss>");
  EXPECT_EQ(cache.size(), 0u);
}

TEST(ResponseCache, DropsAnAnswerComputedBeforeTheDataChanged) {
  FakeStore store;
  ResponseCache cache = store.Cache(1000);
  std::optional<uint64_t> computed_at = cache.Find("a").version;
  store.version = 2;
  cache.Find("b");  // sees version 2
  cache.Insert("a", "old", computed_at);
  EXPECT_EQ(Body(cache.Find("a")), "<miss>");
}

TEST(ResponseCache, BypassedWhenTheVersionCannotBeRead) {
  FakeStore store;
  store.version = std::nullopt;
  ResponseCache cache = store.Cache(1000);
  ResponseCache::Lookup found = cache.Find("a");
  EXPECT_FALSE(found.version);
  cache.Insert("a", "1", found.version);
  EXPECT_EQ(cache.size(), 0u);
}

TEST(ResponseCache, EvictsTheLeastRecentlyUsedToStayWithinItsBytes) {
  FakeStore store;
  ResponseCache cache = store.Cache(30);  // three entries of 10 bytes
  for (std::string key : {"k1", "k2", "k3"}) cache.Insert(key, "12345678", cache.Find(key).version);
  EXPECT_EQ(cache.size(), 3u);
  cache.Find("k1");  // k2 is now the least recently used
  cache.Insert("k4", "12345678", cache.Find("k4").version);
  EXPECT_EQ(Body(cache.Find("k2")), "<miss>");
  EXPECT_EQ(Body(cache.Find("k1")), "12345678");
  EXPECT_EQ(Body(cache.Find("k4")), "12345678");
  EXPECT_EQ(cache.bytes(), 30u);
  cache.Insert("big", std::string(40, 'x'), cache.Find("big").version);  // larger than all
  EXPECT_EQ(Body(cache.Find("big")), "<miss>");
  EXPECT_EQ(cache.size(), 3u);
}

TEST(ResponseCache, ZeroBytesDisablesIt) {
  FakeStore store;
  ResponseCache cache = store.Cache(0);
  cache.Insert("a", "1", cache.Find("a").version);
  EXPECT_EQ(cache.size(), 0u);
}

// The router's cache over a real store: a repeated request (parameters in any
// order) is answered from it, and an ingest by another connection is seen.
TEST(ResponseCache, RouterAnswersFromItUntilTheStoreChanges) {
  std::string db = fs::temp_directory_path() / ("lede_cache_" + std::to_string(getpid()) + ".db");
  std::vector<Article> articles = testing::LoadDemoArticles();
  ASSERT_GE(articles.size(), 20u) << testing::DemoCorpusPath();
  std::unique_ptr<Store> writer;
  ASSERT_TRUE(Store::Open(db, StoreOptions(), &writer).ok());
  ASSERT_TRUE(writer->AddArticles({articles.begin(), articles.begin() + 10}, nullptr).ok());
  {
    std::unique_ptr<StorePool> stores;
    std::unique_ptr<StoreReader> reader;
    std::unique_ptr<StoreVersion> version;
    ASSERT_TRUE(StorePool::Open(db, 1, StoreOptions(), &stores).ok());
    ASSERT_TRUE(StoreReader::Open(db, QueryOptions(), &reader).ok());
    ASSERT_TRUE(StoreVersion::Open(db, &version).ok());
    ResponseCache cache(1 << 20, [&version]() -> std::optional<uint64_t> {
      uint64_t value = 0;
      return version->Read(&value).ok() ? std::optional(value) : std::nullopt;
    });
    StaticFiles files("", 0);
    Router router("", &files);
    AddApiRoutes({stores.get(), reader.get()}, &router);
    router.SetCache(&cache);
    auto total = [&router](const std::string& target) {
      Response response = router.Handle(Request{http::verb::get, target, 11});
      EXPECT_EQ(response.result(), http::status::ok) << target;
      return nlohmann::json::parse(response.body())["total"].get<int>();
    };

    int before = total("/api/search?limit=5&offset=0");
    EXPECT_EQ(before, 10);
    EXPECT_EQ(cache.size(), 1u);
    EXPECT_EQ(total("/api/search?offset=0&limit=5"), before);  // same parameters, other order
    EXPECT_EQ(cache.size(), 1u);
    EXPECT_EQ(router.Handle(Request{http::verb::get, "/api/search?limit=0", 11}).result(),
              http::status::bad_request);
    EXPECT_EQ(cache.size(), 1u);  // errors are not kept

    ASSERT_TRUE(writer->AddArticles({articles.begin() + 10, articles.begin() + 20}, nullptr).ok());
    EXPECT_EQ(total("/api/search?limit=5&offset=0"), 20);
  }
  writer.reset();
  for (std::string suffix : {"", "-wal", "-shm"}) fs::remove(db + suffix);
}

}  // namespace
}  // namespace lede::server
