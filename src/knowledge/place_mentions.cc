#include "knowledge/place_mentions.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>

#include "knowledge/word_case.h"
#include "util/text_fold.h"

namespace lede {
namespace {

// Longest place name looked for, in tokens ("Santa Clara County", "W . Va .").
constexpr uint32_t kMaxPlaceTokens = 5;

// Longest ", Region" between a dateline's place and its dash ("CHARLESTON, W.Va. -").
constexpr size_t kMaxDatelineTailBytes = 24;

// Words after a town's name in an organisation's name that make the name local:
// "Athens Police Department", "Harwinton Senior Center", "Torrington Fire Department".
constexpr std::string_view kInstitutionWords[] = {
    "police",     "fire",          "sheriff",     "sheriff's",  "county",       "city",
    "town",       "township",      "village",     "school",     "schools",      "high",
    "middle",     "elementary",    "university",  "college",    "community",    "public",
    "regional",   "area",          "parks",       "park",       "health",       "hospital",
    "medical",    "council",       "board",       "court",      "assembly",     "senior",
    "democratic", "republican",    "chamber",     "library",    "historical",   "volunteer",
    "water",      "housing",       "planning",    "zoning",     "municipal",    "district",
    "department", "commission",    "state",       "metro",      "united",       "convention",
    "visitors",   "firefighters",  "mayor",       "residents",  "film",         "festival",
    "arts",       "recreation",    "education",   "government", "correctional", "superior",
    "circuit",    "environmental", "veterans",    "airport",    "marina",       "reservoir",
    "zoo",        "jail",          "fairgrounds", "civic"};

// Last words of a newspaper's name: a town leading it is a place ("Mt. Pleasant News",
// "St. Paul Pioneer Press", "Athens Review"), though, read everywhere, no local
// institution (IsInstitutionWord).
constexpr std::string_view kNewspaperWords[] = {
    "times",   "news", "review",  "press",    "journal",  "herald",   "gazette",
    "tribune", "post", "courier", "democrat", "observer", "chronicle"};

// Institution words that often follow a person's name (NamedAfterAPerson).
constexpr std::string_view kOftenAfterAPersonWords[] = {"university", "college", "airport"};
// A saint's title opening a name (lower case; NamedAfterAPerson).
constexpr std::string_view kSaintWords[] = {"saint", "st.", "st", "sainte", "ste."};
// Smallest town whose name before kOftenAfterAPersonWords counts (NamedAfterAPerson).
constexpr uint32_t kMinUniversityTownPopulation = 25000;

// Words after "City" that make it a town's government ("Greer City Hall", "the New London
// City Office"), beside the institution words (InstitutionAt).
constexpr std::string_view kCityOfficeWords[] = {
    "hall",         "office",    "manager",    "clerk",         "attorney", "councilman",
    "councilwoman", "councilor", "councillor", "administrator", "limits"};

// Words before "of" that take a subject after it, not a place: a town's name there is the
// subject's ("Department of Justice", "Chamber of Commerce", "Medal of Freedom").
constexpr std::string_view kSubjectHeads[] = {
    "department", "ministry", "secretary", "minister", "chamber", "medal",        "institute",
    "court",      "office",   "bureau",    "order",    "academy", "commissioner", "director"};
// Words before "of" that take a subject or a place ("School of Law", "Eastern High School
// of Louisville"): a town after them counts only when one of its name has
// kMinUniversityTownPopulation people or more (LargeTown).
constexpr std::string_view kSubjectOrPlaceHeads[] = {"school", "faculty"};

// Words opening an institution's name that say its rank or reach, not its place
// ("Supreme Court", "Imperial College London", "Royal Society"): a town of that name
// (Supreme, Louisiana; Imperial, Peru) does not lead it.
constexpr std::string_view kInstitutionQualifiers[] = {"supreme",  "superior", "imperial", "royal",
                                                       "national", "federal",  "central",  "high"};

// Words after a name that make it a town's whatever the tagger says ("Hanover police",
// "Monroe Mayor"): a town's services and people, not a person's.
constexpr std::string_view kMunicipalWords[] = {"police", "fire",    "firefighters", "sheriff",
                                                "mayor",  "council", "residents"};

// Words that, followed by "of", make the next name a town's whatever the tagger says
// ("the city of Monroe", "the Town of Harwinton").
constexpr std::string_view kMunicipalityWords[] = {"city", "town", "village", "township",
                                                   "borough"};

// Words after "a" and a name that make it a town's ("a Coral Gables man").
constexpr std::string_view kResidentWords[] = {"man",      "woman",  "men",    "women",
                                               "resident", "native", "couple", "teen",
                                               "teenager", "boy",    "girl",   "family"};

// Last words that make a name a division whatever the tagger says ("Henry County").
constexpr std::string_view kDivisionWords[] = {"County", "Parish", "Township", "Province",
                                               "District", "Governorate", "Prefecture"};

// First words that only say which part of a place is meant ("North Texas",
// "Northeast Georgia"): the rest of the name is the place.
constexpr std::string_view kCompassWords[] = {
    "North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest",
    "Northern", "Southern", "Eastern", "Western", "Central", "Upstate", "Downstate"};

// Lower-case parts of a hyphenated word that make its other part a place name:
// "Pittsburgh-based", "Ohio-born".
constexpr std::string_view kPlaceSuffixWords[] = {"based", "born", "bred", "area", "headquartered"};

// US party letters before a legislator's home town: "D-Charleston", "R-Westfield".
constexpr std::string_view kPartyLetters[] = {"D", "R", "I"};

// What follows a virus's name, lower case (NamesAVirus).
constexpr std::string_view kVirus = " virus";

enum class PlaceRank { kNone, kTown, kRegion };

bool EndsWithDivisionWord(std::string_view name) {
  const size_t space = name.rfind(' ');
  return space != std::string_view::npos &&
         std::find(std::begin(kDivisionWords), std::end(kDivisionWords), name.substr(space + 1)) !=
             std::end(kDivisionWords);
}

// A news agency in parentheses after a dateline's place: " (AP)", " (Reuters)".
const RE2& AgencyInParentheses() {
  static const RE2 re(R"(^ \(\p{Lu}[\p{L}.]*\))");
  return re;
}

// The rest of a list of names after one of them, up to the plural of a division word:
// ", Jackson and Madison counties", " to Riley counties", " counties".
const RE2& DivisionListTail() {
  static const RE2 re(
      R"(^(?:,?\s+(?:(?:and|or|to)\s+)?\p{Lu}[\p{L}'’.]*(?:\s+\p{Lu}[\p{L}'’.]*){0,2})*)"
      R"(\s+(counties|parishes)\b)");
  return re;
}

class PlaceMentionFinder {
 public:
  PlaceMentionFinder(const Document& doc, const Gazetteer& gazetteer, const AliasTable* aliases,
                     const NameSet* organisations, std::vector<Entity>* entities)
      : doc_(doc),
        tokens_(doc.tokens()),
        gazetteer_(gazetteer),
        aliases_(aliases),
        organisations_(organisations),
        entities_(*entities) {}

