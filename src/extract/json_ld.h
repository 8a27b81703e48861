// JSON-LD: article metadata from <script type="application/ld+json"> blocks.
//
// Tolerant: a block may hold one object, an array, or an "@graph"; authors may be
// strings, objects ({"name"} or {"givenName", "familyName"}) or arrays of both;
// HTML comment and CDATA wrappers and raw control characters are accepted. A block
// that still is not JSON is skipped. Thread-safe.
#ifndef LEDE_EXTRACT_JSON_LD_H_
#define LEDE_EXTRACT_JSON_LD_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lede {

// What the JSON-LD blocks of one page say about its article. Values are raw
// strings as found (dates unparsed, names uncleaned); empty = not given.
struct JsonLdMeta {
  std::string headline;
  std::string date_published;  // datePublished, else dateCreated / uploadDate
  std::string date_modified;
  std::string section;         // articleSection (the first, if a list)
  std::string description;
  std::string site_name;       // publisher.name, or a WebSite's name
  std::string url;             // the article's url / mainEntityOfPage
  std::vector<std::string> authors;  // Person names in order; Organization authors left out
  std::vector<std::string> breadcrumbs;  // BreadcrumbList item names in position order
  // The longest "articleBody" string of any object (any type) in any block, as
  // found (HTML references not decoded): the body as the page states it. Read
  // from the blocks as given, never cleaned: a body with raw control
  // characters is not JSON (taking cleaned ones changed 9 of the 491 bench
  // pages and lowered NAEB body F1).
  std::string article_body;
};

// Limits for one JSON-LD block. 0 = no limit.
struct JsonLdOptions {
  uint32_t max_depth = 64;             // deeper blocks are skipped (nesting of {} and [])
  uint64_t max_block_bytes = 1u << 20;  // larger blocks are skipped
};

// Whether a <script type> value marks a JSON-LD block: it holds "ld+json",
// ignoring ASCII case ("application/ld+json", "application/LD+JSON; charset=utf-8").
bool IsJsonLdType(std::string_view script_type);

// Parses one block and fills the fields of *meta that are still empty: an
// article-typed object (NewsArticle, Article, BlogPosting, ...) wins over a
// WebPage, and blocks seen earlier win over later ones; article_body is replaced
// by a longer one. Returns false (and leaves *meta unchanged) when the block is
// not JSON or is over a limit.
bool ParseJsonLd(std::string_view block, JsonLdMeta* meta, const JsonLdOptions& options = {});

}  // namespace lede

#endif  // LEDE_EXTRACT_JSON_LD_H_
