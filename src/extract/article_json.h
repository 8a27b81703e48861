// The JSON form of an Article (DESIGN.md, output contract).
#ifndef LEDE_EXTRACT_ARTICLE_JSON_H_
#define LEDE_EXTRACT_ARTICLE_JSON_H_

#include <string>

#include <nlohmann/json.hpp>

#include "lede/article.h"
#include "lede/status.h"

namespace lede {

// Returns the article as a JSON object; empty strings become null.
nlohmann::json ArticleToJson(const Article& article);

// Returns {"url": url or null, "error": {"code": ..., "message": ...}}.
nlohmann::json ErrorToJson(const std::string& url, const Status& error);

// Serialises one JSON Lines line (no newline); invalid UTF-8 is replaced, never thrown.
std::string ToJsonLine(const nlohmann::json& value);

}  // namespace lede

#endif  // LEDE_EXTRACT_ARTICLE_JSON_H_
