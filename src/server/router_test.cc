#include "server/router.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "server/api.h"
#include "store/test_corpus.h"

namespace lede::server {
namespace {
namespace fs = std::filesystem;

constexpr size_t kArticles = 40;

// A store with the first demo articles, and a router over it without a UI.
class RouterTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = new std::string(fs::temp_directory_path() /
                          ("lede_router_" + std::to_string(getpid()) + ".db"));
    std::unique_ptr<Store> store;
    ASSERT_TRUE(Store::Open(*db_, StoreOptions(), &store).ok());
    std::vector<Article> articles = testing::LoadDemoArticles();
    ASSERT_GE(articles.size(), kArticles) << testing::DemoCorpusPath();
    articles.resize(kArticles);
    ASSERT_TRUE(store->AddArticles(articles, nullptr).ok());
  }
  static void TearDownTestSuite() {
    for (std::string suffix : {"", "-wal", "-shm"}) fs::remove(*db_ + suffix);
    delete db_;
  }

  void SetUp() override {
    ASSERT_TRUE(StorePool::Open(*db_, 2, StoreOptions(), &stores_).ok());
    ASSERT_TRUE(StoreReader::Open(*db_, QueryOptions(), &reader_).ok());
    router_ = std::make_unique<Router>(token_, &files_);
    AddApiRoutes({stores_.get(), reader_.get()}, router_.get());
  }

  Response Call(const std::string& target, http::verb method = http::verb::get) {
    Request request{method, target, 11};
    if (!authorization_.empty()) request.set(http::field::authorization, authorization_);
    return router_->Handle(request);
  }
  static nlohmann::json Json(const Response& response) {
    return nlohmann::json::parse(response.body());
  }
  static std::string ErrorCode(const Response& response) { return Json(response)["error"]["code"]; }

  static std::string* db_;
  std::string token_, authorization_;
  StaticFiles files_{"", 0};
  std::unique_ptr<StorePool> stores_;
  std::unique_ptr<StoreReader> reader_;
  std::unique_ptr<Router> router_;
};
std::string* RouterTest::db_ = nullptr;

TEST_F(RouterTest, Stats) {
  Response response = Call("/api/stats");
  ASSERT_EQ(response.result(), http::status::ok);
  EXPECT_EQ(response[http::field::content_type], "application/json; charset=utf-8");
  EXPECT_EQ(Json(response)["articles"], kArticles);
}

TEST_F(RouterTest, SearchPagesThroughAllMatches) {
  nlohmann::json all = Json(Call("/api/search?q=the&limit=200"));
  ASSERT_GT(all["total"].get<int>(), 3);
  EXPECT_EQ(all["total"], all["hits"].size());
  EXPECT_EQ(all["query"], "the");
  nlohmann::json page = Json(Call("/api/search?q=the&limit=2&offset=1"));
  EXPECT_EQ(page["total"], all["total"]);
  ASSERT_EQ(page["hits"].size(), 2u);
  EXPECT_EQ(page["hits"][0]["id"], all["hits"][1]["id"]);
  EXPECT_EQ(page["hits"][1]["id"], all["hits"][2]["id"]);
  for (std::string key : {"id", "title", "url", "published", "source", "snippet", "score"}) {
    EXPECT_TRUE(page["hits"][0].contains(key)) << key;
  }
}

// facet_matches bounds the matches the facets count (0 = all of them).
TEST_F(RouterTest, SearchFacetsOverTheBestFacetMatches) {
  auto source_counts = [](const nlohmann::json& result) {
    int counted = 0;
    for (const auto& source : result["facets"]["sources"]) counted += source["count"].get<int>();
    return counted;
  };
  nlohmann::json all = Json(Call("/api/search?q=the&facet_matches=0"));
  ASSERT_GT(all["total"].get<int>(), 3);
  EXPECT_EQ(all["facets_sampled"], false);
  EXPECT_EQ(source_counts(all), all["total"].get<int>());
  nlohmann::json best = Json(Call("/api/search?q=the&facet_matches=3"));
  EXPECT_EQ(best["total"], all["total"]);
  EXPECT_EQ(best["facets_sampled"], true);
  EXPECT_EQ(source_counts(best), 3);
  EXPECT_EQ(Json(Call("/api/search?q=the"))["facets_sampled"], false);  // default 1000 > the matches
}

TEST_F(RouterTest, BadParametersAre400NamingThem) {
  struct Case {
    std::string target, named;
  } cases[] = {
      {"/api/search?q=the&limit=0", "'limit'"},
      {"/api/search?q=the&limit=201", "'limit'"},
      {"/api/search?q=the&offset=-3", "'offset'"},
      {"/api/search?q=the&facet_matches=-1", "'facet_matches'"},
      {"/api/search?q=the&from=2024-02-30", "'from'"},
      {"/api/search?q=the&colour=red", "'colour'"},
      {"/api/search?q=%22unbalanced", "unbalanced"},
      {"/api/search?q=the+AND", "AND"},
      {"/api/search?q=(the", "the"},
      {"/api/search?q=%zz", "query string"},
      {"/api/articles/abc", "'id'"},
      {"/api/articles/0", "'id'"},
      {"/api/stats?verbose=1", "'verbose'"},
      {"/api%2Fsearch?q=x", "escaped '/'"},
      {"/assets/..%5c..%5csecret", "escaped '/'"},
      {"/assets%2f..%2F..%2Fsecret", "escaped '/'"},
  };
  for (const Case& c : cases) {
    Response response = Call(c.target);
    EXPECT_EQ(response.result(), http::status::bad_request) << c.target;
    EXPECT_EQ(ErrorCode(response), "bad_request") << c.target;
    std::string message = Json(response)["error"]["message"];
    EXPECT_NE(message.find(c.named), std::string::npos) << c.target << ": " << message;
  }
}

