#include "nlp/ner_corpus.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

namespace lede::nlp {
namespace {

const std::string kData = std::string(LEDE_SHARED_DIR) + "/data/";

size_t CountEntities(const NerCorpus& corpus, EntityType type) {
  size_t n = 0;
  for (const NerDocument& d : corpus.documents) {
    for (const NerSentence& s : d.sentences) {
      for (Label l : s.labels) n += IsBegin(l) && TypeOf(l) == type;
    }
  }
  return n;
}

std::string WriteTemp(const std::string& name, const std::string& content) {
  const std::string path = testing::TempDir() + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

TEST(NerCorpus, ReadsConll2003DevAsItsReadmeCountsIt) {
  NerCorpus corpus;
  ASSERT_TRUE(ReadConll(kData + "conll2003/dev.txt", {}, &corpus).ok());
  EXPECT_EQ(corpus.documents.size(), 216u);
  EXPECT_EQ(corpus.NumSentences(), 3250u);
  EXPECT_EQ(corpus.NumTokens(), 51362u);
  EXPECT_EQ(CountEntities(corpus, EntityType::kPerson), 1842u);
  EXPECT_EQ(CountEntities(corpus, EntityType::kMisc), 922u);
  EXPECT_EQ(corpus.documents[0].sentences[0].tokens[0], "CRICKET");
}

TEST(NerCorpus, ReadsWikiannWithoutLanguagePrefixOneDocumentPerSentence) {
  NerCorpus corpus;
  ASSERT_TRUE(ReadConll(kData + "wikiann_en/dev.txt", {}, &corpus).ok());
  EXPECT_EQ(corpus.documents.size(), 10000u);
  EXPECT_EQ(corpus.NumTokens(), 80536u);
  EXPECT_EQ(CountEntities(corpus, EntityType::kLocation), 4834u);
  for (const NerDocument& d : corpus.documents) {
    for (std::string_view t : d.sentences[0].tokens) ASSERT_FALSE(t.starts_with("en:")) << t;
  }
}

TEST(NerCorpus, ReadsUnerTokenAndTagColumnsAndSkipsComments) {
  NerCorpus corpus;
  ASSERT_TRUE(ReadConll(kData + "uner_en_ewt/en_ewt-ud-dev.iob2", {}, &corpus).ok());
  EXPECT_EQ(corpus.NumSentences(), 2001u);
  EXPECT_EQ(corpus.NumTokens(), 25149u);
  EXPECT_EQ(CountEntities(corpus, EntityType::kPerson), 343u);
  EXPECT_EQ(corpus.documents[0].sentences[0].tokens[0], "where");
}

TEST(NerCorpus, KeepsLinesForWritingBack) {
  const std::string path = WriteTemp("lines.conll", "-DOCSTART- -X- O\n\nEU NNP B-ORG\nrejects VBZ O\n");
  NerCorpus corpus;
  std::vector<std::string_view> lines;
  ASSERT_TRUE(ReadConll(path, {}, &corpus, &lines).ok());
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_TRUE(IsConllTokenLine(lines[2]));
  EXPECT_FALSE(IsConllTokenLine(lines[0]));
  EXPECT_FALSE(IsConllTokenLine(lines[1]));
}

TEST(NerCorpus, ReportsMissingFilesBadTagsAndLimits) {
  NerCorpus corpus;
  EXPECT_EQ(ReadConll(kData + "no-such-file.txt", {}, &corpus).code(), Status::Code::kNotFound);
  const std::string bad = WriteTemp("bad.conll", "EU B-ORG\nrejects B-VERB\n");
  Status s = ReadConll(bad, {}, &corpus);
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
  EXPECT_NE(s.message().find("bad.conll:2:"), std::string::npos) << s.message();
  EXPECT_TRUE(ReadConll(bad, {.require_tags = false}, &corpus).ok());
  s = ReadConll(bad, {.require_tags = false, .max_file_bytes = 10}, &corpus);
  EXPECT_EQ(s.code(), Status::Code::kTooLarge);
}

// `lede tag --conll` output: every input line back, token lines with a tag.
TEST(NerCorpus, WritesLinesBackWithTagsAppended) {
  struct Case {
    std::string file;
    std::vector<std::vector<std::vector<std::string>>> tags;  // [document][sentence][token]
    std::string expected;
  };
  const std::string dir = std::string(LEDE_SOURCE_DIR) + "/tests/data/ner/";
  const std::vector<Case> cases = {
      {"tag-input.conll",
       {{{"B-ORG", "O"}, {"B-PER", "I-PER"}}, {{"B-LOC"}}},
       "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG B-ORG\nrejects VBZ B-VP O O\n\n"
       "Peter NNP B-NP B-PER B-PER\nBlackburn NNP I-NP I-PER I-PER\n\n-DOCSTART- -X- -X- O\n\n"
       "BRUSSELS NNP B-NP B-LOC B-LOC\n"},
      {"tag-input.iob2",
       {{{"O", "O", "B-MISC"}}},
       "# newdoc id = a\n# text = where in tampa\n1\twhere\tO\t-\t-\tO\n2\tin\tO\t-\t-\tO\n"
       "3\ttampa\tB-LOC\t-\tstephen\tB-MISC\n"},
  };
  for (const Case& c : cases) {
    NerCorpus corpus;
    std::vector<std::string_view> lines;
    ASSERT_TRUE(ReadConll(dir + c.file, {.require_tags = false}, &corpus, &lines).ok()) << c.file;
    std::vector<std::vector<std::vector<Label>>> predicted;
    for (const auto& doc : c.tags) {
      predicted.emplace_back();
      for (const auto& sentence : doc) {
        predicted.back().emplace_back();
        for (const std::string& tag : sentence) ASSERT_TRUE(ParseLabel(tag, &predicted.back().back().emplace_back()));
      }
    }
    ASSERT_EQ(corpus.documents.size(), predicted.size()) << c.file;
    EXPECT_EQ(ConllWithTags(lines, predicted), c.expected) << c.file;
  }
}

}  // namespace
}  // namespace lede::nlp
