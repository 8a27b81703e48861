#include "knowledge/gazetteer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <tuple>

#include "knowledge/geocoder.h"
#include "knowledge/testing.h"

namespace lede {
namespace {

using namespace testing_util;

bool HasPlace(const Gazetteer& g, std::string_view name, std::string_view country, PlaceKind kind) {
  for (uint32_t i : g.Lookup(name)) {
    if (g.place(i).country == country && g.place(i).kind == kind) return true;
  }
  return false;
}

TEST(GazetteerTest, LoadsTheShippedGazetteer) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  EXPECT_GT(g.size(), 200000u);
  ASSERT_NE(g.Country("MA"), nullptr);
  EXPECT_EQ(g.Country("MA")->name, "Morocco");
  ASSERT_NE(g.Admin1("ES.56"), nullptr);
  EXPECT_EQ(g.Admin1("ES.56")->name, "Catalonia");
  EXPECT_EQ(g.Country("XX"), nullptr);
}

// A country sits at GeoNames' point for it (the point of the geonames_id lede outputs,
// and the one gold sets built on GeoNames use), not at a centroid of another source.
TEST(GazetteerTest, CountriesSitAtGeoNamesPoints) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  struct Expected {
    const char* iso2;
    float lat, lon;
  };
  for (const Expected& e : {Expected{"CA", 60.10867f, -113.64258f}, Expected{"LY", 28.0f, 17.0f},
                            Expected{"JP", 35.68536f, 139.75309f}, Expected{"US", 39.76f, -98.5f}}) {
    const Place* country = g.Country(e.iso2);
    ASSERT_NE(country, nullptr) << e.iso2;
    EXPECT_LT(DistanceKm(country->lat, country->lon, e.lat, e.lon), 1.0) << e.iso2;
  }
}

// "Mt.", "Ft." and "St." stand for a town's own first word "Mount", "Fort", "Saint",
// not for another place's variant names ("Saint Thomas" of Charlotte Amalie).
TEST(GazetteerTest, AbbreviatedFirstWordsFindTheirTowns) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  EXPECT_TRUE(HasPlace(g, "Mt. Pleasant", "US", PlaceKind::kCity));
  EXPECT_TRUE(HasPlace(g, "Ft. Worth", "US", PlaceKind::kCity));
  EXPECT_TRUE(HasPlace(g, "St. Thomas", "CA", PlaceKind::kCity));
  EXPECT_FALSE(HasPlace(g, "St. Thomas", "VI", PlaceKind::kCity));
}

TEST(GazetteerTest, LooksUpAccentAndCaseInsensitively) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  EXPECT_TRUE(HasPlace(g, "Sale", "MA", PlaceKind::kCity));
  EXPECT_TRUE(HasPlace(g, "Salé", "MA", PlaceKind::kCity));
  EXPECT_TRUE(HasPlace(g, "SALE", "GB", PlaceKind::kCity));
  EXPECT_TRUE(HasPlace(g, "Cambrils", "ES", PlaceKind::kCity));
  EXPECT_TRUE(HasPlace(g, "Catalonia", "ES", PlaceKind::kAdmin1));
  EXPECT_TRUE(HasPlace(g, "U.S.", "US", PlaceKind::kCountry));
  EXPECT_TRUE(g.Lookup("Qwxzyville").empty());
}

TEST(GazetteerTest, DemonymsNameTheirCountryOrContinent) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  for (auto [word, country] :
       {std::pair{"Moroccan", "MA"}, {"Spaniards", "ES"}, {"Spanish", "ES"}}) {
    ASSERT_GE(g.DemonymPlace(word), 0) << word;
    EXPECT_EQ(g.place(g.DemonymPlace(word)).country, country) << word;
  }
  ASSERT_GE(g.DemonymPlace("European"), 0);
  EXPECT_EQ(g.place(g.DemonymPlace("European")).kind, PlaceKind::kContinent);
  EXPECT_EQ(g.DemonymPlace("Table"), -1);
}

// A town's name is GeoNames' current one (the 2025 dump's, "Salé" where the 2023 one
// wrote "Sale"), not a foreign spelling among its variants ("Dublín", "Los Ángeles").
TEST(GazetteerTest, NamesTownsAsGeoNamesDoesNow) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  for (auto [name, country, expected] :
       {std::tuple{"Sale", "MA", "Salé"}, {"Dublin", "IE", "Dublin"},
        {"Los Angeles", "US", "Los Angeles"}, {"Alexandria", "EG", "Alexandria"},
        {"Minsk", "BY", "Minsk"}}) {
    std::string found;
    for (uint32_t i : g.Lookup(name)) {
      const Place& p = g.place(i);
      if (p.country == country && p.kind == PlaceKind::kCity && found.empty()) found = p.name;
    }
    EXPECT_EQ(found, expected) << name;
  }
}

TEST(GazetteerTest, MissingDirectoryIsNotFound) {
  std::unique_ptr<Gazetteer> g;
  Status s = Gazetteer::Load("/nonexistent/gazetteer", &g);
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_NE(s.message().find("/nonexistent/gazetteer/places.tsv.gz"), std::string::npos);
  EXPECT_EQ(g, nullptr);
}

TEST(GazetteerTest, MalformedLineIsCorruptionNamingTheLine) {
  const std::string dir = testing::TempDir() + "/bad_gazetteer";
  std::remove((dir + "/places.tsv.gz").c_str());
  ASSERT_EQ(std::system(("mkdir -p " + dir).c_str()), 0);
  std::ofstream(dir + "/places.tsv.gz") << "1\tcity\tGood\tMA\tMA.04\t34.0\t-6.8\t100\tPPL\tGood\n"
                                        << "2\tplanet\tBad\tMA\t\t0\t0\t0\tPPL\tBad\n";
  std::ofstream(dir + "/demonyms.tsv.gz") << "Moroccan\tMA\n";
  std::unique_ptr<Gazetteer> g;
  Status s = Gazetteer::Load(dir, &g);
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
  EXPECT_NE(s.message().find("line 2"), std::string::npos) << s.message();
}

}  // namespace
}  // namespace lede