  void Run() {
    JoinFirstWordsLeftOut();
    RetypePlaceNamedEntities();
    locations_by_key_.clear();  // built again by AddMention, with the entities retyped
    const size_t tagged = entities_.size();
    for (size_t e = 0; e < tagged; ++e) {
      if (entities_[e].type != EntityType::kOrganization) continue;
      const bool known = Known(entities_[e].name);
      for (const Span m : std::vector<Span>(entities_[e].mentions)) AddEmbedded(m, known);
    }
    for (size_t e = 0; e < tagged; ++e) {
      if (entities_[e].type != EntityType::kLocation) continue;
      for (const Span m : std::vector<Span>(entities_[e].mentions)) AddAfterCompassWord(m);
      if (!gazetteer_.Lookup(entities_[e].name).empty()) continue;
      for (const Span m : std::vector<Span>(entities_[e].mentions)) AddFacilitysPlace(m);
    }
    SpotUntagged();
    SpotHyphenated();
    SpotDivisionLists();
    DropAbbreviationsWithoutPeriod();
    std::sort(entities_.begin(), entities_.end(), [](const Entity& a, const Entity& b) {
      return a.mentions[0].start < b.mentions[0].start;
    });
  }

 private:
  // A mention whose place name begins in the word before it, which the tagger left out,
  // is that place's: after "St. ", "Mt. " or "Ft. " (any case: the tagger splits "ST.
  // LOUIS — " and "MT. PLEASANT, Iowa" at the period and takes "LOUIS" for an
  // organisation), or after the capitalised end of a hyphenated word ("then-New Jersey
  // Governor" was Jersey, the island). A person's name after "St." is the saint's ("St.
  // John's Episcopal Church"). The mention moves to the LOCATION entity of the whole name;
  // an entity left without mentions is dropped at the end.
  void JoinFirstWordsLeftOut() {
    for (size_t e = 0, n = entities_.size(); e < n; ++e) {
      if (entities_[e].type == EntityType::kPerson) continue;
      for (const Span m : std::vector<Span>(entities_[e].mentions)) {
        const uint32_t left_out = FirstWordLeftOut(m.start);
        const Span whole{m.start - left_out, m.end};
        if (left_out == 0 || gazetteer_.Lookup(doc_.text(whole)).empty()) continue;
        std::erase(entities_[e].mentions, m);
        AddMention(whole);
      }
    }
  }

