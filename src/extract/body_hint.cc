#include "extract/body_hint.h"

#include <algorithm>

#include "extract/meta_text.h"

namespace lede {
namespace {

bool IsWordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

constexpr uint64_t kFnvOffset = 1469598103934665603ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

uint64_t GramHash(const uint64_t* words) {
  uint64_t h = words[0];
  for (int i = 1; i < 4; ++i) h = (h ^ (words[i] + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2)));
  return h;
}

std::vector<uint64_t> GramHashes(const std::vector<uint64_t>& words) {
  std::vector<uint64_t> grams;
  for (size_t i = 0; i + 4 <= words.size(); ++i) grams.push_back(GramHash(&words[i]));
  return grams;
}

bool Contains(const std::vector<uint64_t>& sorted, uint64_t h) {
  return std::binary_search(sorted.begin(), sorted.end(), h);
}

}  // namespace

// Length of the UTF-8 punctuation or space at text[i] (U+00A0, U+00AB, U+00BB,
// U+2010..U+203F: dashes, curly quotes, ellipsis), or 0.
size_t PunctuationLength(std::string_view text, size_t i) {
  auto byte = [&](size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0; };
  if (byte(i) == 0xC2 && (byte(i + 1) == 0xA0 || byte(i + 1) == 0xAB || byte(i + 1) == 0xBB)) return 2;
  if (byte(i) == 0xE2 && byte(i + 1) == 0x80 && byte(i + 2) >= 0x90 && byte(i + 2) <= 0xBF) return 3;
  return 0;
}

std::vector<uint64_t> WordHashes(std::string_view text) {
  std::vector<uint64_t> words;
  uint64_t h = kFnvOffset;
  bool in_word = false;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = text[i];
    size_t punctuation = c >= 0x80 ? PunctuationLength(text, i) : 0;
    if (punctuation > 0) i += punctuation - 1;
    if (punctuation == 0 && IsWordByte(c)) {
      if (c >= 'A' && c <= 'Z') c += 32;
      h = (h ^ c) * kFnvPrime;
      in_word = true;
    } else if (in_word) {
      words.push_back(h);
      h = kFnvOffset;
      in_word = false;
    }
  }
  if (in_word) words.push_back(h);
  return words;
}

std::string FindJsonLdArticleBody(const HtmlDom& dom, const JsonLdOptions& options) {
  JsonLdMeta meta;
  for (NodeId i = 0; i < dom.size(); ++i) {
    if (!dom.IsElement(i) || dom.tag(i) != Tag::kScript) continue;
    if (!IsJsonLdType(dom.Attr(i, "type"))) continue;
    const std::string json = dom.TextContent(i);
    if (json.find("articleBody") != std::string::npos) ParseJsonLd(json, &meta, options);
  }
  return DecodeHtmlEntities(meta.article_body);
}

BodyHint::BodyHint(std::string_view body) : words_(WordHashes(body)), grams_(GramHashes(words_)) {
  for (char c : body) {
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && (static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++chars_;
    }
  }
  std::sort(words_.begin(), words_.end());
  std::sort(grams_.begin(), grams_.end());
}

BodyHint::Verdict BodyHint::Judge(std::string_view block_text) const {
  std::vector<uint64_t> words = WordHashes(block_text);
  if (words.empty()) return Verdict::kUnknown;
  if (words.size() < 4) {
    bool all = std::all_of(words.begin(), words.end(), [&](uint64_t w) { return Contains(words_, w); });
    return all ? Verdict::kConfirmed : Verdict::kRefuted;
  }
  std::vector<uint64_t> grams = GramHashes(words);
  size_t found = std::count_if(grams.begin(), grams.end(), [&](uint64_t g) { return Contains(grams_, g); });
  if (found * 2 >= grams.size()) return Verdict::kConfirmed;
  if (found * 5 < grams.size()) return Verdict::kRefuted;
  return Verdict::kUnknown;
}

}  // namespace lede
