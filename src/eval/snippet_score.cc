#include "eval/snippet_score.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace lede::eval {
namespace {

// Python's str.isspace(): Unicode white space plus the information separators.
bool IsSpace(UChar32 c) { return c >= 0 && (u_isUWhiteSpace(c) || (c >= 0x1C && c <= 0x1F)); }

}  // namespace

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  bool pending_space = false;
  for (int32_t i = 0; i < n;) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (IsSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.append(text.substr(at, i - at));
  }
  return out;
}

void SnippetScorer::Add(std::string_view text, const std::vector<std::string>& with,
                        const std::vector<std::string>& without) {
  ++pages_;
  const std::string haystack = CollapseWhitespace(text);
  for (const std::string& snippet : with) {
    (haystack.find(CollapseWhitespace(snippet)) != std::string::npos ? tp_ : fn_)++;
  }
  for (const std::string& snippet : without) {
    if (haystack.find(CollapseWhitespace(snippet)) != std::string::npos) ++fp_;
  }
}

PrecisionRecall SnippetScorer::Result() const {
  PrecisionRecall r;
  if (tp_ + fp_ > 0) r.precision = static_cast<double>(tp_) / (tp_ + fp_);
  if (tp_ + fn_ > 0) r.recall = static_cast<double>(tp_) / (tp_ + fn_);
  if (tp_ > 0) r.f1 = 2.0 * tp_ / (2.0 * tp_ + fp_ + fn_);
  return r;
}

}  // namespace lede::eval
