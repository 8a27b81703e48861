// URL identity: the canonical form used for deduplication, and the host that
// names an article's source.
#ifndef LEDE_UTIL_URL_H_
#define LEDE_UTIL_URL_H_

#include <string>
#include <string_view>

#include "lede/article.h"

namespace lede {

// Returns the form of `url` under which copies of one document compare equal:
// scheme and host lowercased, default port (:80, :443), fragment, tracking
// parameters (utm_*, fbclid, gclid) and a trailing "?" or "&" removed. Paths keep
// their case. Returns "" for "" and for strings without "scheme://".
std::string CanonicalUrl(std::string_view url);

// Returns the lowercased host of `url` without a leading "www." and without the
// port, or "" when there is none (file: URLs, relative paths).
std::string UrlHost(std::string_view url);

// The host an article came from, its source in the store (sources.host): UrlHost of
// its URL, or of its canonical URL when it has no URL; "" for files.
std::string SourceHost(const Article& article);

}  // namespace lede

#endif  // LEDE_UTIL_URL_H_
