#include "knowledge/geocoder.h"

#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

#include "knowledge/place_mentions.h"
#include "knowledge/word_case.h"
#include "util/text_fold.h"
#include "util/url.h"

namespace lede {
namespace {

// Scoring weights. A candidate's score is
//   kind prior + log10(population + 1) * kPopulationWeight + feature bonus
//   + kCountryContextWeight * (share of its country in the document's country evidence,
//     leaving out what the mention's own name gave: "Georgia" is no evidence for Georgia)
//   + kLocalContextBonus if the text right after the mention places it ("X, Spain", "X, near Y",
//     "Washington state") or it is the capital of a country the document names
//     (IsCapitalOfANamedCountry)
//   + kNeighbourWeight * (share, up to kNeighboursForFullBonus, of the document's other
//     place names that can stand for a place near the candidate at little loss: one of
//     their kMaxAlternatives best local candidates, scored without neighbours, is within
//     kNeighbourKm (a county: kCountyKm) or is the state or province the candidate is
//     in; see NeighbourSupport), so that a local paper's "Paris" among Illinois towns is
//     Paris, Illinois, and "Paris and Henry County" settle on Tennessee together; divided
//     by NamesakeDiscount for a name with many places
//   + kStateWeight * (share of a town's or county's state in the states the document
//     names, leaving out the mention's own name; see StateSupport)
//   + kOutletHomeWeight * (share of a town's or county's state in the places of the
//     outlet's other articles; see OutletHome)
constexpr float kPopulationWeight = 0.5f;
// The population weight of a county named like other counties ("Madison County", 19 in
// the US): its population (the towns cities500 lists in it) says little about which one
// a text means, its neighbours do.
constexpr float kCommonCountyPopulationWeight = 0.1f;
constexpr float kCountryContextWeight = 3.0f;
// The country context weight of a name the document writes as a local institution's
// ("Paris firefighters", "the Boone County Sheriff"): the town whose police, council
// or schools a story is about is most likely in the country the rest of the document
// is about, whatever its namesakes' fame.
constexpr float kLocalFocusWeight = 5.0f;
constexpr float kLocalContextBonus = 5.0f;
constexpr float kNearKm = 100.0f;
constexpr float kNeighbourWeight = 6.0f;
// What a state or province the document names adds to a town or county in it, times
// its share of the states named (leaving out the town's own name), beyond the
// neighbours' capped support: "Northeast Nebraska ... Wayne, Laurel, Madison" are the
// Nebraska towns although the Northeast's namesakes are neighbours of each other too.
constexpr float kStateWeight = 2.0f;
// What a town or county placed with its neighbours' help counts for its state among
// the states the document names (a state named counts 1): "Laurel, Wayne and Madison",
// placed in Nebraska by each other, take the rest of the document's small towns there.
constexpr float kPlacedTownStateEvidence = 0.5f;
// The share of the states a document names (AddCountiesOfTheDocumentsState) that makes a
// county of one of them a candidate for its bare name: the document is mostly that
// state's. Any share (0.01) made "Miami" Miami County, Ohio, in a story of the campaign
// in Ohio, Florida and elsewhere; 0.5 and 0.34 give GeoWebNews + LGL the same, 0.67
// five toponyms fewer right (docs/knowledge-eval.md).
constexpr float kBareCountyStateShare = 0.5f;
// What the outlet's home state adds to a town or county there, times the state's share
// of the places in the outlet's other articles.
constexpr float kOutletHomeWeight = 2.0f;
// Up to this many places of a name, neighbours count in full; beyond, their support
// shrinks by kNamesakeDiscountWeight per tenfold (NamesakeDiscount).
constexpr size_t kFewNamesakes = 5;
constexpr float kNamesakeDiscountWeight = 2.0f;
constexpr float kNeighbourKm = 200.0f;
constexpr float kNeighboursForFullBonus = 2.0f;
constexpr float kCountyKm = 60.0f;
// A name whose best candidate near the scored one scores this much below its best
// candidate gives no support: 1 is a town a hundredth the size of its largest namesake
// (kPopulationWeight), so that two villages near each other ("New London police ...
// Winfield police chief", both in Iowa) support each other though each has a larger
// namesake. Measured (docs/knowledge-eval.md): 0.5 gives 0.885, 1 gives 0.890, 2 gives
// 0.886 on GeoWebNews + LGL.
constexpr float kNoSupportLoss = 1.0f;
constexpr size_t kMaxAlternatives = 20;
// A town smaller than this needs support in the document when the document's country
// evidence is elsewhere (DropUnsupportedSmallTowns); chosen among 10,000, 50,000 and
// 200,000 on the demo corpus, checked on the gold sets (docs/knowledge-eval.md).
constexpr uint32_t kSupportedTownPopulation = 50000;
constexpr float kKmPerDegreeLatitude = 110.5f;
// Words after a name that make it the state, not its namesake town (StateWordFollows,
// NamesakeTownDominates).
constexpr std::string_view kStateWords[] = {"state", "court", "courts", "border", "governor",
                                            "legislature", "assembly", "attorney"};
// Words after a name that write it as a town's, for its residents or its municipal
// services ("a Lebanon woman", "Lebanon Police", "the Jordan middle school"): English
// writes a country's people and institutions with its demonym ("a Lebanese woman"),
// so such a name is no country (DropCountriesOfTownNames).
constexpr std::string_view kTownWords[] = {
    "woman",   "women",  "man",          "men",     "boy",      "boys",
    "girl",    "girls",  "teen",         "teens",   "teenager", "couple",
    "family",  "native", "driver",       "parents", "resident", "residents",
    "police",  "fire",   "firefighters", "sheriff", "mayor",    "school",
    "schools", "middle", "elementary",   "library", "parks",    "municipal"};
// Names of celestial bodies, constellations and oceans that GeoNames also gives towns
// (folded: "Leo" is Léo, Burkina Faso; written for lede): DropTownsOfSkyAndSeaNames.
constexpr std::string_view kSkyAndSeaNames[] = {
    "earth",  "moon",    "mars",      "mercury",  "venus",       "jupiter",   "saturn",
    "uranus", "neptune", "pluto",     "aries",    "taurus",      "gemini",    "cancer",
    "leo",    "virgo",   "libra",     "scorpius", "sagittarius", "capricorn", "aquarius",
    "pisces", "orion",   "andromeda", "atlantic", "pacific",     "arctic"};
// How far before a mention a street address or a person's age is looked for
// (AddressOrAgeBefore).
constexpr size_t kAddressBytes = 48;
// How far after a mention its next word is looked for (WordAfter).
constexpr size_t kStateWordBytes = 24;
// Longest all-capital name taken as an acronym rather than a town's name.
constexpr size_t kMaxAcronymLetters = 3;
// Country evidence weights.
constexpr float kCountryMentionEvidence = 1.0f;
constexpr float kDemonymEvidence = 0.5f;
constexpr float kDatelineEvidence = 2.0f;
constexpr float kOutletEvidence = 1.0f;
constexpr float kResolvedPlaceEvidence = 0.5f;
// What joins two names in a list (ListedTogether).
constexpr std::string_view kListJoins[] = {" and ", ", and ", " or ", ", or ", " & "};
// How much text after a mention is searched for local context.
constexpr size_t kLocalContextBytes = 96;

float KindPrior(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::kContinent: return 4.0f;
    case PlaceKind::kCountry: return 4.0f;
    case PlaceKind::kRegion: return 3.0f;
    case PlaceKind::kAdmin1: return 1.5f;
    case PlaceKind::kAdmin2: return 1.0f;
    case PlaceKind::kCity: return 0.0f;
  }
  return 0.0f;
}

float FeatureBonus(const std::string& code) {
  if (code == "PPLC") return 2.5f;  // "Washington" is the capital before the state
  if (code == "PPLA") return 0.5f;
  if (code == "PPLA2") return 0.25f;
  return 0.0f;
}

// The places a state's share in the document or the outlet's home speaks for.
bool IsTownOrCounty(const Place& p) {
  return p.kind == PlaceKind::kCity || p.kind == PlaceKind::kAdmin2;
}

float Prior(const Place& p) {
  return KindPrior(p.kind) + std::log10(p.population + 1.0f) * kPopulationWeight +
         FeatureBonus(p.feature_code);
}

// "X, near the capital Rabat", "X, outside Paris".
const RE2& NearPattern() {
  static const RE2 re(
      R"(^,?\s+(?:near|outside|close to|(?:north|south|east|west)(?:east|west)? of)\s+)"
      R"((?:the\s+)?(?:(?:capital|city|town|village|port|province|region)\s+(?:of\s+)?)?)"
      R"((\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}))");
  return re;
}

// What ends right before a town's name in a street address or after a person's age:
// "400 S. Locust St., ", "2517 Memphis Street, ", "Terry Jolly, 60, ", ", 34, of ".
const RE2& AddressOrAgeBefore() {
  static const RE2 re(
      R"((?:\d+\s+(?:[NSEW]\.?\s+)?(?:\p{Lu}[\p{L}'’-]*\.?\s+){1,3})"
      R"((?:St|Street|Ave|Avenue|Road|Rd|Drive|Dr|Blvd|Boulevard|Lane|Ln|Pike|Highway|Hwy)\.?)"
      R"(|\p{L},\s+\d{1,3}),\s+(?:of\s+)?$)");
  return re;
}

// "X, Spain", "X in Catalonia", "X, N.C.", "X, W. Va." (an abbreviation of initials is
// taken whole: its first letter alone names nothing).
const RE2& WithinPattern() {
  static const RE2 re(R"(^(?:,\s*|\s+in\s+)((?:\p{Lu}\.\s?)+\p{Lu}\p{Ll}*\.)"
                      R"(|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}))");
  return re;
}

// The document's evidence for each country (or, keyed by "CC.code", each state),
// remembering which place name gave what, so that a name is judged by the evidence
// of the rest of the document ("Georgia" four times is no evidence for the country
// Georgia).
class PlaceEvidence {
 public:
  // `name` is the folded place name the evidence comes from; empty for the
  // dateline, the outlet and demonyms.
  void Add(const std::string& country, float weight, const std::string& name) {
    if (country.empty()) return;
    totals_.Add(country, weight);
    if (!name.empty()) by_name_[name].Add(country, weight);
  }
  // Whether any evidence comes from a name other than `name`.
  bool AnyWithout(const std::string& name) const {
    const auto own = by_name_.find(name);
    return totals_.total > (own == by_name_.end() ? 0.0f : own->second.total);
  }
  // The share of `country` in the evidence that does not come from `name`.
  float ShareWithout(const std::string& country, const std::string& name) const {
    const auto own = by_name_.find(name);
    if (own == by_name_.end()) return totals_.Share(country);
    const float total = totals_.total - own->second.total;
    return total <= 0 ? 0.0f : (totals_.Weight(country) - own->second.Weight(country)) / total;
  }

