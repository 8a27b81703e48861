#include "knowledge/geocoder.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "knowledge/testing.h"

namespace lede {
namespace {

using namespace testing_util;

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Every whole-word occurrence of `name` in `text`.
std::vector<Span> FindAll(std::string_view text, std::string_view name) {
  std::vector<Span> spans;
  for (size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
    const size_t end = at + name.size();
    if ((at == 0 || !IsWordChar(text[at - 1])) && (end == text.size() || !IsWordChar(text[end]))) {
      spans.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(end)});
    }
  }
  return spans;
}

// Every whole-word occurrence of each of `names` in `text`, name by name.
std::vector<Span> MentionsOf(std::string_view text, std::initializer_list<std::string_view> names) {
  std::vector<Span> mentions;
  for (std::string_view name : names) {
    const std::vector<Span> found = FindAll(text, name);
    mentions.insert(mentions.end(), found.begin(), found.end());
  }
  return mentions;
}

// `field` of each geocode's place ("-" for none), in mention order.
std::vector<std::string> Placed(const std::vector<Geocode>& codes, std::string Place::*field) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  std::vector<std::string> out;
  for (const Geocode& c : codes) {
    out.push_back(c.place == Geocode::kNone ? "-" : g.place(c.place).*field);
  }
  return out;
}

// Resolves `names` in `text` and expects every one of them placed in `admin1`.
void ExpectAllPlacedIn(const std::string& text, std::initializer_list<std::string_view> names,
                       std::string_view admin1) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  const std::vector<Span> mentions = MentionsOf(text, names);
  const std::vector<Geocode> codes = Geocoder(&g).Resolve(text, mentions, {});
  for (size_t m = 0; m < codes.size(); ++m) {
    ASSERT_NE(codes[m].place, Geocode::kNone) << m;
    EXPECT_EQ(g.place(codes[m].place).admin1, admin1)
        << text.substr(mentions[m].start, mentions[m].size()) << " "
        << g.place(codes[m].place).name;
  }
}

// The seed article's places, as a careful analyst reads them (seed-expected.json).
TEST(GeocoderTest, ResolvesEverySeedArticlePlace) {
  const std::string text = SeedText();
  const nlohmann::json expected = SeedExpected();
  struct Expectation {
    nlohmann::json place;
    size_t first, count;
  };
  std::vector<Span> mentions;
  std::vector<Expectation> expectations;
  for (const auto& place : expected["locations"]) {
    const std::string surface = place.value("surface", place["name"].get<std::string>());
    std::vector<Span> found = FindAll(text, surface);
    ASSERT_FALSE(found.empty()) << surface;
    expectations.push_back({place, mentions.size(), found.size()});
    mentions.insert(mentions.end(), found.begin(), found.end());
  }
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  std::vector<Geocode> codes = Geocoder(&g).Resolve(text, mentions, {.dateline = "Rabat"});
  ASSERT_EQ(codes.size(), mentions.size());
  for (const Expectation& e : expectations) {
    for (size_t m = e.first; m < e.first + e.count; ++m) {
      const std::string name = e.place["name"];
      ASSERT_NE(codes[m].place, Geocode::kNone) << name;
      const Place& p = g.place(codes[m].place);
      if (e.place.contains("country")) {
        EXPECT_EQ(p.country, e.place["country"]) << name;
      }
      const std::string kind = e.place["kind"];
      EXPECT_EQ(PlaceKindName(p.kind),
                kind == "region" && p.kind == PlaceKind::kAdmin1 ? "admin1" : kind)
          << name;
      if (e.place.contains("lat")) {
        EXPECT_LT(DistanceKm(p.lat, p.lon, e.place["lat"], e.place["lon"]), 25.0) << name;
      }
    }
  }
}

TEST(GeocoderTest, ExplicitContextOverridesPopulation) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  const std::string text = "Flooding hit Sale, Victoria, and later Sale, England.";
  std::vector<Span> mentions = FindAll(text, "Sale");
  ASSERT_EQ(mentions.size(), 2u);
  std::vector<Geocode> codes = Geocoder(&g).Resolve(text, mentions, {});
  ASSERT_NE(codes[0].place, Geocode::kNone);
  ASSERT_NE(codes[1].place, Geocode::kNone);
  EXPECT_EQ(g.place(codes[0].place).country, "AU");
  EXPECT_EQ(g.place(codes[1].place).country, "GB");
}

