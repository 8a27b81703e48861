// The JSON form of an analysed article (DESIGN.md, `lede analyze` contract).
#ifndef LEDE_KNOWLEDGE_ANALYSIS_JSON_H_
#define LEDE_KNOWLEDGE_ANALYSIS_JSON_H_

#include <nlohmann/json.hpp>

#include "knowledge/analyzer.h"
#include "lede/analysis.h"
#include "lede/article.h"

namespace lede {

// The article's fields (ArticleToJson) plus the layers: entities, locations,
// quotes, counts, events, themes, tone. Offsets are UTF-8 byte offsets into
// "text"; entity ids are those of `analysis` (a span past the text's end
// prints as the text up to the end).
nlohmann::json AnalysisToJson(const Article& article, const Analysis& analysis);

// The same for the analyzer's result: entity ids are 1-based positions in "entities".
nlohmann::json AnalysisToJson(const AnalyzedArticle& analysis, const Gazetteer& gazetteer);

}  // namespace lede

#endif  // LEDE_KNOWLEDGE_ANALYSIS_JSON_H_
