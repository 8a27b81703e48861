#include "lede/document.h"

#include "nlp/sentences.h"
#include "nlp/tokenizer.h"

namespace lede {

// 32-bit offsets, and room for normalised forms up to three times the text.
static constexpr uint64_t kMaxDocumentBytes = uint64_t{1} << 30;

uint32_t SpanLayer::LabelId(std::string_view name) {
  for (size_t i = 0; i < labels.size(); ++i) {
    if (labels[i] == name) return static_cast<uint32_t>(i);
  }
  labels.emplace_back(name);
  return static_cast<uint32_t>(labels.size() - 1);
}

Status Document::Create(Article article, const DocumentOptions& options,
                        std::unique_ptr<Document>* doc) {
  doc->reset();
  const uint64_t size = article.text.size();
  if (options.max_text_bytes != 0 && size > options.max_text_bytes) {
    return Status::TooLarge("text of " + std::to_string(size) + " bytes is over max_text_bytes (" +
                            std::to_string(options.max_text_bytes) + ")");
  }
  if (size >= kMaxDocumentBytes) {
    return Status::TooLarge("text of " + std::to_string(size) +
                            " bytes is over the 1 GiB a document can hold");
  }
  std::unique_ptr<Document> result(new Document());
  result->article_ = std::move(article);
  nlp::Tokenize(result->article_.text, options.tokenize, &result->tokens_, &result->norm_text_);
  nlp::SplitSentences(result->article_.text, options.sentences, &result->tokens_,
                      &result->sentences_);
  *doc = std::move(result);
  return Status::OK();
}

std::string_view Document::norm(const Token& token) const {
  if (!token.has(kTokenNormalized)) return text(token.span);
  return std::string_view(norm_text_).substr(token.norm.start, token.norm.size());
}

SpanLayer* Document::AddLayer(const std::string& name) { return &layers_[name]; }

const SpanLayer* Document::layer(std::string_view name) const {
  const auto it = layers_.find(name);
  return it == layers_.end() ? nullptr : &it->second;
}

}  // namespace lede