// A state abbreviated with initials after the comma places the town as its name does:
// "Greenville, N.C." is North Carolina's, not South Carolina's larger Greenville.
TEST(GeocoderTest, AStateAbbreviatedWithInitialsPlacesTheTown) {
  ExpectAllPlacedIn("The family moved to Greenville, N.C., last year.", {"Greenville"}, "US.NC");
  ExpectAllPlacedIn("The family moved to Greenville, S.C., last year.", {"Greenville"}, "US.SC");
  ExpectAllPlacedIn("He lives in Weston, W. Va., with his wife.", {"Weston"}, "US.WV");
  ExpectAllPlacedIn("He lives in Weston, W.Va., with his wife.", {"Weston"}, "US.WV");
}

// The name after the comma may be a country's and a state's: either places the town
// ("Columbus, Georgia" is the state's Columbus, though the country Georgia is the
// name's best place alone).
TEST(GeocoderTest, AnyRegionOfTheNameAfterTheCommaPlacesTheTown) {
  ExpectAllPlacedIn("Troops trained at Fort Benning near Columbus, Georgia, last year.",
                    {"Columbus"}, "US.GA");
  ExpectAllPlacedIn("Voters in Columbus, Ohio, turned out early.", {"Columbus"}, "US.OH");
}

// A name listed with a state is the state, with a country the country: "Oregon and
// Washington laws" are two states' (LGL), though "Washington" alone is the capital.
TEST(GeocoderTest, ANameListedWithAStateOrCountryIsOne) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  const auto kinds = [&](const std::string& text, std::initializer_list<std::string_view> names) {
    std::vector<std::string> out;
    for (const Geocode& c : Geocoder(&g).Resolve(text, MentionsOf(text, names), {})) {
      out.push_back(c.place == Geocode::kNone ? "-" : g.place(c.place).feature_code);
    }
    return out;
  };
  EXPECT_EQ(kinds("He backs Oregon and Washington laws.", {"Oregon", "Washington"}),
            (std::vector<std::string>{"ADM1", "ADM1"}));
  EXPECT_EQ(kinds("Storms hit Georgia and Alabama.", {"Georgia", "Alabama"}),
            (std::vector<std::string>{"ADM1", "ADM1"}));
  EXPECT_EQ(kinds("Talks between Georgia and Armenia resumed.", {"Georgia", "Armenia"}),
            (std::vector<std::string>{"PCLI", "PCLI"}));
  EXPECT_EQ(kinds("An artist in Washington called it the end.", {"Washington"}),
            (std::vector<std::string>{"PPLC"}));
}

// A demonym whose only places of its name are towns is its country: "the Canadian
// Public Health Infobase" is Canada's, not Canadian, Texas, unless the text places it.
TEST(GeocoderTest, ADemonymIsItsCountryNotATownOfItsName) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  const auto country = [&](const std::string& text) {
    const std::vector<Geocode> codes = Geocoder(&g).Resolve(text, FindAll(text, "Canadian"), {});
    return codes[0].place == Geocode::kNone ? "-" : g.place(codes[0].place).country;
  };
  EXPECT_EQ(country("Figures from the Canadian Public Health Infobase rose."), "CA");
  EXPECT_EQ(country("The storm hit Canadian, Texas, overnight."), "US");
}

TEST(GeocoderTest, DocumentCountryContextDecides) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  const std::string text = "Australian police said the storm reached Sale overnight.";
  std::vector<Span> mentions = FindAll(text, "Sale");
  std::vector<Geocode> codes = Geocoder(&g).Resolve(text, mentions, {.outlet_country = "AU"});
  ASSERT_NE(codes[0].place, Geocode::kNone);
  EXPECT_EQ(g.place(codes[0].place).country, "AU");
}

