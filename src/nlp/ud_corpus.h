// Gold tokens and sentences from Universal Dependencies files (GUM's CoNLL-U, UNER's
// .iob2), laid out as running text, and exact-match scoring against them.
#ifndef LEDE_NLP_UD_CORPUS_H_
#define LEDE_NLP_UD_CORPUS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "lede/article.h"
#include "lede/status.h"

namespace lede::nlp {

// One document rebuilt from its sentences' "# text =" lines: sentences of a
// paragraph joined by " ", paragraphs ("# newpar") by "\n\n".
struct GoldDocument {
  std::string text;
  std::vector<Span> tokens;     // gold tokens (syntactic words), in text order
  std::vector<Span> sentences;  // gold sentences, in text order
};

struct GoldCorpus {
  std::vector<GoldDocument> documents;
  // Sentences left out because their token forms do not spell their text.
  size_t skipped_sentences = 0;
};

// Appends the documents of one CoNLL-U or UNER .iob2 file (plain or gzip) to *corpus.
// Token lines are "ID<TAB>FORM<TAB>..."; documents start at "# newdoc". The words of
// a multi-word token ("1-2 Zurbarán’s") are used when they spell it, else the token.
// Returns kNotFound / kIOError when the file cannot be read; kCorruption when a line
// over 1 MiB or a token line without a FORM column is found.
Status ReadUdFile(const std::string& path, GoldCorpus* corpus);

// Precision, recall and F1 of exact matches between two sets of items.
struct MatchScore {
  size_t gold = 0;
  size_t predicted = 0;
  size_t matched = 0;

  void Add(const MatchScore& other);
  double Precision() const;
  double Recall() const;
  double F1() const;
};

// Scores predicted token spans against gold ones (a match is the same [start, end)).
MatchScore ScoreTokens(const std::vector<Span>& gold, const std::vector<Span>& predicted);
// Scores sentence boundaries: the ends of all sentences but the text's last.
MatchScore ScoreSentenceEnds(const std::vector<Span>& gold, const std::vector<Span>& predicted);

}  // namespace lede::nlp

#endif  // LEDE_NLP_UD_CORPUS_H_
