// Token and sentence boundaries against the gold of two Universal Dependencies
// corpora: GUM (news, interviews, biographies, travel, academic, court) and UNER's
// English Web Treebank (web text). Prints the scores; asserts floors.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "nlp/sentences.h"
#include "nlp/tokenizer.h"
#include "nlp/ud_corpus.h"

namespace lede::nlp {
namespace {

namespace fs = std::filesystem;

const std::string kData = std::string(LEDE_SHARED_DIR) + "/data/";

GoldCorpus ReadAll(const std::vector<std::string>& paths) {
  GoldCorpus corpus;
  for (const std::string& path : paths) {
    const Status status = ReadUdFile(path, &corpus);
    EXPECT_TRUE(status.ok()) << status.ToString();
  }
  return corpus;
}

std::vector<std::string> GumFiles() {
  std::vector<std::string> paths;
  for (const auto& entry : fs::directory_iterator(kData + "gum_open_genres/conllu")) {
    paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

struct Scores {
  MatchScore tokens;
  MatchScore sentences;
};

Scores Evaluate(const GoldCorpus& corpus, const TokenizeOptions& options) {
  Scores scores;
  std::vector<Token> tokens;
  std::string norm_text;
  std::vector<Sentence> sentences;
  for (const GoldDocument& doc : corpus.documents) {
    Tokenize(doc.text, options, &tokens, &norm_text);
    SplitSentences(doc.text, {}, &tokens, &sentences);
    std::vector<Span> token_spans, sentence_spans;
    for (const Token& token : tokens) token_spans.push_back(token.span);
    for (const Sentence& sentence : sentences) sentence_spans.push_back(sentence.span);
    scores.tokens.Add(ScoreTokens(doc.tokens, token_spans));
    scores.sentences.Add(ScoreSentenceEnds(doc.sentences, sentence_spans));
  }
  return scores;
}

void Print(const char* name, const GoldCorpus& corpus, const Scores& scores) {
  std::printf(
      "%s: %zu docs, %zu gold tokens, %zu sentences skipped | token P %.4f R %.4f F1 %.4f"
      " | sentence-boundary P %.4f R %.4f F1 %.4f\n",
      name, corpus.documents.size(), scores.tokens.gold, corpus.skipped_sentences,
      scores.tokens.Precision(), scores.tokens.Recall(), scores.tokens.F1(),
      scores.sentences.Precision(), scores.sentences.Recall(), scores.sentences.F1());
}

TokenizeOptions UdStyle() {
  TokenizeOptions options;
  options.split_hyphens = true;
  return options;
}

TEST(UdEvalTest, GumTokenAndSentenceBoundaries) {
  const GoldCorpus corpus = ReadAll(GumFiles());
  ASSERT_EQ(corpus.documents.size(), 108u);
  EXPECT_LT(corpus.skipped_sentences, 20u);
  const Scores ud = Evaluate(corpus, UdStyle());
  Print("GUM, split_hyphens", corpus, ud);
  Print("GUM, default", corpus, Evaluate(corpus, {}));
  EXPECT_GT(ud.tokens.F1(), 0.99);
  EXPECT_GT(ud.sentences.F1(), 0.97);
}

TEST(UdEvalTest, EwtTokenAndSentenceBoundaries) {
  const GoldCorpus corpus = ReadAll(
      {kData + "uner_en_ewt/en_ewt-ud-dev.iob2", kData + "uner_en_ewt/en_ewt-ud-test.iob2"});
  EXPECT_LT(corpus.skipped_sentences, 20u);
  const Scores ud = Evaluate(corpus, UdStyle());
  Print("EWT, split_hyphens", corpus, ud);
  Print("EWT, default", corpus, Evaluate(corpus, {}));
  EXPECT_GT(ud.tokens.F1(), 0.98);
  // EWT's web text often ends sentences without punctuation; precision is what we hold.
  EXPECT_GT(ud.sentences.Precision(), 0.97);
  EXPECT_GT(ud.sentences.F1(), 0.75);
}

}  // namespace
}  // namespace lede::nlp
