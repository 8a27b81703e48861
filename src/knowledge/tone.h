// Tone: GDELT GKG's V2Tone for one document, from open lexicons (VADER, AFINN)
// with VADER's negation and booster rules.
#ifndef LEDE_KNOWLEDGE_TONE_H_
#define LEDE_KNOWLEDGE_TONE_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "lede/document.h"
#include "lede/status.h"

namespace lede {

// GKG V2Tone fields; percentages are of word_count.
struct Tone {
  double score = 0;       // positive - negative (GKG "Tone"; -100..+100, news mostly -10..+10)
  double positive = 0;    // % of words with positive valence
  double negative = 0;    // % of words with negative valence
  double polarity = 0;    // positive + negative: how emotionally charged the text is
  double activity = 0;    // % of words that are activity words (CAMEO verbs)
  double self_group = 0;  // % of words that are first-person pronouns (I, we, our...)
  uint32_t word_count = 0;
};

// Immutable once loaded; thread-safe for concurrent reads.
class ToneLexicon {
 public:
  // Loads valence.tsv, modifiers.tsv and activity.tsv from `dir` (data/lexicons/tone).
  // Returns kNotFound or kCorruption naming the file and line.
  static Status Load(const std::string& dir, std::unique_ptr<ToneLexicon>* out);

  // Valence of a lower-case word (-4..+4), 0 when unrated.
  float Valence(std::string_view word) const;
  // VADER's scalar for a negation (< 0) or booster word, 0 for other words.
  float Negation(std::string_view word) const { return Find(negations_, word); }
  float Booster(std::string_view word) const { return Find(boosters_, word); }
  bool IsActivity(std::string_view word) const { return activity_.count(std::string(word)) > 0; }

 private:
  ToneLexicon() = default;
  static float Find(const std::unordered_map<std::string, float>& map, std::string_view word);

  std::unordered_map<std::string, float> valence_;
  std::unordered_map<std::string, float> negations_;
  std::unordered_map<std::string, float> boosters_;
  std::unordered_set<std::string> activity_;
};

// Scores the document's words. Word tokens only; their normalised form is
// lower-cased before lookup.
Tone ScoreTone(const Document& doc, const ToneLexicon& lexicon);

}  // namespace lede

#endif  // LEDE_KNOWLEDGE_TONE_H_
