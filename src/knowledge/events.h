// Events: "what happened" in a document, PLOVER-like types (ATTACK, ARREST, VISIT, ...)
// found from trigger words (verbs and nouns), with actor and target from the clause,
// location and date. The taxonomy is documented in docs/events.md.
#ifndef LEDE_KNOWLEDGE_EVENTS_H_
#define LEDE_KNOWLEDGE_EVENTS_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "knowledge/entities.h"
#include "knowledge/gender.h"
#include "lede/document.h"
#include "lede/status.h"

namespace lede {

struct Event {
  static constexpr int32_t kNone = -1;
  std::string_view type;  // "ATTACK", ...: valid as long as the EventFinder
  // Who did it and to whom: indexes into the entities given to Find, or kNone.
  int32_t actor = kNone;
  int32_t target = kNone;
  // Their text even when no entity: "Security services", "85 recruits"; empty if none.
  Span actor_span;
  Span target_span;
  int32_t location = kNone;  // a LOCATION entity in the sentence, else the dateline's
  std::string date;          // "2017-08-29", "2017-08" or "2016"; empty when unknown
  Span trigger;              // the trigger word ("arrested", "attacks")
  Span sentence;
};

// Finds events with a trigger lexicon. Immutable once loaded; Find may be called
// concurrently.
class EventFinder {
 public:
  // Loads data/lexicons/event-triggers.tsv ("form<TAB>TYPE<TAB>POS" lines, POS one of
  // V, G, D, N; '#' comments). Returns kNotFound, or kCorruption naming the line.
  static Status Load(const std::string& path, std::unique_ptr<EventFinder>* out);

  // The events of `doc`, in text order, at most one per type and sentence.
  // `entities` are the document's (ResolveEntities); `published` its publication date
  // (ISO, or empty: relative dates then stay unresolved); `dateline` the dateline's
  // place name ("Rabat") or empty; `genders` the entities' (PersonGender), one each,
  // or empty when unknown: "he" and "she" stand for the last person they agree with.
  std::vector<Event> Find(const Document& doc, const std::vector<Entity>& entities,
                          std::string_view published, std::string_view dateline,
                          std::span<const Gender> genders = {}) const;

 private:
  friend class EventScanner;
  // Part-of-speech bits of a trigger form.
  enum Pos : uint8_t { kVerb = 1, kGerund = 2, kPast = 4 };
  struct Trigger {
    int16_t verb_type = -1;  // index into types_, or -1
    int16_t noun_type = -1;
    uint8_t verb_pos = 0;  // Pos bits
  };

  EventFinder() = default;
  Status Add(std::string_view form, std::string_view type, std::string_view pos);

  std::vector<std::string> types_;
  std::unordered_map<std::string, Trigger> triggers_;  // lower-case form -> trigger
};

}  // namespace lede

#endif  // LEDE_KNOWLEDGE_EVENTS_H_