 private:
  struct Weights {
    std::unordered_map<std::string, float> by_country;
    float total = 0;
    void Add(const std::string& country, float weight) {
      by_country[country] += weight;
      total += weight;
    }
    float Weight(const std::string& country) const {
      auto it = by_country.find(country);
      return it == by_country.end() ? 0.0f : it->second;
    }
    float Share(const std::string& country) const { return total == 0 ? 0 : Weight(country) / total; }
  };
  Weights totals_;
  std::unordered_map<std::string, Weights> by_name_;
};

// How the text right after a mention constrains it: near the anchor ("X, near Rabat"),
// or within one of the regions the name after it may stand for ("X, Georgia": the
// country or the state).
struct LocalContext {
  enum class Kind { kNone, kWithin, kNear } kind = Kind::kNone;
  const Place* anchor = nullptr;      // kNear: the name's best place by prior
  std::vector<const Place*> regions;  // kWithin: the name's countries and states
  bool possessive = false;            // the place before it owns it ("London's Hyde Park")
};

class Resolver {
 public:
  Resolver(const Gazetteer& gazetteer, std::string_view text, std::span<const Span> mentions)
      : gazetteer_(gazetteer), text_(text), mentions_(mentions) {}

  std::vector<Geocode> Run(const GeocodeContext& context) {
    facts_.reserve(mentions_.size());
    for (size_t m = 0; m < mentions_.size(); ++m) facts_.push_back(Facts(m));
    DropCountriesOfTownNames();
    DropTownsOfSkyAndSeaNames();
    GatherEvidence(context);
    std::vector<Geocode> first = ResolveAll(/*neighbours=*/false);
    for (size_t m = 0; m < first.size(); ++m) {
      if (first[m].place == Geocode::kNone) continue;
      const Place& p = gazetteer_.place(first[m].place);
      const std::string& name = facts_[m].name;
      evidence_.Add(p.country, kResolvedPlaceEvidence, name);
      if (p.kind == PlaceKind::kAdmin1) states_.Add(p.admin1, 1.0f, name);
    }
    AddCountiesOfTheDocumentsState();
    MarkListedKinds(first);
    ChooseNames();
    // The document's coherence: the states of the towns and counties the neighbours
    // placed count as states the document names, and every name is resolved again.
    const std::vector<Geocode> neighboured = ResolveAll(/*neighbours=*/true);
    for (size_t m = 0; m < neighboured.size(); ++m) {
      if (neighboured[m].place == Geocode::kNone) continue;
      const Place& p = gazetteer_.place(neighboured[m].place);
      if (IsTownOrCounty(p)) {
        states_.Add(p.admin1, kPlacedTownStateEvidence, facts_[m].name);
      }
    }
    std::vector<Geocode> out = ResolveAll(/*neighbours=*/true);
    DropUnsupportedSmallTowns(&out);
    return out;
  }