// Each case: a text, the place names in it, and where the first name must resolve
// (ISO country and admin1 code, or a point within 50 km). Each case is an error
// `lede eval geo` showed on GeoWebNews / LGL.
TEST(GeocoderTest, DocumentNeighboursCapitalsAndStatesDecide) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  const struct {
    const char* name;
    std::string text;
    std::vector<std::string> places;
    std::string admin1;
    float lat = 0, lon = 0;
  } cases[] = {
      {"a local paper's Paris among Illinois towns is Paris, Illinois",
       "Tuition to Paris High School rose. Chrisman and Kansas schools agreed, and Edgar County paid.",
       {"Paris", "Chrisman", "Kansas", "Edgar County"}, "US.IL"},
      {"Lebanon among Pennsylvania towns is Lebanon, Pennsylvania",
       "Services at 400 S. Locust St., Lebanon. Interment at Indiantown Gap. He worked in "
       "Harrisburg and retired to Annville; his son lives in Hershey.",
       {"Lebanon", "Harrisburg", "Annville", "Hershey"}, "US.PA"},
      {"Georgia among Georgia towns is the state", "He died in Georgia. Friends in Atlanta and Macon mourned.",
       {"Georgia", "Atlanta", "Macon"}, "US.GA"},
      {"Washington alone is the capital", "An artist in Washington called it the end.",
       {"Washington"}, "", 38.9f, -77.04f},
      {"Washington state is the state", "Growers in Washington state lost apples.",
       {"Washington"}, "US.WA"},
      {"New York is the city that holds most of the state's people",
       "He bought his ticket in New York on Thursday.", {"New York"}, "", 40.71f, -74.0f},
      {"a state's word after the name makes New York the state: a court, its attorney general, "
       "its border",
       "A New York court ruled. New York's attorney general agreed. Exit 1 is near the New York "
       "border in West Stockbridge.",
       {"New York", "West Stockbridge"}, "US.NY", 42.6f, -75.77f},
      {"a county is placed at its towns", "Deputies in Walker County, Ga., said.",
       {"Walker County"}, "US.GA"},
      {"a country's own name is no evidence for it: Georgia among US places is the state",
       "Georgia authorities say the Georgia man died. Georgia law bans it, a Baltimore "
       "lawyer said.",
       {"Georgia", "Baltimore"}, "US.GA"},
      {"a town and a county mentioned together settle on the pair that are neighbours",
       "All residents of Paris and Henry County will receive a letter.",
       {"Paris", "Henry County"}, "US.TN"},
      {"a county is a neighbour of the towns in or next to it, not of every town 200 km away: "
       "Lebanon, Boone County and Zionsville are Indiana's (Boone County, Kentucky is 170 km "
       "from Lebanon, Ohio)",
       "Yard cleanup days in Lebanon start Monday. The Boone County waste board meets in "
       "Zionsville.",
       {"Lebanon", "Boone County", "Zionsville"}, "US.IN"},
      {"two small towns near each other support each other though each has a namesake a "
       "few times larger: Winchester and Southport are Indiana's (Winchester, Virginia and "
       "Southport, North Carolina are far apart)",
       "Winchester was denied a third straight trip to the state finals after the semistate at "
       "Southport High School.",
       {"Winchester", "Southport"}, "US.IN"},
      {"a county named like 18 others is told by its neighbours, not its population: Richmond "
       "and Madison County are Kentucky's (Madison County, Alabama has the most people)",
       "A grant went to the shelter in Richmond. It serves victims of abuse in Madison County.",
       {"Richmond", "Madison County"}, "US.KY"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    std::vector<Span> mentions;
    for (const std::string& place : c.places) {
      const std::vector<Span> found = FindAll(c.text, place);
      mentions.insert(mentions.end(), found.begin(), found.end());
    }
    const std::vector<Geocode> codes = Geocoder(&g).Resolve(c.text, mentions, {});
    ASSERT_NE(codes[0].place, Geocode::kNone);
    const Place& p = g.place(codes[0].place);
    if (!c.admin1.empty()) { EXPECT_EQ(p.admin1, c.admin1) << p.name; }
    if (c.lat != 0) { EXPECT_LT(DistanceKm(p.lat, p.lon, c.lat, c.lon), 50.0) << p.name; }
  }
}

// Towns named like towns in many states, all of them neighbours of each other in
// the Northeast too, are in the state the document names.
TEST(GeocoderTest, TheStateTheDocumentNamesDecides) {
  ExpectAllPlacedIn(
      "Scout units from throughout Northeast Nebraska will collect food in Laurel, Madison, "
      "Plainview and Bloomfield.",
      {"Nebraska", "Laurel", "Madison", "Plainview", "Bloomfield"}, "US.NE");
}

