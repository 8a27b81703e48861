#include "nlp/ner_annotate.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>

namespace lede::nlp {
namespace {

// The seed article's names (tests/data/ner/seed-article-entities.tsv) come out
// with their types from the shipped model, through the tokenizer and Document.
TEST(NerSeedArticle, ShippedModelFindsTheNamesWithTheirTypes) {
  const std::string source = LEDE_SOURCE_DIR;
  std::unique_ptr<NerTagger> tagger;
  ASSERT_TRUE(NerTagger::Load(source + "/models/ner/lede-ner.model", &tagger).ok());
  std::stringstream text;
  text << std::ifstream(source + "/data/demo/corpus/seed-article.txt").rdbuf();
  Article article;
  article.text = text.str();
  std::unique_ptr<Document> doc;
  ASSERT_TRUE(Document::Create(std::move(article), {}, &doc).ok());
  AnnotateEntities(*tagger, doc.get());
  const SpanLayer* layer = doc->layer(kEntitiesLayer);
  ASSERT_NE(layer, nullptr);
  std::map<std::string, std::string> found;  // mention text -> label
  for (const LabeledSpan& s : layer->spans) found[std::string(doc->text(s.span))] = layer->labels[s.label];
  std::string listing;
  for (const auto& [text, label] : found) listing += text + "/" + label + "; ";
  std::ifstream expected(source + "/tests/data/ner/seed-article-entities.tsv");
  std::string line;
  int checked = 0;
  while (std::getline(expected, line)) {
    const size_t tab = line.find('\t');
    const std::string name = line.substr(0, tab), type = line.substr(tab + 1);
    EXPECT_EQ(found[name], type) << name << " among " << listing;
    ++checked;
  }
  EXPECT_EQ(checked, 16);
}

}  // namespace
}  // namespace lede::nlp
