// Words that keep their final period ("Mr.", "Jan.", "U.S.") and whether such a
// word can end a sentence.
#ifndef LEDE_NLP_ABBREVIATIONS_H_
#define LEDE_NLP_ABBREVIATIONS_H_

#include <string_view>

namespace lede::nlp {

enum class AbbreviationKind {
  kNone,     // not an abbreviation: a following period is punctuation
  kTitle,    // a title or an initial before a name ("Mr.", "Gen.", "St.", "J.", "v."): never ends a
             // sentence
  kNumeral,  // "No.", "p.", "c." (any lower-case letter): an abbreviation only when a number
             // follows
  kOther,  // "Inc.", "Jan.", "Calif.", "etc.", "U.S.": ends a sentence when one plainly starts next
};

// Classifies `word`, the letters before a period (without the period): a listed
// abbreviation (case-sensitive), a single upper-case letter (an initial), or
// letters separated by periods with at most two letters each ("U.S", "e.g", "Ph.D").
// Thread-safe.
AbbreviationKind ClassifyAbbreviation(std::string_view word);

// True for capitalised words that usually start a sentence ("The", "He", "But"),
// which tell that a sentence ended at an abbreviation before them.
bool IsSentenceStarter(std::string_view word);

}  // namespace lede::nlp

#endif  // LEDE_NLP_ABBREVIATIONS_H_