  // The bytes before `start` that may begin a place name the word at `start` ends:
  // "St. " (kAbbreviatedFirstWords, any case) or "New " after a hyphen; 0 when none.
  uint32_t FirstWordLeftOut(uint32_t start) const {
    const std::string_view before = doc_.text().substr(0, start);
    for (const AbbreviatedWord& a : kAbbreviatedFirstWords) {
      const size_t size = a.abbreviation.size() + 2;  // with ". "
      if (before.size() < size || !before.ends_with(". ")) continue;
      const size_t at = before.size() - size;
      std::string lower;
      if (AsciiLower(before.substr(at, a.abbreviation.size()), &lower) == a.abbreviation &&
          (at == 0 || !std::isalnum(uint8_t(before[at - 1])))) {
        return static_cast<uint32_t>(size);
      }
    }
    if (!before.ends_with(' ')) return 0;
    const size_t dash = before.find_last_of("- ", before.size() - 2);
    if (dash == std::string_view::npos || before[dash] != '-' || dash + 2 >= before.size() ||
        !std::isupper(uint8_t(before[dash + 1]))) {
      return 0;
    }
    return static_cast<uint32_t>(before.size() - dash - 1);
  }

  bool Known(std::string_view name) const { return aliases_ != nullptr && aliases_->GroupOf(name) >= 0; }
  // A company or news outlet of data/lexicons/organisations*.txt.
  bool KnownCompany(std::string_view name) const {
    return organisations_ != nullptr && organisations_->Contains(name);
  }

  // The mentions of entities whose name is a known company's ("Bristol-Myers Squibb").
  std::vector<Span> CompanyMentions() const {
    std::vector<Span> spans;
    for (const Entity& e : entities_) {
      if (KnownCompany(e.name)) spans.insert(spans.end(), e.mentions.begin(), e.mentions.end());
    }
    return spans;
  }

  // Whether token t is a known company's name ("Kimberly-Clark") or lies in one of
  // `companies` ("Bristol-Myers" of "Bristol-Myers Squibb").
  bool InCompanyName(uint32_t t, std::span<const Span> companies) const {
    const Span span = tokens_[t].span;
    return KnownCompany(doc_.text(span)) ||
           std::any_of(companies.begin(), companies.end(),
                       [&](Span m) { return m.start <= span.start && span.end <= m.end; });
  }

  // How well known the best place called `name` is. A compass word alone ("East",
  // a province of Cameroon) is no place name.
  PlaceRank Rank(std::string_view name) const {
    PlaceRank rank = PlaceRank::kNone;
    if (OneOf(name, kCompassWords)) return rank;
    for (uint32_t i : gazetteer_.Lookup(name)) {
      const Place& p = gazetteer_.place(i);
      if (p.kind != PlaceKind::kCity) return PlaceRank::kRegion;
      if (p.population >= kMinEmbeddedTownPopulation) rank = PlaceRank::kTown;
    }
    return rank;
  }

  // Countries and US states (with their abbreviations) only: the names safe to
  // spot in untagged text.
  bool IsCountryOrState(std::string_view name) const {
    for (uint32_t i : gazetteer_.Lookup(name)) {
      const Place& p = gazetteer_.place(i);
      if (p.kind == PlaceKind::kCountry || (p.kind == PlaceKind::kAdmin1 && p.country == "US")) {
        return true;
      }
    }
    return false;
  }

  void RetypePlaceNamedEntities() {
    for (Entity& e : entities_) {
      if (Known(e.name)) {
        // A known organisation the tagger read as a place ("the White House", "Hamas") is
        // no town (White House, Tennessee; Hamm), unless a country or division has its name.
        if (e.type == EntityType::kLocation && Rank(e.name) != PlaceRank::kRegion) {
          e.type = EntityType::kOrganization;
        }
        continue;
      }
      if (e.type == EntityType::kLocation && KnownCompany(e.name) &&
          gazetteer_.Lookup(e.name).empty()) {
        e.type = EntityType::kOrganization;  // "Kimberly-Clark"
        continue;
      }
      const PlaceRank rank = Rank(e.name);
      if ((rank != PlaceRank::kRegion && SubjectOfEveryMention(e)) || NamesAVirus(e)) {
        if (e.type == EntityType::kLocation) e.type = EntityType::kMisc;
        continue;
      }
      if ((e.type == EntityType::kOrganization && rank != PlaceRank::kNone) ||
          (e.type == EntityType::kMisc && rank == PlaceRank::kRegion &&
           gazetteer_.DemonymPlace(e.name) < 0) ||
          (rank == PlaceRank::kRegion && EndsWithDivisionWord(e.name)) ||
          (rank != PlaceRank::kNone && (OpensDateline(e.name) || PlacedByRegionAfter(e) ||
                                        MunicipalWordAfter(e) || WrittenAsTown(e)))) {
        e.type = EntityType::kLocation;
      }
    }
  }

