// Boilerplate rules: what kind of page furniture an element is, from its tag,
// its ARIA role, its hidden state and its class/id names alone.
//
// These are the per-node facts main-content extraction starts from; the
// decisions that need context (link density, position, length) are made in
// main_content.cc. The class/id vocabulary is compiled once (thread-safe).
#ifndef LEDE_EXTRACT_BOILERPLATE_RULES_H_
#define LEDE_EXTRACT_BOILERPLATE_RULES_H_

#include <cstdint>
#include <string_view>

#include "extract/html_dom.h"

namespace lede {

enum class NodeRole : uint8_t {
  kNeutral,      // an ordinary element: its content is judged by its text
  kNeverText,    // never readable body text (scripts, form controls, media,
                 // hidden elements, dialogs, cookie and consent notices)
  kBoilerplate,  // page furniture (navigation, share bars, comments, related
                 // links, newsletter and consent boxes, captions, footers)
  kContentHint,  // marked as the article body (itemprop=articleBody, class
                 // "article-body", "entry-content", ...)
};

// Returns the role of element `id` of `dom`, looking at the element alone.
// REQUIRES: dom.IsElement(id).
NodeRole ClassifyElement(const HtmlDom& dom, NodeId id);

// Returns the role suggested by a class or id attribute value (a space-separated
// list of names; case-insensitive): kContentHint for body marks, kNeverText for
// cookie and consent notices, kBoilerplate for furniture, else kNeutral.
NodeRole ClassifyNames(std::string_view class_or_id);

// True when a whole paragraph is a furniture label ("Advertisement", "Read
// next", "Tags", "Anzeige"): case, surrounding punctuation and spaces ignored.
bool IsFurnitureLabel(std::string_view paragraph);

// True for elements that start a new block of text (p, div, li, h1, tr, ...);
// false for inline elements (a, span, b, ...).
bool IsBlockTag(Tag tag);

}  // namespace lede

#endif  // LEDE_EXTRACT_BOILERPLATE_RULES_H_
