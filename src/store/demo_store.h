// Test helper: a store of the demo corpus ingested with analysis (entities,
// places, quotes, events, themes, stories), as `lede ingest` makes it. For tests only.
#ifndef LEDE_STORE_DEMO_STORE_H_
#define LEDE_STORE_DEMO_STORE_H_

#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include "lede/store.h"
#include "store/ingest.h"
#include "store/test_corpus.h"

namespace lede::testing {

// Creates the store at `path` (which must not exist) and ingests the demo corpus
// into it with 2 threads; *report says what was added.
inline Status IngestDemoCorpus(const std::string& path, IngestReport* report) {
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, {}, &store);
  if (!s.ok()) return s;
  IngestOptions options;
  options.threads = 2;
  return Ingest({DemoCorpusPath()}, options, {}, store.get(), report);
}

// The demo store ingested once per test process (IngestDemoCorpus into a
// temporary directory, removed when the process exits), for tests that only read
// it: suites of one test binary share one ingest. Sets *status to the ingest's
// status and, if given, *report to what it added. Returns the store's path.
inline const std::string& SharedDemoStore(Status* status, IngestReport* report = nullptr) {
  struct Made {
    std::filesystem::path dir;
    std::string path;
    Status status;
    IngestReport report;
    Made()
        : dir(std::filesystem::temp_directory_path() /
              ("lede_demo_store_" + std::to_string(getpid()))) {
      std::filesystem::remove_all(dir);
      std::filesystem::create_directories(dir);
      path = (dir / "demo.db").string();
      status = IngestDemoCorpus(path, &report);
    }
    ~Made() { std::filesystem::remove_all(dir); }
  };
  static Made made;
  *status = made.status;
  if (report != nullptr) *report = made.report;
  return made.path;
}

}  // namespace lede::testing

#endif  // LEDE_STORE_DEMO_STORE_H_
