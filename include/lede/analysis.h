// Analysis: the knowledge layers of one article as plain data (DESIGN.md's
// `lede analyze` output contract): entities with their mentions, places, quotes,
// counts, events, themes and tone. Spans are stand-off [start, end) UTF-8 byte
// offsets into Article::text. Entities are referred to by id: the analyzer
// numbers them 1, 2, ... in the article; a Store gives its own ids, the same
// for the same entity in every article.
#ifndef LEDE_ANALYSIS_H_
#define LEDE_ANALYSIS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lede/article.h"

namespace lede {

struct AnalysisEntity {
  int64_t id = 0;
  std::string type;                // PERSON, ORGANIZATION, LOCATION, MISC
  std::string name;                // canonical name
  std::vector<std::string> roles;  // titles and roles given in this article
  std::vector<Span> mentions;      // in text order
  std::vector<std::string> aliases;  // other well-known names the text does not use ("AP")
};

// The place an entity names, geocoded (GeoNames).
struct AnalysisPlace {
  int64_t entity_id = 0;
  std::string name;         // as GeoNames spells it
  std::string country;      // ISO 3166-1 alpha-2, or empty
  std::string admin1;       // "CC.code", or empty
  double lat = 0, lon = 0;
  uint32_t geonames_id = 0;  // 0 for regions GeoNames does not define
  std::string kind;          // city, admin1, country, region, ...
};

struct AnalysisQuote {
  Span text;                 // inside the quotation marks (from the first piece's start to the
                             // last piece's end when the attribution interrupts the quote)
  int64_t speaker_id = 0;    // the speaker entity, 0 if unresolved
  std::string speaker_name;  // that entity's name, empty if unresolved
  Span speaker_span;         // the mention next to the cue, empty if none
  Span cue;                  // the reporting verb, empty if none
  bool partial = false;
  std::vector<Span> fragments;  // the pieces inside quotation marks, in order ("“A,” he said,
                                // “B.”": A and B); one for a quote in one piece
};

// The words `q` quotes from `text` (the article text its spans index): its fragments
// joined by " … ", so an interrupted quote ("“A,” he said, “B.”") reads "A, … B."
// without the attribution between its pieces. REQUIRES: q's spans lie within text.
std::string QuotedText(std::string_view text, const AnalysisQuote& q);

struct AnalysisCount {
  std::string type;    // ARREST, KILL, ..., AMOUNT
  double number = 0;
  std::string object;  // what is counted, or empty
  Span span;           // the number as written
  int32_t parent = -1;  // index (in Analysis::counts) of the count this one is part of, or -1
};

// Who or what fills an event role: an entity, or just text (entity_id 0), or
// nothing (both empty).
struct EventRole {
  int64_t entity_id = 0;
  std::string name;
  bool empty() const { return entity_id == 0 && name.empty(); }
};

struct AnalysisEvent {
  std::string type;  // ATTACK, ARREST, ... (docs/events.md)
  EventRole actor, target, location;
  std::string date;  // ISO date, month or year; empty when unknown
  Span trigger;
  Span sentence;
};

struct AnalysisTheme {
  std::string theme;
  double score = 0;  // matching words per thousand words
  std::vector<Span> evidence;
};

// GDELT GKG V2Tone; percentages are of word_count.
struct AnalysisTone {
  double score = 0, positive = 0, negative = 0, polarity = 0, activity = 0, self_group = 0;
  uint32_t word_count = 0;
};

struct Analysis {
  std::vector<AnalysisEntity> entities;
  std::vector<AnalysisPlace> places;
  std::vector<AnalysisQuote> quotes;
  std::vector<AnalysisCount> counts;
  std::vector<AnalysisEvent> events;
  std::vector<AnalysisTheme> themes;
  AnalysisTone tone;
};

}  // namespace lede

#endif  // LEDE_ANALYSIS_H_
