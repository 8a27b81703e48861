// Counts: GKG-style "how many of what" ("85 recruits arrested", "two dozen killed").
#ifndef LEDE_KNOWLEDGE_COUNTS_H_
#define LEDE_KNOWLEDGE_COUNTS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "lede/document.h"

namespace lede {

struct Count {
  static constexpr int32_t kNoParent = -1;
  // ARREST, KILL, WOUND, KIDNAP, ATTACK, PROTEST, SEIZE, DISPLACE, AFFECT, or AMOUNT
  // when no trigger word types it.
  std::string_view type;
  double number = 0;
  Span span;    // the number as written ("1,664", "two dozen")
  Span object;  // what is counted ("recruits who came back to the country"); empty if none
  // Index (in the returned vector) of the count this one is a subset of
  // ("including 14 women" of "85 recruits"), or kNoParent.
  int32_t parent = kNoParent;
};

// Finds the counts in the document's sentences. Years, dates, times, ordinals,
// percentages and the pronoun "one" are not counts.
std::vector<Count> FindCounts(const Document& doc);

// Parses a number written in digits ("1,664", "3.5") or words ("twenty-five",
// "three"), without scale words. Returns false when `word` is neither.
bool ParseNumberWord(std::string_view word, double* value);

}  // namespace lede

#endif  // LEDE_KNOWLEDGE_COUNTS_H_
