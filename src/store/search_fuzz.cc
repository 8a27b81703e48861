// libFuzzer target for search-query handling: any query and filters, searched
// in a small store (the first 40 demo articles, store/fuzz_store.h) through
// Store::Search and through StoreReader::Search (`lede search`, the API's
// /api/search), must give hits or kInvalidArgument (a malformed query or
// filter), never a crash or another error, never more hits than the limit, and
// a total no smaller than the page. Build with -DLEDE_FUZZ=ON and clang; run
// build-fuzz/lede_search_fuzz [corpus dir] (tests/fuzz/seeds.sh).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lede/query.h"
#include "lede/store.h"
#include "store/fuzz_store.h"

namespace {

// The store, opened on first use.
lede::Store* SmallStore() {
  static std::unique_ptr<lede::Store> store = [] {
    std::unique_ptr<lede::Store> s;
    if (!lede::Store::Open(lede::fuzzing::DemoStorePath(), lede::StoreOptions(), &s).ok()) std::abort();
    return s;
  }();
  return store.get();
}

// A reader of the same store, opened on first use.
lede::StoreReader* SmallStoreReader() {
  static std::unique_ptr<lede::StoreReader> reader = [] {
    std::unique_ptr<lede::StoreReader> r;
    if (!lede::StoreReader::Open(lede::fuzzing::DemoStorePath(), lede::QueryOptions(), &r).ok()) {
      std::abort();
    }
    return r;
  }();
  return reader.get();
}

// Takes the text up to the next '\n' from *in (all of it if none).
std::string NextLine(std::string_view* in) {
  size_t end = in->find('\n');
  std::string line(in->substr(0, end));
  in->remove_prefix(end == std::string_view::npos ? in->size() : end + 1);
  return line;
}

// Whether `s` is success or the error a bad request may give.
bool AcceptableStatus(const lede::Status& s) {
  return s.ok() || s.code() == lede::Status::Code::kInvalidArgument;
}

}  // namespace

// Input: the first byte sets the limit (0-15) and whether facets are counted
// (bit 4), then the query and (one per line) from, to, lang, source, theme, event.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string_view in(reinterpret_cast<const char*>(data) + 1, size - 1);
  lede::ArticleSearch request;
  request.query = NextLine(&in);
  request.from = NextLine(&in);
  request.to = NextLine(&in);
  request.lang = NextLine(&in);
  request.source = NextLine(&in);
  request.theme = NextLine(&in);
  request.event = NextLine(&in);
  request.page.limit = data[0] & 15;
  request.facets = (data[0] & 16) != 0;

  lede::SearchFilters filters;
  filters.from = request.from;
  filters.to = request.to;
  filters.lang = request.lang;
  filters.source = request.source;
  filters.limit = request.page.limit;
  std::vector<lede::SearchHit> hits;
  const lede::Status store_status = SmallStore()->Search(request.query, filters, &hits);
  if (!AcceptableStatus(store_status)) std::abort();
  if (store_status.ok() && filters.limit != 0 && hits.size() > filters.limit) std::abort();

  lede::SearchResult result;
  const lede::Status reader_status = SmallStoreReader()->Search(request, &result);
  if (!AcceptableStatus(reader_status)) std::abort();
  if (reader_status.ok() &&
      (result.hits.size() > request.page.limit || result.total < result.hits.size())) {
    std::abort();
  }
  return 0;
}
