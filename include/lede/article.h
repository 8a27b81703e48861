// Article: the clean article extracted from one Record (DESIGN.md, output contract).
#ifndef LEDE_ARTICLE_H_
#define LEDE_ARTICLE_H_

#include <cstdint>
#include <string>
#include <vector>

namespace lede {

// A half-open range [start, end) of UTF-8 byte offsets into a text.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - start; }
  bool operator==(const Span&) const = default;
};

// All string fields are UTF-8. An empty string means "not found" and is written as
// JSON null by the serialiser.
struct Article {
  std::string url;            // the document's URL (see Record::uri), or the canonical URL
  std::string canonical_url;  // <link rel=canonical> / og:url, absolute, or empty
  std::string title;          // headline without the site-name suffix
  std::vector<std::string> authors;  // person names only, in byline order
  std::string published;      // ISO 8601 date or date-time of first publication
  std::string dateline;       // place the story is filed from ("Rabat")
  std::string lang;           // ISO 639-1
  std::string site_name;      // publication name
  std::string section;        // section or breadcrumb leaf
  std::string description;    // meta description / og:description

  // The body only, paragraphs separated by exactly one blank line ("\n\n").
  std::string text;
  // One span per paragraph of `text` (headings, list items and table rows included).
  std::vector<Span> paragraphs;
};

}  // namespace lede

#endif  // LEDE_ARTICLE_H_