  // The text has the name in capitals before a dash or a news agency, as a dateline:
  // "HARWINTON — ", "MANSFIELD -- ", "CHARLESTON, W.Va. - ", "BEIRUT (AP) ".
  bool OpensDateline(std::string_view name) const {
    std::string upper(name);
    for (char& c : upper) c = char(std::toupper(uint8_t(c)));
    const std::string_view text = doc_.text();
    for (size_t at = text.find(upper); at != std::string_view::npos; at = text.find(upper, at + 1)) {
      if (at > 0 && !std::isspace(uint8_t(text[at - 1])) && text[at - 1] != '.') continue;
      std::string_view after = text.substr(at + upper.size(), kMaxDatelineTailBytes);
      if (after.starts_with(",")) after = after.substr(std::min(after.size(), after.find(' ', 2)));
      if (after.starts_with(" \u2014") || after.starts_with(" \u2013") || after.starts_with(" -") ||
          RE2::PartialMatch(after, AgencyInParentheses())) {
        return true;
      }
    }
    return false;
  }

  // Every mention follows a word that takes a subject and "of" (kSubjectHeads): "the
  // Secretary of Justice", tagged as a place or an organisation, is no Justice, Illinois.
  bool SubjectOfEveryMention(const Entity& e) const {
    return std::all_of(e.mentions.begin(), e.mentions.end(), [&](Span m) {
      if (!doc_.text().substr(0, m.start).ends_with(" of ")) return false;
      const uint32_t begin = TokenRange(m).first;
      return begin >= 2 && Lower(begin - 1) == "of" && OneOf(Lower(begin - 2), kSubjectHeads);
    });
  }

  // A mention is followed by "virus": the name is the virus's, named after a place the
  // story is not about ("Corona virus", "the West Nile virus", "Marburg virus").
  bool NamesAVirus(const Entity& e) const {
    return std::any_of(e.mentions.begin(), e.mentions.end(), [&](Span m) {
      const std::string_view after = doc_.text().substr(m.end, kVirus.size());
      return after.size() == kVirus.size() &&
             std::equal(after.begin(), after.end(), kVirus.begin(),
                        [](char a, char b) { return std::tolower(uint8_t(a)) == b; });
    });
  }

  // A mention is followed by a municipal word ("Hanover police officers", "Monroe
  // Mayor"): a person's or a thing's name is not.
  bool MunicipalWordAfter(const Entity& e) const {
    for (Span m : e.mentions) {
      const auto [begin, end] = TokenRange(m);
      if (end < tokens_.size() && OneOf(Lower(end), kMunicipalWords)) return true;
    }
    return false;
  }

  // A mention is written as a town's name: "the city of Monroe", "Anna Winstanley, 25,
  // from Marston", "a Coral Gables man"; a person's name is not.
  bool WrittenAsTown(const Entity& e) const {
    for (Span m : e.mentions) {
      const auto [begin, end] = TokenRange(m);
      if (MunicipalityWordBefore(begin) || AgeBefore(begin) || ResidentAfterArticle(begin, end)) {
        return true;
      }
    }
    return false;
  }

  // "the city of Monroe".
  bool MunicipalityWordBefore(uint32_t begin) const {
    return begin >= 2 && Lower(begin - 1) == "of" && OneOf(Lower(begin - 2), kMunicipalityWords);
  }

  // "Anna Winstanley, 25, from Marston", "James Lee Garnes, 39, of Pomeroy".
  bool AgeBefore(uint32_t begin) const {
    if (begin < 4) return false;
    const std::string_view age = doc_.text(tokens_[begin - 3].span);
    return (Lower(begin - 1) == "of" || Lower(begin - 1) == "from") &&
           doc_.text(tokens_[begin - 2].span) == "," && doc_.text(tokens_[begin - 4].span) == "," &&
           !age.empty() && age.size() <= 3 &&
           std::all_of(age.begin(), age.end(), [](char c) { return c >= '0' && c <= '9'; });
  }

  // "a Coral Gables man", "an Alexandria woman".
  bool ResidentAfterArticle(uint32_t begin, uint32_t end) const {
    return begin >= 1 && end < tokens_.size() &&
           (Lower(begin - 1) == "a" || Lower(begin - 1) == "an") &&
           OneOf(Lower(end), kResidentWords);
  }

  // A mention is followed by ", " and a country or first-level division that one of
  // the places of that name is in: "Greer, South Carolina", "Paris, Ill.".
  bool PlacedByRegionAfter(const Entity& e) const {
    for (Span m : e.mentions) {
      const auto [begin, end] = TokenRange(m);
      if (end + 1 >= tokens_.size() || doc_.text(tokens_[end].span) != ",") continue;
      for (uint32_t stop = std::min<uint32_t>(end + 1 + kMaxPlaceTokens, tokens_.size()); stop > end + 1;
           --stop) {
        if (InRegionNamed(e.name, Text(end + 1, stop))) return true;
      }
    }
    return false;
  }

