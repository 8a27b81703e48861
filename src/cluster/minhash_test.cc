#include "cluster/minhash.h"

#include <string>

#include <gtest/gtest.h>

#include "store/test_corpus.h"

namespace lede {
namespace {

class MinHashTest : public ::testing::Test {
 protected:
  void SetUp() override {
    articles_ = testing::LoadDemoArticles();
    ASSERT_GT(articles_.size(), 300u) << testing::DemoCorpusPath();
  }
  std::vector<Article> articles_;
};

bool ShareBand(const MinHashSignature& a, const MinHashSignature& b) {
  auto ka = a.BandKeys(), kb = b.BandKeys();
  for (int i = 0; i < kMinHashBands; ++i) {
    if (ka[i] == kb[i]) return true;
  }
  return false;
}

TEST_F(MinHashTest, IgnoresCaseAndWhitespace) {
  const std::string& text = articles_[0].text;
  std::string shouted;
  for (char c : text) {
    if (c == ' ') shouted += "  \n";
    else shouted += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  }
  MinHashSignature a = MinHash(text), b = MinHash(shouted);
  EXPECT_GT(a.words, 50u);
  EXPECT_EQ(a.words, b.words);
  EXPECT_EQ(a.minima, b.minima);
}

// A syndicated copy: an agency prefix, the last paragraph cut, a credit line.
std::string Syndicate(const std::string& text) {
  std::string copy = "LONDON (Agency) - " + text;
  size_t last = copy.rfind("\n\n");
  if (last != std::string::npos) copy.resize(last);
  return copy + "\n\nReporting by A. Writer; editing by B. Editor.";
}

TEST_F(MinHashTest, SyndicatedCopiesAreFoundAndSimilar) {
  int found = 0;
  for (const Article& a : articles_) {
    MinHashSignature original = MinHash(a.text), copy = MinHash(Syndicate(a.text));
    if (ShareBand(original, copy) && original.Similarity(copy) >= 0.5) ++found;
  }
  // Measured: 322 of 336; the misses are articles whose last paragraph is most of the text.
  EXPECT_GE(found * 100, static_cast<int>(articles_.size()) * 90) << found;
}

TEST_F(MinHashTest, DistinctArticlesAreNeitherCandidatesNorSimilar) {
  std::vector<MinHashSignature> sigs;
  for (const Article& a : articles_) sigs.push_back(MinHash(a.text));
  int candidates = 0, similar = 0;
  for (size_t i = 0; i < sigs.size(); ++i) {
    for (size_t j = i + 1; j < sigs.size(); ++j) {
      candidates += ShareBand(sigs[i], sigs[j]);
      similar += sigs[i].Similarity(sigs[j]) >= 0.5;
    }
  }
  EXPECT_EQ(candidates, 0);
  EXPECT_EQ(similar, 0);
}

TEST(MinHashEdgeTest, EmptyAndShortTexts) {
  EXPECT_EQ(MinHash("").words, 0u);
  EXPECT_EQ(MinHash(" ,;- ").words, 0u);
  EXPECT_EQ(MinHash("Salé, Maroc").words, 2u);  // UTF-8 letters stay inside words
  EXPECT_EQ(MinHash("Rabat").Similarity(MinHash("rabat")), 1.0);
  EXPECT_LT(MinHash("Rabat").Similarity(MinHash("Sale")), 0.2);
}

TEST(MinHashBytesTest, RoundTrips) {
  MinHashSignature a = MinHash("The minister said on Tuesday that talks would resume."), b;
  std::string bytes = a.ToBytes();
  EXPECT_EQ(bytes.size(), 4u * kMinHashSize);
  ASSERT_TRUE(b.FromBytes(bytes));
  EXPECT_EQ(a.minima, b.minima);
  EXPECT_FALSE(b.FromBytes(bytes.substr(1)));
}

}  // namespace
}  // namespace lede