// A name in a list of counties is the county, not the town of that name.
TEST(GeocoderTest, NamesInAListOfCountiesAreCounties) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  const std::string text = "Wildfires burned in Eastland and Callahan counties on Monday.";
  const std::vector<Span> mentions = MentionsOf(text, {"Eastland", "Callahan"});
  const std::vector<Geocode> codes = Geocoder(&g).Resolve(text, mentions, {});
  for (size_t m = 0; m < codes.size(); ++m) {
    ASSERT_NE(codes[m].place, Geocode::kNone) << m;
    const Place& p = g.place(codes[m].place);
    EXPECT_EQ(p.kind, PlaceKind::kAdmin2) << p.name;
    EXPECT_EQ(p.admin1, "US.TX") << p.name;
  }
}

// A county written without "County" is a candidate in the state the document is mostly
// about, where no town has its name; not in a state among several, and a state's name
// stays the state's.
TEST(GeocoderTest, ABareCountyNameIsTheCountyOfTheDocumentsState) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  const struct {
    const char* text;
    std::string_view name;
    const char* admin1;
    PlaceKind kind;
  } cases[] = {
      {"Nebraska's population grew: Lancaster and Sarpy gained most, Nebraska officials said.",
       "Lancaster", "US.NE", PlaceKind::kAdmin2},
      {"Nebraska's population grew: Lancaster and Sarpy gained most, Nebraska officials said.",
       "Sarpy", "US.NE", PlaceKind::kAdmin2},
      {"Hardeman, the Oxford MPP, said Ontario's budget hurt Ontario businesses.", "Oxford",
       "CA.08", PlaceKind::kAdmin2},
      {"After rallies in Ohio, Pennsylvania and Michigan, the debate in Miami was cancelled.",
       "Miami", "US.FL", PlaceKind::kCity},
      {"The buyer, a Delaware company, bought homes in Dover, Delaware.", "Delaware", "US.DE",
       PlaceKind::kAdmin1},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    const std::vector<Span> mentions =
        MentionsOf(c.text, {"Nebraska", "Lancaster", "Sarpy", "Oxford", "Ontario", "Ohio",
                            "Pennsylvania", "Michigan", "Miami", "Delaware", "Dover"});
    const std::vector<Geocode> codes = Geocoder(&g).Resolve(c.text, mentions, {});
    const std::string_view text = c.text;
    for (size_t m = 0; m < mentions.size(); ++m) {
      if (text.substr(mentions[m].start, mentions[m].size()) != c.name) continue;
      ASSERT_NE(codes[m].place, Geocode::kNone);
      const Place& p = g.place(codes[m].place);
      EXPECT_EQ(p.admin1, c.admin1) << p.name;
      EXPECT_EQ(p.kind, c.kind) << p.name;
    }
  }
}

// A place before a possessive owns the name after it: the name is in that country or
// state, or near that town, or it is none of the gazetteer's places.
TEST(GeocoderTest, APossessivePlaceOwnsTheNameAfterIt) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  const std::string text =
      "India, India and Pakistan met after floods hit Pakistan's Punjab. The American "
      "drummer, born in Chicago, Illinois, played London's Hyde Park.";
  const std::vector<Span> mentions = MentionsOf(
      text, {"India", "Pakistan", "Punjab", "Chicago", "Illinois", "London", "Hyde Park"});
  const std::vector<Geocode> codes = Geocoder(&g).Resolve(text, mentions, {});
  EXPECT_EQ(Placed(codes, &Place::country),
            (std::vector<std::string>{"IN", "IN", "PK", "PK", "PK", "US", "US", "GB", "-"}));
}

// A name is the town whose own name it is, not a smaller town it is only a variant of,
// however near the document's other places that one lies (Korolev was Kaliningrad; New
// Philadelphia, Ohio is "Philadelphia" to GeoNames); written with "St." it is still
// the town's own name.
TEST(GeocoderTest, AVariantDoesNotOutweighATownsOwnName) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  const struct {
    const char* text;
    std::initializer_list<std::string_view> names;
    const char* name;
    const char* admin1;
  } cases[] = {
      {"Missiles from Moscow would be installed in Kaliningrad.",
       {"Moscow", "Kaliningrad"},
       "Kaliningrad",
       "RU.23"},
      {"An Alliance charity held its gala at a museum in Philadelphia.",
       {"Alliance", "Philadelphia"},
       "Philadelphia",
       "US.PA"},
      {"Police in St. Albans and Charleston, West Virginia, searched the river.",
       {"St. Albans", "Charleston", "West Virginia"},
       "Saint Albans",
       "US.WV"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    const std::vector<Span> mentions = MentionsOf(c.text, c.names);
    const std::vector<Geocode> codes = Geocoder(&g).Resolve(c.text, mentions, {});
    ASSERT_NE(codes.back().place, Geocode::kNone);
    bool found = false;
    for (const Geocode& code : codes) {
      const Place& p = g.place(code.place);
      if (p.name == c.name) {
        found = true;
        EXPECT_EQ(p.admin1, c.admin1);
      }
    }
    EXPECT_TRUE(found) << c.name;
  }
}

