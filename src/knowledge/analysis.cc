#include "knowledge/analysis.h"

#include <string>

#include "nlp/ner_labels.h"

namespace lede {
namespace {

int64_t EntityId(int32_t index) { return index < 0 ? 0 : index + 1; }

std::vector<AnalysisEntity> Entities(const AnalyzedArticle& a) {
  std::vector<AnalysisEntity> out;
  out.reserve(a.entities.size());
  for (size_t e = 0; e < a.entities.size(); ++e) {
    const Entity& entity = a.entities[e];
    out.push_back({static_cast<int64_t>(e + 1), std::string(nlp::LongTypeName(entity.type)), entity.name,
                   entity.roles, entity.mentions, entity.aliases});
  }
  return out;
}

std::vector<AnalysisPlace> Places(const AnalyzedArticle& a, const Gazetteer& g) {
  std::vector<AnalysisPlace> out;
  out.reserve(a.locations.size());
  for (const Location& l : a.locations) {
    const Place& p = g.place(l.place);
    out.push_back({static_cast<int64_t>(l.entity + 1), p.name, p.country, p.admin1, p.lat, p.lon,
                   p.geonames_id, std::string(PlaceKindName(p.kind))});
  }
  return out;
}

std::vector<AnalysisQuote> Quotes(const AnalyzedArticle& a) {
  std::vector<AnalysisQuote> out;
  out.reserve(a.quotes.size());
  for (const AttributedQuote& aq : a.quotes) {
    out.push_back({aq.quote.text, EntityId(aq.speaker),
                   aq.speaker < 0 ? std::string() : a.entities[aq.speaker].name, aq.quote.speaker_span,
                   aq.quote.cue, aq.quote.partial, aq.quote.fragments});
  }
  return out;
}

std::vector<AnalysisCount> Counts(const AnalyzedArticle& a) {
  std::vector<AnalysisCount> out;
  out.reserve(a.counts.size());
  for (const Count& c : a.counts) {
    out.push_back({std::string(c.type), c.number, std::string(a.doc->text(c.object)), c.span, c.parent});
  }
  return out;
}

std::vector<AnalysisEvent> Events(const AnalyzedArticle& a) {
  auto role = [&](int32_t entity, Span span) {
    if (entity >= 0) return EventRole{entity + 1, a.entities[entity].name};
    return EventRole{0, std::string(a.doc->text(span))};
  };
  std::vector<AnalysisEvent> out;
  out.reserve(a.events.size());
  for (const Event& e : a.events) {
    out.push_back({std::string(e.type), role(e.actor, e.actor_span), role(e.target, e.target_span),
                   role(e.location, Span()), e.date, e.trigger, e.sentence});
  }
  return out;
}

std::vector<AnalysisTheme> Themes(const AnalyzedArticle& a) {
  std::vector<AnalysisTheme> out;
  out.reserve(a.themes.size());
  for (const ThemeScore& t : a.themes) out.push_back({t.theme, t.score, t.evidence});
  return out;
}

}  // namespace

Analysis ToAnalysis(const AnalyzedArticle& a, const Gazetteer& gazetteer) {
  const Tone& t = a.tone;
  return {Entities(a),
          Places(a, gazetteer),
          Quotes(a),
          Counts(a),
          Events(a),
          Themes(a),
          {t.score, t.positive, t.negative, t.polarity, t.activity, t.self_group, t.word_count}};
}

std::string QuotedText(std::string_view text, const AnalysisQuote& q) {
  if (q.fragments.size() < 2) return std::string(text.substr(q.text.start, q.text.size()));
  std::string out;
  for (Span f : q.fragments) {
    if (!out.empty()) out += " … ";
    out += text.substr(f.start, f.size());
  }
  return out;
}

}  // namespace lede
