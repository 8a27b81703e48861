// Tagged sentences for training and scoring the named-entity tagger, and the
// reader of CoNLL-style column files (CoNLL-2003, WikiANN, UNER's CoNLL-U-like
// .iob2 files).
#ifndef LEDE_NLP_NER_CORPUS_H_
#define LEDE_NLP_NER_CORPUS_H_

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lede/status.h"
#include "nlp/ner_labels.h"

namespace lede::nlp {

// One sentence: tokens are views into text owned by the NerCorpus; `labels`
// is parallel to `tokens`, or empty when the input carried no tags.
struct NerSentence {
  std::vector<std::string_view> tokens;
  std::vector<Label> labels;
};

// Sentences of one document, in order (document-level features look across them).
struct NerDocument {
  std::vector<NerSentence> sentences;
};

struct NerCorpus {
  std::vector<NerDocument> documents;
  // The bytes the tokens point into. Move-only so the views stay valid.
  std::vector<std::unique_ptr<std::string>> texts;

  size_t NumTokens() const;
  size_t NumSentences() const;
  // Moves other's documents and texts to the end of this corpus.
  void Append(NerCorpus&& other);
};

struct ConllReadOptions {
  // Every token line must end in an IOB tag (training and scoring); when false a
  // line without one gives a sentence with empty labels (tagging).
  bool require_tags = true;
  // Files larger than this are refused with kTooLarge (0 = no limit).
  size_t max_file_bytes = 0;
};

// Reads a column file. Lines: blank = sentence end; "-DOCSTART-" or "# newdoc"
// = document start; other lines starting with '#' whose last field is not a tag
// are comments. The layout is found from the first token line:
// tab-separated with a numeric first column (CoNLL-U-like): token in column 2,
// tag in column 3; otherwise token in column 1 and tag in the last column; a
// language prefix such as "en:" (WikiANN) is stripped from tokens. A file with
// no document markers gives one document per sentence. IOB1 is read as IOB2.
// If `lines` is not null it receives every line of the file (without "\n"),
// viewing corpus->texts, so the file can be written back.
// Returns kNotFound / kIOError / kTooLarge / kCorruption (naming path and line).
Status ReadConll(const std::string& path, const ConllReadOptions& options, NerCorpus* corpus,
                 std::vector<std::string_view>* lines = nullptr);

// The column separator of a token line written back: '\t' if the line has a
// tab, else ' '.
char ConllSeparator(std::string_view line);

// True for a line that holds a token (not blank, not a marker, not a comment).
bool IsConllTokenLine(std::string_view line);

// The lines of a file read by ReadConll written back, each token line with one
// tag appended after the line's separator (trailing blanks dropped); other lines
// unchanged; every line ends in "\n". Tags are taken in order from
// predicted[document][sentence][token], the shape TagCorpus gives for the corpus
// ReadConll made from these lines. REQUIRES: that shape.
std::string ConllWithTags(std::span<const std::string_view> lines,
                          const std::vector<std::vector<std::vector<Label>>>& predicted);

}  // namespace lede::nlp

#endif  // LEDE_NLP_NER_CORPUS_H_