  // Some place called `name` lies in a country or division called `region`.
  bool InRegionNamed(std::string_view name, std::string_view region) const {
    for (uint32_t r : gazetteer_.Lookup(region)) {
      const Place& outer = gazetteer_.place(r);
      if (outer.kind != PlaceKind::kCountry && outer.kind != PlaceKind::kAdmin1) continue;
      for (uint32_t i : gazetteer_.Lookup(name)) {
        const Place& p = gazetteer_.place(i);
        if (outer.kind == PlaceKind::kCountry ? p.country == outer.country : p.admin1 == outer.admin1) {
          return true;
        }
      }
    }
    return false;
  }

  std::string_view Text(uint32_t begin, uint32_t end) const {
    return doc_.text(Span{tokens_[begin].span.start, tokens_[end - 1].span.end});
  }
  bool IsCapitalised(uint32_t i) const {
    return tokens_[i].kind() == TokenKind::kWord &&
           (tokens_[i].has(kTokenTitle) || tokens_[i].has(kTokenUpper));
  }
  bool IsDot(uint32_t i) const { return doc_.text(tokens_[i].span) == "."; }
  std::string Lower(uint32_t i) const {
    std::string lower;
    return AsciiLower(doc_.text(tokens_[i].span), &lower);
  }

  // Tokens [begin, end) of a byte span.
  std::pair<uint32_t, uint32_t> TokenRange(Span span) const {
    auto first = std::lower_bound(tokens_.begin(), tokens_.end(), span.start,
                                  [](const Token& t, uint32_t at) { return t.span.end <= at; });
    auto last = first;
    while (last != tokens_.end() && last->span.start < span.end) ++last;
    return {uint32_t(first - tokens_.begin()), uint32_t(last - tokens_.begin())};
  }

  // Whether the first k < n of tokens [begin, begin + n) name a region ("Kansas" of
  // "Kansas City").
  bool StartsWithRegion(uint32_t begin, uint32_t n) const {
    for (uint32_t k = 1; k < n; ++k) {
      if (Rank(Text(begin, begin + k)) == PlaceRank::kRegion) return true;
    }
    return false;
  }

  // The place leading the name of a facility the gazetteer does not know, before an
  // institution word ("St. Cloud Hospital", "Douglas County Jail", "Santa Ana Zoo"), not
  // named after a person or saint (NamedAfterAPerson): the facility is in that place.
  void AddFacilitysPlace(Span mention) {
    // Not structured bindings: clang before 16 lets no lambda capture them.
    const std::pair<uint32_t, uint32_t> range = TokenRange(mention);
    const uint32_t begin = range.first, end = range.second;
    const uint32_t n = LeadingPlaceLength(
        begin, end, [&](uint32_t n, PlaceRank) { return InstitutionOfPlace(begin, n, end); });
    if (n > 0) AddMention(begin, begin + n);
  }

  // The number of tokens of the longest place name opening tokens [begin, end), shorter
  // than them all, that `accept(tokens, rank)` takes; 0 when none.
  template <typename Accept>
  uint32_t LeadingPlaceLength(uint32_t begin, uint32_t end, Accept accept) const {
    for (uint32_t n = std::min(kMaxPlaceTokens, end - begin - 1); n >= 1 && end > begin + 1; --n) {
      const PlaceRank rank = Rank(Text(begin, begin + n));
      if (rank != PlaceRank::kNone && accept(n, rank)) return n;
    }
    return 0;
  }

  // The n tokens from `begin` name the place of the institution a name ending at `end`
  // is: an institution word follows them (InstitutionAt) and they are not a person's
  // (NamedAfterAPerson).
  bool InstitutionOfPlace(uint32_t begin, uint32_t n, uint32_t end) const {
    return InstitutionAt(begin + n, end) && !NamedAfterAPerson(begin, n) &&
           !(n == 1 && OneOf(Lower(begin), kInstitutionQualifiers));
  }

