// Main content: the article body of an HTML page, without its boilerplate.
//
// Stages (each a function in main_content.cc):
//  1. Node facts: every element's role from boilerplate_rules (never text,
//     furniture, body mark), its nearest block element and whether it is in a
//     link; each block's verdict from the JSON-LD articleBody (body_hint.h).
//  2. Block weights: each block's own text, counted positive when it reads like
//     body text, negative when it is link lists, furniture or, when the page
//     marks its article body, outside that mark.
//  3. Article root: the element whose subtree has the largest total weight (a
//     maximum-weight subtree). Split articles come out whole because the
//     container that holds every part outweighs each part alone; comment
//     threads, related links and share bars between parts only subtract.
//  4. Keep/drop: a pure predicate per node of the root's subtree; the body ends
//     where an infinite-scroll page starts its next article.
//  5. Serialisation: text_serializer.h turns the kept nodes into paragraphs.
#ifndef LEDE_EXTRACT_MAIN_CONTENT_H_
#define LEDE_EXTRACT_MAIN_CONTENT_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/html_dom.h"
#include "lede/article.h"
#include "lede/status.h"

namespace lede {

struct MainContentOptions {
  // The article's headline (from the metadata), or empty. A paragraph that is
  // exactly the headline repeats it and is not body.
  std::string_view headline;
  // A block whose link text is more than this share of its text is navigation
  // (menus, tag lists, "related" lists) and is dropped.
  double max_link_density = 0.5;
  // Blocks shorter than this (in characters) that are not sentences (no
  // punctuation, or fewer than three words) count slightly against a container
  // (labels, menu entries, bylines, prices).
  uint32_t short_block_chars = 30;
  // When the page marks its body (itemprop=articleBody, "article-body", ...) and
  // the marked blocks hold at least this share of the page's readable text, text
  // outside the marks is left out. 1 = never trust the marks.
  double min_hint_share = 0.3;
  // An element named like furniture (class "sidebar", id "__next") that holds
  // more than this share of the page's text is taken to be a page wrapper.
  double max_furniture_share = 0.66;
  // Weight per character of furniture text (share bars, comments, related
  // boxes) when choosing the root. Furniture inside the root is dropped anyway,
  // so it should not push the root below an article it interrupts.
  double furniture_weight = -0.1;
  // The page's JSON-LD articleBody, when it has at least this many characters,
  // the page's blocks confirm at least `min_json_ld_coverage` of it and it is at
  // least `min_json_ld_completeness` as long as the body found from the layout
  // (so not a teaser), decides which blocks are body: blocks it confirms are
  // kept (even link-only ones), blocks it refutes are dropped. When the layout
  // yields less than `min_json_ld_coverage` of it, the articleBody itself is the
  // body. 0 = off.
  uint32_t min_json_ld_body_chars = 300;
  // That articleBody (entities decoded, "" = none) when the caller has read it
  // already (ExtractMetadata gives it); nullptr = read it from the page's
  // JSON-LD here (FindJsonLdArticleBody).
  const std::string* json_ld_body = nullptr;
  double min_json_ld_coverage = 0.5;
  double min_json_ld_completeness = 0.8;
};

struct MainContent {
  std::string text;              // paragraphs separated by exactly one blank line
  std::vector<Span> paragraphs;  // one span per paragraph of `text`
  NodeId root = kNoNode;         // the element the body was taken from
};

// Finds the article body of `dom` and writes it to *out (replacing its content).
// Returns kEmpty when the page holds no readable body text. Thread-safe.
// REQUIRES: out != nullptr.
Status ExtractMainContent(const HtmlDom& dom, const MainContentOptions& options,
                          MainContent* out);

}  // namespace lede

#endif  // LEDE_EXTRACT_MAIN_CONTENT_H_
