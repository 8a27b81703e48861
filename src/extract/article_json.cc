#include "extract/article_json.h"

namespace lede {
namespace {

nlohmann::json OrNull(const std::string& s) {
  return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
}

}  // namespace

nlohmann::json ArticleToJson(const Article& article) {
  nlohmann::json out = nlohmann::json::object();
  out["url"] = OrNull(article.url);
  out["canonical_url"] = OrNull(article.canonical_url);
  out["title"] = OrNull(article.title);
  out["authors"] = article.authors;
  out["published"] = OrNull(article.published);
  out["dateline"] = OrNull(article.dateline);
  out["lang"] = OrNull(article.lang);
  out["site_name"] = OrNull(article.site_name);
  out["section"] = OrNull(article.section);
  out["description"] = OrNull(article.description);
  out["text"] = article.text;
  return out;
}

nlohmann::json ErrorToJson(const std::string& url, const Status& error) {
  return {{"url", OrNull(url)},
          {"error", {{"code", std::string(error.CodeName())}, {"message", error.message()}}}};
}

std::string ToJsonLine(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace lede
