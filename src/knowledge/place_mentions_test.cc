#include "knowledge/place_mentions.h"

#include <gtest/gtest.h>

#include "knowledge/testing.h"

namespace lede {
namespace {

using namespace testing_util;

constexpr EntityType kOrg = EntityType::kOrganization;
constexpr EntityType kLoc = EntityType::kLocation;
constexpr EntityType kMisc = EntityType::kMisc;

// The companies and outlets lede ships (data/lexicons/organisations*.txt).
const NameSet& ShippedOrganisations() {
  static const NameSet organisations = [] {
    NameSet set;
    for (const char* file : {"organisations.txt", "organisations-gate.txt"}) {
      EXPECT_TRUE(set.AddFile(std::string(LEDE_SOURCE_DIR) + "/data/lexicons/" + file).ok());
    }
    return set;
  }();
  return organisations;
}

// "name:TYPE" for every entity, in order.
std::vector<std::string> PlaceEntities(std::string text, const std::vector<Tagged>& tagged) {
  const auto doc = MakeDocument(std::move(text));
  const AliasTable& aliases = Shipped<AliasTable>("lexicons/aliases.tsv");
  std::vector<Entity> entities = ResolveEntities(*doc, Mentions(doc->text(), tagged), &aliases);
  AddPlaceMentions(*doc, Shipped<Gazetteer>("gazetteer"), &aliases, &ShippedOrganisations(),
                   &entities);
  std::vector<std::string> out;
  for (const Entity& e : entities) {
    std::string mentions;
    for (Span m : e.mentions) mentions += "[" + std::string(doc->text(m)) + "]";
    out.push_back(std::string(nlp::LongTypeName(e.type)) + " " + mentions);
  }
  return out;
}

TEST(PlaceMentionsTest, FindsPlacesTheTaggerDidNotTypeAsPlaces) {
  const struct {
    const char* name;
    std::string text;
    std::vector<Tagged> tagged;
    std::vector<std::string> expected;
  } cases[] = {
      {"a town leading an institution's name",
       "The Athens Police Department is asking for help.",
       {{"Athens Police Department", kOrg}},
       {"ORGANIZATION [Athens Police Department]", "LOCATION [Athens]"}},
      {"a state leads any organisation's name",
       "He asked the Ohio Supreme Court to wait.",
       {{"Ohio Supreme Court", kOrg}},
       {"ORGANIZATION [Ohio Supreme Court]", "LOCATION [Ohio]"}},
      {"a town named after a state leads any organisation's name, not the state",
       "Kansas City Power & Light restored power.",
       {{"Kansas City Power & Light", kOrg}},
       {"ORGANIZATION [Kansas City Power & Light]", "LOCATION [Kansas City]"}},
      {"before 'City', a town's name counts only when an institution or office follows",
       "He moved from the Century City Towers to the Greer City Hall.",
       {{"Century City Towers", kOrg}, {"Greer City Hall", kOrg}},
       {"ORGANIZATION [Century City Towers]", "ORGANIZATION [Greer City Hall]",
        "LOCATION [Greer]"}},
      {"a small town before University or College is more likely a person's name",
       "Cornell University, Griffith University and Oxford University agreed.",
       {{"Cornell University", kOrg}, {"Griffith University", kOrg}, {"Oxford University", kOrg}},
       {"ORGANIZATION [Cornell University]", "ORGANIZATION [Griffith University]",
        "ORGANIZATION [Oxford University]", "LOCATION [Oxford]"}},
      {"a town before a festival's, a court's or a recreation centre's word",
       "The Nashville Film Festival, the Bridgeport Superior Court and the Shelbyville "
       "Recreation Center reopened.",
       {{"Nashville Film Festival", kOrg},
        {"Bridgeport Superior Court", kOrg},
        {"Shelbyville Recreation Center", kOrg}},
       {"ORGANIZATION [Nashville Film Festival]", "LOCATION [Nashville]",
        "ORGANIZATION [Bridgeport Superior Court]", "LOCATION [Bridgeport]",
        "ORGANIZATION [Shelbyville Recreation Center]", "LOCATION [Shelbyville]"}},
      {"a town leading a newspaper's name",
       "The Mt. Pleasant News and the St. Paul Pioneer Press reported it.",
       {{"Mt. Pleasant News", kOrg}, {"St. Paul Pioneer Press", kOrg}},
       {"ORGANIZATION [Mt. Pleasant News]", "LOCATION [Mt. Pleasant]",
        "ORGANIZATION [St. Paul Pioneer Press]", "LOCATION [St. Paul]"}},
      {"a small town before Airport is more likely a person's name",
       "Flights left Bradley Airport and Spartanburg Airport.",
       {{"Bradley Airport", kOrg}, {"Spartanburg Airport", kOrg}},
       {"ORGANIZATION [Bradley Airport]", "ORGANIZATION [Spartanburg Airport]",
        "LOCATION [Spartanburg]"}},
      {"a town or county leading a facility the gazetteer lacks, before an institution word; "
       "not before a natural feature's word, nor a small town after a saint's title",
       "She was taken from St. Cloud Hospital to Douglas County Hospital near the Mississippi "
       "River, then to Saint Francis Hospital.",
       {{"St. Cloud Hospital", kLoc},
        {"Douglas County Hospital", kLoc},
        {"Mississippi River", kLoc},
        {"Saint Francis Hospital", kLoc}},
       {"LOCATION [St. Cloud Hospital]", "LOCATION [St. Cloud]",
        "LOCATION [Douglas County Hospital]", "LOCATION [Douglas County]",
        "LOCATION [Mississippi River]", "LOCATION [Saint Francis Hospital]"}},
      {"an untagged place in capitals opening a dateline, after a headline or an agency's name "
       "before the dash; not a word in capitals inside a sentence",
       "Council votes on budget. WINNIPEG \u2014 The council met.\nBEIRUT (AP) \u2014 "
       "Viruses that cause SARS \u2014 hence its name \u2014 spread.",
       {},
       {"LOCATION [WINNIPEG]", "LOCATION [BEIRUT]"}},
      {"a town before a non-institution word is not taken",
       "Robert Trent Jones Golf Club is private.",
       {{"Robert Trent Jones Golf Club", kOrg}},
       {"ORGANIZATION [Robert Trent Jones Golf Club]"}},
      {"after 'of'",
       "a professor at the University of Rochester said",
       {{"University of Rochester", kOrg}},
       {"ORGANIZATION [University of Rochester]", "LOCATION [Rochester]"}},
      {"after a word that takes a subject, a town's name is the subject (Justice, Illinois)",
       "The Department of Justice and the Chamber of Commerce in Washington disagreed.",
       {{"Department of Justice", kOrg}, {"Chamber of Commerce", kOrg}, {"Washington", kLoc}},
       {"ORGANIZATION [Department of Justice]", "ORGANIZATION [Chamber of Commerce]",
        "LOCATION [Washington]"}},
      {"after 'School of' or 'Faculty of', only a town of 25,000 or more (Law, Scotland: 3,250)",
       "Deans of the UCLA School of Law and the Eastern High School of Louisville spoke.",
       {{"UCLA School of Law", kOrg}, {"Eastern High School of Louisville", kOrg}},
       {"ORGANIZATION [UCLA School of Law]", "ORGANIZATION [Eastern High School of Louisville]",
        "LOCATION [Louisville]"}},
      {"a word of rank or reach opening an institution's name is no town (Supreme, Louisiana)",
       "The Supreme Court of Justice and Imperial College disagreed with the Athens High School.",
       {{"Supreme Court of Justice", kOrg},
        {"Imperial College", kOrg},
        {"Athens High School", kOrg}},
       {"ORGANIZATION [Supreme Court of Justice]", "ORGANIZATION [Imperial College]",
        "ORGANIZATION [Athens High School]", "LOCATION [Athens]"}},
      {"a place tagged after a word that takes a subject and 'of' is the subject, not a town",
       "Wanda Vazquez, the Secretary of Justice for Puerto Rico, the Minister of Jordan and the "
       "Director of Commerce met.",
       {{"Wanda Vazquez", EntityType::kPerson},
        {"Justice", kLoc},
        {"Puerto Rico", kLoc},
        {"Jordan", kLoc},
        {"Commerce", kOrg}},
       {"PERSON [Wanda Vazquez]", "MISC [Justice]", "LOCATION [Puerto Rico]", "LOCATION [Jordan]",
        "ORGANIZATION [Commerce]"}},
      {"a name after 'St.', 'Mt.' or 'Ft.' that names a place with it is that place's, "
       "not a person's",
       "Blues win. ST. LOUIS — Fans met at MT. PLEASANT, Iowa and St. John's Church.",
       {{"LOUIS", kOrg}, {"PLEASANT", kLoc}, {"Iowa", kLoc}, {"John", EntityType::kPerson}},
       {"LOCATION [ST. LOUIS]", "LOCATION [MT. PLEASANT]", "LOCATION [Iowa]", "PERSON [John]"}},
      {"a joined name and a place named in an organisation's name later join their entities",
       "ST. LOUIS — Torrington firefighters met the Torrington Police Department.",
       {{"LOUIS", kOrg}, {"Torrington Police Department", kOrg}, {"Torrington", kOrg}},
       {"LOCATION [ST. LOUIS]", "LOCATION [Torrington][Torrington]",
        "ORGANIZATION [Torrington Police Department]"}},
      {"a name whose first word ends a hyphenated word is the whole name's",
       "Kelly, then-New Jersey Governor Chris Christie's aide, met islanders from Jersey.",
       {{"Kelly", EntityType::kPerson}, {"Jersey", kLoc}, {"Chris Christie", EntityType::kPerson}},
       {"PERSON [Kelly]", "LOCATION [New Jersey]", "PERSON [Chris Christie]", "LOCATION [Jersey]"}},
      {"a name before 'virus' is the virus's, in all its mentions",
       "Corona has made life hard since the Corona virus and the West Nile virus came to Utah.",
       {{"Corona", kLoc}, {"West Nile", kLoc}, {"Utah", kLoc}},
       {"MISC [Corona][Corona]", "MISC [West Nile]", "LOCATION [Utah]"}},
      {"no place inside a hyphenated company's name; a company tagged as a place is one",
       "Kimberly-Clark and Bristol-Myers Squibb hired in Fargo-Moorhead.",
       {{"Kimberly-Clark", kLoc}, {"Bristol-Myers Squibb", kOrg}},
       {"ORGANIZATION [Kimberly-Clark]", "ORGANIZATION [Bristol-Myers Squibb]", "LOCATION [Fargo]",
        "LOCATION [Moorhead]"}},
      {"a county leading a name joins the county's mentions",
       "Madison County officials and the Madison County Health Department met.",
       {{"Madison County Health Department", kOrg}, {"Madison County", kLoc}},
       {"LOCATION [Madison County][Madison County]",
        "ORGANIZATION [Madison County Health Department]"}},
      {"an organisation named like a town is the town",
       "Torrington firefighters called in Litchfield.",
       {{"Torrington", kOrg}, {"Litchfield", kOrg}},
       {"LOCATION [Torrington]", "LOCATION [Litchfield]"}},
      {"a MISC named like a region is the region; a demonym stays",
       "Voters in Catalonia met Egyptian officials.",
       {{"Catalonia", kMisc}, {"Egyptian", kMisc}},
       {"LOCATION [Catalonia]", "MISC [Egyptian]"}},
      {"a name ending in a division word is the division, whatever its type",
       "Deputies in Henry County arrested him.",
       {{"Henry County", EntityType::kPerson}},
       {"LOCATION [Henry County]"}},
      {"a person named like a town is the town when a municipal word follows a mention",
       "Two Hanover police officers found them in downtown Hanover.",
       {{"Hanover", EntityType::kPerson}},
       {"LOCATION [Hanover][Hanover]"}},
      {"a person named like a town is the town after a municipality's word and 'of'",
       "Voters in the city of Monroe met Monroe.",
       {{"Monroe", EntityType::kPerson}},
       {"LOCATION [Monroe][Monroe]"}},
      {"a person named like a town is the town after a person's age and 'from' or 'of', or "
       "between 'a' and a resident's word",
       "Anna Winstanley, 25, from Marston, met a Coral Gables man.",
       {{"Anna Winstanley", EntityType::kPerson},
        {"Marston", EntityType::kPerson},
        {"Coral Gables", EntityType::kPerson}},
       {"PERSON [Anna Winstanley]", "LOCATION [Marston]", "LOCATION [Coral Gables]"}},
      {"a person named like a town stays a person otherwise",
       "Officers found Hanover in the hall.",
       {{"Hanover", EntityType::kPerson}},
       {"PERSON [Hanover]"}},
      {"a generic institution is no town, nor is its first word (Congress, Arizona; Supreme, "
       "Louisiana)",
       "Democrats in Congress asked the Supreme Court to rule.",
       {{"Congress", kOrg}, {"Supreme Court", kOrg}},
       {"ORGANIZATION [Congress]", "ORGANIZATION [Supreme Court]"}},
      {"a known organisation's country or division is a place (Party Facts' party)",
       "The Democratic Party of Russia agreed.",
       {{"Democratic Party of Russia", kOrg}},
       {"ORGANIZATION [Democratic Party of Russia]", "LOCATION [Russia]"}},
      {"a state's abbreviation without its period is no state (the Catholic mass, Miss Ohio)",
       "The bomb went off during Mass; Miss Cordiner won Miss Ohio in Mass Spectrometry Hall.",
       {{"Mass Spectrometry Hall", kOrg},
        {"Mass", kLoc},
        {"Miss Cordiner", EntityType::kPerson},
        {"Miss Ohio", kMisc}},
       {"PERSON [Miss Cordiner]", "MISC [Miss Ohio]", "ORGANIZATION [Mass Spectrometry Hall]"}},
      {"a state's abbreviation with its period, after a town and a comma, or after a party "
       "letter is the state",
       "He left Boston, Mass. for Jackson, Miss and Paris, Ill. to meet Nancy Pelosi, D-Calif.",
       {{"Boston", kLoc},
        {"Mass.", kLoc},
        {"Jackson", kLoc},
        {"Miss", kLoc},
        {"Paris", kLoc},
        {"Ill.", kLoc},
        {"Nancy Pelosi", EntityType::kPerson}},
       {"LOCATION [Boston]", "LOCATION [Mass.]", "LOCATION [Jackson]", "LOCATION [Miss]",
        "LOCATION [Paris]", "LOCATION [Ill.]", "PERSON [Nancy Pelosi]", "LOCATION [Calif]"}},
      {"a listed company is no town though GeoNames lists its name for one (Topeka's \"Google\")",
       "Google said the service would return.",
       {{"Google", kOrg}},
       {"ORGANIZATION [Google]"}},
      {"a known organisation the tagger read as a place is no town (White House, Tennessee)",
       "Flags at the White House were lowered.",
       {{"White House", kLoc}},
       {"ORGANIZATION [White House]"}},
      {"a known organisation is kept whole",
       "The Associated Press reported it.",
       {{"Associated Press", kOrg}},
       {"ORGANIZATION [Associated Press]"}},
      {"untagged countries and US states, abbreviations included",
       "It damaged the US image. He lives in Paris, Ill. and Wheeling, W.Va. now.",
       {{"Paris", kLoc}, {"Wheeling", kLoc}},
       {"LOCATION [US]", "LOCATION [Paris]", "LOCATION [Ill.]", "LOCATION [Wheeling]",
        "LOCATION [W.Va.]"}},
      {"places inside hyphenated words (each an error lede eval geo showed on LGL)",
       "The Pittsburgh-based firm, Egyptian-US ties, the Fargo-Moorhead area, Rep. Ford, "
       "D-Charleston, and Delegate Boggs, D-Braxton, spoke. Jean-Marc agreed.",
       {},
       {"LOCATION [Pittsburgh]", "LOCATION [Egyptian]", "LOCATION [US]", "LOCATION [Fargo]",
        "LOCATION [Moorhead]", "LOCATION [Charleston]", "LOCATION [Braxton]"}},
      {"a division word after a hyphenated word's last part belongs to it",
       "The Paris-Henry County Heritage Center sits near the Greenbrier-Pocahontas County line.",
       {},
       {"LOCATION [Paris]", "LOCATION [Henry County]", "LOCATION [Greenbrier]",
        "LOCATION [Pocahontas County]"}},
      {"a place of several words before '-based' is whole",
       "A Los Angeles-based broker and a New York-born lawyer met.",
       {},
       {"LOCATION [Los Angeles]", "LOCATION [New York]"}},
      {"a compass word before a place: the place is the rest",
       "Schools in North Texas and the Western Pennsylvania Kennel Association met.",
       {{"North Texas", kLoc}, {"Western Pennsylvania Kennel Association", kOrg}},
       {"LOCATION [North Texas]", "LOCATION [Texas]",
        "ORGANIZATION [Western Pennsylvania Kennel Association]", "LOCATION [Pennsylvania]"}},
      {"a compass word alone is no place",
       "Classes at East Bank Middle School were canceled.",
       {{"East Bank Middle School", kOrg}},
       {"ORGANIZATION [East Bank Middle School]"}},
      {"demonyms joined by a hyphen to a place or a demonym",
       "Fighting on the Syrian-Turkish border hurt Egyptian-US ties.",
       {},
       {"LOCATION [Syrian]", "LOCATION [Turkish]", "LOCATION [Egyptian]", "LOCATION [US]"}},
      {"a town tagged as a person is a place when a dateline opens with it",
       "Pastor picked for patrol. MANSFIELD -- Mansfield Mayor Curtis McCoy wants it.",
       {{"Mansfield", EntityType::kPerson}, {"Curtis McCoy", EntityType::kPerson}},
       {"LOCATION [MANSFIELD][Mansfield]", "PERSON [Curtis McCoy]"}},
      {"a town tagged as a person is a place when its state follows",
       "Greer, South Carolina, has parks. Greer has a Michelin plant.",
       {{"Greer", EntityType::kPerson}, {"South Carolina", kLoc}},
       {"LOCATION [Greer][Greer]", "LOCATION [South Carolina]"}},
      {"a person named like a town stays a person without such context",
       "Greer said the parks were full.",
       {{"Greer", EntityType::kPerson}},
       {"PERSON [Greer]"}},
      {"names in a list of counties, tagged or not",
       "Fires burned in Eastland and Callahan counties and in Otter Tail, Swift and Wilkin "
       "counties; Harris counties.",
       {{"Eastland", kLoc}, {"Harris", EntityType::kPerson}},
       {"LOCATION [Eastland]", "LOCATION [Callahan]", "LOCATION [Otter Tail]", "LOCATION [Swift]",
        "LOCATION [Wilkin]", "PERSON [Harris]", "LOCATION [Harris]"}},
      {"no list of counties, no county",
       "Callahan and Swift said the counties' roads were closed.",
       {{"Callahan", EntityType::kPerson}, {"Swift", EntityType::kPerson}},
       {"PERSON [Callahan]", "PERSON [Swift]"}},
      {"lower-case words are not spotted", "Tell us about china and georgia.", {}, {}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(PlaceEntities(c.text, c.tagged), c.expected);
  }
}

}  // namespace
}  // namespace lede
