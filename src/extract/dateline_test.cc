#include "extract/dateline.h"

#include <string_view>

#include <gtest/gtest.h>

namespace lede {
namespace {

struct DatelineCase {
  const char* paragraph;
  bool found;
  const char* place;
  const char* body;  // the paragraph from body_start on (its first words)
};

TEST(FindDatelineTest, Table) {
  const DatelineCase cases[] = {
      {"RABAT — The head of the bureau said", true, "Rabat", "The head"},
      {"Rabat – The head of the Moroccan anti-terrorism bureau", true, "Rabat", "The head"},
      {"LONDON, March 3 (Reuters) - Shares fell", true, "London", "Shares fell"},
      {"SAN JOSE, Calif. (AP) — A fire broke out", true, "San Jose", "A fire"},
      {"NEW YORK (CNN) -- \"We won,\" she said", true, "New York", "\"We won"},
      {"(Reuters) - Shares fell", true, "", "Shares fell"},
      {"SALÉ — La police", true, "Salé", "La police"},
      {"Rio de Janeiro – Brazil's president", true, "Rio de Janeiro", "Brazil's"},
      {"BEIRUT, Lebanon — Israeli strikes", true, "Beirut", "Israeli"},
      {"The head of the bureau – who said", false, "", ""},
      {"Cross-border cooperation", false, "", ""},
      {"UPDATE — The story has changed", false, "", ""},
      {"He said - and then left", false, "", ""},
      {"Security services have already arrested 85 recruits.", false, "", ""},
      {"John Rhys-Davies broke news", false, "", ""},
      {"Professor Jean-Jacques Muyembe, Director", false, "", ""},
      {"While only 10–15% of people", false, "", ""},
      {"Motorsport-Magazin.com – Pierre Gasly blieb bei AlphaTauri", false, "", ""},
      {"", false, "", ""},
  };
  for (const auto& c : cases) {
    std::string_view paragraph = c.paragraph;
    auto got = FindDateline(paragraph);
    ASSERT_EQ(got.has_value(), c.found) << c.paragraph;
    if (!got) continue;
    EXPECT_EQ(got->place, c.place) << c.paragraph;
    EXPECT_TRUE(paragraph.substr(got->body_start).starts_with(c.body)) << c.paragraph;
  }
}

TEST(FindDatelineParagraphTest, SkipsHeadingsAndMenus) {
  std::string_view paragraphs[] = {
      "Einleitung - Baumgutachten - Fortbildung - Baumbeschreibung - Kontakt - Impressum",
      "FUTURE of HOPE – Island befreit sich von den Bankstern – der Film zum Thema",
      "HAMBURG (dpa) – Trotz eines Gespräches zwischen den Parteien bleibt der Streit offen.",
  };
  Dateline dateline;
  EXPECT_EQ(FindDatelineParagraph(paragraphs, 3, &dateline), 2);
  EXPECT_EQ(dateline.place, "Hamburg");
  EXPECT_EQ(FindDatelineParagraph(paragraphs, 2, &dateline), -1);
}

}  // namespace
}  // namespace lede
