#include "extract/dateline.h"

#include <string>
#include <string_view>
#include <thread>
#include <vector>

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
      {"KYIV, Ukraine, 12 March 2024 – Officials said", true, "Kyiv", "Officials"},
      {"WASHINGTON, D.C., Jan. 5, 2024 (AP) — The vote", true, "Washington", "The vote"},
      {"BERLIN (dpa) - Die Regierung", true, "Berlin", "Die"},
      // Only ASCII spaces separate: a no-break space before the dash is no dateline.
      {"RABAT\u00A0— The head of the bureau said", false, "", ""},
      // A region is at most 26 characters.
      {"Paris, A Region Named At Great Length Here — The vote", false, "", ""},
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

TEST(FindDatelineTest, ThreadsMatchAtOnce) {
  std::vector<std::thread> threads;
  std::vector<std::string> places(4);
  for (size_t t = 0; t < places.size(); ++t) {
    threads.emplace_back([&places, t] {
      for (int i = 0; i < 200; ++i) {
        auto got = FindDateline(t % 2 ? "LONDON, March 3 (Reuters) - Shares fell" : "RABAT — The head");
        if (got) places[t] = got->place;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(places, (std::vector<std::string>{"Rabat", "London", "Rabat", "London"}));
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
