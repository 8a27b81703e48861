// libFuzzer target for the feed and sitemap parser: any bytes (XML, JSON, text,
// gzip) must parse or fail with a Status, never crash, respect max_items and
// max_bytes, and parse the same way twice. Build with -DLEDE_FUZZ=ON and clang;
// run build/lede_feed_fuzz [corpus dir], seeded with ../shared/data/feed-samples.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "lede/feed.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  lede::FeedParseOptions options;
  options.max_bytes = 256 << 10;
  options.max_items = 16;
  options.base_url = "https://fuzz.example/feeds/";
  lede::Feed first, second;
  lede::Status s1 = lede::ParseFeed(bytes, options, &first);
  lede::Status s2 = lede::ParseFeed(bytes, options, &second);
  if (s1.code() != s2.code() || first.items.size() != second.items.size()) std::abort();
  if (first.items.size() > options.max_items) std::abort();
  for (size_t i = 0; i < first.items.size(); ++i) {
    if (first.items[i].link != second.items[i].link) std::abort();
  }
  lede::DiscoverFeeds(bytes, options.base_url);
  return 0;
}
