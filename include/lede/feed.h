// Feed: what a news feed, a sitemap or a news sitemap says, in one model.
//
// ParseFeed reads RSS 0.9x, RSS 1.0 (RDF), RSS 2.0, Atom 0.3 and 1.0, JSON Feed
// 1.0/1.1, XML sitemaps (urlset and index, Google News and image extensions),
// plain-text sitemaps, gzipped or not; the format is found from the content. A
// sitemap's <url> entries are items (loc -> link, lastmod or news:publication_date
// -> published, news:title -> title); a sitemap index's children are items too,
// with the type saying they are sitemaps to fetch.
//
// Safety: XML is parsed by libxml2 without network access, without external
// entities or DTD loading (no XXE), with entity expansion limits, in recover mode
// so that ill-formed feeds still yield what can be read (Feed::recovered says so).
#ifndef LEDE_FEED_H_
#define LEDE_FEED_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lede/status.h"

namespace lede {

enum class FeedType {
  kRss,           // RSS 0.9x, 1.0 (RDF) or 2.0 (Feed::version says which)
  kAtom,          // Atom 0.3 or 1.0
  kJson,          // JSON Feed
  kSitemap,       // XML urlset or plain-text sitemap: items are pages
  kSitemapIndex,  // XML sitemap index: items are further sitemaps
};

// "rss", "atom", "json", "sitemap", "sitemapindex".
std::string_view FeedTypeName(FeedType type);

struct FeedPerson {
  std::string name;
  std::string email;
};

struct FeedEnclosure {
  std::string url;
  std::string type;     // MIME type, or empty
  uint64_t length = 0;  // bytes as the feed states them, 0 if not stated
};

// Dates are kept as written and, when ParseFeedDate (src/feed/feed_date.h)
// understands them, in UTC as "YYYY-MM-DDTHH:MM:SSZ" (else empty).
struct FeedItem {
  std::string title;
  std::string link;                // absolute when a base URL was known
  std::vector<std::string> links;  // every link of the item, `link` first
  std::string guid;                // RSS guid, Atom id, JSON Feed id
  std::string description;         // summary (RSS description, Atom summary), markup kept
  std::string content;             // full content (content:encoded, Atom content), markup kept
  std::string published, published_utc;
  std::string updated, updated_utc;
  std::vector<FeedPerson> authors;
  std::vector<std::string> categories;
  std::vector<FeedEnclosure> enclosures;
  std::string image;     // an image URL for the item, or empty
  std::string language;  // news:language of a news sitemap entry, or empty
};

struct Feed {
  FeedType type = FeedType::kRss;
  std::string version;  // "0.91", "1.0", "2.0", "0.3", "1.1", ...; empty for sitemaps
  std::string title;
  std::string link;  // the site's home page
  std::vector<std::string> links;
  std::string feed_link;  // the feed's own URL (atom:link rel=self, JSON feed_url)
  std::string description;
  std::string language;
  std::string copyright;
  std::string generator;
  std::string image;
  std::string published, published_utc;
  std::string updated, updated_utc;
  std::vector<FeedPerson> authors;
  std::vector<std::string> categories;
  uint32_t ttl_minutes = 0;  // RSS <ttl>: how long the feed may be cached (0 = not stated)
  // The document was ill-formed (XML errors, bad JSON recovered, bytes not in the
  // declared charset) and was read leniently.
  bool recovered = false;
  std::vector<FeedItem> items;
};

struct FeedParseOptions {
  // The URL the document was fetched from: relative links resolve against it
  // (and against xml:base). Empty = links are kept as written.
  std::string base_url;
  // The HTTP Content-Type header, whose charset wins over the document's own
  // declaration (RFC 7303). Empty = none.
  std::string content_type;
  // Largest document, after gzip decompression (0 = no limit). Larger: kTooLarge.
  uint64_t max_bytes = 64u << 20;
  // Items kept at most; the rest are dropped (0 = no limit). Sitemaps may hold 50,000.
  size_t max_items = 50000;
};

// Parses `bytes` into *feed (replaced). Errors: kCorruption for bytes that are no
// feed or sitemap (an empty document, unknown XML, invalid JSON, bad gzip),
// kTooLarge past options.max_bytes. Ill-formed but readable feeds are OK with
// feed->recovered set. REQUIRES: feed non-null.
Status ParseFeed(std::string_view bytes, const FeedParseOptions& options, Feed* feed);

// Returns the feeds a web page announces with <link rel="alternate"> of type
// RSS, Atom or JSON Feed (and rel="sitemap"), as absolute URLs against `page_url`
// (or the page's <base href>), in page order, without duplicates.
std::vector<std::string> DiscoverFeeds(std::string_view html, std::string_view page_url);

}  // namespace lede

#endif  // LEDE_FEED_H_
