#include "knowledge/analysis_json.h"

#include <string_view>

#include "extract/article_json.h"
#include "knowledge/analysis.h"

namespace lede {
namespace {

using nlohmann::json;

std::string_view SpanText(std::string_view text, Span s) {
  if (s.start >= text.size()) return {};
  return text.substr(s.start, s.size());
}

json SpanJson(std::string_view text, Span s) {
  return {{"start", s.start}, {"end", s.end}, {"text", SpanText(text, s)}};
}

json OrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json EntitiesJson(std::string_view text, const Analysis& a) {
  json out = json::array();
  for (const AnalysisEntity& entity : a.entities) {
    json mentions = json::array();
    for (Span m : entity.mentions) mentions.push_back(SpanJson(text, m));
    out.push_back({{"id", entity.id},
                   {"type", entity.type},
                   {"name", entity.name},
                   {"roles", entity.roles},
                   {"aliases", entity.aliases},
                   {"mentions", std::move(mentions)}});
  }
  return out;
}

json LocationsJson(const Analysis& a) {
  json out = json::array();
  for (const AnalysisPlace& p : a.places) {
    out.push_back({{"entity_id", p.entity_id},
                   {"name", p.name},
                   {"country", OrNull(p.country)},
                   {"admin1", OrNull(p.admin1)},
                   {"lat", p.lat},
                   {"lon", p.lon},
                   {"geonames_id", p.geonames_id == 0 ? json(nullptr) : json(p.geonames_id)},
                   {"kind", p.kind}});
  }
  return out;
}

json FragmentsJson(std::string_view text, const std::vector<Span>& fragments) {
  json out = json::array();
  for (Span f : fragments) out.push_back(SpanJson(text, f));
  return out;
}

json QuotesJson(std::string_view text, const Analysis& a) {
  json out = json::array();
  for (const AnalysisQuote& q : a.quotes) {
    out.push_back(
        {{"text", SpanText(text, q.text)},
         {"start", q.text.start},
         {"end", q.text.end},
         {"speaker", q.speaker_id == 0 ? json(nullptr) : json(q.speaker_id)},
         {"speaker_name", q.speaker_id == 0 ? json(nullptr) : json(q.speaker_name)},
         {"speaker_span", q.speaker_span.size() == 0
                              ? json(nullptr)
                              : json{{"start", q.speaker_span.start}, {"end", q.speaker_span.end}}},
         {"cue", q.cue.size() == 0 ? json(nullptr) : SpanJson(text, q.cue)},
         {"partial", q.partial},
         {"fragments", FragmentsJson(text, q.fragments)}});
  }
  return out;
}

json CountsJson(const Analysis& a) {
  json out = json::array();
  for (const AnalysisCount& c : a.counts) {
    out.push_back({{"type", c.type},
                   {"number", c.number},
                   {"object", OrNull(c.object)},
                   {"start", c.span.start},
                   {"end", c.span.end},
                   {"parent", c.parent < 0 ? json(nullptr) : json(c.parent)}});
  }
  return out;
}

json RoleJson(const EventRole& role) {
  if (role.empty()) return nullptr;
  return {{"entity", role.entity_id == 0 ? json(nullptr) : json(role.entity_id)}, {"name", role.name}};
}

json EventsJson(std::string_view text, const Analysis& a) {
  json out = json::array();
  for (const AnalysisEvent& e : a.events) {
    out.push_back({{"type", e.type},
                   {"actor", RoleJson(e.actor)},
                   {"target", RoleJson(e.target)},
                   {"location", e.location.entity_id == 0 ? json(nullptr) : RoleJson(e.location)},
                   {"date", OrNull(e.date)},
                   {"trigger", SpanJson(text, e.trigger)},
                   {"sentence", {{"start", e.sentence.start}, {"end", e.sentence.end}}}});
  }
  return out;
}

json ThemesJson(const Analysis& a) {
  json out = json::array();
  for (const AnalysisTheme& t : a.themes) {
    json evidence = json::array();
    for (Span s : t.evidence) evidence.push_back({{"start", s.start}, {"end", s.end}});
    out.push_back({{"theme", t.theme}, {"score", t.score}, {"evidence", std::move(evidence)}});
  }
  return out;
}

json ToneJson(const AnalysisTone& t) {
  return {{"score", t.score},         {"positive", t.positive},     {"negative", t.negative},
          {"polarity", t.polarity},   {"activity", t.activity},     {"self_group", t.self_group},
          {"word_count", t.word_count}};
}

}  // namespace

json AnalysisToJson(const Article& article, const Analysis& a) {
  json out = ArticleToJson(article);
  out["entities"] = EntitiesJson(article.text, a);
  out["locations"] = LocationsJson(a);
  out["quotes"] = QuotesJson(article.text, a);
  out["counts"] = CountsJson(a);
  out["events"] = EventsJson(article.text, a);
  out["themes"] = ThemesJson(a);
  out["tone"] = ToneJson(a.tone);
  return out;
}

json AnalysisToJson(const AnalyzedArticle& analysis, const Gazetteer& gazetteer) {
  return AnalysisToJson(analysis.doc->article(), ToAnalysis(analysis, gazetteer));
}

}  // namespace lede
