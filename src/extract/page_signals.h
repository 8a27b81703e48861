// PageSignals: everything metadata extraction reads from an HTML page, gathered
// in one iterative pass over the HtmlDom. Deciding between the signals is
// metadata.h's job; this file only collects them, so the decisions can be tested
// without HTML.
#ifndef LEDE_EXTRACT_PAGE_SIGNALS_H_
#define LEDE_EXTRACT_PAGE_SIGNALS_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/html_dom.h"

namespace lede {

struct PageSignals {
  std::string title;                    // <title> text, whitespace collapsed
  std::vector<std::string> headings;    // <h1> texts in document order
  // <meta> name/property/itemprop/http-equiv (lower case) -> content, in order;
  // also itemprop on other elements (content, datetime or text).
  std::vector<std::pair<std::string, std::string>> meta;
  std::string canonical;                // <link rel=canonical href>
  std::vector<std::string> json_ld;     // bodies of <script type=application/ld+json>
  // <time> elements: datetime attribute (or text) of those marked as the
  // publication time (pubdate, itemprop/class "published"), then of all others.
  std::vector<std::string> published_times;
  std::vector<std::string> other_times;
  // rel=author links and byline/author elements, in document order (nested ones
  // are part of their outermost).
  struct Byline {
    std::string text;                // the element's text
    std::vector<std::string> links;  // texts of its links to author pages (/author/, rel=author)
  };
  std::vector<Byline> bylines;
  std::vector<std::string> date_texts;  // short texts of elements whose class/id says "date"
  // The visible text of <body> (no script, style, template, noscript), one line
  // per text node, cut at PageSignalsOptions::max_page_text_bytes.
  std::string page_text;
};

// Limits on what is collected. 0 = no limit.
struct PageSignalsOptions {
  uint32_t max_headings = 8;          // <h1> texts kept
  uint32_t max_items = 32;            // bylines, date texts and times kept (each)
  uint32_t max_byline_bytes = 200;    // longer "byline" elements are containers, not bylines
  uint32_t max_date_text_bytes = 120; // longer "date" elements are not a date
  uint64_t max_page_text_bytes = 256u << 10;  // page_text is cut here
};

// Collects the signals of `dom`. Never recurses; linear in the number of nodes
// (plus the text of the elements it keeps).
PageSignals CollectPageSignals(const HtmlDom& dom, const PageSignalsOptions& options = {});

// Returns the first content given for one of `keys` (lower case) in signals.meta,
// trying the keys in order; empty when none is present.
std::string FirstMeta(const PageSignals& signals, std::initializer_list<std::string_view> keys);

}  // namespace lede

#endif  // LEDE_EXTRACT_PAGE_SIGNALS_H_
