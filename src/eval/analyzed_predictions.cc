#include "eval/analyzed_predictions.h"

#include <cstdio>

#include "eval/code_points.h"
#include "util/parallel.h"

namespace lede::eval {

std::vector<PredictedPlace> PredictedPlaces(const AnalyzedArticle& analysis,
                                            const Gazetteer& gazetteer) {
  std::vector<PredictedPlace> out;
  if (analysis.doc == nullptr) return out;
  const CodePointOffsets chars(analysis.doc->text());
  for (const Location& location : analysis.locations) {
    const Place& place = gazetteer.place(location.place);
    for (Span m : analysis.entities[location.entity].mentions) {
      out.push_back({chars.ToCodePoints(m.start), chars.ToCodePoints(m.end), place.lat, place.lon,
                     location.place, place.geonames_id});
    }
  }
  return out;
}

std::vector<PredictedQuote> PredictedQuotes(const AnalyzedArticle& analysis) {
  std::vector<PredictedQuote> out;
  if (analysis.doc == nullptr) return out;
  const CodePointOffsets chars(analysis.doc->text());
  auto to_chars = [&](Span s) {
    return CharSpan{chars.ToCodePoints(s.start), chars.ToCodePoints(s.end)};
  };
  for (const AttributedQuote& q : analysis.quotes) {
    PredictedQuote p{to_chars(q.quote.text), std::nullopt};
    if (q.quote.speaker_span.size() > 0) p.speaker = to_chars(q.quote.speaker_span);
    out.push_back(p);
  }
  return out;
}

void AnalyzeEach(const Analyzer& analyzer, std::span<const std::string* const> texts,
                 unsigned threads, const std::function<std::string(size_t)>& name,
                 const std::function<void(size_t, const AnalyzedArticle&)>& fn,
                 std::span<const OutletContext> outlets) {
  ParallelFor(texts.size(), threads, [&](size_t i) {
    Article article;
    article.text = *texts[i];
    const OutletHome* home = nullptr;
    if (!outlets.empty()) {
      article.url = outlets[i].url;
      home = &outlets[i].home;
    }
    AnalyzedArticle analysis;
    const Status s = analyzer.Analyze(std::move(article), &analysis, nullptr, home);
    if (!s.ok()) {
      std::fprintf(stderr, "%s: %s\n", name(i).c_str(), s.ToString().c_str());
      analysis = AnalyzedArticle();
    }
    fn(i, analysis);
  });
}

}  // namespace lede::eval