  // The place names inside an organisation's name; only countries and divisions when
  // `regions_only` (an organisation the alias table knows: "Democratic Party of Russia",
  // not the "Supreme" of "Supreme Court").
  void AddEmbedded(Span mention, bool regions_only) {
    // Not structured bindings: clang before 16 lets no lambda capture them.
    const std::pair<uint32_t, uint32_t> range = TokenRange(mention);
    const uint32_t first = range.first, end = range.second;
    // A leading place name, longest first, shorter than the whole name, after a
    // compass word if one opens the name ("Western Pennsylvania Kennel Association"):
    // a region, or a town before an institution word or named after a region ("Kansas
    // City Power & Light" is Kansas City's, not Kansas').
    const uint32_t begin = first + (end > first + 2 && OneOf(doc_.text(tokens_[first].span), kCompassWords));
    const uint32_t n = LeadingPlaceLength(begin, end, [&](uint32_t n, PlaceRank rank) {
      return rank == PlaceRank::kRegion ||
             (!regions_only && (InstitutionOfPlace(begin, n, end) || StartsWithRegion(begin, n)));
    });
    if (n > 0) AddMention(begin, begin + n);
    // A trailing place name after "of": "University of Rochester"; a town only after a
    // word that takes no subject (kSubjectHeads).
    for (uint32_t k = end; k-- > begin + 1;) {
      if (Lower(k) != "of") continue;
      const PlaceRank rank =
          k + 1 < end && end - k - 1 <= kMaxPlaceTokens ? Rank(Text(k + 1, end)) : PlaceRank::kNone;
      const std::string head = Lower(k - 1);
      if (rank == PlaceRank::kRegion ||
          (rank == PlaceRank::kTown && !regions_only && !OneOf(head, kSubjectHeads) &&
           (!OneOf(head, kSubjectOrPlaceHeads) || LargeTown(Text(k + 1, end))))) {
        AddMention(k + 1, end);
      }
      break;
    }
  }

  // Whether an institution's word is at token k of a name ending at `end`, or the name
  // is a newspaper's ("St. Paul Pioneer Press"): "City" only before another or a city
  // office's ("Dublin City Council", "Greer City Hall"; "Century City Towers" is no
  // Century's).
  bool InstitutionAt(uint32_t k, uint32_t end) const {
    if (OneOf(Lower(end - 1), kNewspaperWords)) return true;
    if (!OneOf(Lower(k), kInstitutionWords)) return false;
    return Lower(k) != "city" || (k + 1 < end && (OneOf(Lower(k + 1), kInstitutionWords) ||
                                                  OneOf(Lower(k + 1), kCityOfficeWords)));
  }

  // A university, a college or an airport is as often named after a person as after its
  // town ("Cornell University", "Griffith University", "Bradley Airport"), and any
  // institution after a saint ("Saint Francis Hospital"): there a town counts only when
  // one of its name has kMinUniversityTownPopulation people or more ("Oxford
  // University", "Boston College", "St. Cloud Hospital").
  bool NamedAfterAPerson(uint32_t begin, uint32_t n) const {
    return (OneOf(Lower(begin + n), kOftenAfterAPersonWords) || OneOf(Lower(begin), kSaintWords)) &&
           !LargeTown(Text(begin, begin + n));
  }

  // Whether a place called `name` has kMinUniversityTownPopulation people or more.
  bool LargeTown(std::string_view name) const {
    const std::span<const uint32_t> places = gazetteer_.Lookup(name);
    return std::any_of(places.begin(), places.end(), [&](uint32_t i) {
      return gazetteer_.place(i).population >= kMinUniversityTownPopulation;
    });
  }

  // "North Texas" (not itself in the gazetteer): "Texas" is a place mention.
  void AddAfterCompassWord(Span mention) {
    const auto [begin, end] = TokenRange(mention);
    if (end < begin + 2 || !OneOf(doc_.text(tokens_[begin].span), kCompassWords) ||
        !gazetteer_.Lookup(doc_.text(mention)).empty()) {
      return;
    }
    if (end - begin - 1 <= kMaxPlaceTokens && Rank(Text(begin + 1, end)) != PlaceRank::kNone) {
      AddMention(begin + 1, end);
    }
  }

  // Two capitalised parts, each a place or a demonym, one at least a demonym:
  // "Syrian-Turkish", "Egyptian-US", "Arab-Israeli".
  bool IsDemonymPair(const std::vector<std::string_view>& parts) const {
    if (parts.size() != 2) return false;
    int demonyms = 0;
    for (std::string_view part : parts) {
      if (part.empty() || !std::isupper(uint8_t(part[0]))) return false;
      const bool demonym = gazetteer_.DemonymPlace(part) >= 0;
      if (!demonym && !IsCountryOrState(part)) return false;
      demonyms += demonym;
    }
    return demonyms > 0;
  }