 private:
  // A town of fewer than kSupportedTownPopulation people is no place when nothing in the
  // document speaks for it (neither its country, a neighbour, its state, the outlet's
  // home nor the text around one of its mentions: SomeMentionWrittenAsTown) and the
  // document's country evidence from other names is elsewhere: the name is then a word,
  // a person or a thing ("Gloria" in a story of Hong Kong was Gloria, Philippines;
  // "Obama", "Formica", "Supreme", "Law").
  void DropUnsupportedSmallTowns(std::vector<Geocode>* out) const {
    for (size_t m = 0; m < out->size(); ++m) {
      if ((*out)[m].place == Geocode::kNone) continue;
      const Place& p = gazetteer_.place((*out)[m].place);
      const MentionFacts& facts = facts_[m];
      if (p.kind != PlaceKind::kCity || p.population >= kSupportedTownPopulation ||
          !evidence_.AnyWithout(facts.name)) {
        continue;
      }
      const bool supported = evidence_.ShareWithout(p.country, facts.name) > 0 ||
                             SomeMentionWrittenAsTown(facts.name) ||
                             NeighbourSupport(p, facts.name) > 0 ||
                             StateSupport(p, facts.name) > 0 || HomeSupport(p) > 0;
      if (!supported) (*out)[m] = Geocode{};
    }
  }

  std::string_view MentionText(const Span& s) const { return text_.substr(s.start, s.size()); }

  // Whether the text between mentions a and b (a before b) joins them in a list:
  // "Oregon and Washington", "Georgia or Armenia" (kListJoins). A comma alone does not:
  // "Washington, Georgia" is a town and its state.
  bool ListedTogether(const Span& a, const Span& b) const {
    if (a.end > b.start) return false;
    const std::string_view between = text_.substr(a.end, b.start - a.end);
    return std::find(std::begin(kListJoins), std::end(kListJoins), between) != std::end(kListJoins);
  }

  // A town's or county's name written without "County" or "Parish" that is a county or
  // parish of the state the rest of the document names (at least kBareCountyStateShare of
  // the states it names), where no town has the name: that county becomes a candidate
  // ("the state's three largest counties: Douglas, Lancaster and Sarpy" in a Nebraska
  // story; "Oxford MPP" in an Ontario one; "Delegate Boggs, D-Braxton" in West Virginia).
  // A state's or country's name is left as it is ("a Delaware company").
  void AddCountiesOfTheDocumentsState() {
    for (size_t m = 0; m < mentions_.size(); ++m) {
      MentionFacts& facts = facts_[m];
      if (std::any_of(facts.candidates.begin(), facts.candidates.end(),
                      [&](uint32_t c) { return !IsTownOrCounty(gazetteer_.place(c)); })) {
        continue;  // a state's or a country's name ("a Delaware company", "Texas")
      }
      const std::string name(MentionText(PlaceName(mentions_[m])));
      for (std::string_view division : {" County", " Parish"}) {
        for (uint32_t i : gazetteer_.Lookup(name + std::string(division))) {
          const Place& county = gazetteer_.place(i);
          if (county.kind != PlaceKind::kAdmin2 ||
              states_.ShareWithout(county.admin1, facts.name) < kBareCountyStateShare ||
              std::find(facts.candidates.begin(), facts.candidates.end(), i) !=
                  facts.candidates.end() ||
              std::any_of(facts.candidates.begin(), facts.candidates.end(), [&](uint32_t c) {
                const Place& town = gazetteer_.place(c);
                return town.kind == PlaceKind::kCity && town.admin1 == county.admin1;
              })) {
            continue;
          }
          facts.candidates.push_back(i);
        }
      }
      facts.common_county = IsCommonCountyName(facts.candidates);
    }
  }