// A name with many namesakes has one near the document's other places by chance:
// that is weak evidence against the capital.
TEST(GeocoderTest, ManyNamesakesNearbyDoNotOutweighTheCapital) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  const std::string text =
      "After stops in Washington, New York and Boston, the crown prince met investors.";
  const std::vector<Span> mentions = MentionsOf(text, {"Washington", "New York", "Boston"});
  const std::vector<Geocode> codes = Geocoder(&g).Resolve(text, mentions, {});
  ASSERT_NE(codes[0].place, Geocode::kNone);
  EXPECT_EQ(g.place(codes[0].place).feature_code, "PPLC") << g.place(codes[0].place).admin1;
}

// A town written as a local institution's ("Paris firefighters") is looked for in
// the country the rest of the document is about, not among its famous namesakes.
TEST(GeocoderTest, ALocalInstitutionsTownIsInTheDocumentsCountry) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  const std::string text =
      "Paris firefighters made quick work of a kitchen fire on Friday. Across the U.S., "
      "such fires are common.";
  const std::vector<Span> mentions = MentionsOf(text, {"Paris", "U.S."});
  const std::vector<Geocode> codes = Geocoder(&g).Resolve(text, mentions, {});
  ASSERT_NE(codes[0].place, Geocode::kNone);
  EXPECT_EQ(g.place(codes[0].place).country, "US") << g.place(codes[0].place).name;
}

// A name written as a town's is a town in every mention, whatever country shares it:
// a resident's or a municipal service's word follows it ("a Lebanon woman", "the
// Jordan middle school"), a street address or a person's age precedes it, it opens a
// dateline in capitals. A country stays a country in a compound's second half
// ("NATO-Russia Council") and after a plain number.
TEST(GeocoderTest, ANameWrittenAsATownsIsNoCountry) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  const std::string text =
      "Jordan volleyball starts again. Games are at the Jordan middle school on Fridays. "
      "A Lebanon woman was charged on Monday; Lebanon Police said she had fled. The "
      "NATO-Russia Council met again, and Russia Council members agreed.";
  const std::vector<Span> mentions = MentionsOf(text, {"Jordan", "Lebanon", "Russia"});
  const std::vector<Geocode> codes = Geocoder(&g).Resolve(text, mentions, {});
  for (size_t m = 0; m < codes.size(); ++m) {
    ASSERT_NE(codes[m].place, Geocode::kNone) << m;
    const Place& p = g.place(codes[m].place);
    const std::string_view name =
        std::string_view(text).substr(mentions[m].start, mentions[m].size());
    EXPECT_EQ(p.kind, name == "Russia" ? PlaceKind::kCountry : PlaceKind::kCity)
        << name << " " << m;
  }
  for (const std::string other :
       {"Services are at the funeral home, 508 Cumberland St., Lebanon, on Friday.",
        "Terry Jolly, 60, of Lebanon, was arrested.", "MALTA - About 5,000 books are on sale.",
        "Malta welcomed 5,000 tourists. In 2008, Malta joined the euro."}) {
    const std::string_view name = other.find("Malta") != std::string::npos   ? "Malta"
                                  : other.find("MALTA") != std::string::npos ? "MALTA"
                                                                             : "Lebanon";
    const std::vector<Span> found = MentionsOf(other, {name});
    const std::vector<Geocode> placed = Geocoder(&g).Resolve(other, found, {});
    ASSERT_NE(placed[0].place, Geocode::kNone) << other;
    EXPECT_EQ(g.place(placed[0].place).kind,
              other.starts_with("Malta ") ? PlaceKind::kCountry : PlaceKind::kCity)
        << other;
  }
}

