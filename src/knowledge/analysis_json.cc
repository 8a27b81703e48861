#include "knowledge/analysis_json.h"

#include "extract/article_json.h"

namespace lede {
namespace {

using nlohmann::json;

json SpanJson(const Document& doc, Span s) {
  return {{"start", s.start}, {"end", s.end}, {"text", doc.text(s)}};
}

json EntityId(int64_t index) { return index < 0 ? json(nullptr) : json(index + 1); }

json EntitiesJson(const AnalyzedArticle& a) {
  json out = json::array();
  for (size_t e = 0; e < a.entities.size(); ++e) {
    const Entity& entity = a.entities[e];
    json mentions = json::array();
    for (Span m : entity.mentions) mentions.push_back(SpanJson(*a.doc, m));
    out.push_back({{"id", e + 1},
                   {"type", nlp::LongTypeName(entity.type)},
                   {"name", entity.name},
                   {"roles", entity.roles},
                   {"mentions", std::move(mentions)}});
  }
  return out;
}

json LocationsJson(const AnalyzedArticle& a, const Gazetteer& g) {
  json out = json::array();
  for (const Location& l : a.locations) {
    const Place& p = g.place(l.place);
    out.push_back({{"entity_id", l.entity + 1},
                   {"name", p.name},
                   {"country", p.country.empty() ? json(nullptr) : json(p.country)},
                   {"admin1", p.admin1.empty() ? json(nullptr) : json(p.admin1)},
                   {"lat", p.lat},
                   {"lon", p.lon},
                   {"geonames_id", p.geonames_id == 0 ? json(nullptr) : json(p.geonames_id)},
                   {"kind", PlaceKindName(p.kind)}});
  }
  return out;
}

json QuotesJson(const AnalyzedArticle& a) {
  json out = json::array();
  for (const AttributedQuote& aq : a.quotes) {
    const Quote& q = aq.quote;
    out.push_back(
        {{"text", a.doc->text(q.text)},
         {"start", q.text.start},
         {"end", q.text.end},
         {"speaker", EntityId(aq.speaker)},
         {"speaker_name", aq.speaker < 0 ? json(nullptr) : json(a.entities[aq.speaker].name)},
         {"speaker_span", q.speaker_span.size() == 0
                              ? json(nullptr)
                              : json{{"start", q.speaker_span.start}, {"end", q.speaker_span.end}}},
         {"cue", q.cue.size() == 0 ? json(nullptr) : SpanJson(*a.doc, q.cue)},
         {"partial", q.partial}});
  }
  return out;
}

json CountsJson(const AnalyzedArticle& a) {
  json out = json::array();
  for (const Count& c : a.counts) {
    out.push_back({{"type", c.type},
                   {"number", c.number},
                   {"object", c.object.size() == 0 ? json(nullptr) : json(a.doc->text(c.object))},
                   {"start", c.span.start},
                   {"end", c.span.end},
                   {"parent", c.parent < 0 ? json(nullptr) : json(c.parent)}});
  }
  return out;
}

json EventsJson(const AnalyzedArticle& a) {
  json out = json::array();
  auto role = [&](int32_t entity, Span span) {
    if (entity >= 0) return json{{"entity", entity + 1}, {"name", a.entities[entity].name}};
    return span.size() == 0 ? json(nullptr) : json{{"entity", nullptr}, {"name", a.doc->text(span)}};
  };
  for (const Event& e : a.events) {
    out.push_back({{"type", e.type},
                   {"actor", role(e.actor, e.actor_span)},
                   {"target", role(e.target, e.target_span)},
                   {"location", e.location < 0 ? json(nullptr)
                                               : json{{"entity", e.location + 1},
                                                      {"name", a.entities[e.location].name}}},
                   {"date", e.date.empty() ? json(nullptr) : json(e.date)},
                   {"trigger", SpanJson(*a.doc, e.trigger)},
                   {"sentence", {{"start", e.sentence.start}, {"end", e.sentence.end}}}});
  }
  return out;
}

json ThemesJson(const AnalyzedArticle& a) {
  json out = json::array();
  for (const ThemeScore& t : a.themes) {
    json evidence = json::array();
    for (Span s : t.evidence) evidence.push_back({{"start", s.start}, {"end", s.end}});
    out.push_back({{"theme", t.theme}, {"score", t.score}, {"evidence", std::move(evidence)}});
  }
  return out;
}

json ToneJson(const Tone& t) {
  return {{"score", t.score},         {"positive", t.positive},     {"negative", t.negative},
          {"polarity", t.polarity},   {"activity", t.activity},     {"self_group", t.self_group},
          {"word_count", t.word_count}};
}

}  // namespace

json AnalysisToJson(const AnalyzedArticle& a, const Gazetteer& gazetteer) {
  json out = ArticleToJson(a.doc->article());
  out["entities"] = EntitiesJson(a);
  out["locations"] = LocationsJson(a, gazetteer);
  out["quotes"] = QuotesJson(a);
  out["counts"] = CountsJson(a);
  out["events"] = EventsJson(a);
  out["themes"] = ThemesJson(a);
  out["tone"] = ToneJson(a.tone);
  return out;
}

}  // namespace lede
