#include "extract/text_serializer.h"

#include <string_view>

#include "extract/boilerplate_rules.h"

namespace lede {
namespace {

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

BlockKind KindOf(Tag tag) {
  switch (tag) {
    case Tag::kH1: case Tag::kH2: case Tag::kH3: case Tag::kH4: case Tag::kH5: case Tag::kH6:
      return BlockKind::kHeading;
    case Tag::kLi: case Tag::kDt: case Tag::kDd: return BlockKind::kListItem;
    case Tag::kBlockquote: return BlockKind::kQuote;
    case Tag::kTr: return BlockKind::kTableRow;
    case Tag::kPre: return BlockKind::kPreformatted;
    default: return BlockKind::kParagraph;
  }
}

// Builds paragraphs from a stream of text, breaks and block boundaries.
class BlockBuilder {
 public:
  explicit BlockBuilder(std::vector<TextBlock>* out) : out_(out) {}

  // Appends text; whitespace runs become one space unless `verbatim`. NBSP is a space.
  void AddText(std::string_view text, bool verbatim) {
    if (verbatim) {
      if (pending_space_ && !current_.empty()) current_.push_back(' ');
      pending_space_ = false;
      current_.append(text);
      return;
    }
    for (size_t i = 0; i < text.size(); ++i) {
      char c = text[i];
      if (IsHtmlSpace(c)) {
        pending_space_ = true;
      } else if (c == '\xc2' && i + 1 < text.size() && text[i + 1] == '\xa0') {
        pending_space_ = true;
        ++i;
      } else {
        if (pending_space_ && !current_.empty() && current_.back() != '\n') current_.push_back(' ');
        pending_space_ = false;
        current_.push_back(c);
      }
    }
  }

  void AddLineBreak() {
    if (!current_.empty() && current_.back() != '\n') current_.push_back('\n');
    pending_space_ = false;
  }

  // Separates table cells of one row.
  void AddCellBreak() {
    if (!current_.empty()) current_.append(" | ");
    pending_space_ = false;
  }

  // Ends the current paragraph, giving it `kind` if it holds any text.
  void EndBlock(BlockKind kind) {
    while (!current_.empty() && (current_.back() == '\n' || current_.back() == ' ' ||
                                 current_.back() == '|')) {
      current_.pop_back();
    }
    if (!current_.empty()) out_->push_back({kind, std::move(current_)});
    current_.clear();
    pending_space_ = false;
  }

 private:
  std::vector<TextBlock>* out_;
  std::string current_;
  bool pending_space_ = false;
};

// True if `s` is exactly one letter (an ASCII or a two-byte UTF-8 one).
bool IsSingleLetter(std::string_view s) {
  if (s.size() == 1) return (s[0] | 0x20) >= 'a' && (s[0] | 0x20) <= 'z';
  return s.size() == 2 && (static_cast<unsigned char>(s[0]) & 0xE0) == 0xC0;
}

bool StartsLowerCase(std::string_view s) { return !s.empty() && s[0] >= 'a' && s[0] <= 'z'; }

}  // namespace

std::vector<TextBlock> CollectBlocks(const HtmlDom& dom, NodeId root, const KeepFn& keep) {
  std::vector<TextBlock> blocks;
  BlockBuilder builder(&blocks);
  struct Open {
    NodeId end;       // where the block element's subtree ends
    BlockKind kind;   // what its paragraphs are
    bool verbatim;    // inside <pre>: whitespace kept
  };
  std::vector<Open> open;  // block elements being visited, innermost last
  auto close_until = [&](NodeId i) {
    while (!open.empty() && open.back().end <= i) {
      builder.EndBlock(open.back().kind);
      open.pop_back();
    }
  };
  const NodeId end = dom.SubtreeEnd(root);
  for (NodeId i = root; i < end; ++i) {
    close_until(i);
    if (dom.IsText(i)) {
      if (keep(i)) builder.AddText(dom.Text(i), !open.empty() && open.back().verbatim);
      continue;
    }
    if (!keep(i)) {
      i = dom.SubtreeEnd(i) - 1;
      continue;
    }
    Tag tag = dom.tag(i);
    if (tag == Tag::kBr) {
      builder.AddLineBreak();
    } else if (tag == Tag::kTd || tag == Tag::kTh) {
      builder.AddCellBreak();
    } else if (IsBlockTag(tag)) {
      Open outer = open.empty() ? Open{end, BlockKind::kParagraph, false} : open.back();
      builder.EndBlock(outer.kind);
      BlockKind kind = KindOf(tag);
      open.push_back({dom.SubtreeEnd(i), kind == BlockKind::kParagraph ? outer.kind : kind,
                      outer.verbatim || tag == Tag::kPre});
    }
  }
  close_until(kNoNode);
  builder.EndBlock(BlockKind::kParagraph);
  return blocks;
}

std::vector<TextBlock> BlocksOfPlainText(std::string_view text) {
  std::vector<TextBlock> blocks;
  BlockBuilder builder(&blocks);
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    builder.AddText(text.substr(start, end - start), false);
    builder.EndBlock(BlockKind::kParagraph);
    start = end + 1;
  }
  return blocks;
}

void SerializeBlocks(const std::vector<TextBlock>& blocks, std::string* text,
                     std::vector<Span>* paragraphs) {
  text->clear();
  paragraphs->clear();
  for (size_t i = 0; i < blocks.size(); ++i) {
    const std::string& block = blocks[i].text;
    if (!paragraphs->empty()) {
      if (IsSingleLetter(blocks[i - 1].text) && StartsLowerCase(block)) {
        text->append(block);
        paragraphs->back().end = static_cast<uint32_t>(text->size());
        continue;
      }
      text->append("\n\n");
    }
    uint32_t start = static_cast<uint32_t>(text->size());
    text->append(block);
    paragraphs->push_back({start, static_cast<uint32_t>(text->size())});
  }
}

}  // namespace lede
