// The small store the store and server fuzz targets query. For fuzz targets only.
#ifndef LEDE_STORE_FUZZ_STORE_H_
#define LEDE_STORE_FUZZ_STORE_H_

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "lede/store.h"
#include "store/test_corpus.h"

namespace lede::fuzzing {

// Returns the path of a store holding the first `count` demo articles, made on
// the first call in a fresh temp directory, which is removed at exit. Aborts if
// it cannot be made (the fuzz target could test nothing).
inline const std::string& DemoStorePath(size_t count = 40) {
  static const std::string path = [count] {
    char dir[] = "/tmp/lede-fuzz-store-XXXXXX";
    if (mkdtemp(dir) == nullptr) std::abort();
    std::string db = std::string(dir) + "/store.db";
    std::unique_ptr<Store> store;
    std::vector<Article> articles = testing::LoadDemoArticles();
    articles.resize(std::min(articles.size(), count));
    AddResult result;
    if (articles.empty() || !Store::Open(db, StoreOptions(), &store).ok() ||
        !store->AddArticles(articles, &result).ok()) {
      std::abort();
    }
    return db;
  }();
  static const bool removed_at_exit = [] {
    return std::atexit([] {
             for (const char* suffix : {"", "-wal", "-shm"}) unlink((path + suffix).c_str());
             rmdir(path.substr(0, path.rfind('/')).c_str());
           }) == 0;
  }();
  (void)removed_at_exit;
  return path;
}

}  // namespace lede::fuzzing

#endif  // LEDE_STORE_FUZZ_STORE_H_
