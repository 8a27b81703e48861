#include "nlp/ner_model.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

namespace lede::nlp {
namespace {

NerModel SmallModel() {
  NerModel m;
  m.weights = NerWeights(10);
  for (size_t i = 0; i < m.weights.emission.size(); i += 7) m.weights.emission[i] = (i % 13) - 6.0f;
  m.weights.transition[3] = -2.5f;
  m.gazetteer.AddName("place", "Salé");
  m.gazetteer.AddName("person", "Juan Ignacio Zoido");
  m.clusters.Add("Rabat", "0110");
  m.description = "test model";
  return m;
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void WriteAll(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

class NerModelFile : public testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(SaveNerModel(SmallModel(), path_).ok()); }
  Status LoadBytes(const std::string& bytes) {
    WriteAll(damaged_, bytes);
    NerModel m;
    return LoadNerModel(damaged_, &m);
  }
  void TearDown() override {
    std::remove(path_.c_str());
    std::remove(damaged_.c_str());
  }
  // Per process: CTest runs the tests of this fixture in parallel processes.
  const std::string prefix_ = testing::TempDir() + "lede_ner_model_" + std::to_string(getpid());
  const std::string path_ = prefix_ + "_small.model";
  const std::string damaged_ = prefix_ + "_damaged.model";
};

TEST_F(NerModelFile, RoundTripsWeightsGazetteerAndClusters) {
  NerModel loaded;
  ASSERT_TRUE(LoadNerModel(path_, &loaded).ok());
  const NerModel original = SmallModel();
  EXPECT_EQ(loaded.description, "test model");
  EXPECT_EQ(loaded.weights.hash_bits, 10);
  for (size_t i = 0; i < original.weights.emission.size(); ++i) {
    ASSERT_NEAR(loaded.weights.emission[i], original.weights.emission[i], 1e-3) << i;
  }
  EXPECT_EQ(loaded.weights.transition, original.weights.transition);
  EXPECT_EQ(loaded.gazetteer.categories(), original.gazetteer.categories());
  EXPECT_EQ(loaded.gazetteer.Entries(), original.gazetteer.Entries());
  EXPECT_EQ(loaded.clusters.Find("Rabat"), original.clusters.Find("Rabat"));
}

TEST_F(NerModelFile, ReportsMissingFile) {
  NerModel m;
  Status s = LoadNerModel(testing::TempDir() + "absent.model", &m);
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_NE(s.message().find("absent.model"), std::string::npos);
}

TEST_F(NerModelFile, ReportsTruncationAtEveryLength) {
  const std::string bytes = ReadAll(path_);
  for (size_t n : {size_t{0}, size_t{5}, size_t{12}, size_t{31}, bytes.size() / 2, bytes.size() - 1}) {
    Status s = LoadBytes(bytes.substr(0, n));
    EXPECT_EQ(s.code(), Status::Code::kCorruption) << n << ": " << s.ToString();
  }
}

TEST_F(NerModelFile, ReportsWrongMagicVersionAndChecksum) {
  const std::string bytes = ReadAll(path_);
  std::string bad = bytes;
  bad[0] = 'X';
  Status s = LoadBytes(bad);
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
  EXPECT_NE(s.message().find("bad magic"), std::string::npos) << s.message();

  bad = bytes;
  const uint32_t version = kNerModelVersion + 1;
  std::memcpy(bad.data() + 8, &version, 4);
  s = LoadBytes(bad);
  EXPECT_EQ(s.code(), Status::Code::kNotSupported);
  EXPECT_NE(s.message().find("version 2"), std::string::npos) << s.message();

  bad = bytes;
  bad[bad.size() - 3] ^= 0x40;
  s = LoadBytes(bad);
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
  EXPECT_NE(s.message().find("checksum"), std::string::npos) << s.message();
}

}  // namespace
}  // namespace lede::nlp