  // Place names inside hyphenated words, tagged or not: a country or US state in any
  // part ("Egyptian-US", "Wisconsin-Milwaukee"), demonyms joined ("Syrian-Turkish"),
  // towns joined ("Fargo-Moorhead"), a
  // known place before "-based" and the like ("Pittsburgh-based"), a town or county
  // after a party letter ("D-Charleston", "D-Braxton" for Braxton County).
  void SpotHyphenated() {
    const std::vector<Span> companies = CompanyMentions();
    for (uint32_t t = 0; t < tokens_.size(); ++t) {
      const Token& token = tokens_[t];
      if (!token.has(kTokenHasHyphen) || InCompanyName(t, companies)) continue;
      const std::string_view word = doc_.text(token.span);
      std::vector<std::string_view> parts;
      for (size_t from = 0; from <= word.size();) {
        const size_t dash = std::min(word.find('-', from), word.size());
        parts.push_back(word.substr(from, dash - from));
        from = dash + 1;
      }
      const bool all_towns = std::all_of(parts.begin(), parts.end(), [&](std::string_view part) {
        return !part.empty() && Rank(part) != PlaceRank::kNone;
      });
      for (size_t i = 0; i < parts.size(); ++i) {
        if (parts[i].empty() || !std::isupper(uint8_t(parts[i][0]))) continue;
        const bool marked = parts.size() == 2 && OneOf(parts[1 - i], kPlaceSuffixWords);
        const bool party = parts.size() == 2 && i == 1 && OneOf(parts[0], kPartyLetters);
        if (IsCountryOrState(parts[i]) || all_towns || IsDemonymPair(parts) ||
            ((marked || party) && Rank(parts[i]) != PlaceRank::kNone) ||
            (party && Rank(std::string(parts[i]) + " County") != PlaceRank::kNone)) {
          const uint32_t start = token.span.start + uint32_t(parts[i].data() - word.data());
          const Span part{start, start + uint32_t(parts[i].size())};
          const bool first = i == 0, last = i + 1 == parts.size();
          AddMention(first || last ? WithAdjoiningName(t, part, /*after=*/!first) : part);
        }
      }
    }
  }

  // `part` of hyphenated token t with the capitalised words right before it (the
  // first part: "Los Angeles" of "Los Angeles-based", "New York" of "New York-born")
  // or right after it (the last part: "Henry County" of "Paris-Henry County") when
  // together they name a place, longest first; else `part`.
  Span WithAdjoiningName(uint32_t t, Span part, bool after) const {
    const uint32_t room = after ? uint32_t(tokens_.size()) - 1 - t : t;
    for (uint32_t k = std::min(room, kMaxPlaceTokens - 1); k >= 1; --k) {
      const uint32_t first = after ? t + 1 : t - k;
      bool words = true;
      for (uint32_t j = first; j < first + k; ++j) words = words && IsCapitalised(j);
      const Span longer = after ? Span{part.start, tokens_[t + k].span.end}
                                : Span{tokens_[t - k].span.start, part.end};
      if (words && Rank(doc_.text(longer)) != PlaceRank::kNone) return longer;
    }
    return part;
  }

  // Capitalised country and US state names outside every entity mention.
  void SpotUntagged() {
    std::vector<bool> covered(tokens_.size(), false);
    for (const Entity& e : entities_) {
      for (Span m : e.mentions) {
        const auto [begin, end] = TokenRange(m);
        std::fill(covered.begin() + begin, covered.begin() + end, true);
      }
    }
    for (uint32_t i = 0; i < tokens_.size(); ++i) {
      if (covered[i] || !IsCapitalised(i)) continue;
      // The name's tokens: capitalised words, and dots inside abbreviations ("W.Va.").
      uint32_t limit = i + 1;
      while (limit < tokens_.size() && limit < i + kMaxPlaceTokens && !covered[limit] &&
             (IsCapitalised(limit) || (IsDot(limit) && !tokens_[limit].has(kTokenSpaceBefore)))) {
        ++limit;
      }
      for (uint32_t end = limit; end > i; --end) {
        if (!IsCountryOrState(Text(i, end)) && !IsPlaceOpeningADateline(i, end)) continue;
        AddMention(i, end);
        i = end - 1;
        break;
      }
    }
  }

  // Tokens [begin, end) are a place's name in capitals opening a dateline ("WINNIPEG — ")
  // at the start of a paragraph or after a sentence (a headline's), not inside one
  // ("viruses that cause SARS — hence its name").
  bool IsPlaceOpeningADateline(uint32_t begin, uint32_t end) const {
    const std::string_view name = Text(begin, end);
    return OpensASentence(begin) &&
           std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
           Rank(name) != PlaceRank::kNone && OpensDateline(name);
  }

  // Token i is the text's first, a paragraph's or follows a sentence's end.
  bool OpensASentence(uint32_t i) const {
    if (i == 0) return true;
    const std::string_view before =
        doc_.text(Span{tokens_[i - 1].span.start, tokens_[i].span.start});
    return before.find('\n') != std::string_view::npos ||
           std::string_view(".!?").find(before.front()) != std::string_view::npos;
  }

