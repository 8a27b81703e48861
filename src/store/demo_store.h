// Test helper: a store of the demo corpus ingested with analysis (entities,
// places, quotes, events, themes, stories), as `lede ingest` makes it. For tests only.
#ifndef LEDE_STORE_DEMO_STORE_H_
#define LEDE_STORE_DEMO_STORE_H_

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

}  // namespace lede::testing

#endif  // LEDE_STORE_DEMO_STORE_H_
