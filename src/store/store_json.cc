#include "store/store_json.h"

#include "extract/article_json.h"
#include "knowledge/analysis_json.h"

namespace lede {

nlohmann::json StoredToJson(const StoredArticle& stored) {
  nlohmann::json j = stored.analysis ? AnalysisToJson(stored.article, *stored.analysis)
                                     : ArticleToJson(stored.article);
  j["id"] = stored.id;
  j["source"] = stored.source.empty() ? nlohmann::json() : nlohmann::json(stored.source);
  j["duplicate_of"] = stored.duplicate_of > 0 ? nlohmann::json(stored.duplicate_of) : nlohmann::json();
  j["ingested_at"] = stored.ingested_at;
  return j;
}

nlohmann::json SearchHitToJson(const SearchHit& hit) {
  auto or_null = [](const std::string& text) { return text.empty() ? nlohmann::json() : nlohmann::json(text); };
  return {{"id", hit.id},
          {"title", or_null(hit.title)},
          {"url", or_null(hit.url)},
          {"published", or_null(hit.published)},
          {"source", or_null(hit.source)},
          {"snippet", or_null(hit.snippet)},
          {"score", hit.score}};
}

nlohmann::json StoreStatsToJson(const StoreStats& stats) {
  return {{"articles", stats.articles}, {"near_duplicates", stats.near_duplicates},
          {"sources", stats.sources},   {"analyzed", stats.analyzed},
          {"entities", stats.entities}, {"mentions", stats.mentions},
          {"quotes", stats.quotes},     {"counts", stats.counts},
          {"events", stats.events},     {"stories", stats.stories},
          {"schema_version", stats.schema_version}};
}

}  // namespace lede
