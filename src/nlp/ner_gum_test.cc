#include "nlp/ner_gum.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "nlp/ner_eval.h"

namespace lede::nlp {
namespace {

const std::string kGum = std::string(LEDE_SHARED_DIR) + "/data/gum_open_genres/entities.jsonl.gz";

TEST(NerGum, ReadsEveryDocumentSentenceAndToken) {
  NerCorpus corpus;
  ASSERT_TRUE(ReadGumEntities(kGum, &corpus).ok());
  EXPECT_EQ(corpus.documents.size(), 108u);
  EXPECT_EQ(corpus.NumSentences(), 4636u);
  EXPECT_EQ(corpus.NumTokens(), 98363u);
}

TEST(NerGum, TurnsNounPhraseMentionsIntoFlatNames) {
  NerCorpus corpus;
  ASSERT_TRUE(ReadGumEntities(kGum, &corpus).ok());
  // "Claire Bailey - Ross claire.bailey-ross@port.ac.uk University of Portsmouth , United Kingdom":
  // the organization mention runs to "Kingdom" and nests two places.
  const NerSentence& s = corpus.documents[0].sentences[2];
  std::map<std::string, EntityType> names;
  for (const EntitySpan& e : EntitySpans(s.labels)) {
    std::string text;
    for (uint32_t i = e.begin; i < e.end; ++i) text += (i > e.begin ? " " : "") + std::string(s.tokens[i]);
    names[text] = e.type;
  }
  const std::map<std::string, EntityType> expected = {
      {"Claire Bailey - Ross", EntityType::kPerson},
      {"University of Portsmouth", EntityType::kOrganization},
      {"United Kingdom", EntityType::kLocation}};
  EXPECT_EQ(names, expected);
}

TEST(NerGum, ReportsMissingFile) {
  NerCorpus corpus;
  EXPECT_EQ(ReadGumEntities(kGum + ".absent", &corpus).code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace lede::nlp
