// Text serialisation: the kept part of a DOM subtree -> paragraphs of plain text.
//
// Stage two of main-content extraction (after the keep/drop decisions of
// main_content.cc): walks the subtree in document order, puts inline text
// together exactly as a browser lays it out (whitespace collapsed, a space only
// where the source has whitespace, so neither "Morocco’santi" nor "T he"), and
// cuts a new paragraph at every block element (p, div, h1-h6, li, blockquote,
// tr, pre, ...). Then it joins the paragraphs with one blank line.
#ifndef LEDE_EXTRACT_TEXT_SERIALIZER_H_
#define LEDE_EXTRACT_TEXT_SERIALIZER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/html_dom.h"
#include "lede/article.h"

namespace lede {

enum class BlockKind : uint8_t { kParagraph, kHeading, kListItem, kQuote, kTableRow, kPreformatted };

// One paragraph of body text, whitespace already normalised.
struct TextBlock {
  BlockKind kind = BlockKind::kParagraph;
  std::string text;
};

// Says whether a node's content is kept. Called once per element (false skips
// its whole subtree) and once per text node (false drops that text).
using KeepFn = std::function<bool(NodeId)>;

// Returns the text blocks of the subtree of `root`, in document order, keeping
// only what `keep` accepts. Empty blocks are left out. REQUIRES: root < dom.size().
std::vector<TextBlock> CollectBlocks(const HtmlDom& dom, NodeId root, const KeepFn& keep);

// Returns one paragraph per non-blank line of plain `text`, whitespace collapsed.
std::vector<TextBlock> BlocksOfPlainText(std::string_view text);

// Joins blocks into *text, paragraphs separated by "\n\n", with one span per
// paragraph in *paragraphs (both replaced). A paragraph that is one letter
// followed by one starting in lower case is a detached drop cap: the two are
// joined ("T" + "he head" -> "The head").
void SerializeBlocks(const std::vector<TextBlock>& blocks, std::string* text,
                     std::vector<Span>* paragraphs);

}  // namespace lede

#endif  // LEDE_EXTRACT_TEXT_SERIALIZER_H_