  // Marks each mention listed with one the first resolution placed as a state or a
  // country (MentionFacts::listed_with_state, listed_with_country).
  void MarkListedKinds(const std::vector<Geocode>& first) {
    for (size_t m = 0; m < mentions_.size(); ++m) {
      for (size_t k = 0; k < mentions_.size(); ++k) {
        if (k == m || first[k].place == Geocode::kNone ||
            !(ListedTogether(mentions_[m], mentions_[k]) ||
              ListedTogether(mentions_[k], mentions_[m]))) {
          continue;
        }
        const PlaceKind kind = gazetteer_.place(first[k].place).kind;
        facts_[m].listed_with_state |= kind == PlaceKind::kAdmin1;
        facts_[m].listed_with_country |= kind == PlaceKind::kCountry;
      }
    }
  }

  // The candidate with the best prior alone (no context), or nullptr.
  const Place* BestByPrior(std::string_view name) const {
    const Place* best = nullptr;
    for (uint32_t i : gazetteer_.Lookup(name)) {
      const Place& p = gazetteer_.place(i);
      if (best == nullptr || Prior(p) > Prior(*best)) best = &p;
    }
    return best;
  }

  void GatherEvidence(const GeocodeContext& context) {
    for (const Span& s : mentions_) {
      const std::string name = FoldForMatch(MentionText(s));
      for (uint32_t i : gazetteer_.Lookup(MentionText(s))) {
        const Place& p = gazetteer_.place(i);
        if (p.kind == PlaceKind::kCountry) {
          evidence_.Add(p.country, kCountryMentionEvidence, name);
          named_countries_.Add(p.country, 1.0f, name);
        }
      }
    }
    AddDemonymEvidence();
    if (const Place* dateline = BestByPrior(context.dateline)) {
      evidence_.Add(dateline->country, kDatelineEvidence, "");
    }
    evidence_.Add(std::string(context.outlet_country), kOutletEvidence, "");
    if (context.outlet_home != nullptr && context.outlet_home->total() >= OutletHome::kMinPlaces) {
      home_ = context.outlet_home;
      for (const auto& [admin1, count] : home_->counts()) {
        evidence_.Add(admin1.substr(0, admin1.find('.')), kOutletEvidence * count / home_->total(),
                      "");
      }
    }
  }

  // Capitalised words that are demonyms ("Moroccan", "Spaniards").
  void AddDemonymEvidence() {
    size_t i = 0;
    while (i < text_.size()) {
      if (text_[i] < 'A' || text_[i] > 'Z' || (i > 0 && std::isalpha(uint8_t(text_[i - 1])))) {
        ++i;
        continue;
      }
      size_t end = i + 1;
      while (end < text_.size() && std::isalpha(uint8_t(text_[end]))) ++end;
      const int32_t place = gazetteer_.DemonymPlace(text_.substr(i, end - i));
      if (place >= 0) {
        evidence_.Add(gazetteer_.place(place).country, kDemonymEvidence, "");
      }
      i = end;
    }
  }

  LocalContext FindLocalContext(const Span& s) const {
    re2::StringPiece after(text_.data() + s.end,
                           std::min(kLocalContextBytes, text_.size() - s.end));
    std::string anchor;
    LocalContext local;
    if (RE2::PartialMatch(after, NearPattern(), &anchor)) {
      local.anchor = BestByPrior(anchor);
      if (local.anchor != nullptr) local.kind = LocalContext::Kind::kNear;
    } else if (RE2::PartialMatch(after, WithinPattern(), &anchor)) {
      for (uint32_t i : gazetteer_.Lookup(anchor)) {
        const Place& p = gazetteer_.place(i);
        if (p.kind == PlaceKind::kCountry || p.kind == PlaceKind::kAdmin1) {
          local.regions.push_back(&p);
        }
      }
      if (!local.regions.empty()) local.kind = LocalContext::Kind::kWithin;
    } else if (const Place* owner = PossessorBefore(s)) {
      local.possessive = true;
      if (owner->kind == PlaceKind::kCountry || owner->kind == PlaceKind::kAdmin1) {
        local.regions.push_back(owner);
        local.kind = LocalContext::Kind::kWithin;
      } else if (owner->kind == PlaceKind::kCity) {
        local.anchor = owner;
        local.kind = LocalContext::Kind::kNear;
      }
    }
    return local;
  }

  // The place (best by prior) of the mention right before s with a possessive between:
  // "London" of "London's Hyde Park", "Pakistan" of "Pakistan's Punjab"; else nullptr.
  const Place* PossessorBefore(const Span& s) const {
    const std::string_view before = text_.substr(0, s.start);
    for (std::string_view possessive : {"'s ", "\u2019s "}) {
      if (!before.ends_with(possessive)) continue;
      const uint32_t owner_end = s.start - static_cast<uint32_t>(possessive.size());
      for (const Span& owner : mentions_) {
        if (owner.end == owner_end) return BestByPrior(MentionText(owner));
      }
    }
    return nullptr;
  }

  static bool Satisfies(const Place& p, const LocalContext& local) {
    switch (local.kind) {
      case LocalContext::Kind::kNone: return false;
      case LocalContext::Kind::kNear:
        return &p != local.anchor &&
               DistanceKm(p.lat, p.lon, local.anchor->lat, local.anchor->lon) <= kNearKm;
      case LocalContext::Kind::kWithin:
        return std::any_of(local.regions.begin(), local.regions.end(), [&](const Place* r) {
          return r->kind == PlaceKind::kAdmin1 ? p.admin1 == r->admin1 : p.country == r->country;
        });
    }
    return false;
  }

