// Analyzer: runs every analysis stage over one article (DESIGN.md: entities,
// places, quotes, counts, events, themes, tone) and holds the loaded resources.
#ifndef LEDE_KNOWLEDGE_ANALYZER_H_
#define LEDE_KNOWLEDGE_ANALYZER_H_

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "knowledge/counts.h"
#include "knowledge/entities.h"
#include "knowledge/gender.h"
#include "knowledge/events.h"
#include "knowledge/gazetteer.h"
#include "knowledge/geocoder.h"
#include "knowledge/outlet_home.h"
#include "knowledge/quotes.h"
#include "knowledge/themes.h"
#include "knowledge/tone.h"
#include "lede/article.h"
#include "lede/document.h"
#include "lede/status.h"
#include "nlp/ner_tagger.h"

namespace lede {

// Where the analyzer's resources are; empty = the shipped default.
struct AnalyzerOptions {
  std::string ner_model;  // default: nlp::DefaultNerModelPath()
  std::string data_dir;   // default: DataPath("") ($LEDE_DATA_DIR or the source tree's data/)
  DocumentOptions document;
};

// A place an entity names, geocoded.
struct Location {
  size_t entity = 0;  // index into AnalyzedArticle::entities
  int32_t place = 0;  // index into the gazetteer
};

// A quote with its speaker resolved to an entity.
struct AttributedQuote {
  Quote quote;
  int32_t speaker = -1;  // index into AnalyzedArticle::entities, or -1
};

struct AnalyzedArticle {
  std::unique_ptr<Document> doc;  // owns the article and its text
  std::vector<Entity> entities;
  std::vector<Location> locations;
  std::vector<AttributedQuote> quotes;
  std::vector<Count> counts;
  std::vector<Event> events;
  std::vector<ThemeScore> themes;
  Tone tone;
};

// Seconds spent in each stage, summed over the Analyze() calls given it (bench/).
struct StageTimes {
  double document = 0;  // tokens and sentences
  double tagger = 0;
  double entities = 0;
  double places = 0;
  double quotes = 0;
  double counts = 0;
  double events = 0;
  double themes = 0;
  double tone = 0;
};

// Thread-safe once loaded: Analyze() may run concurrently; resources are read-only.
class Analyzer {
 public:
  // Loads the tagger, gazetteer and lexicons. Returns the first loader's error
  // (kNotFound / kCorruption naming the file).
  static Status Load(const AnalyzerOptions& options, std::unique_ptr<Analyzer>* out);

  // Analyses one article. Non-English articles (Article::lang set and not "en")
  // skip the English tagger and what depends on it (entities, places, speakers).
  // Returns kTooLarge when the text is over the document limit. When `times` is
  // not null, each stage's time is added to it. `outlet_home`, when not null, is
  // where the outlet's other articles are (OutletHome), context for the places.
  Status Analyze(Article article, AnalyzedArticle* out, StageTimes* times = nullptr,
                 const OutletHome* outlet_home = nullptr) const;

  const Gazetteer& gazetteer() const { return *gazetteer_; }

 private:
  Analyzer() = default;
  std::vector<EntityMention> TaggedMentions(Document* doc) const;
  bool NamesACountry(const Entity& entity) const;
  std::vector<Location> Locate(const Document& doc, const std::vector<Entity>& entities,
                               const OutletHome* outlet_home) const;
  // `genders`: the entities' (PersonGender), one each.
  std::vector<AttributedQuote> AttributeQuotes(const Document& doc,
                                               const std::vector<Entity>& entities,
                                               std::span<const Gender> genders) const;

  AnalyzerOptions options_;
  std::unique_ptr<nlp::NerTagger> tagger_;
  std::unique_ptr<Gazetteer> gazetteer_;
  std::unique_ptr<Geocoder> geocoder_;
  std::unique_ptr<AliasTable> aliases_;
  std::unique_ptr<GivenNames> given_names_;
  NameSet organisations_;
  std::unique_ptr<QuoteFinder> quotes_;
  std::unique_ptr<EventFinder> events_;
  std::unique_ptr<ThemeLexicon> themes_;
  std::unique_ptr<ToneLexicon> tone_;
};

}  // namespace lede

#endif  // LEDE_KNOWLEDGE_ANALYZER_H_
