#include "knowledge/gazetteer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <tuple>

#include "knowledge/geocoder.h"
#include "knowledge/testing.h"
#include "util/read_file.h"

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

// Ireland's counties go by "County Clare" and "Co. Kerry" whatever GeoNames calls them
// ("Mayo County", "An Cabhán" for Cavan), and a county named like its town by those
// only: "Cork" is the city, "County Cork" the county.
TEST(GazetteerTest, IrishCountiesHaveCountyBeforeTheirName) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  for (const char* name : {"County Clare", "Co. Kerry", "County Mayo", "County Cavan",
                           "County Wexford", "County Cork", "Co. Limerick"}) {
    EXPECT_TRUE(HasPlace(g, name, "IE", PlaceKind::kAdmin2)) << name;
  }
  EXPECT_TRUE(HasPlace(g, "Cork", "IE", PlaceKind::kCity));
  EXPECT_FALSE(HasPlace(g, "Cork", "IE", PlaceKind::kAdmin2));
  EXPECT_FALSE(HasPlace(g, "Mayo", "IE", PlaceKind::kAdmin2));
  EXPECT_FALSE(HasPlace(g, "County Dublin City", "IE", PlaceKind::kAdmin2));
}

// A bare word for a kind of place is no town's name: "City Council" is no council of
// City, a district of Canberra; Republic, Missouri is no "the Republic"; "University
// College London" is not in University, a district of Toronto.
TEST(GazetteerTest, ABareKindOfPlaceIsNoTown) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  for (const char* word : {"City", "Valley", "Republic", "Centre", "University", "College"}) {
    for (uint32_t i : g.Lookup(word)) {
      EXPECT_NE(g.place(i).kind, PlaceKind::kCity) << word << " " << g.place(i).country;
    }
  }
  EXPECT_TRUE(HasPlace(g, "Carson City", "US", PlaceKind::kCity));
}

