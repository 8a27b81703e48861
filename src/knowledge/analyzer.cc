#include "knowledge/analyzer.h"

#include <algorithm>
#include <chrono>

#include "knowledge/place_mentions.h"
#include "knowledge/word_case.h"
#include "nlp/ner_annotate.h"
#include "util/data_dir.h"

namespace lede {
namespace {

constexpr std::string_view kPersonPronouns[] = {"he", "she", "him", "her"};

// Adds the time since the previous lap to a StageTimes field; does nothing
// without a StageTimes.
class StageClock {
 public:
  explicit StageClock(StageTimes* times) : times_(times), last_(Now()) {}
  void Lap(double StageTimes::*stage) {
    if (times_ == nullptr) return;
    const auto now = Now();
    times_->*stage += std::chrono::duration<double>(now - last_).count();
    last_ = now;
  }

 private:
  static std::chrono::steady_clock::time_point Now() { return std::chrono::steady_clock::now(); }
  StageTimes* times_;
  std::chrono::steady_clock::time_point last_;
};

bool Overlaps(Span a, Span b) { return a.start < b.end && b.start < a.end; }

bool IsPersonPronoun(std::string_view word) {
  std::string lower;
  return OneOf(AsciiLower(word, &lower), kPersonPronouns);
}

// The person mentioned last before `at` whose gender agrees with `gender` (Agrees), or -1.
int32_t LastPersonBefore(const std::vector<Entity>& entities, std::span<const Gender> genders,
                         uint32_t at, Gender gender) {
  int32_t best = -1;
  uint32_t best_end = 0;
  for (size_t e = 0; e < entities.size(); ++e) {
    if (entities[e].type != EntityType::kPerson) continue;
    if (!Agrees(genders[e], gender)) continue;
    for (Span m : entities[e].mentions) {
      if (m.end <= at && m.end >= best_end) {
        best = static_cast<int32_t>(e);
        best_end = m.end;
      }
    }
  }
  return best;
}

// The person whose roles name the last word of `mention` ("the minister"), or -1.
int32_t PersonWithRole(const std::vector<Entity>& entities, std::string_view mention) {
  const size_t space = mention.rfind(' ');
  const std::string_view head = space == std::string_view::npos ? mention : mention.substr(space + 1);
  if (head.size() < 3) return -1;
  for (size_t e = 0; e < entities.size(); ++e) {
    for (const std::string& role : entities[e].roles) {
      std::string lower;
      if (AsciiLower(role, &lower).find(head) != std::string::npos) return static_cast<int32_t>(e);
    }
  }
  return -1;
}

}  // namespace

Status Analyzer::Load(const AnalyzerOptions& options, std::unique_ptr<Analyzer>* out) {
  std::unique_ptr<Analyzer> a(new Analyzer);
  a->options_ = options;
  const std::string data = options.data_dir.empty() ? DataPath("") : options.data_dir + "/";
  const std::string model = options.ner_model.empty() ? nlp::DefaultNerModelPath()
                                                      : options.ner_model;
  Status s = nlp::NerTagger::Load(model, &a->tagger_);
  if (s.ok()) s = Gazetteer::Load(data + "gazetteer", &a->gazetteer_);
  if (s.ok()) s = AliasTable::Load(data + "lexicons/aliases.tsv", &a->aliases_);
  if (s.ok()) s = GivenNames::Load(data + "lexicons/given-names.tsv", &a->given_names_);
  for (const char* file : {"lexicons/organisations.txt", "lexicons/organisations-gate.txt"}) {
    if (s.ok()) s = a->organisations_.AddFile(data + file);
  }
  if (s.ok()) s = QuoteFinder::Load(data + "lexicons/reporting-verbs.txt", &a->quotes_);
  if (s.ok()) s = EventFinder::Load(data + "lexicons/event-triggers.tsv", &a->events_);
  if (s.ok()) s = ThemeLexicon::Load(data + "lexicons/themes.tsv", &a->themes_);
  if (s.ok()) s = ToneLexicon::Load(data + "lexicons/tone", &a->tone_);
  if (!s.ok()) return s;
  a->geocoder_ = std::make_unique<Geocoder>(a->gazetteer_.get());
  *out = std::move(a);
  return Status::OK();
}

Status Analyzer::Analyze(Article article, AnalyzedArticle* out, StageTimes* times,
                         const OutletHome* outlet_home) const {
  StageClock clock(times);
  const bool english = article.lang.empty() || article.lang == "en";
  Status s = Document::Create(std::move(article), options_.document, &out->doc);
  if (!s.ok()) return s;
  Document* doc = out->doc.get();
  clock.Lap(&StageTimes::document);
  if (english) {
    const std::vector<EntityMention> mentions = TaggedMentions(doc);
    clock.Lap(&StageTimes::tagger);
    out->entities = ResolveEntities(*doc, mentions, aliases_.get());
    DropNonNames(&out->entities);
    // Before the place finder, which geocodes what is a LOCATION ("County Clare").
    RetypeByNameShape(&out->entities);
    AddPlaceMentions(*doc, *gazetteer_, aliases_.get(), &organisations_, &out->entities);
    // After the place finder, which reads organisations named like a town as the town.
    RetypeKnownOrganisations(*doc, organisations_, &out->entities);
    RetypeStormNames(*doc, &out->entities);
    clock.Lap(&StageTimes::entities);
    out->locations = Locate(*doc, out->entities, outlet_home);
    clock.Lap(&StageTimes::places);
  }
  std::vector<Gender> genders;
  for (const Entity& e : out->entities) {
    genders.push_back(e.type == EntityType::kPerson ? PersonGender(e, given_names_.get())
                                                    : Gender::kUnknown);
  }
  out->quotes = AttributeQuotes(*doc, out->entities, genders);
  clock.Lap(&StageTimes::quotes);
  out->counts = FindCounts(*doc);
  clock.Lap(&StageTimes::counts);
  out->events = events_->Find(*doc, out->entities, doc->article().published,
                              doc->article().dateline, genders);
  clock.Lap(&StageTimes::events);
  out->themes = ScoreThemes(*doc, *themes_);
  clock.Lap(&StageTimes::themes);
  out->tone = ScoreTone(*doc, *tone_);
  clock.Lap(&StageTimes::tone);
  return Status::OK();
}

std::vector<EntityMention> Analyzer::TaggedMentions(Document* doc) const {
  nlp::AnnotateEntities(*tagger_, doc);
  const SpanLayer* layer = doc->layer(nlp::kEntitiesLayer);
  std::vector<EntityMention> mentions;
  for (const LabeledSpan& s : layer->spans) {
    EntityMention m{s.span, EntityType::kMisc};
    for (int t = 0; t < nlp::kNumEntityTypes; ++t) {
      if (nlp::LongTypeName(static_cast<EntityType>(t)) == layer->labels[s.label]) {
        m.type = static_cast<EntityType>(t);
      }
    }
    mentions.push_back(m);
  }
  return mentions;
}

// An organisation named exactly like a country is the country's government or
// the country itself ("US officials", "Britain said"): the tagger's ORG is a place.
bool Analyzer::NamesACountry(const Entity& entity) const {
  if (entity.type != EntityType::kOrganization) return false;
  for (uint32_t i : gazetteer_->Lookup(entity.name)) {
    if (gazetteer_->place(i).kind == PlaceKind::kCountry) return true;
  }
  return false;
}

// Places: every LOCATION entity's mentions are geocoded together (the whole
// document is context, with the dateline and the outlet's country, from the country
// domain of the article's URL); an entity takes the place of its first resolved
// mention.
// A MISC entity that is a demonym names its country ("Moroccan") or continent
// ("European").
std::vector<Location> Analyzer::Locate(const Document& doc, const std::vector<Entity>& entities,
                                       const OutletHome* outlet_home) const {
  std::vector<Span> spans;
  std::vector<size_t> owner;
  for (size_t e = 0; e < entities.size(); ++e) {
    if (entities[e].type != EntityType::kLocation && !NamesACountry(entities[e])) continue;
    for (Span m : entities[e].mentions) {
      spans.push_back(m);
      owner.push_back(e);
    }
  }
  const Article& article = doc.article();
  std::string outlet = OutletCountry(article.url.empty() ? article.canonical_url : article.url);
  if (gazetteer_->Country(outlet) == nullptr) outlet.clear();
  const GeocodeContext context{article.dateline, outlet, outlet_home};
  const std::vector<Geocode> codes = geocoder_->Resolve(doc.text(), spans, context);
  std::vector<Location> locations;
  for (size_t i = 0; i < codes.size(); ++i) {
    const bool placed = std::any_of(locations.begin(), locations.end(),
                                    [&](const Location& l) { return l.entity == owner[i]; });
    if (codes[i].place != Geocode::kNone && !placed) locations.push_back({owner[i], codes[i].place});
  }
  for (size_t e = 0; e < entities.size(); ++e) {
    if (entities[e].type != EntityType::kMisc) continue;
    const int32_t place = gazetteer_->DemonymPlace(entities[e].name);
    if (place >= 0) locations.push_back({e, place});
  }
  return locations;
}

// A speaker is the entity mentioned at the speaker span, or for a pronoun the
// person mentioned last before it whose gender agrees ("she": not John Brown), or
// for a role ("the minister") the person holding it.
std::vector<AttributedQuote> Analyzer::AttributeQuotes(const Document& doc,
                                                       const std::vector<Entity>& entities,
                                                       std::span<const Gender> genders) const {
  std::vector<AttributedQuote> out;
  for (const Quote& q : quotes_->Find(doc)) {
    AttributedQuote a{q, -1};
    if (q.speaker_span.size() > 0) {
      for (size_t e = 0; e < entities.size() && a.speaker < 0; ++e) {
        for (Span m : entities[e].mentions) {
          if (Overlaps(m, q.speaker_span)) a.speaker = static_cast<int32_t>(e);
        }
      }
      const std::string_view words = doc.text(q.speaker_span);
      if (a.speaker < 0 && IsPersonPronoun(words)) {
        a.speaker = LastPersonBefore(entities, genders, q.speaker_span.start, PronounGender(words));
      }
      if (a.speaker < 0) a.speaker = PersonWithRole(entities, words);
    }
    out.push_back(a);
  }
  return out;
}

}  // namespace lede
