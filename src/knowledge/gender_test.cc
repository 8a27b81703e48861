#include "knowledge/gender.h"

#include <gtest/gtest.h>

#include <fstream>

#include "knowledge/testing.h"

namespace lede {
namespace {

using namespace testing_util;

const GivenNames& Names() { return Shipped<GivenNames>("lexicons/given-names.tsv"); }

Entity Person(std::string name, std::vector<std::string> roles = {}) {
  return {EntityType::kPerson, std::move(name), {}, std::move(roles), {}};
}

TEST(GenderTest, GivenNamesTheSourcesAgreeOn) {
  EXPECT_EQ(Names().Of("Maria"), Gender::kFemale);
  EXPECT_EQ(Names().Of("JOHN"), Gender::kMale);
  EXPECT_EQ(Names().Of("Youssef"), Gender::kMale);
  EXPECT_EQ(Names().Of("Kim"), Gender::kUnknown);  // unisex: left out
  EXPECT_EQ(Names().Of("Lopez"), Gender::kUnknown);
}

TEST(GenderTest, RolesBeforeTheFirstName) {
  EXPECT_EQ(PersonGender(Person("Maria Lopez"), &Names()), Gender::kFemale);
  EXPECT_EQ(PersonGender(Person("Lopez"), &Names()), Gender::kUnknown);  // a surname alone
  EXPECT_EQ(PersonGender(Person("Lopez", {"Mrs."}), &Names()), Gender::kFemale);
  EXPECT_EQ(PersonGender(Person("Maria Lopez", {"the spokesman"}), &Names()), Gender::kMale);
  EXPECT_EQ(PersonGender(Person("John Brown", {"Interior Minister"}), &Names()), Gender::kMale);
  EXPECT_EQ(PersonGender(Person("John Brown"), nullptr), Gender::kUnknown);
}

TEST(GenderTest, PronounsAndAgreement) {
  EXPECT_EQ(PronounGender("She"), Gender::kFemale);
  EXPECT_EQ(PronounGender("him"), Gender::kMale);
  EXPECT_EQ(PronounGender("they"), Gender::kUnknown);
  EXPECT_FALSE(Agrees(Gender::kMale, Gender::kFemale));
  EXPECT_TRUE(Agrees(Gender::kUnknown, Gender::kFemale));
  EXPECT_TRUE(Agrees(Gender::kMale, Gender::kUnknown));
}

TEST(GenderTest, MalformedFileNamesTheLine) {
  const std::string path = testing::TempDir() + "/given_names_bad.tsv";
  std::ofstream(path) << "Maria\tF\nJohn\tmale\n";
  std::unique_ptr<GivenNames> names;
  const Status s = GivenNames::Load(path, &names);
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
  EXPECT_NE(s.message().find("given_names_bad.tsv line 2"), std::string::npos) << s.ToString();
}

}  // namespace
}  // namespace lede
