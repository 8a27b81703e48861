// Quotes: direct quotations and who said them (the mention next to the cue).
#ifndef LEDE_KNOWLEDGE_QUOTES_H_
#define LEDE_KNOWLEDGE_QUOTES_H_

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "lede/document.h"
#include "lede/status.h"

namespace lede {

struct Quote {
  Span text;          // inside the quotation marks; a quote running over several
                      // paragraphs spans from its first opening to its last closing mark,
                      // an interrupted one from its first piece's start to its last's end
  // The pieces inside quotation marks, in order: one, or more when the attribution
  // interrupts the quote and the rest follows in the same paragraph with no cue of its
  // own ("“A,” he said. “B.”" is one quote, as PolNeAR annotates it: one Content of
  // two fragments).
  std::vector<Span> fragments;
  Span cue;           // the reporting verb or phrase ("said", "made it clear"); empty if none.
                      // A quote with no cue right before an attributed one ("“A.” “B,” X
                      // said.") takes that one's cue and speaker.
  Span speaker_span;  // the mention next to the cue: a name, a pronoun, "the minister"; empty if none
  bool partial = false;  // the quote is part of a sentence rather than a whole one
};

// Thread-safe once loaded: Find() only reads.
class QuoteFinder {
 public:
  // Loads the reporting cues (one lower-case verb form or phrase per line, as in
  // data/lexicons/reporting-verbs.txt). Returns kNotFound naming the file.
  static Status Load(const std::string& cues_path, std::unique_ptr<QuoteFinder>* out);

  // Finds the direct quotes in quotation marks of any style (“ ” " « » „ ‘ ’), in
  // text order: those of at least kMinWords words that are not titles, and shorter
  // ones followed by their speaker ("“No,” he said").
  std::vector<Quote> Find(const Document& doc) const;

  static constexpr size_t kMinWords = 3;

 private:
  QuoteFinder() = default;
  friend class QuoteScanner;
  // Cue phrases by first word; each entry is the phrase's words.
  std::unordered_multimap<std::string, std::vector<std::string>> cues_;
};

}  // namespace lede

#endif  // LEDE_KNOWLEDGE_QUOTES_H_