  // Towns, counties and states count as neighbours; countries and larger do not.
  static bool IsLocal(const Place& p) { return IsTownOrCounty(p) || p.kind == PlaceKind::kAdmin1; }

  // One is the state or province the other is in, or they are within kCountyKm (a
  // county and a town: the town is in or next to the county) or kNeighbourKm.
  static bool Near(const Place& p, const Place& q) {
    if (p.kind == PlaceKind::kAdmin1 || q.kind == PlaceKind::kAdmin1) {
      return !p.admin1.empty() && p.admin1 == q.admin1;
    }
    // A degree of latitude is at least kKmPerDegreeLatitude: farther apart in latitude
    // alone is too far, without the trigonometry.
    const float km =
        p.kind == PlaceKind::kAdmin2 || q.kind == PlaceKind::kAdmin2 ? kCountyKm : kNeighbourKm;
    return std::fabs(p.lat - q.lat) * kKmPerDegreeLatitude <= km &&
           DistanceKm(p.lat, p.lon, q.lat, q.lon) <= km;
  }

  // One of the document's place names and what each of its candidates scores
  // without neighbours.
  struct NameChoice {
    std::string name;  // folded mention text
    bool scored = false;
    float best = 0;    // the best score of any of its candidates
    std::vector<std::pair<const Place*, float>> local;  // its kMaxAlternatives best local candidates
  };

  // Gathers each distinct name's candidates, scored without neighbours (a mention's
  // local context counts for its name).
  void ChooseNames() {
    for (size_t m = 0; m < mentions_.size(); ++m) {
      const MentionFacts& facts = facts_[m];
      auto it = std::find_if(names_.begin(), names_.end(),
                             [&](const NameChoice& n) { return n.name == facts.name; });
      if (it == names_.end()) it = names_.insert(names_.end(), NameChoice{facts.name});
      for (uint32_t i : facts.candidates) {
        const Place& p = gazetteer_.place(i);
        const float score = Score(p, facts, /*neighbours=*/false);
        it->best = it->scored ? std::max(it->best, score) : score;
        it->scored = true;
        if (IsLocal(p)) it->local.emplace_back(&p, score);
      }
    }
    for (NameChoice& n : names_) {
      std::sort(n.local.begin(), n.local.end(), [](const auto& a, const auto& b) {
        return a.first < b.first || (a.first == b.first && a.second > b.second);
      });
      n.local.erase(std::unique(n.local.begin(), n.local.end(),
                                [](const auto& a, const auto& b) { return a.first == b.first; }),
                    n.local.end());
      const size_t keep = std::min(n.local.size(), kMaxAlternatives);
      std::partial_sort(n.local.begin(), n.local.begin() + keep, n.local.end(),
                        [](const auto& a, const auto& b) { return a.second > b.second; });
      n.local.resize(keep);
    }
  }

  // What the document's other place names say for p: each name with a candidate near
  // p adds kNeighbourWeight / kNeighboursForFullBonus, less in proportion to what its
  // best such candidate scores below its best one (nothing from kNoSupportLoss on),
  // up to kNeighbourWeight in all. A name that gives up little to sit near p ("Henry
  // County", one of many) supports it as a name with one candidate does, so that
  // "Paris and Henry County" settle on Paris, Tennessee together.
  float NeighbourSupport(const Place& p, const std::string& name) const {
    if (!IsLocal(p)) return 0;
    constexpr float kPerName = kNeighbourWeight / kNeighboursForFullBonus;
    float support = 0;
    for (const NameChoice& other : names_) {
      if (other.name == name) continue;
      for (const auto& [q, score] : other.local) {  // best first
        if (Near(p, *q)) {
          support += kPerName * std::max(0.0f, 1.0f - (other.best - score) / kNoSupportLoss);
          break;
        }
      }
    }
    return std::min(kNeighbourWeight, support);
  }

  // What the states the document names say for a town or county p (kStateWeight).
  float StateSupport(const Place& p, const std::string& name) const {
    if (!IsTownOrCounty(p)) return 0;
    return kStateWeight * states_.ShareWithout(p.admin1, name);
  }

  // What the outlet's home says for a town or county p (kOutletHomeWeight).
  float HomeSupport(const Place& p) const {
    if (home_ == nullptr || !IsTownOrCounty(p)) return 0;
    return kOutletHomeWeight * home_->Share(p.admin1);
  }

  // Whether more than one of `candidates` is a county.
  bool IsCommonCountyName(const std::vector<uint32_t>& candidates) const {
    return std::count_if(candidates.begin(), candidates.end(), [&](uint32_t i) {
             return gazetteer_.place(i).kind == PlaceKind::kAdmin2;
           }) > 1;
  }

