// Place names the tagger did not type as places, found with the gazetteer: names
// inside organisation names ("Athens Police Department", "University of
// Rochester"), organisations named exactly like a place ("Torrington firefighters",
// "Richmond County investigators"), and country and US state names the tagger
// left untagged ("in the US", "Paris, Ill.").
#ifndef LEDE_KNOWLEDGE_PLACE_MENTIONS_H_
#define LEDE_KNOWLEDGE_PLACE_MENTIONS_H_

#include <string_view>
#include <vector>

#include "knowledge/entities.h"
#include "knowledge/gazetteer.h"
#include "knowledge/name_set.h"
#include "lede/document.h"

namespace lede {

// Smallest town whose name counts inside an organisation's name.
inline constexpr uint32_t kMinEmbeddedTownPopulation = 1000;

// First moves to the LOCATION of the whole name a mention (not a person's) whose place
// name begins in a word the tagger left out: "St. ", "Mt. ", "Ft. " ("ST. LOUIS — ") or
// the capitalised end of a hyphenated word ("then-New Jersey").
// Retypes as LOCATION the ORGANIZATION entities named exactly like a well-known place
// (a country, a first- or second-level division, a town of at least
// kMinEmbeddedTownPopulation), MISC ones named like a country or division, any named
// like a division ending in a division word ("Henry County" as a PERSON), and any named
// like a place that opens a dateline in capitals ("HARWINTON — ") or has one mention
// followed by ", " and the state or country it is in ("Greer, South Carolina") or by a
// municipal word ("Hanover police", "Monroe mayor"), or written as a town's ("the city of
// Monroe", "Anna Winstanley, 25, from Marston", "a Coral Gables man"), unless `aliases`
// knows the name (a known organisation or company, or a generic institution: "Congress",
// "Google"), and retypes as ORGANIZATION a LOCATION it knows that no country or division
// is named like ("the White House", not White House, Tennessee). A name every mention of
// which follows a subject's head and "of" ("the Secretary of Justice"), or one mention of
// which is followed by "virus" ("Corona virus"), is no place (a LOCATION becomes MISC).
// Then adds a LOCATION mention for each place name:
//  - leading an organisation's name before an institution word ("Athens Police",
//    "Madison County Health Department"; not a word of rank: "Supreme Court", "Imperial
//    College") or a newspaper's ("St. Paul Pioneer Press"; a
//    country or division before any word: "Ohio Supreme Court"; before "University",
//    "College" or "Airport" only a town of 25,000 people or more, as "Cornell
//    University" is a person's), or after a compass word ("Western Pennsylvania Kennel
//    Association", a LOCATION "North Texas");
//  - leading the name of a LOCATION the gazetteer does not know, before an institution
//    word ("St. Cloud Hospital", "Douglas County Jail"; a town of 25,000 people or more
//    after a saint's title: not "Saint Francis Hospital");
//  - ending an organisation's name after "of" ("University of Rochester"; a town not
//    after a word that takes a subject: "Department of Justice"; after "School of" only
//    a town of 25,000 people or more: not "School of Law");
//  - inside the name of an organisation `aliases` knows, only a country or division
//    ("Democratic Party of Russia");
//  - for each untagged country or US state name, and each untagged place name in
//    capitals opening a dateline after a headline or a paragraph's start ("WINNIPEG — ",
//    "BEIRUT (AP)");
//  - inside hyphenated words ("Pittsburgh-based", "Egyptian-US", "Fargo-Moorhead",
//    "D-Charleston"), the last part with the capitalised words after it when together
//    they name a place ("Henry County" of "Paris-Henry County").
// A compass word alone is no place name, nor is a part of a hyphenated name of a company
// in `organisations` ("Kimberly-Clark", "Bristol-Myers Squibb"), and a LOCATION the
// tagger found that is such a name and no place becomes an ORGANIZATION. A new mention
// joins the LOCATION entity of the same name or starts one. Entities stay sorted by first
// mention. `aliases` and `organisations` may be null.
void AddPlaceMentions(const Document& doc, const Gazetteer& gazetteer, const AliasTable* aliases,
                      const NameSet* organisations, std::vector<Entity>* entities);

// Whether `lower_word` (lower case) is a word that, after a town's name, makes the name
// a local institution's: "Athens Police", "Torrington firefighters", "Dublin City
// Council" ("police", "fire", "council", "mayor", "schools" ...).
bool IsInstitutionWord(std::string_view lower_word);

// Whether `word` is a capitalised compass word ("West", "Northern", "Upstate"): alone it
// names no place ("the West"), before a name it says which part is meant ("North Texas").
bool IsCompassWord(std::string_view word);

// Longest list of names searched after a name for its plural division word, in bytes.
inline constexpr size_t kMaxDivisionListBytes = 160;

// "County" when the name ending at byte `end` of `text` is one of a list of names
// that ends in "counties" ("Barrow, Jackson and Madison counties", "from Ellsworth to
// Riley counties", "Harris counties"), "Parish" for "parishes"; else empty. Looks at
// most kMaxDivisionListBytes ahead.
std::string_view DivisionOfList(std::string_view text, size_t end);

}  // namespace lede

#endif  // LEDE_KNOWLEDGE_PLACE_MENTIONS_H_