TEST_F(RouterTest, ArticleByIdAnd404) {
  Response response = Call("/api/articles/2");
  ASSERT_EQ(response.result(), http::status::ok);
  nlohmann::json article = Json(response);
  EXPECT_EQ(article["id"], 2);
  EXPECT_FALSE(article["text"].get<std::string>().empty());
  EXPECT_TRUE(article.contains("duplicate_of"));

  for (std::string missing :
       {"/api/articles/99999", "/api/nothing", "/api", "/api/articles/2/extra"}) {
    Response not_found = Call(missing);
    EXPECT_EQ(not_found.result(), http::status::not_found) << missing;
    EXPECT_EQ(ErrorCode(not_found), "not_found") << missing;
  }
}

// An article's keys are the OpenAPI document's Article properties (docs/api.md
// lists them), the analysis layers left out for an article stored without them.
TEST_F(RouterTest, ArticleKeysAreTheDocumentedOnes) {
  const std::set<std::string> layers = {"entities", "locations", "quotes", "counts", "events", "themes", "tone"};
  nlohmann::json schema = Json(Call("/api/openapi.json"))["components"]["schemas"]["Article"]["properties"];
  std::set<std::string> documented;
  for (const auto& property : schema.items()) {
    if (!layers.count(property.key())) documented.insert(property.key());
  }
  EXPECT_EQ(documented.size() + layers.size(), schema.size()) << "a layer is not documented";
  for (const char* target : {"/api/articles/1", "/api/articles/2"}) {
    nlohmann::json article = Json(Call(target));  // the router test's store is not analysed
    std::set<std::string> answered;
    for (const auto& key : article.items()) answered.insert(key.key());
    EXPECT_EQ(answered, documented) << target;
  }
  EXPECT_TRUE(documented.count("canonical_url") && documented.count("description") && documented.count("section"));
}

TEST_F(RouterTest, OnlyGetAndHead) {
  for (http::verb method :
       {http::verb::post, http::verb::put, http::verb::delete_, http::verb::options}) {
    Response response = Call("/api/stats", method);
    EXPECT_EQ(response.result(), http::status::method_not_allowed);
    EXPECT_EQ(response[http::field::allow], "GET, HEAD");
    EXPECT_EQ(ErrorCode(response), "method_not_allowed");
  }
  Response get = Call("/api/articles/1");
  Response head = Call("/api/articles/1", http::verb::head);
  EXPECT_EQ(head.result(), http::status::ok);
  EXPECT_TRUE(head.body().empty());
  EXPECT_EQ(head[http::field::content_length], std::to_string(get.body().size()));
}

TEST_F(RouterTest, OutsideApiIsTheUi) {
  Response response = Call("/entities/3");
  EXPECT_EQ(response.result(), http::status::ok);
  EXPECT_NE(response.body().find("not built"), std::string::npos);
}

TEST_F(RouterTest, TokenRequiredWhenSet) {
  token_ = "s3cret";
  SetUp();
  Response response = Call("/api/stats");
  EXPECT_EQ(response.result(), http::status::unauthorized);
  EXPECT_EQ(ErrorCode(response), "unauthorized");
  EXPECT_EQ(response[http::field::www_authenticate], "Bearer");
  authorization_ = "Bearer wrong";
  EXPECT_EQ(Call("/api/search?q=x").result(), http::status::unauthorized);
  EXPECT_EQ(Call("/api").result(), http::status::unauthorized);
  authorization_ = "Bearer s3cret";
  EXPECT_EQ(Call("/api/stats").result(), http::status::ok);
  authorization_ = "";  // the UI's files (no data) load without it
  EXPECT_EQ(Call("/").result(), http::status::ok);
  EXPECT_EQ(Call("/entities/3").result(), http::status::ok);
}

// docs/openapi.json (built in) lists every route the router has, each with
// the query parameters the route accepts.
TEST_F(RouterTest, OpenApiListsEveryRoute) {
  nlohmann::json document = Json(Call("/api/openapi.json"));
  EXPECT_EQ(document["openapi"].get<std::string>().substr(0, 2), "3.");
  for (const Route& route : router_->routes()) {
    ASSERT_TRUE(document["paths"].contains(route.pattern)) << route.pattern;
    std::set<std::string> documented;
    for (const auto& p : document["paths"][route.pattern]["get"]["parameters"]) {
      if (p["in"] == "query") documented.insert(p["name"]);
    }
    std::set<std::string> accepted(route.params.begin(), route.params.end());
    for (const std::string& name : accepted) {
      EXPECT_TRUE(documented.count(name)) << route.pattern << " accepts undocumented " << name;
    }
  }
  // ... and nothing else: every documented path is a route.
  for (const auto& documented_path : document["paths"].items()) {
    const std::string& path = documented_path.key();  // clang 14 cannot capture a structured binding
    bool routed = std::any_of(router_->routes().begin(), router_->routes().end(),
                              [&](const Route& route) { return route.pattern == path; });
    EXPECT_TRUE(routed) << "documented but not routed: " << path;
  }
}

}  // namespace
}  // namespace lede::server