  // The gazetteer candidates mention m may stand for: the counties of its name when
  // it is one of a list of counties ("Barrow, Jackson and Madison counties"); else
  // its places, less the state or its dominant town of the same name ("New York":
  // OutrankedByNamesake), for a short acronym towns, and towns the name is only a variant
  // of that are smaller than a town whose own name it is (IsOwnName: "Kaliningrad" is
  // Kaliningrad, not Korolev, once so called; "Philadelphia" not New Philadelphia, Ohio;
  // "Middletown" not Athens, Ohio); none for a compass word alone.
  std::vector<uint32_t> Candidates(const Span& mention) const {
    const std::string_view division = DivisionOfList(text_, mention.end);
    if (!division.empty()) {
      std::vector<uint32_t> divisions;
      for (uint32_t i :
           gazetteer_.Lookup(std::string(MentionText(mention)) + " " + std::string(division))) {
        if (gazetteer_.place(i).kind == PlaceKind::kAdmin2) divisions.push_back(i);
      }
      if (!divisions.empty()) return divisions;
    }
    if (IsCompassWord(MentionText(mention))) return {};  // "the West", "the South"
    const std::span<const uint32_t> all = gazetteer_.Lookup(MentionText(mention));
    const bool acronym = IsShortAcronym(MentionText(mention));
    const std::string folded = FoldForMatch(MentionText(mention));
    std::vector<bool> own_name(all.size());  // the mention is the town's own name
    uint32_t own_name_population = 0;        // of the largest such town
    for (size_t k = 0; k < all.size(); ++k) {
      const Place& p = gazetteer_.place(all[k]);
      own_name[k] = p.kind == PlaceKind::kCity && IsOwnName(p, folded);
      if (own_name[k]) own_name_population = std::max(own_name_population, p.population);
    }
    std::vector<uint32_t> out;
    for (size_t k = 0; k < all.size(); ++k) {
      const Place& p = gazetteer_.place(all[k]);
      if (OutrankedByNamesake(p, all, mention) || (acronym && p.kind == PlaceKind::kCity) ||
          (p.kind == PlaceKind::kCity && p.population < own_name_population && !own_name[k])) {
        continue;
      }
      out.push_back(all[k]);
    }
    return out;
  }

  // Whether `folded` (FoldForMatch) is p's own name, not one of its variants, written
  // whole or with its first word abbreviated ("St. Albans" for Saint Albans).
  static bool IsOwnName(const Place& p, const std::string& folded) {
    const std::string own = FoldForMatch(p.name);
    if (own == folded) return true;
    return std::any_of(std::begin(kAbbreviatedFirstWords), std::end(kAbbreviatedFirstWords),
                       [&](const AbbreviatedWord& a) {
                         return own.size() > a.word.size() && own.starts_with(a.word) &&
                                own[a.word.size()] == ' ' && folded.starts_with(a.abbreviation) &&
                                own.substr(a.word.size()) == folded.substr(a.abbreviation.size());
                       });
  }

  // The place a demonym names when it names no other place ("Syrian" of "Syrian-Turkish")
  // or only towns ("the Canadian Public Health Infobase": Canada, not Canadian, Texas,
  // unless the text after it places it: "Canadian, Texas"); -1 when `name` is no demonym
  // or also names a country or division ("Hong Kong", "Bonaire").
  int32_t DemonymOfTownsName(std::string_view name) const {
    const std::span<const uint32_t> places = gazetteer_.Lookup(name);
    const bool towns_only = std::all_of(places.begin(), places.end(), [&](uint32_t i) {
      return gazetteer_.place(i).kind == PlaceKind::kCity;
    });
    return towns_only ? gazetteer_.DemonymPlace(name) : -1;
  }

  // A name one of whose mentions is written as a town's (WrittenAsTown) is no country
  // in the whole document when it can be something else.
  void DropCountriesOfTownNames() {
    for (size_t m = 0; m < mentions_.size(); ++m) {
      if (!WrittenAsTown(mentions_[m])) continue;
      const MentionFacts& local = facts_[m];
      for (MentionFacts& facts : facts_) {
        if (facts.name != local.name) continue;
        const auto country = [&](uint32_t i) {
          return gazetteer_.place(i).kind == PlaceKind::kCountry;
        };
        if (std::all_of(facts.candidates.begin(), facts.candidates.end(), country)) continue;
        std::erase_if(facts.candidates, country);
      }
    }
  }

  // A celestial body's or an ocean's name ("Earth", "Jupiter", "the Atlantic") is no
  // town in a document that never writes it as one (WrittenAsTown) nor places it with
  // the text after it ("Jupiter, Florida"): Earth, Texas and Atlantic, Iowa are towns.
  void DropTownsOfSkyAndSeaNames() {
    for (size_t m = 0; m < mentions_.size(); ++m) {
      if (!OneOf(facts_[m].name, kSkyAndSeaNames) || facts_[m].candidates.empty()) continue;
      const std::string& name = facts_[m].name;
      if (SomeMentionWrittenAsTown(name)) continue;
      for (MentionFacts& facts : facts_) {
        if (facts.name != name) continue;
        std::erase_if(facts.candidates,
                      [&](uint32_t i) { return gazetteer_.place(i).kind == PlaceKind::kCity; });
      }
    }
  }

  // Whether a mention of `name` is written as a town's (WrittenAsTown: "a Jupiter
  // man") or is placed by the text after it ("Jupiter, Florida").
  bool SomeMentionWrittenAsTown(const std::string& name) const {
    for (size_t k = 0; k < mentions_.size(); ++k) {
      if (facts_[k].name == name &&
          (WrittenAsTown(mentions_[k]) || facts_[k].local.kind != LocalContext::Kind::kNone)) {
        return true;
      }
    }
    return false;
  }

  // What scoring a mention's candidates needs to know about the mention.
  struct MentionFacts {
    std::string name;  // folded mention text
    LocalContext local;
    bool state_follows = false;  // "Washington state"
    bool common_county = false;  // more than one candidate is a county
    bool local_institution = false;  // an institution word follows it ("Paris police")
    // It is listed with a name placed as a state or a country ("Oregon and Washington
    // laws", "Georgia and Armenia"): a candidate of that kind is placed as if by local
    // context.
    bool listed_with_state = false;
    bool listed_with_country = false;
    std::vector<uint32_t> candidates;
  };