// The towns the neighbours place in one state draw the document's other small towns
// there: a list of Ohio counties and towns makes the lone "Oxford" Oxford, Ohio.
TEST(GeocoderTest, TheStateOfTheDocumentsTownsDecides) {
  ExpectAllPlacedIn(
      "The pageant crowned Ann Roe of Middletown. The runner-up was Mia Poe of Oxford. "
      "Girls who live or study in Butler, Clark, Hamilton, Madison, Montgomery, Preble or "
      "Warren counties may enter.",
      {"Middletown", "Oxford", "Butler", "Clark", "Hamilton", "Madison", "Montgomery", "Preble",
       "Warren"},
      "US.OH");
}

// A capital of a country the document names is that capital, though a namesake
// village lies near the document's other places; the country's own name ("Mexico")
// is no such evidence for its capital.
TEST(GeocoderTest, TheCapitalOfANamedCountryDecides) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  const std::string text =
      "The airline will fly between New York and Moscow. Delta flies to Moscow from New "
      "York and Atlanta, and Baltimore may be next. Russia welcomed the plan. Scranton "
      "and Wilkes-Barre bid too. Mexico was not asked.";
  const std::vector<Span> mentions =
      MentionsOf(text, {"Moscow", "New York", "Atlanta", "Baltimore", "Russia", "Scranton",
                        "Wilkes-Barre", "Mexico"});
  const std::vector<Geocode> codes = Geocoder(&g).Resolve(text, mentions, {});
  for (size_t m = 0; m < 2; ++m) {
    ASSERT_NE(codes[m].place, Geocode::kNone);
    EXPECT_EQ(g.place(codes[m].place).country, "RU") << g.place(codes[m].place).admin1;
  }
  ASSERT_NE(codes.back().place, Geocode::kNone);
  EXPECT_EQ(g.place(codes.back().place).kind, PlaceKind::kCountry);
}

// A state's name is the state though a town of that name lies near the document's
// other places; only the text after it makes it the town.
TEST(GeocoderTest, AStatesNameIsTheStateWhateverItsNeighbours) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  const std::string text =
      "Tickets were sold in Riverdale and Morris County, New Jersey, and in New York. An "
      "unnamed man in Florida won in January.";
  const std::vector<Span> mentions =
      MentionsOf(text, {"Florida", "Riverdale", "Morris County", "New Jersey", "New York"});
  const std::vector<Geocode> codes = Geocoder(&g).Resolve(text, mentions, {});
  ASSERT_NE(codes[0].place, Geocode::kNone);
  EXPECT_EQ(g.place(codes[0].place).kind, PlaceKind::kAdmin1) << g.place(codes[0].place).admin1;
  EXPECT_EQ(g.place(codes[0].place).admin1, "US.FL");
  const std::string village = "The fair opens in Florida, New York, on Friday.";
  const std::vector<Geocode> placed =
      Geocoder(&g).Resolve(village, MentionsOf(village, {"Florida"}), {});
  ASSERT_NE(placed[0].place, Geocode::kNone);
  EXPECT_EQ(g.place(placed[0].place).kind, PlaceKind::kCity);
  EXPECT_EQ(g.place(placed[0].place).admin1, "US.NY");
}

// A name tagged together with its region after a comma ("Washington, D.C.") is the
// place the part before the comma names, the rest its local context.
TEST(GeocoderTest, ANameWithItsRegionIsThePlaceBeforeTheComma) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  const std::string text = "Tickets are sold in 44 states, Washington, D.C., and Paris, Texas.";
  const std::vector<Span> mentions = MentionsOf(text, {"Washington, D.C.", "Paris, Texas"});
  const std::vector<Geocode> codes = Geocoder(&g).Resolve(text, mentions, {});
  ASSERT_NE(codes[0].place, Geocode::kNone);
  EXPECT_EQ(g.place(codes[0].place).admin1, "US.DC");
  ASSERT_NE(codes[1].place, Geocode::kNone);
  EXPECT_EQ(g.place(codes[1].place).admin1, "US.TX");
}

TEST(GeocoderTest, OutletCountryIsTheUrlsCountryDomain) {
  EXPECT_EQ(OutletCountry("https://www.independent.ie/news/story.html"), "IE");
  EXPECT_EQ(OutletCountry("http://www.cambridge-news.co.uk/news?id=4"), "GB");
  EXPECT_EQ(OutletCountry("https://user@lfpress.CA:8080/x"), "CA");
  EXPECT_EQ(OutletCountry("https://www.nytimes.com/2009/03/20/x.html"), "");
  EXPECT_EQ(OutletCountry("https://news.example.io/x"), "");
  EXPECT_EQ(OutletCountry("http://192.168.0.1/x.ca"), "");
  EXPECT_EQ(OutletCountry("/tmp/articles/a0.txt"), "");
  EXPECT_EQ(OutletCountry("ftp://ftp.example.de/a"), "");
}

