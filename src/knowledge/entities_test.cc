#include "knowledge/entities.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "knowledge/testing.h"
#include "util/data_dir.h"

namespace lede {
namespace {

using namespace testing_util;

struct Resolved {
  std::unique_ptr<Document> doc;
  std::vector<Entity> entities;
  const Entity* Find(std::string_view name) const {
    for (const Entity& e : entities) {
      if (e.name == name) return &e;
    }
    return nullptr;
  }
  std::vector<std::string> Texts(const Entity& e) const {
    std::vector<std::string> t;
    for (Span s : e.mentions) t.emplace_back(doc->text(s));
    return t;
  }
};

Resolved Resolve(std::string text, const std::vector<Tagged>& names, std::string url = "") {
  Resolved r;
  r.doc = MakeDocument(std::move(text), std::move(url));
  r.entities = ResolveEntities(*r.doc, Mentions(r.doc->text(), names),
                               &Shipped<AliasTable>("lexicons/aliases.tsv"));
  return r;
}

constexpr EntityType kPer = EntityType::kPerson;
constexpr EntityType kOrg = EntityType::kOrganization;

TEST(EntitiesTest, SurnameJoinsFullNameAndTitlesBecomeRoles) {
  Resolved r =
      Resolve("President Joe Biden spoke. Later Biden left. King Charles III arrived.",
              {{"President Joe Biden", kPer}, {"Biden", kPer}, {"King Charles III", kPer}});
  ASSERT_EQ(r.entities.size(), 2u);
  const Entity* biden = r.Find("Joe Biden");
  ASSERT_NE(biden, nullptr);
  EXPECT_EQ(r.Texts(*biden), (std::vector<std::string>{"Joe Biden", "Biden"}));
  EXPECT_EQ(biden->roles, std::vector<std::string>{"President"});
  const Entity* charles = r.Find("Charles III");
  ASSERT_NE(charles, nullptr);
  EXPECT_EQ(charles->roles, std::vector<std::string>{"King"});
}

// The tagger typed one "Bush" a place; the text names George Bush in full and writes
// "Bush" alone as a person, so it is him. A place whose name is no person's surname, or
// a surname the text never writes alone as a person ("Austin"), stays a place.
TEST(EntitiesTest, SurnameTypedAsAPlaceJoinsThePerson) {
  constexpr EntityType kLoc = EntityType::kLocation;
  const std::string text =
      "George Bush spoke in Texas. Bush said the first Bush administration ended. Jane Austin "
      "moved to Austin.";
  std::unique_ptr<Document> doc = MakeDocument(text);
  std::vector<EntityMention> mentions = Mentions(doc->text(), {{"George Bush", kPer},
                                                               {"Texas", kLoc},
                                                               {"Bush", kPer},
                                                               {"Jane Austin", kPer},
                                                               {"Austin", kLoc}});
  const uint32_t slip = static_cast<uint32_t>(text.find("Bush administration"));
  for (EntityMention& m : mentions) {
    if (m.span.start == slip) m.type = kLoc;
  }
  Resolved r;
  r.doc = std::move(doc);
  r.entities = ResolveEntities(*r.doc, mentions, nullptr);
  const Entity* bush = r.Find("George Bush");
  ASSERT_NE(bush, nullptr);
  EXPECT_EQ(r.Texts(*bush), (std::vector<std::string>{"George Bush", "Bush", "Bush"}));
  EXPECT_EQ(r.Find("Bush"), nullptr);
  ASSERT_NE(r.Find("Texas"), nullptr);
  const Entity* austin = r.Find("Austin");
  ASSERT_NE(austin, nullptr);
  EXPECT_EQ(austin->type, kLoc);
}

TEST(EntitiesTest, AcronymDefinedInTextJoinsItsLongForm) {
  Resolved r = Resolve("The Federal Bureau of Investigation (FBI) said so. The FBI also said.",
                       {{"Federal Bureau of Investigation", kOrg}});
  ASSERT_EQ(r.entities.size(), 1u);
  EXPECT_EQ(r.entities[0].name, "Federal Bureau of Investigation");
  EXPECT_EQ(r.Texts(r.entities[0]),
            (std::vector<std::string>{"Federal Bureau of Investigation", "FBI", "FBI"}));
}

// Issue 4, item 1: "the Moroccan anti-terrorism bureau" is the BCIJ when the text
// names one organisation with that head noun; two such organisations leave it alone.
TEST(EntitiesTest, DescriptionJoinsTheOnlyOrganisationNamedWithItsHeadNoun) {
  Resolved r = Resolve(
      "The head of the Moroccan anti-terrorism bureau spoke. Officials of the Central Bureau "
      "of Judicial Investigations (BCIJ) agreed, and Morocco's anti-terrorism bureau acted.",
      {{"Central Bureau of Judicial Investigations", kOrg}});
  const Entity* bcij = r.Find("Central Bureau of Judicial Investigations");
  ASSERT_NE(bcij, nullptr);
  EXPECT_EQ(r.Texts(*bcij),
            (std::vector<std::string>{"Moroccan anti-terrorism bureau",
                                      "Central Bureau of Judicial Investigations", "BCIJ",
                                      "anti-terrorism bureau"}));
  const struct {
    const char* name;
    std::string text;
    std::vector<Tagged> tagged;
  } unlinked[] = {
      {"two organisations share the head noun",
       "The bureau chief of the Federal Bureau of Investigation met the Central Bureau of "
       "Judicial Investigations. The national bureau said no.",
       {{"Federal Bureau of Investigation", kOrg}, {"Central Bureau of Judicial Investigations", kOrg}}},
      {"a head noun with 'of' after it starts another name",
       "The Central Bureau of Judicial Investigations met the bureau of prisons.",
       {{"Central Bureau of Judicial Investigations", kOrg}}},
      {"no organisation has the head noun", "The national bureau said no. Reuters reported it.",
       {{"Reuters", kOrg}}},
  };
  for (const auto& c : unlinked) {
    SCOPED_TRACE(c.name);
    Resolved u = Resolve(c.text, c.tagged);
    size_t mentions = 0;
    for (const Entity& e : u.entities) mentions += e.mentions.size();
    EXPECT_EQ(mentions, c.tagged.size());
  }
}

TEST(EntitiesTest, WellKnownAliasesJoin) {
  Resolved r = Resolve("Daesh claimed the attack. ISIS fighters fled. Islamic State lost ground.",
                       {{"Islamic State", kOrg}, {"Daesh", kOrg}, {"ISIS", kOrg}});
  ASSERT_EQ(r.entities.size(), 1u);
  EXPECT_EQ(r.entities[0].name, "Islamic State");
  EXPECT_EQ(r.entities[0].mentions.size(), 3u);
}

// Party Facts' names of a party are aliases: its native and English names join, and the
// known names the text does not use are the entity's aliases. Acronyms are not taken
// from it ("NPR" is a Polish party's and a radio network's).
TEST(EntitiesTest, APartysNamesJoin) {
  Resolved r = Resolve(
      "The Movimento 5 Stelle won. The Five Star Movement then formed a government. NPR said so.",
      {{"Movimento 5 Stelle", kOrg}, {"Five Star Movement", kOrg}, {"NPR", kOrg}});
  ASSERT_EQ(r.entities.size(), 2u);
  EXPECT_EQ(r.entities[0].mentions.size(), 2u);
  EXPECT_TRUE(r.entities[1].aliases.empty());
  r = Resolve("The Bharatiya Janata Party won.", {{"Bharatiya Janata Party", kOrg}});
  ASSERT_EQ(r.entities.size(), 1u);
  EXPECT_EQ(r.entities[0].aliases, std::vector<std::string>{"Indian People's Party"});
}

TEST(EntitiesTest, SameSurnameDifferentPeopleGoToTheNearest) {
  Resolved r = Resolve("Hillary Clinton met Bill Clinton. Then Clinton spoke.",
                       {{"Hillary Clinton", kPer}, {"Bill Clinton", kPer}, {"Clinton", kPer}});
  ASSERT_EQ(r.entities.size(), 2u);
  const Entity* bill = r.Find("Bill Clinton");
  ASSERT_NE(bill, nullptr);
  EXPECT_EQ(bill->mentions.size(), 2u);
}

// seed-expected.json "entities": names, types, variants and roles, given the
// mentions a tagger finds (the tagger itself is tested in nlp/).
TEST(EntitiesTest, SeedArticleEntities) {
  const std::string text = SeedText();
  Resolved r = Resolve(text, {{"Abdelhak El Khiam", kPer},
                              {"Central Bureau of Judicial Investigations", kOrg},
                              {"Juan Ignacio Zoido", kPer},
                              {"Islamic State group", kOrg},
                              {"Associated Press", kOrg},
                              {"Washington Post", kOrg},
                              {"King Mohammed VI", kPer},
                              {"El Khiam", kPer},
                              {"ISIS", kOrg}});
  const auto expected = SeedExpected()["entities"];
  for (const auto& e : expected) {
    const Entity* found = r.Find(e["name"].get<std::string>());
    ASSERT_NE(found, nullptr) << e;
    EXPECT_EQ(nlp::LongTypeName(found->type), e["type"].get<std::string>());
    const std::vector<std::string> texts = r.Texts(*found);
    for (const auto& variant : e.value("variants", nlohmann::json::array())) {
      const std::string v = variant;
      // Variants the text does not contain ("AP") are the alias table's; the rest,
      // the description "Moroccan anti-terrorism bureau" included, must be mentions.
      if (text.find(v) == std::string::npos) continue;
      EXPECT_NE(std::find(texts.begin(), texts.end(), v == "King Mohammed VI" ? "Mohammed VI" : v),
                texts.end())
          << v;
    }
  }
  const Entity* khiam = r.Find("Abdelhak El Khiam");
  ASSERT_NE(khiam, nullptr);
  EXPECT_NE(std::find(khiam->roles.begin(), khiam->roles.end(),
                      "director of the Central Bureau of Judicial Investigations"),
            khiam->roles.end());
  const Entity* zoido = r.Find("Juan Ignacio Zoido");
  ASSERT_NE(zoido, nullptr);
  EXPECT_NE(std::find(zoido->roles.begin(), zoido->roles.end(), "Minister of Interior"),
            zoido->roles.end());
}

// "name:TYPE" for every entity, in order.
std::vector<std::string> NamesAndTypes(const std::vector<Entity>& entities) {
  std::vector<std::string> out;
  for (const Entity& e : entities)
    out.push_back(e.name + ":" + std::string(nlp::LongTypeName(e.type)));
  return out;
}

// A PERSON every mention of which is a company's or outlet's name, with or without its
// "The", is an organisation; a person named like a company ("Ford", which person-name
// lists hold) or one with a role is not. The outlet publishing the article is one too,
// whatever the tagger typed it.
TEST(EntitiesTest, KnownOrganisationsAndTheOutletAreNoPersons) {
  NameSet organisations;
  ASSERT_TRUE(organisations.AddFile(DataPath("lexicons/organisations.txt")).ok());
  ASSERT_TRUE(organisations.AddFile(DataPath("lexicons/organisations-gate.txt")).ok());
  Resolved r = Resolve(
      "Trump wrote on Twitter that Ford and Al Jazeera were wrong, according to The Guardian. "
      "Twitter removed it. Facebook founder Mark Zuckerberg agreed. Wikinews asked him.",
      {{"Trump", kPer},
       {"Twitter", kPer},
       {"Ford", kPer},
       {"Al Jazeera", kPer},
       {"Guardian", kPer},
       {"Twitter", kPer},
       {"Facebook", kPer},
       {"Mark Zuckerberg", kPer},
       {"Wikinews", kPer}},
      "https://en.wikinews.org/wiki/Story");
  RetypeKnownOrganisations(*r.doc, organisations, &r.entities);
  EXPECT_EQ(NamesAndTypes(r.entities),
            (std::vector<std::string>{"Trump:PERSON", "Twitter:ORGANIZATION", "Ford:PERSON",
                                      "Al Jazeera:ORGANIZATION", "Guardian:ORGANIZATION",
                                      "Facebook:ORGANIZATION", "Mark Zuckerberg:PERSON",
                                      "Wikinews:ORGANIZATION"}));
  r = Resolve("Wikinews asked him.", {{"Wikinews", kPer}}, "https://example.org/story");
  RetypeKnownOrganisations(*r.doc, organisations, &r.entities);
  EXPECT_EQ(NamesAndTypes(r.entities), std::vector<std::string>{"Wikinews:PERSON"});
  EXPECT_EQ(NameSet().AddFile(testing::TempDir() + "/no_such_file.txt").code(),
            Status::Code::kNotFound);
}

// The tagger's name may take in the place of a title ("Senator from Vermont"): the
// person is the last two words, the title with its place a role.
TEST(EntitiesTest, ThePlaceOfATitleIsNoPartOfTheName) {
  Resolved r = Resolve("Senator from Vermont Bernie Sanders won. Sanders thanked voters.",
                       {{"Vermont Bernie Sanders", kPer}, {"Sanders", kPer}});
  ASSERT_EQ(r.entities.size(), 1u);
  EXPECT_EQ(r.entities[0].name, "Bernie Sanders");
  EXPECT_EQ(r.entities[0].roles, std::vector<std::string>{"Senator from Vermont"});
  EXPECT_EQ(r.Texts(r.entities[0]), (std::vector<std::string>{"Bernie Sanders", "Sanders"}));
  r = Resolve("a gift from Mary Ann Smith", {{"Mary Ann Smith", kPer}});
  EXPECT_EQ(r.entities[0].name, "Mary Ann Smith");
}

// Storms have given names: "Hurricane Dorian" is no person, nor is the "Dorian" after it;
// a Dorian no storm word names is.
TEST(EntitiesTest, StormsAreNoPersons) {
  Resolved r = Resolve("Hurricane Dorian hit the Bahamas. Dorian then weakened.",
                       {{"Dorian", kPer}, {"Dorian", kPer}});
  RetypeStormNames(*r.doc, &r.entities);
  EXPECT_EQ(NamesAndTypes(r.entities), std::vector<std::string>{"Dorian:MISC"});
  r = Resolve("The painter Dorian said no.", {{"Dorian", kPer}});
  RetypeStormNames(*r.doc, &r.entities);
  EXPECT_EQ(NamesAndTypes(r.entities), std::vector<std::string>{"Dorian:PERSON"});
}

// An office alone is no one's name, nor is an interjection opening an answer; an office
// that is also a name, or a person named in full after the office, stays.
TEST(EntitiesTest, OfficesAloneAndInterjectionsAreNoNames) {
  Resolved r = Resolve(
      "The Lord Mayor spoke. Yeah, said Assemblywoman. Lord Mayor Sally Capp agreed. The "
      "Queen waved.",
      {{"Mayor", kPer},
       {"Yeah", kPer},
       {"Assemblywoman", kPer},
       {"Sally Capp", kPer},
       {"Queen", kPer}});
  DropNonNames(&r.entities);
  EXPECT_EQ(NamesAndTypes(r.entities),
            (std::vector<std::string>{"Sally Capp:PERSON", "Queen:PERSON"}));
  r = Resolve("Yeah is a word.", {{"Yeah", kOrg}});
  DropNonNames(&r.entities);
  EXPECT_EQ(NamesAndTypes(r.entities), std::vector<std::string>{"Yeah:ORGANIZATION"});
}

// A name's first or last word may say it is a place's (a natural feature's or a town
// part's too: "Downtown Greer" read as a person had taken every "Greer" of an LGL story
// as his surname), an organisation's or a title's; a person with a role, or a surname
// that is such a word ("Hall", "Hill", "Lake"), stays a person. God is no person.
TEST(EntitiesTest, ANamesShapeSaysWhatItNames) {
  Resolved r = Resolve(
      "Waddell Avenue, County Clare, Al Noor Mosque, Sky News, Instituto Gonzaga, My Little "
      "Pony, Nichole Hall and Judge Durham Museum thank God. Downtown Greer, Greer Station, "
      "Lake Robinson, Fort Mill, Rhode Island, Marc Lamont Hill and Veronica Lake.",
      {{"Waddell Avenue", kPer},
       {"County Clare", kPer},
       {"Al Noor Mosque", kPer},
       {"Sky News", kPer},
       {"Instituto Gonzaga", kPer},
       {"My Little Pony", kPer},
       {"Nichole Hall", kPer},
       {"Judge Durham Museum", kPer},
       {"God", kPer},
       {"Downtown Greer", kPer},
       {"Greer Station", kPer},
       {"Lake Robinson", kPer},
       {"Fort Mill", kPer},
       {"Rhode Island", kPer},
       {"Marc Lamont Hill", kPer},
       {"Veronica Lake", kPer}});
  RetypeByNameShape(&r.entities);
  EXPECT_EQ(
      NamesAndTypes(r.entities),
      (std::vector<std::string>{
          "Waddell Avenue:LOCATION", "County Clare:LOCATION", "Al Noor Mosque:LOCATION",
          "Sky News:ORGANIZATION", "Instituto Gonzaga:ORGANIZATION", "My Little Pony:MISC",
          "Nichole Hall:PERSON", "Durham Museum:PERSON", "God:MISC", "Downtown Greer:LOCATION",
          "Greer Station:LOCATION", "Lake Robinson:LOCATION", "Fort Mill:LOCATION",
          "Rhode Island:LOCATION", "Marc Lamont Hill:PERSON", "Veronica Lake:PERSON"}));
}

TEST(EntitiesTest, MalformedAliasFileNamesTheLine) {
  const std::string path = testing::TempDir() + "/aliases_bad.tsv";
  std::ofstream(path) << "1\tISIS\nx\tDaesh\n";
  std::unique_ptr<AliasTable> t;
  Status s = AliasTable::Load(path, &t);
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
  EXPECT_NE(s.message().find("line 2"), std::string::npos);
}

}  // namespace
}  // namespace lede

namespace lede {
namespace {

// Well-known other names come from the alias table, minus those the text writes.
TEST(EntitiesTest, AliasesTheTextDoesNotUse) {
  Resolved r = Resolve("The Associated Press reported it. Later AP said more.",
                       {{"Associated Press", kOrg}, {"AP", kOrg}});
  const Entity* ap = r.Find("Associated Press");
  ASSERT_NE(ap, nullptr);
  EXPECT_EQ(r.Texts(*ap), (std::vector<std::string>{"Associated Press", "AP"}));
  EXPECT_EQ(std::find(ap->aliases.begin(), ap->aliases.end(), "AP"), ap->aliases.end());
  Resolved only_long = Resolve("The Associated Press reported it.", {{"Associated Press", kOrg}});
  ASSERT_EQ(only_long.entities.size(), 1u);
  const std::vector<std::string>& aliases = only_long.entities[0].aliases;
  EXPECT_NE(std::find(aliases.begin(), aliases.end(), "AP"), aliases.end());
  EXPECT_LE(aliases.size(), kMaxAliases);
}

}  // namespace
}  // namespace lede
