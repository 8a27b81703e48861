#include "extract/authors.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace lede {
namespace {

using ::testing::ElementsAre;
using ::testing::ElementsAreArray;
using ::testing::IsEmpty;

struct BylineCase {
  const char* byline;
  std::vector<std::string> want;
};

// Bylines from the complaints in notes/extraction-anchors.md and the data sets.
TEST(ParseBylineTest, NamesOnly) {
  const BylineCase cases[] = {
      {"By Jane Doe", {"Jane Doe"}},
      {"BY RALPH D. RUSSO and BOB FERRANTE", {"RALPH D. RUSSO", "BOB FERRANTE"}},
      {"Christie Dedman, Email the author, cdedman@al.com", {"Christie Dedman"}},
      {"Hours Ago Devin Coldewey", {"Devin Coldewey"}},
      {"3 hours ago by Devin Coldewey", {"Devin Coldewey"}},
      {"Abby Goodnough", {"Abby Goodnough"}},
      {"Laura June Topolsky July 10, 2015", {"Laura June Topolsky"}},
      {"Australian Broadcasting Corporation", {}},
      {"The Associated Press", {}},
      {"Alden Gonzalez, Jeff Passan", {"Alden Gonzalez", "Jeff Passan"}},
      {"Robert E. Moffit, Ph.D.", {"Robert E. Moffit"}},
      {"Carla Gomez & Jordeene B. Lagare", {"Carla Gomez", "Jordeene B. Lagare"}},
      {"Von Anna Müller und Jörg Schmidt", {"Anna Müller", "Jörg Schmidt"}},
      {"Par Jean-Pierre Dupont et Marie Curie", {"Jean-Pierre Dupont", "Marie Curie"}},
      {"Ludwig van Beethoven", {"Ludwig van Beethoven"}},
      {"Jane Doe | Staff Writer", {"Jane Doe"}},
      {"Jane Doe - Senior Editor", {"Jane Doe"}},
      {"Written by Jane Doe (Reuters)", {"Jane Doe"}},
      {"By Jane Doe Updated 10:32 AM EST, Fri December 22, 2023", {"Jane Doe"}},
      {"By Jane Doe, Jane Doe", {"Jane Doe"}},
      {"Follow @janedoe on Twitter", {}},
      {"Reuters", {}},
      {"Executive Content Editor", {}},
      {"Andrew Bosworth, Chief Technology Officer and Head of Reality Labs", {"Andrew Bosworth"}},
      {"Android Intelligence By JR Raphael, Contributing Editor, Computerworld", {"JR Raphael"}},
      {"News By Aaron KlotzContributions from Sarah Jacobsson Purewal published 13 December 2023",
       {"Aaron Klotz"}},
      {"By Nelson C.J.Photography by Stephen TayoJuly 19, 2023", {"Nelson C.J."}},
      {"Courtney CarrCourtney CarrPublished: December 20, 2023", {"Courtney Carr"}},
      {"Lauren Manaker MS, RDN, LD", {"Lauren Manaker"}},
      {"By Geoff Williams|Reviewed by Liisa Rajala|Edited by Dawn Bradbury", {"Geoff Williams"}},
      {"TC Redazione", {}},
      {"Von Tomas Spahn Fr, 18. Oktober 2019", {"Tomas Spahn"}},
      {"Sara Zinnecker Stand: 05. Februar 2020", {"Sara Zinnecker"}},
      {"Eingestellt von Anna Weber", {"Anna Weber"}},
      {"Ursula von der Leyen", {"Ursula von der Leyen"}},
      {"", {}},
  };
  for (const auto& c : cases) {
    EXPECT_THAT(ParseByline(c.byline), ElementsAreArray(c.want)) << c.byline;
  }
}

TEST(AddAuthorsTest, KeepsOrderAndSkipsKnownNames) {
  std::vector<std::string> authors = {"Jane Doe"};
  AddAuthors("by jane doe and John Roe", &authors);
  EXPECT_THAT(authors, ElementsAre("Jane Doe", "John Roe"));
}

TEST(IsOrganisationNameTest, Table) {
  EXPECT_TRUE(IsOrganisationName("University of Tokyo"));
  EXPECT_TRUE(IsOrganisationName("Field Level Media"));
  EXPECT_TRUE(IsOrganisationName("The Citizen"));
  EXPECT_FALSE(IsOrganisationName("Pamela Falk"));
  EXPECT_FALSE(IsOrganisationName("Newsom Gavin"));  // "news" only as a whole word
  EXPECT_THAT(ParseByline("AP"), IsEmpty());
}

}  // namespace
}  // namespace lede