// A local paper's story that names no other place: its town is the namesake in the
// state the outlet's other articles are about.
TEST(GeocoderTest, TheOutletsHomeDecidesANamesake) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  const std::string text = "Paris firefighters were called to a house fire on Tuesday night.";
  const std::vector<Span> mentions = MentionsOf(text, {"Paris"});
  const auto admin1 = [&](const GeocodeContext& context) {
    const std::vector<Geocode> codes = Geocoder(&g).Resolve(text, mentions, context);
    return codes[0].place == Geocode::kNone ? "" : g.place(codes[0].place).admin1;
  };
  EXPECT_EQ(admin1({}), "FR.11");
  OutletHome tennessee;
  tennessee.Add("US.TN", 4);
  tennessee.Add("US.KY", 1);
  EXPECT_EQ(admin1({.outlet_home = &tennessee}), "US.TN");
  OutletHome two_places;  // too few places to say where the outlet is
  two_places.Add("US.TN", 2);
  EXPECT_EQ(admin1({.outlet_home = &two_places}), "FR.11");
}

TEST(GeocoderTest, AcronymsAreNoTownsAndTheEuIsEurope) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  const std::string text = "Britain left the EU. Doctors at the CHU said so. The US agreed.";
  const std::vector<Span> mentions = {FindAll(text, "EU")[0], FindAll(text, "CHU")[0],
                                      FindAll(text, "US")[0]};
  const std::vector<Geocode> codes = Geocoder(&g).Resolve(text, mentions, {});
  ASSERT_NE(codes[0].place, Geocode::kNone);
  EXPECT_EQ(g.place(codes[0].place).name, "Europe");
  EXPECT_EQ(codes[1].place, Geocode::kNone) << g.place(codes[1].place).name;
  ASSERT_NE(codes[2].place, Geocode::kNone);
  EXPECT_EQ(g.place(codes[2].place).country, "US");
}

// News' names for world regions are the regions, and a country's or continent's name is
// never a town's variant: GeoNames lists "Puerto Rico" for San Juan (which, named in the
// same story, then supported it as a neighbour) and "Africa" for Mahdia.
TEST(GeocoderTest, RegionsAndCountriesAreNoTownsVariants) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  const std::string text =
      "The governor of Puerto Rico resigned on Wednesday. Crowds in San Juan cheered. Tunisia "
      "wants a role in North Africa, Africa and Southeast Asia.";
  const std::vector<Span> mentions = {FindAll(text, "Puerto Rico")[0], FindAll(text, "San Juan")[0],
                                      FindAll(text, "North Africa")[0],
                                      FindAll(text, "Africa")[1],  // the continent alone
                                      FindAll(text, "Southeast Asia")[0]};
  EXPECT_EQ(Placed(Geocoder(&g).Resolve(text, mentions, {}), &Place::name),
            (std::vector<std::string>{"Puerto Rico", "San Juan", "Northern Africa", "Africa",
                                      "South-eastern Asia"}));
}

// "Earth" and "Jupiter" are no towns (Earth, Texas; Jupiter, Florida) in a story about
// planets, nor the constellation "Leo" Léo, Burkina Faso, nor "the Atlantic" Atlantic,
// Iowa; a text that writes one as a town keeps it.
TEST(GeocoderTest, CelestialBodiesAndOceansAreTownsOnlyWhenWrittenAsTowns) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  const auto places = [&](const std::string& text, std::initializer_list<std::string_view> names) {
    return Placed(Geocoder(&g).Resolve(text, MentionsOf(text, names), {}), &Place::admin1);
  };
  EXPECT_EQ(places("Jupiter is larger than Earth. Probes crossed the Atlantic of space.",
                   {"Jupiter", "Earth", "Atlantic"}),
            (std::vector<std::string>{"-", "-", "-"}));
  EXPECT_EQ(places("The planet circles a star in the constellation Leo.", {"Leo"}),
            (std::vector<std::string>{"-"}));
  EXPECT_EQ(places("A boat sank off Jupiter, Florida. Jupiter police said two men swam ashore.",
                   {"Jupiter"}),
            (std::vector<std::string>{"US.FL", "US.FL"}));
}