  MentionFacts Facts(size_t m) const {
    const Span name = PlaceName(mentions_[m]);
    MentionFacts facts{FoldForMatch(MentionText(name)), FindLocalContext(name), StateFollows(name)};
    facts.candidates = Candidates(name);
    const int32_t demonym = DemonymOfTownsName(MentionText(name));
    if (demonym >= 0 &&
        (facts.candidates.empty() || facts.local.kind == LocalContext::Kind::kNone)) {
      facts.candidates = {static_cast<uint32_t>(demonym)};
    }
    if (facts.local.possessive && facts.local.kind == LocalContext::Kind::kNear) {
      // A town's: a place of the name far from it is another ("London's Hyde Park" is
      // none of the gazetteer's, which lie in the US and Australia).
      std::erase_if(facts.candidates,
                    [&](uint32_t i) { return !Satisfies(gazetteer_.place(i), facts.local); });
    }
    facts.common_county = IsCommonCountyName(facts.candidates);
    facts.local_institution = InstitutionWordFollows(name);
    return facts;
  }

  // The part of a mention that names a place: the whole mention, or for one the
  // gazetteer does not know that has its region after a comma ("Washington, D.C."
  // tagged as one name), the part before the comma, whose local context is the rest.
  Span PlaceName(const Span& mention) const {
    const std::string_view text = MentionText(mention);
    const size_t comma = text.find(", ");
    if (comma == std::string_view::npos || !gazetteer_.Lookup(text).empty()) return mention;
    return Span{mention.start, mention.start + static_cast<uint32_t>(comma)};
  }

  float Score(const Place& p, const MentionFacts& facts, bool neighbours) const {
    const bool placed =
        Satisfies(p, facts.local) ||
        ((facts.state_follows || facts.listed_with_state) && p.kind == PlaceKind::kAdmin1) ||
        (facts.listed_with_country && p.kind == PlaceKind::kCountry) ||
        IsCapitalOfANamedCountry(p, facts.name);
    const float population_discount =
        facts.common_county && p.kind == PlaceKind::kAdmin2
            ? std::log10(p.population + 1.0f) * (kPopulationWeight - kCommonCountyPopulationWeight)
            : 0.0f;
    return Prior(p) - population_discount +
           (facts.local_institution ? kLocalFocusWeight : kCountryContextWeight) *
               evidence_.ShareWithout(p.country, facts.name) +
           (placed ? kLocalContextBonus : 0.0f) +
           (neighbours && !NamesakeOfACountryOrDivision(p, facts)
                ? NeighbourSupport(p, facts.name) / NamesakeDiscount(facts.candidates.size())
                : 0.0f) +
           (neighbours ? StateSupport(p, facts.name) : 0.0f) + HomeSupport(p);
  }

  // Whether town p shares its name with a first-level division of its country, or with
  // a country in a document that names other countries (among the mention's candidates):
  // the name stands for the division or country ("a man in Florida won", though Florida,
  // New York lies near the story's New Jersey towns; "England and Wales"; "the leaders of
  // Egypt and Israel" in a story of Pennsylvania rallies, near Egypt, Pennsylvania), and
  // only the text right after it makes it the town ("Florida, N.Y."), not the document's
  // other places. A local story that names no other country lets its places decide
  // ("Lebanon ... Boone County ... Zionsville" is Indiana's).
  bool NamesakeOfACountryOrDivision(const Place& p, const MentionFacts& facts) const {
    if (p.kind != PlaceKind::kCity) return false;
    const bool other_countries = named_countries_.AnyWithout(facts.name);
    return std::any_of(facts.candidates.begin(), facts.candidates.end(), [&](uint32_t i) {
      const Place& q = gazetteer_.place(i);
      return (q.kind == PlaceKind::kAdmin1 && q.country == p.country) ||
             (q.kind == PlaceKind::kCountry && other_countries);
    });
  }

  // The capital of a country the document names by another name: "flights between New
  // York and Moscow ... Russia" is the capital as if written "Moscow, Russia", though
  // a village named Moscow lies near New York (the country's own name, "Mexico", says
  // nothing for Mexico City).
  bool IsCapitalOfANamedCountry(const Place& p, const std::string& name) const {
    return p.feature_code == "PPLC" && named_countries_.ShareWithout(p.country, name) > 0;
  }

  // What neighbours say for one of `namesakes` places of a name is divided by this:
  // some of many namesakes lie near the document's other places by chance (one of
  // the US's Washingtons or Moscows near New York), a name's only two rarely do.
  static float NamesakeDiscount(size_t namesakes) {
    return namesakes <= kFewNamesakes
               ? 1.0f
               : 1.0f + kNamesakeDiscountWeight * std::log10(float(namesakes) / kFewNamesakes);
  }

  // "Washington state", "New York State".
  bool StateFollows(const Span& mention) const {
    const std::string_view after = text_.substr(mention.end);
    return after.starts_with(" state") || after.starts_with(" State");
  }

