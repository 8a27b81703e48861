// PrefilterHtml: a linear pre-pass over HTML before the tree builder sees it.
//
// It does two things, each optional:
//  - caps element nesting. HTML5 tree builders take time quadratic in nesting
//    depth (about 10 s per 100k unclosed elements), so depth must be bounded
//    before parsing. Start tags opened deeper than the limit are dropped together
//    with their end tags, so their content is flattened into the ancestor at the
//    limit (elements whose end tag is optional, and void elements, are not
//    counted);
//  - drops what no extraction stage reads: the content of <style> and of
//    <script> elements that are not JSON-LD data blocks (start tag without
//    "ld+json"). On news pages that is over half of the bytes. A script ends
//    where HTML's tokenizer ends it: "<!--" starts an escaped part, in which
//    "<script" starts a part where "</script" does not end the element, up to
//    "-->". The content of inline <svg> drawings goes too (path data, icons' <title>s), unless it holds a nested
//    <svg> or an HTML element that ends the drawing (<p>, <div>, <span>, ...).
//    Start tags keep only the attributes extraction reads (class, id, href,
//    content, name, property, itemprop, rel, type, style, role, hidden,
//    aria-hidden, datetime, pubdate, lang, http-equiv, charset, and the few that
//    change how the tree builder nests: color, face, size, encoding): data-*,
//    event handlers, src, srcset, alt, title, ... are a fifth of what is left
//    of a news page. Comments go. Runs of spaces in text shrink to one
//    character (a line break if the run has one), except inside <pre> and
//    <listing> and raw-text elements (<textarea>, <title>, ...): every reader
//    of the tree collapses spaces anyway, and a third of a page's text bytes
//    are indentation.
// It is a light tokenizer: comments, raw-text elements and quoted attribute
// values are understood, so markup inside them is never mistaken for tags.
#ifndef LEDE_EXTRACT_HTML_PREFILTER_H_
#define LEDE_EXTRACT_HTML_PREFILTER_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace lede {

struct PrefilterOptions {
  uint32_t max_depth = 0;  // counted nesting levels kept; 0 = no limit
  bool drop_unread = false;  // drop code, unread attributes, comments and extra spaces
};

// Returns true and writes the rewritten document to *out when something was
// dropped; returns false (and leaves *out alone) when `html` needs no change.
// REQUIRES: out != nullptr.
bool PrefilterHtml(std::string_view html, const PrefilterOptions& options, std::string* out);

}  // namespace lede

#endif  // LEDE_EXTRACT_HTML_PREFILTER_H_