// A town named like a country gets no support from the document's other places: the
// rallies in Pennsylvania do not make "Egypt" Egypt, Pennsylvania.
TEST(GeocoderTest, ATownNamedLikeACountryNeedsTheTextAfterIt) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  const std::string text =
      "The president held rallies in Pennsylvania, Wisconsin, Michigan and North Carolina, "
      "visited Kenosha and Wilmington, and spoke in New Jersey, Delaware, Nevada and Florida. A "
      "rally in Pennsylvania drew crowds. He recalled the leaders of Egypt and Israel.";
  const std::vector<Span> mentions = MentionsOf(
      text, {"Pennsylvania", "Wisconsin", "Michigan", "North Carolina", "Kenosha", "Wilmington",
             "New Jersey", "Delaware", "Nevada", "Florida", "Egypt", "Israel"});
  const std::vector<Geocode> codes = Geocoder(&g).Resolve(text, mentions, {});
  for (size_t m = 0; m < mentions.size(); ++m) {
    if (text.substr(mentions[m].start, mentions[m].size()) != "Egypt") continue;
    ASSERT_NE(codes[m].place, Geocode::kNone);
    EXPECT_EQ(g.place(codes[m].place).kind, PlaceKind::kCountry);
    EXPECT_EQ(g.place(codes[m].place).country, "EG");
  }
  const std::string town = "The fire hit a barn in Egypt, Pennsylvania, near Allentown.";
  const std::vector<Geocode> placed =
      Geocoder(&g).Resolve(town, MentionsOf(town, {"Egypt", "Pennsylvania", "Allentown"}), {});
  EXPECT_EQ(Placed(placed, &Place::admin1)[0], "US.PA");
}

// A compass word alone names no place: "the West" is no region of Cameroon.
TEST(GeocoderTest, ACompassWordAloneIsNoPlace) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  const std::string text = "He was praised in the West and in the South of France.";
  EXPECT_EQ(Placed(Geocoder(&g).Resolve(text, MentionsOf(text, {"West", "South", "France"}), {}),
                   &Place::country),
            (std::vector<std::string>{"-", "-", "FR"}));
}

// A small town that nothing in the document speaks for, in a document whose other names
// are of other countries, is no place: "Gloria" (a town of 6,000 in the Philippines) in a
// story of Hong Kong, "Obama" (Japan) in one of Washington and Iran. Its country, the
// text after it or a neighbour makes it a place again.
TEST(GeocoderTest, ASmallTownNeedsSupportInTheDocument) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  const auto countries = [&](const std::string& text,
                             std::initializer_list<std::string_view> names) {
    return Placed(Geocoder(&g).Resolve(text, MentionsOf(text, names), {}), &Place::country);
  };
  EXPECT_EQ(countries("Hong Kong police said Gloria, 9, was found in Kowloon.",
                      {"Hong Kong", "Gloria", "Kowloon"}),
            (std::vector<std::string>{"HK", "-", "HK"}));
  EXPECT_EQ(countries("Obama spoke in Washington about Iran.", {"Obama", "Washington", "Iran"}),
            (std::vector<std::string>{"-", "US", "IR"}));
  EXPECT_EQ(countries("Pilgrims came to Obama, Japan, from Washington.",
                      {"Obama", "Japan", "Washington"})[0],
            "JP");
  EXPECT_EQ(countries("Pilgrims came to Obama from Kyoto and Washington.",
                      {"Obama", "Kyoto", "Washington"})[0],
            "JP");
  EXPECT_EQ(countries("Obama spoke.", {"Obama"})[0], "JP");  // no evidence elsewhere
}

TEST(GeocoderTest, UnknownNameHasNoPlace) {
  const Gazetteer& g = Shipped<Gazetteer>("gazetteer");
  const std::string text = "Qwxzyville is not a place.";
  std::vector<Span> mentions = {{0, 10}};
  EXPECT_EQ(Geocoder(&g).Resolve(text, mentions, {})[0].place, Geocode::kNone);
}

TEST(GeocoderTest, DistanceIsGreatCircle) {
  EXPECT_NEAR(DistanceKm(34.0133f, -6.8326f, 34.0531f, -6.7985f), 5.4, 0.5);  // Rabat-Salé
  EXPECT_NEAR(DistanceKm(0, 0, 0, 180), 20015, 5);
}

}  // namespace
}  // namespace lede