  // The word after a mention, past a possessive ("New York's attorney"), in lower
  // case; empty when none follows within kStateWordBytes.
  std::string WordAfter(const Span& mention) const {
    std::string_view after = text_.substr(mention.end, kStateWordBytes);
    for (std::string_view possessive : {"'s", "\u2019s"}) {
      if (after.starts_with(possessive)) after.remove_prefix(possessive.size());
    }
    if (!after.starts_with(' ')) return "";
    after.remove_prefix(1);
    std::string lower;
    for (char c : after.substr(0, after.find_first_of(" ,.;:)\n"))) {
      lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    return lower;
  }

  // "Paris firefighters", "Dublin City Council" (IsInstitutionWord).
  bool InstitutionWordFollows(const Span& mention) const {
    return IsInstitutionWord(WordAfter(mention));
  }

  // A name written as a town's: a town word follows it (TownWordFollows), a street
  // address or a person's age comes right before it ("400 S. Locust St., Lebanon",
  // "Gabriel Shearer, 34, of Richmond"), or it opens a dateline in capitals ("MALTA - ").
  bool WrittenAsTown(const Span& mention) const {
    if (TownWordFollows(mention)) return true;
    const size_t from = mention.start - std::min<size_t>(mention.start, kAddressBytes);
    const re2::StringPiece before(text_.data() + from, mention.start - from);
    if (RE2::PartialMatch(before, AddressOrAgeBefore())) return true;
    const std::string_view name = MentionText(mention);
    const std::string_view after = text_.substr(mention.end, 4);
    return std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
           (after.starts_with(" \u2014") || after.starts_with(" \u2013") ||
            after.starts_with(" -"));
  }

  // "a Lebanon woman", "Lebanon Police", "the Jordan middle school" (kTownWords), the
  // name not the second half of a compound ("NATO-Russia").
  bool TownWordFollows(const Span& mention) const {
    if (mention.start > 0 && (text_[mention.start - 1] == '-' || text_[mention.start - 1] == '/')) {
      return false;
    }
    const std::string word = WordAfter(mention);
    return std::find(std::begin(kTownWords), std::end(kTownWords), word) != std::end(kTownWords);
  }

  // A word after the name (past a possessive) that belongs to a state, not a town:
  // "New York State", "a New York court", "New York's attorney general", "the New York
  // border".
  bool StateWordFollows(const Span& mention) const {
    const std::string word = WordAfter(mention);
    return std::find(std::begin(kStateWords), std::end(kStateWords), word) != std::end(kStateWords);
  }

  // A state or province and a town in it of the same name that holds a quarter of
  // its people or more ("New York"): the name stands for the town unless a state's
  // word follows it (StateWordFollows), then for the state.
  static bool NamesakeTownDominates(const Place& town, const Place& state) {
    return town.kind == PlaceKind::kCity && state.kind == PlaceKind::kAdmin1 &&
           town.admin1 == state.admin1 && 4.0 * town.population >= state.population;
  }

  // Whether p loses to a candidate of the same name by NamesakeTownDominates.
  bool OutrankedByNamesake(const Place& p, std::span<const uint32_t> candidates,
                           const Span& mention) const {
    if (p.kind != PlaceKind::kAdmin1 && p.kind != PlaceKind::kCity) return false;
    const bool state_word = StateWordFollows(mention);
    if ((p.kind == PlaceKind::kAdmin1) == state_word) return false;
    return std::any_of(candidates.begin(), candidates.end(), [&](uint32_t i) {
      const Place& other = gazetteer_.place(i);
      return state_word ? NamesakeTownDominates(p, other) : NamesakeTownDominates(other, p);
    });
  }

  // Two or three capitals ("EU", "CHU"): an acronym, never a town whose name only
  // folds to it (Eu, France); countries and states keep theirs ("US", "UAE").
  static bool IsShortAcronym(std::string_view name) {
    return name.size() >= 2 && name.size() <= kMaxAcronymLetters &&
           std::all_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  }

  // Resolves every mention; with `neighbours`, the document's other place names
  // count (NeighbourSupport).
  std::vector<Geocode> ResolveAll(bool neighbours) const {
    std::vector<Geocode> out(mentions_.size());
    for (size_t m = 0; m < mentions_.size(); ++m) {
      const MentionFacts& facts = facts_[m];
      for (uint32_t i : facts.candidates) {
        const float score = Score(gazetteer_.place(i), facts, neighbours);
        if (out[m].place == Geocode::kNone || score > out[m].score) {
          out[m] = Geocode{static_cast<int32_t>(i), score};
        }
      }
    }
    return out;
  }

  const Gazetteer& gazetteer_;
  std::string_view text_;
  std::span<const Span> mentions_;
  PlaceEvidence evidence_;
  PlaceEvidence states_;           // the states and provinces the document names, by "CC.code"
  PlaceEvidence named_countries_;  // the countries the document names, weight 1 a mention
  const OutletHome* home_ = nullptr;  // the outlet's home, when it has enough places
  std::vector<NameChoice> names_;
  std::vector<MentionFacts> facts_;  // per mention (Facts), made once in Run
};

// Country domains mostly used as generic ones: no evidence of the outlet's country.
constexpr std::string_view kGenericCountryDomains[] = {"ai", "cc", "co", "fm", "gg", "io",
                                                       "me", "tv", "ws", "ly", "to", "eu"};

}  // namespace

std::string OutletCountry(std::string_view url) {
  if (!url.starts_with("http://") && !url.starts_with("https://")) return "";
  std::string host = UrlHost(url);
  if (host.ends_with('.')) host.pop_back();
  const size_t dot = host.rfind('.');
  if (dot == std::string::npos || host.size() - dot != 3) return "";
  const std::string tld = host.substr(dot + 1);
  if (!std::all_of(tld.begin(), tld.end(), [](char c) { return c >= 'a' && c <= 'z'; }) ||
      std::find(std::begin(kGenericCountryDomains), std::end(kGenericCountryDomains), tld) !=
          std::end(kGenericCountryDomains)) {
    return "";
  }
  if (tld == "uk") return "GB";
  return {char(tld[0] - 'a' + 'A'), char(tld[1] - 'a' + 'A')};
}

double DistanceKm(float lat1, float lon1, float lat2, float lon2) {
  constexpr double kEarthRadiusKm = 6371.0;
  constexpr double kRad = M_PI / 180.0;
  const double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  const double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) *
                       std::sin(dlon / 2);
  return 2 * kEarthRadiusKm * std::asin(std::sqrt(std::min(1.0, a)));
}

std::vector<Geocode> Geocoder::Resolve(std::string_view text, std::span<const Span> mentions,
                                       const GeocodeContext& context) const {
  return Resolver(*gazetteer_, text, mentions).Run(context);
}

}  // namespace lede
