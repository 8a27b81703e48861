// JSON Feed 1.0 and 1.1 (jsonfeed.org).
#ifndef LEDE_FEED_JSON_FEED_H_
#define LEDE_FEED_JSON_FEED_H_

#include <string_view>

#include "lede/feed.h"
#include "lede/status.h"

namespace lede::feed {

// Reads a JSON Feed into *feed. kCorruption for invalid JSON or JSON that is
// not a feed (no "version" naming jsonfeed.org and no "items" array).
Status ReadJsonFeed(std::string_view bytes, const FeedParseOptions& options, Feed* feed);

}  // namespace lede::feed

#endif  // LEDE_FEED_JSON_FEED_H_
