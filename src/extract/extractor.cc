// ExtractArticle: charset -> HtmlDom -> metadata and main content -> dateline, language.
#include "lede/extractor.h"

#include <string>
#include <string_view>

#include "extract/charset.h"
#include "extract/html_dom.h"
#include "extract/language.h"
#include "extract/main_content.h"
#include "extract/meta_text.h"
#include "extract/metadata.h"
#include "extract/text_article.h"

namespace lede {
namespace {

bool OverLimit(uint64_t size, uint64_t limit) { return limit != 0 && size > limit; }

Status TooLarge(uint64_t size, uint64_t limit) {
  return Status::TooLarge("document is " + std::to_string(size) +
                          " bytes, over max_document_bytes " + std::to_string(limit));
}

// The page's own statement of its language: <html lang>, else Content-Language.
std::string_view LanguageHint(const HtmlDom& dom, const Record& record) {
  std::string_view lang = dom.empty() ? std::string_view() : dom.Attr(dom.root(), "lang");
  if (!lang.empty()) return lang;
  for (const auto& [name, value] : record.http_headers) {
    if (AsciiLower(name) == "content-language") return value;
  }
  return {};
}

Status ExtractHtml(std::string_view utf8, const Record& record, const ExtractOptions& options,
                   Article* article) {
  // One DOM per thread, parsed anew for each page: its vectors and text arena
  // keep their capacity (that of the largest page so far) instead of growing
  // from nothing on every page.
  thread_local HtmlDom dom;
  HtmlDomOptions dom_options;
  dom_options.max_dom_depth = options.max_dom_depth;
  Status status = dom.Parse(utf8, dom_options);
  if (!status.ok()) return status;
  if (!record.title_hint.empty()) article->title = record.title_hint;
  if (!record.published_hint.empty()) article->published = record.published_hint;
  std::string json_ld_body;
  ExtractMetadata(dom, record, article, &json_ld_body);
  MainContent content;
  MainContentOptions content_options;
  content_options.headline = article->title;
  content_options.json_ld_body = &json_ld_body;
  status = ExtractMainContent(dom, content_options, &content);
  article->text = std::move(content.text);
  article->paragraphs = std::move(content.paragraphs);
  ExtractDateline(article);
  article->lang = DetectLanguage(article->text, LanguageHint(dom, record));
  return status;
}

}  // namespace

Status ExtractArticle(const Record& record, const ExtractOptions& options, Article* article) {
  *article = Article();
  article->url = record.uri;
  if (OverLimit(record.body.size(), options.max_document_bytes)) {
    return TooLarge(record.body.size(), options.max_document_bytes);
  }
  const bool html = record.kind == PayloadKind::kHtml;
  DecodedText decoded;
  const std::string_view utf8 = DecodeToUtf8View(record.body, record.content_type, html, &decoded);
  if (OverLimit(utf8.size(), options.max_document_bytes)) {
    return TooLarge(utf8.size(), options.max_document_bytes);
  }
  if (html) return ExtractHtml(utf8, record, options, article);
  Status status = ExtractTextArticle(utf8, record, article);
  article->lang = DetectLanguage(article->text, "");
  return status;
}

}  // namespace lede