  // Names in a list that ends in "counties" or "parishes" ("Eastland and Callahan
  // counties", "Otter Tail, Swift and Wilkin counties") that name a division with the
  // singular word ("Callahan County"), tagged or not.
  void SpotDivisionLists() {
    const std::string_view text = doc_.text();
    if (text.find(" counties") == std::string_view::npos &&
        text.find(" parishes") == std::string_view::npos) {
      return;
    }
    for (uint32_t i = 0; i < tokens_.size(); ++i) {
      if (!IsCapitalised(i)) continue;
      for (uint32_t end = std::min<uint32_t>(i + 3, tokens_.size()); end > i; --end) {
        const std::string_view division = DivisionOfList(text, tokens_[end - 1].span.end);
        if (division.empty() || !IsCapitalised(end - 1) ||
            Rank(std::string(Text(i, end)) + " " + std::string(division)) != PlaceRank::kRegion) {
          continue;
        }
        AddMention(i, end);
        i = end - 1;
        break;
      }
    }
  }

  // Adds tokens [begin, end) as a mention of the LOCATION entity of that name.
  // A US state's AP abbreviation needs its period, or a town's name and a comma or a
  // party letter and a hyphen before it ("Boston, Mass", "D-Calif"): "Mass" (the
  // Catholic mass, "Mass Spectrometry"), "Miss" ("Miss Goody Two-Shoes") and "La" ("La
  // Silla") are no states. Removes such LOCATION mentions, and a LOCATION entity left
  // without any.
  void DropAbbreviationsWithoutPeriod() {
    for (Entity& e : entities_) {
      if (e.type != EntityType::kLocation) continue;
      std::erase_if(e.mentions, [&](Span m) { return IsAbbreviationWithoutPeriod(m); });
    }
    std::erase_if(entities_, [](const Entity& e) { return e.mentions.empty(); });
  }

  // One word without a period in or after it, nor a comma or hyphen before it, that
  // names a US state by another name than the state's own: its abbreviation ("Mass" of
  // "Mass.").
  bool IsAbbreviationWithoutPeriod(Span m) const {
    const std::string_view text = doc_.text(m), before = doc_.text().substr(0, m.start);
    if (text.find_first_of(". ") != std::string_view::npos ||
        doc_.text().substr(m.end).starts_with(".") || before.ends_with(", ") ||
        before.ends_with("-")) {
      return false;
    }
    const std::string folded = FoldForMatch(text);
    const std::span<const uint32_t> places = gazetteer_.Lookup(text);
    return std::any_of(places.begin(), places.end(), [&](uint32_t i) {
      const Place& p = gazetteer_.place(i);
      return p.kind == PlaceKind::kAdmin1 && p.country == "US" && FoldForMatch(p.name) != folded;
    });
  }

  void AddMention(uint32_t begin, uint32_t end) {
    AddMention(Span{tokens_[begin].span.start, tokens_[end - 1].span.end});
  }

  void AddMention(Span span) {
    if (locations_by_key_.empty()) {
      for (size_t e = 0; e < entities_.size(); ++e) {
        if (entities_[e].type == EntityType::kLocation) {
          locations_by_key_.emplace(FoldForMatch(entities_[e].name), e);
        }
      }
    }
    const auto [it, added] = locations_by_key_.emplace(FoldForMatch(doc_.text(span)), entities_.size());
    if (added) entities_.push_back({EntityType::kLocation, std::string(doc_.text(span)), {}, {}});
    std::vector<Span>& mentions = entities_[it->second].mentions;
    if (std::find(mentions.begin(), mentions.end(), span) != mentions.end()) return;
    mentions.insert(std::upper_bound(mentions.begin(), mentions.end(), span,
                                     [](Span a, Span b) { return a.start < b.start; }),
                    span);
  }

  const Document& doc_;
  const std::vector<Token>& tokens_;
  const Gazetteer& gazetteer_;
  const AliasTable* aliases_;
  const NameSet* organisations_;  // may be null
  std::vector<Entity>& entities_;
  std::unordered_map<std::string, size_t> locations_by_key_;  // folded name -> LOCATION entity
};

}  // namespace

bool IsInstitutionWord(std::string_view lower_word) { return OneOf(lower_word, kInstitutionWords); }

bool IsCompassWord(std::string_view word) { return OneOf(word, kCompassWords); }

std::string_view DivisionOfList(std::string_view text, size_t end) {
  if (end >= text.size()) return {};
  const std::string_view window = text.substr(end, kMaxDivisionListBytes);
  if (window.find(" counties") == std::string_view::npos &&
      window.find(" parishes") == std::string_view::npos) {
    return {};  // most names: no list to match
  }
  std::string plural;
  const re2::StringPiece after(window.data(), window.size());
  if (!RE2::PartialMatch(after, DivisionListTail(), &plural)) return {};
  return plural == "counties" ? "County" : "Parish";
}

void AddPlaceMentions(const Document& doc, const Gazetteer& gazetteer, const AliasTable* aliases,
                      const NameSet* organisations, std::vector<Entity>* entities) {
  PlaceMentionFinder(doc, gazetteer, aliases, organisations, entities).Run();
}

}  // namespace lede
