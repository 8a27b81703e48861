#include "nlp/sentences.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "nlp/tokenizer.h"

namespace lede::nlp {
namespace {

struct Split {
  std::string text;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;

  std::string SentenceText(size_t i) const {
    return text.substr(sentences[i].span.start, sentences[i].span.size());
  }
};

Split SplitText(std::string text, SentenceOptions options = {}) {
  Split split;
  split.text = std::move(text);
  std::string norm_text;
  Tokenize(split.text, {}, &split.tokens, &norm_text);
  SplitSentences(split.text, options, &split.tokens, &split.sentences);
  return split;
}

std::string ReadSeedArticle() {
  std::ifstream file(std::string(LEDE_SHARED_DIR) + "/examples/seed-article.txt");
  std::stringstream content;
  content << file.rdbuf();
  return content.str();
}

// Sentences cover every token once, in order, and only their first token is marked.
void ExpectTiling(const Split& split) {
  uint32_t next = 0;
  for (const Sentence& sentence : split.sentences) {
    ASSERT_EQ(sentence.token_begin, next);
    ASSERT_LT(sentence.token_begin, sentence.token_end);
    EXPECT_EQ(sentence.span.start, split.tokens[sentence.token_begin].span.start);
    EXPECT_EQ(sentence.span.end, split.tokens[sentence.token_end - 1].span.end);
    for (uint32_t i = sentence.token_begin; i < sentence.token_end; ++i) {
      EXPECT_EQ(split.tokens[i].has(kTokenSentenceStart), i == sentence.token_begin);
    }
    next = sentence.token_end;
  }
  EXPECT_EQ(next, split.tokens.size());
}

TEST(SentencesTest, SeedArticle) {
  const Split split = SplitText(ReadSeedArticle());
  ExpectTiling(split);
  ASSERT_EQ(split.sentences.size(), 23u);
  EXPECT_EQ(
      split.SentenceText(3),
      "Rabat –\u00a0The head of the Moroccan anti-terrorism bureau has stated that the kingdom "
      "will double its efforts to fight radicalization among Moroccans living abroad.");
  EXPECT_EQ(split.SentenceText(6), "“Really I was frightened by what we saw happen in Barcelona.");
  EXPECT_TRUE(split.SentenceText(7).starts_with("They were all youths"));
  EXPECT_TRUE(split.SentenceText(7).ends_with("near the capital Rabat."));
  EXPECT_TRUE(split.SentenceText(8).ends_with("their origin and their family.”"));
  EXPECT_EQ(split.SentenceText(9), "Cross-border cooperation");
  // A sentence-case subheading: its capitals still tell names apart.
  EXPECT_FALSE(split.sentences[9].flags & kSentenceHeadline);
  EXPECT_TRUE(split.sentences[1].flags & kSentenceHeadline);
  EXPECT_FALSE(split.sentences[3].flags & kSentenceHeadline);
  EXPECT_TRUE(split.SentenceText(14).starts_with("Totaling 1,664 according to the BCIJ"));
}

TEST(SentencesTest, SeedArticleTokens) {
  const Split split = SplitText(ReadSeedArticle());
  std::vector<std::string> texts;
  for (const Token& token : split.tokens) {
    texts.push_back(split.text.substr(token.span.start, token.span.size()));
  }
  const auto contains = [&](const std::vector<std::string>& run) {
    return std::search(texts.begin(), texts.end(), run.begin(), run.end()) != texts.end();
  };
  EXPECT_TRUE(contains({"Totaling", "1,664", "according"}));
  EXPECT_TRUE(contains({"of", "Morocco", "’s", "role"}));
  EXPECT_TRUE(contains({"Rabat", "–", "The", "head"}));
  EXPECT_TRUE(contains({"Judicial", "Investigations", "(", "BCIJ", ")", ","}));
  EXPECT_TRUE(contains({"the", "so-called", "Islamic", "State"}));
  EXPECT_TRUE(contains({"family", ".", "”"}));
  EXPECT_TRUE(contains({"can", "not", "be", "achieved"}));
  EXPECT_TRUE(contains({"King", "Mohammed", "VI", "gave"}));
}

TEST(SentencesTest, CapsSentenceLength) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "word ";
  SentenceOptions options;
  options.max_sentence_tokens = 300;
  const Split split = SplitText(text, options);
  ExpectTiling(split);
  ASSERT_EQ(split.sentences.size(), 4u);
  EXPECT_EQ(split.sentences[3].token_end - split.sentences[3].token_begin, 100u);
  options.max_sentence_tokens = 0;
  EXPECT_EQ(SplitText(text, options).sentences.size(), 1u);
}

TEST(SentencesTest, HostileInputStaysTiled) {
  ExpectTiling(SplitText(std::string(100000, '(')));
  ExpectTiling(SplitText(std::string(100000, '.')));
  ExpectTiling(SplitText(std::string(50000, '\n') + "a. B"));
  std::string brackets;
  for (int i = 0; i < 20000; ++i) brackets += "[1] ] . ";
  ExpectTiling(SplitText(brackets));
  EXPECT_TRUE(SplitText("").sentences.empty());
}

}  // namespace
}  // namespace lede::nlp
