// The analyzer's result (AnalyzedArticle: indexes into the document and the
// gazetteer) as the plain lede::Analysis the JSON output and the store take.
#ifndef LEDE_KNOWLEDGE_ANALYSIS_H_
#define LEDE_KNOWLEDGE_ANALYSIS_H_

#include "knowledge/analyzer.h"
#include "lede/analysis.h"

namespace lede {

// Entity ids are 1-based positions in analysis.entities; places are copied out
// of `gazetteer`. REQUIRES: analysis.doc non-null.
Analysis ToAnalysis(const AnalyzedArticle& analysis, const Gazetteer& gazetteer);

}  // namespace lede

#endif  // LEDE_KNOWLEDGE_ANALYSIS_H_