// GeoNames variants that are common English words ("Okay" for Les Cayes, "Tell" for At
// Tall, "Summit" for Beaumont), given names or a country's name ("Puerto Rico" for San
// Juan) are left out; the towns keep their own names, and a town whose own name is a word keeps it.
// A division's name is left out when the word is written mostly in lower case ("Centre").
TEST(GazetteerTest, VariantsThatAreCommonWordsNamesOrCountriesAreLeftOut) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  const auto names = [&](std::string_view name) {
    std::vector<std::string> out;
    for (uint32_t i : g.Lookup(name)) out.push_back(g.place(i).name);
    return out;
  };
  const auto has = [](const std::vector<std::string>& v, std::string_view s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  EXPECT_FALSE(has(names("Okay"), "Les Cayes"));
  EXPECT_FALSE(has(names("Tell"), "At Tall"));
  EXPECT_FALSE(has(names("Summit"), "Beaumont"));
  EXPECT_FALSE(has(names("Puerto Rico"), "San Juan"));
  EXPECT_TRUE(has(names("Les Cayes"), "Les Cayes"));
  EXPECT_TRUE(has(names("Reading"), "Reading"));  // Reading, England's own name
  // Accents aside: "Sincé" is a variant of San Luis de Sincé, and "Since" folds to it.
  EXPECT_FALSE(has(names("Since"), "San Luis de Sincé"));
  // A variant that is a given name ("Sam" for Damascus, "Julia" for Plovdiv) leaves the
  // town, unless it spells the town's own name ("Jenin" for Janīn) or is the own name of
  // a town of 15,000 or more ("Saida": Saïda, Algeria).
  EXPECT_FALSE(has(names("Sam"), "Damascus"));
  EXPECT_FALSE(has(names("Julia"), "Plovdiv"));
  EXPECT_FALSE(has(names("Agatha"), "Agde"));
  EXPECT_TRUE(has(names("Jenin"), "Janīn"));
  EXPECT_TRUE(has(names("Saida"), "Sidon"));
  EXPECT_TRUE(has(names("Damascus"), "Damascus"));
  // A division named with a word written mostly in lower case is no division by it.
  EXPECT_FALSE(HasPlace(g, "Centre", "FR", PlaceKind::kAdmin1));
  EXPECT_FALSE(HasPlace(g, "Maritime", "TG", PlaceKind::kAdmin1));
  EXPECT_FALSE(HasPlace(g, "Time", "NO", PlaceKind::kAdmin2));
  EXPECT_TRUE(HasPlace(g, "Kerala", "IN", PlaceKind::kAdmin1));
  EXPECT_TRUE(HasPlace(g, "Durham", "CA", PlaceKind::kAdmin2));
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
  for (auto [name, country, expected] : {std::tuple{"Sale", "MA", "Salé"},
                                         {"Dublin", "IE", "Dublin"},
                                         {"Los Angeles", "US", "Los Angeles"},
                                         {"Alexandria", "EG", "Alexandria"},
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

// Points Gazetteer::CachePath() at `path` while it lives.
class ScopedCachePath {
 public:
  explicit ScopedCachePath(const std::string& path) {
    setenv("LEDE_GAZETTEER_CACHE", path.c_str(), 1);
  }
  ~ScopedCachePath() { unsetenv("LEDE_GAZETTEER_CACHE"); }
};

TEST(GazetteerTest, CacheHoldsWhatParsingMakes) {
  const std::string dir = std::string(LEDE_SOURCE_DIR) + "/data/gazetteer";
  const std::string cache = testing::TempDir() + "/shipped_gazetteer.cache";
  std::unique_ptr<Gazetteer> parsed, cached;
  ASSERT_TRUE(Gazetteer::Parse(dir, &parsed).ok());
  EXPECT_FALSE(parsed->loaded_from_cache());
  ASSERT_TRUE(parsed->SaveCache(cache).ok());
  ScopedCachePath use(cache);
  ASSERT_TRUE(Gazetteer::Load(dir, &cached).ok());
  EXPECT_TRUE(cached->loaded_from_cache());
  ASSERT_EQ(cached->size(), parsed->size());
  for (uint32_t i = 0; i < parsed->size(); ++i) {
    ASSERT_EQ(cached->place(i), parsed->place(i)) << "place " << i << " " << parsed->place(i).name;
  }
  for (uint32_t i = 0; i < parsed->size(); i += 37) {  // every index run is read back alike
    const std::string& name = parsed->place(i).name;
    const std::span<const uint32_t> want = parsed->Lookup(name), got = cached->Lookup(name);
    ASSERT_TRUE(std::equal(want.begin(), want.end(), got.begin(), got.end())) << name;
  }
  for (const char* word : {"Moroccan", "Spaniards", "European", "Martian"}) {
    EXPECT_EQ(cached->DemonymPlace(word), parsed->DemonymPlace(word)) << word;
  }
  ASSERT_NE(cached->Admin1("ES.56"), nullptr);
  EXPECT_EQ(*cached->Admin1("ES.56"), *parsed->Admin1("ES.56"));
  EXPECT_EQ(cached->CountryIndex("MA"), parsed->CountryIndex("MA"));
}

TEST(GazetteerTest, StaleOrDamagedCacheIsIgnored) {
  const std::string dir = testing::TempDir() + "/small_gazetteer";
  const std::string cache = dir + "/gazetteer.cache";
  ASSERT_EQ(std::system(("mkdir -p " + dir).c_str()), 0);
  const std::string rabat = "1\tcity\tRabat\tMA\tMA.04\t34.0\t-6.8\t100\tPPLC\tRabat|Ribat\n";
  std::ofstream(dir + "/places.tsv.gz") << "2\tcountry\tMorocco\tMA\t\t32\t-6\t0\tPCLI\t\n"
                                        << rabat;
  std::ofstream(dir + "/demonyms.tsv.gz") << "Moroccan\tMA\n";
  std::unique_ptr<Gazetteer> g;
  ASSERT_TRUE(Gazetteer::Parse(dir, &g).ok());
  ASSERT_TRUE(g->SaveCache(cache).ok());
  ScopedCachePath use(cache);
  ASSERT_TRUE(Gazetteer::Load(dir, &g).ok());
  EXPECT_TRUE(g->loaded_from_cache());
  EXPECT_EQ(g->Lookup("ribat").size(), 1u);
  EXPECT_EQ(g->DemonymPlace("Moroccan"), 0);

  std::ofstream(dir + "/places.tsv.gz", std::ios::app)
      << "3\tcity\tFes\tMA\tMA.05\t34\t-5\t100\tPPL\t\n";
  ASSERT_TRUE(Gazetteer::Load(dir, &g).ok());  // the files changed: parsed again
  EXPECT_FALSE(g->loaded_from_cache());
  EXPECT_EQ(g->size(), 3u);

  ASSERT_TRUE(Gazetteer::Parse(dir, &g).ok());
  ASSERT_TRUE(g->SaveCache(cache).ok());
  const std::string whole = ReadFile(cache);
  for (size_t keep : {whole.size() - 1, whole.size() / 2, size_t{3}}) {
    std::ofstream(cache, std::ios::trunc) << whole.substr(0, keep);
    ASSERT_TRUE(Gazetteer::Load(dir, &g).ok()) << keep;
    EXPECT_FALSE(g->loaded_from_cache()) << "a cache cut to " << keep << " bytes";
    EXPECT_EQ(g->size(), 3u);
  }
}

}  // namespace
}  // namespace lede
