#include "knowledge/entities.h"

#include <algorithm>
#include <cctype>

#include "knowledge/roles.h"
#include "knowledge/word_case.h"
#include "util/lines.h"
#include "util/url.h"
#include "util/text_fold.h"

namespace lede {
namespace {

// Titles stripped from names into roles ("King Mohammed VI", "Mr. Smith").
constexpr std::string_view kTitles[] = {
    "king", "queen", "prince", "princess", "president", "minister", "chancellor", "premier",
    "governor", "gov.", "senator", "sen.", "rep.", "representative", "mayor", "general", "gen.",
    "colonel", "col.", "lt.", "captain", "capt.", "admiral", "sheikh", "emir", "pope", "cardinal",
    "bishop", "rabbi", "imam", "judge", "justice", "mr.", "mrs.", "ms.", "dr.", "prof.",
    "professor", "sir", "lord", "lady", "secretary", "ambassador", "commissioner", "chairman",
    "director", "spokesman", "spokeswoman", "chief", "sultan", "ayatollah", "dame", "mr", "mrs",
    "dr", "ms"};
// Words after an organisation's name that are not part of it ("Islamic State group").
constexpr std::string_view kGenericOrgSuffixes[] = {"group", "organization", "organisation"};
// Words skipped when matching an acronym to its long form.
constexpr std::string_view kAcronymSkips[] = {"of", "the", "and", "for", "de", "la", "du", "&"};
constexpr uint32_t kMaxRoleTokens = 10;
// Head nouns of a description that stands for an organisation the text names
// ("the Moroccan anti-terrorism bureau" for the Central Bureau of Judicial
// Investigations).
constexpr std::string_view kOrganisationNouns[] = {
    "bureau", "agency", "ministry", "department", "office", "service", "police", "council",
    "committee", "commission", "court", "party", "army", "union", "bank", "company",
    "institute", "directorate", "authority", "administration", "university", "foundation"};
// Most words between "the" and a description's head noun.
constexpr uint32_t kMaxDescriptionModifiers = 3;
// Shortest name (letters and digits) matched against the outlet's host ("abc" of abc.net.au).
constexpr size_t kMinOutletNameBytes = 3;
// The words before a storm's name ("Hurricane Dorian", "Tropical Storm Imelda").
constexpr std::string_view kStormWords[] = {"Hurricane ", "Typhoon ", "Cyclone ", "Storm "};
// Offices that alone are no one's name (lower case; DropNonNames). Offices that are also
// names ("King", "Prince", "Queen", "Judge", "Bishop", "Dean") are not among them.
constexpr std::string_view kOfficesAlone[] = {
    "mayor",       "assemblyman",   "assemblywoman", "councilman", "councilwoman", "councillor",
    "congressman", "congresswoman", "senator",       "governor",   "president",    "premier",
    "chancellor",  "pope",          "minister",      "secretary",  "ambassador",   "commissioner",
    "spokesman",   "spokeswoman",   "sheriff",       "chairman",   "chairwoman"};
// Words that answer or open a spoken sentence (lower case; DropNonNames).
constexpr std::string_view kInterjections[] = {
    "yeah", "yes",   "yep", "no",   "nope", "okay",   "ok", "oh", "ah",  "hey",
    "hi",   "hello", "wow", "well", "sure", "thanks", "um", "uh", "hmm", "alright"};
// Names of God a tagger reads as a person's (RetypeByNameShape).
constexpr std::string_view kNamesOfGod[] = {"God", "Allah", "Yahweh", "Jehovah"};
// Last words of a place's name, never of a person's (RetypeByNameShape).
constexpr std::string_view kPlaceLastWords[] = {
    "Avenue",    "Boulevard", "Road",     "Street",      "Square",  "Airport", "Mosque",
    "Cathedral", "Synagogue", "Museum",   "Planetarium", "Stadium", "Arena",   "Harbour",
    "Harbor",    "Station",   "Island",   "Islands",     "Creek",   "Canyon",  "Valley",
    "River",     "Falls",     "Mountain", "Mountains"};
// First words of a place's name, never of a person's (RetypeByNameShape).
constexpr std::string_view kPlaceFirstWords[] = {"County", "Lake", "Mount",   "Fort",
                                                 "Port",   "Cape", "Downtown"};
// Last words of an organisation's name, never of a person's (RetypeByNameShape).
constexpr std::string_view kOrganisationLastWords[] = {
    "News",    "Club",       "Clubs",       "Paper",     "Institute", "University",  "College",
    "Academy", "Foundation", "Association", "Society",   "Company",   "Corporation", "Inc.",
    "Ltd",     "Ltd.",       "Council",     "Committee", "Party",     "Ministry",    "Agency"};
// First words of an organisation's name, never of a person's (RetypeByNameShape).
constexpr std::string_view kOrganisationFirstWords[] = {"Instituto", "Universidad", "Université",
                                                        "Universität", "Università"};
// First words of a title or a phrase, never of a person's name (RetypeByNameShape).
constexpr std::string_view kPossessives[] = {"My", "Our", "Your", "Their"};

// Token ranges [begin, end) of the document.
struct Range {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
};

// One mention after cleaning: the tokens it covers (titles and possessives
// excluded), the tokens of its name (generic words such as "group" excluded too),
// its type, the roles found around it.
struct Cleaned {
  Range span;
  Range name;
  EntityType type;
  std::vector<std::string> roles;
  std::vector<Range> title_ranges;  // where titles before the name are written
  int32_t cluster = -1;
  int32_t refers_to = -1;  // a description: the mention it stands for
};

class Resolver {
 public:
  Resolver(const Document& doc, const AliasTable* aliases)
      : doc_(doc), tokens_(doc.tokens()), aliases_(aliases) {
    std::string lower;
    for (const Token& t : tokens_) words_.push_back(AsciiLower(doc.norm(t), &lower));
  }

  std::vector<Entity> Run(std::span<const EntityMention> mentions) {
    for (const EntityMention& m : mentions) {
      const Range r = ToRange(m.span);
      if (r.size() > 0) cleaned_.push_back(Clean(r, m.type));
    }
    DropMentionsInsideTitles();
    AddAcronymMentions();
    AddDescriptionMentions();
    Cluster();
    JoinPersonsTypedAsPlaces();
    return BuildEntities();
  }

 private:
  bool IsCapitalised(uint32_t i) const {
    return tokens_[i].kind() == TokenKind::kWord &&
           (tokens_[i].has(kTokenTitle) || tokens_[i].has(kTokenUpper));
  }
  std::string_view Text(Range r) const {
    return doc_.text(Span{tokens_[r.begin].span.start, tokens_[r.end - 1].span.end});
  }
  Span ToSpan(Range r) const { return {tokens_[r.begin].span.start, tokens_[r.end - 1].span.end}; }

  // The tokens inside a byte span.
  Range ToRange(Span span) const {
    auto begin = std::lower_bound(tokens_.begin(), tokens_.end(), span.start,
                                  [](const Token& t, uint32_t at) { return t.span.end <= at; });
    auto end = begin;
    while (end != tokens_.end() && end->span.start < span.end) ++end;
    return {static_cast<uint32_t>(begin - tokens_.begin()),
            static_cast<uint32_t>(end - tokens_.begin())};
  }

  Cleaned Clean(Range r, EntityType type) const {
    Cleaned c{r, r, type, {}, {}};
    while (c.name.size() > 1 && tokens_[c.name.end - 1].has(kTokenClitic)) --c.name.end;
    if (type == EntityType::kPerson) {
      StripTitles(&c);
      StripPlaceOfTitle(&c);
    }
    c.span = c.name;
    if (type == EntityType::kOrganization && c.name.size() > 2 &&
        OneOf(words_[c.name.end - 1], kGenericOrgSuffixes)) {
      --c.name.end;
    }
    if (type == EntityType::kPerson) FindRoles(&c);
    return c;
  }

  // "King Mohammed VI" -> role "King"; "Interior Minister Juan Zoido" -> "Interior Minister".
  void StripTitles(Cleaned* c) const {
    for (uint32_t k = c->name.begin; k < c->name.end - 1 && k < c->name.begin + 3; ++k) {
      if (!OneOf(words_[k], kTitles)) continue;
      c->roles.emplace_back(Text({c->name.begin, k + 1}));
      c->name.begin = k + 1;
      k = c->name.begin - 1;
    }
  }

  // "Senator from Vermont Bernie Sanders", where the tagger's name takes in the place of
  // the title before it: the name is its last two words, "Senator from Vermont" a role.
  void StripPlaceOfTitle(Cleaned* c) const {
    const uint32_t begin = c->name.begin;
    if (begin < 2 || c->name.size() < 3 ||
        (words_[begin - 1] != "from" && words_[begin - 1] != "of") ||
        !OneOf(words_[begin - 2], kTitles)) {
      return;
    }
    c->name.begin = c->name.end - 2;
    c->roles.emplace_back(Text({begin - 2, c->name.begin}));
  }

  // Roles next to a person's name: "the Minister of Interior Juan Ignacio Zoido",
  // "El Khiam, the director of the BCIJ,", "The head of X, El Khiam,".
  void FindRoles(Cleaned* c) const {
    if (const Range title{TitleBefore(c->name.begin), c->name.begin}; title.size() > 0) {
      c->roles.emplace_back(Text(title));
      c->title_ranges.push_back(title);
    }
    for (Range role : {AppositiveAfter(c->name.end), AppositiveBefore(c->name.begin)}) {
      if (role.size() > 0) c->roles.emplace_back(Text(role));
    }
  }

  // A name inside a person's title is part of the title, not an entity of its own
  // ("Interior" in "the Minister of Interior Juan Ignacio Zoido"). Names in an
  // appositive role stay ("director of the Central Bureau of ...").
  void DropMentionsInsideTitles() {
    std::vector<Range> roles;
    for (const Cleaned& c : cleaned_) {
      roles.insert(roles.end(), c.title_ranges.begin(), c.title_ranges.end());
    }
    std::erase_if(cleaned_, [&](const Cleaned& c) {
      return c.type != EntityType::kPerson &&
             std::any_of(roles.begin(), roles.end(), [&](Range r) {
               return c.span.begin >= r.begin && c.span.end <= r.end;
             });
    });
  }

  // The first token of a title right before `name` ("Minister of Interior"), or name.
  uint32_t TitleBefore(uint32_t name) const {
    for (uint32_t k = name; k-- > 0 && name - k <= 5;) {
      if (OneOf(words_[k], kTitles) && IsCapitalised(k)) return k;
      if (!(IsCapitalised(k) || words_[k] == "of")) break;
    }
    return name;
  }

  // ", the director of the Central Bureau of Judicial Investigations (BCIJ),".
  Range AppositiveAfter(uint32_t end) const {
    if (end + 1 >= tokens_.size() || words_[end] != ",") return {};
    uint32_t i = end + 1;
    if (words_[i] == "the" || words_[i] == "a" || words_[i] == "an") ++i;
    if (i >= tokens_.size() || !OneOf(words_[i], kRoleNouns)) return {};
    const uint32_t begin = i;
    while (i < tokens_.size() && i - begin < kMaxRoleTokens && tokens_[i].kind() == TokenKind::kWord) ++i;
    return {begin, i};
  }

  // "The head of Morocco's anti-terrorism bureau, Abdelhak El Khiam".
  Range AppositiveBefore(uint32_t name) const {
    if (name < 2 || words_[name - 1] != ",") return {};
    const uint32_t end = name - 1;
    for (uint32_t k = end; k-- > 0 && end - k <= kMaxRoleTokens;) {
      if (words_[k] == "," || words_[k] == "." || tokens_[k].has(kTokenSentenceStart)) {
        uint32_t begin = words_[k] == "," || words_[k] == "." ? k + 1 : k;
        if (begin < end && (words_[begin] == "the" || words_[begin] == "a")) ++begin;
        return begin < end && OneOf(words_[begin], kRoleNouns) ? Range{begin, end} : Range{};
      }
    }
    return {};
  }

  // Acronyms defined as "Long Name (ACR)": every later "ACR" is a mention of Long Name.
  void AddAcronymMentions() {
    const size_t defined = cleaned_.size();
    for (size_t m = 0; m < defined; ++m) {
      const Cleaned& c = cleaned_[m];
      const uint32_t open = c.span.end;
      if (c.type != EntityType::kOrganization || open + 2 >= tokens_.size() ||
          words_[open] != "(" || words_[open + 2] != ")" ||
          !InitialsMatch(c.name, doc_.text(tokens_[open + 1].span))) {
        continue;
      }
      acronyms_.emplace(std::string(doc_.text(tokens_[open + 1].span)), m);
    }
    for (uint32_t i = 0; i < tokens_.size(); ++i) {
      auto it = acronyms_.find(std::string(doc_.text(tokens_[i].span)));
      if (it != acronyms_.end() && !Covered(i)) {
        cleaned_.push_back({{i, i + 1}, {i, i + 1}, EntityType::kOrganization, {}, {}});
      }
    }
  }

  // The acronym's letters are the initials of the name's words, in any order
  // (translated names keep the original's order: "Central Bureau of Judicial
  // Investigations (BCIJ)").
  bool InitialsMatch(Range name, std::string_view acronym) const {
    if (acronym.size() < 2 || acronym.size() > 10) return false;
    std::string initials;
    for (uint32_t i = name.begin; i < name.end; ++i) {
      if (!OneOf(words_[i], kAcronymSkips)) initials.push_back(words_[i][0]);
    }
    std::string letters;
    AsciiLower(acronym, &letters);
    std::sort(initials.begin(), initials.end());
    std::sort(letters.begin(), letters.end());
    return initials == letters;
  }

  // A definite description whose head noun is a word of exactly one organisation's
  // name is a mention of it: "the Moroccan anti-terrorism bureau" (or "Morocco's
  // anti-terrorism bureau") and the "Central Bureau of Judicial Investigations" in the
  // same text. The mention is the description without its determiner.
  void AddDescriptionMentions() {
    const size_t named = cleaned_.size();
    for (uint32_t i = 0; i + 1 < tokens_.size(); ++i) {
      const bool determiner = words_[i] == "the" || words_[i] == "'s" || words_[i] == "’s";
      if (!determiner) continue;
      uint32_t head = i + 1;
      while (head < tokens_.size() && head - i <= kMaxDescriptionModifiers &&
             tokens_[head].kind() == TokenKind::kWord && !OneOf(words_[head], kOrganisationNouns)) {
        ++head;
      }
      if (head >= tokens_.size() || !OneOf(words_[head], kOrganisationNouns) ||
          !tokens_[head].has(kTokenLower) || (head + 1 < tokens_.size() && words_[head + 1] == "of") ||
          Covered(head)) {
        continue;
      }
      const int32_t named_as = OnlyOrganisationNamedWith(words_[head], named);
      if (named_as < 0) continue;
      Cleaned description{{i + 1, head + 1}, {i + 1, head + 1}, EntityType::kOrganization, {}, {}};
      description.refers_to = named_as;
      cleaned_.push_back(description);
    }
  }

  // The first of cleaned_[0, named) that is an organisation with `word` capitalised in
  // its name, when every such mention names the same organisation; else -1.
  int32_t OnlyOrganisationNamedWith(std::string_view word, size_t named) const {
    int32_t found = -1;
    for (size_t m = 0; m < named; ++m) {
      const Cleaned& c = cleaned_[m];
      if (c.type != EntityType::kOrganization || c.name.size() < 2) continue;
      bool has = false;
      for (uint32_t k = c.name.begin; k < c.name.end && !has; ++k) {
        has = words_[k] == word && IsCapitalised(k);
      }
      if (!has) continue;
      if (found >= 0 && FoldForMatch(Text(c.name)) != FoldForMatch(Text(cleaned_[found].name))) {
        return -1;
      }
      if (found < 0) found = static_cast<int32_t>(m);
    }
    return found;
  }

  bool Covered(uint32_t token) const {
    for (const Cleaned& c : cleaned_) {
      if (token >= c.span.begin && token < c.span.end) return true;
    }
    return false;
  }

  // Longest mentions first, so that short forms join the full names before them.
  void Cluster() {
    std::vector<size_t> order(cleaned_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return cleaned_[a].name.size() > cleaned_[b].name.size();
    });
    for (size_t m : order) {
      Cleaned& c = cleaned_[m];
      c.cluster = FindCluster(c);
      if (c.cluster < 0) {
        c.cluster = static_cast<int32_t>(clusters_.size());
        clusters_.push_back({m});
      } else {
        clusters_[c.cluster].push_back(m);
      }
    }
  }

  // A one-word place name that is also, as a PERSON mention, the surname of a person
  // named in full ("Barack Obama ... Obama said ... after Obama was elected") is that
  // person: the tagger's type slips between mentions. The place's mentions join the
  // person's cluster.
  void JoinPersonsTypedAsPlaces() {
    for (std::vector<size_t>& place : clusters_) {
      const Cleaned& head = cleaned_[place[0]];
      if (head.type != EntityType::kLocation || head.name.size() != 1) continue;
      const int32_t person = PersonWithSurname(head.name);
      if (person < 0) continue;
      clusters_[person].insert(clusters_[person].end(), place.begin(), place.end());
      place.clear();
    }
    std::erase_if(clusters_, [](const std::vector<size_t>& c) { return c.empty(); });
  }

  // The cluster of a person named in full whose one-word PERSON mention is `surname`, or -1.
  int32_t PersonWithSurname(Range surname) const {
    for (size_t k = 0; k < clusters_.size(); ++k) {
      const std::vector<size_t>& members = clusters_[k];
      const Cleaned& head = cleaned_[members[0]];
      if (head.type != EntityType::kPerson || head.name.size() < 2 ||
          words_[head.name.end - 1] != words_[surname.begin]) {
        continue;
      }
      const bool surname_alone = std::any_of(members.begin(), members.end(), [&](size_t m) {
        return cleaned_[m].name.size() == 1 &&
               words_[cleaned_[m].name.begin] == words_[surname.begin];
      });
      if (surname_alone) return static_cast<int32_t>(k);
    }
    return -1;
  }

  int32_t FindCluster(const Cleaned& c) const {
    if (c.refers_to >= 0 && cleaned_[c.refers_to].cluster >= 0) return cleaned_[c.refers_to].cluster;
    const std::string key = FoldForMatch(Text(c.name));
    if (auto it = acronyms_.find(std::string(Text(c.name))); it != acronyms_.end()) {
      if (cleaned_[it->second].cluster >= 0) return cleaned_[it->second].cluster;
    }
    const int32_t group = aliases_ != nullptr ? aliases_->GroupOf(Text(c.name)) : -1;
    int32_t best = -1;
    for (size_t k = 0; k < clusters_.size(); ++k) {
      const Cleaned& head = cleaned_[clusters_[k][0]];
      if (head.type != c.type) continue;
      const bool same = FoldForMatch(Text(head.name)) == key ||
                        (group >= 0 && aliases_->GroupOf(Text(head.name)) == group) ||
                        (c.type == EntityType::kPerson && IsNameSuffix(c.name, head.name));
      if (same && (best < 0 || Nearer(c, k, best))) best = static_cast<int32_t>(k);
    }
    return best;
  }

  // "El Khiam" ends "Abdelhak El Khiam".
  bool IsNameSuffix(Range shorter, Range longer) const {
    if (shorter.size() >= longer.size()) return false;
    for (uint32_t i = 0; i < shorter.size(); ++i) {
      if (words_[shorter.end - 1 - i] != words_[longer.end - 1 - i]) return false;
    }
    return true;
  }

  // Whether cluster a has a mention nearer before c than cluster b does.
  bool Nearer(const Cleaned& c, size_t a, size_t b) const {
    auto last_before = [&](size_t k) {
      uint32_t last = 0;
      for (size_t m : clusters_[k]) {
        if (cleaned_[m].name.begin < c.name.begin) last = std::max(last, cleaned_[m].name.begin + 1);
      }
      return last;
    };
    return last_before(a) > last_before(b);
  }

  // The alias table's names for the entity that none of its mentions spells.
  std::vector<std::string> UnusedAliases(const Entity& e) const {
    std::vector<std::string> out;
    if (aliases_ == nullptr) return out;
    std::vector<std::string> used;
    int32_t group = -1;
    for (Span m : e.mentions) {
      used.push_back(FoldForMatch(doc_.text(m)));
      if (group < 0) group = aliases_->GroupOf(doc_.text(m));
    }
    for (const std::string& name : aliases_->NamesOf(group)) {
      if (out.size() == kMaxAliases) break;
      if (std::find(used.begin(), used.end(), FoldForMatch(name)) == used.end()) out.push_back(name);
    }
    return out;
  }

  std::vector<Entity> BuildEntities() const {
    std::vector<Entity> entities;
    for (const std::vector<size_t>& members : clusters_) {
      Entity e;
      e.type = cleaned_[members[0]].type;
      e.name = std::string(Text(cleaned_[members[0]].name));  // the longest
      for (size_t m : members) {
        e.mentions.push_back(ToSpan(cleaned_[m].span));
        for (const std::string& role : cleaned_[m].roles) {
          if (std::find(e.roles.begin(), e.roles.end(), role) == e.roles.end()) {
            e.roles.push_back(role);
          }
        }
      }
      std::sort(e.mentions.begin(), e.mentions.end(),
                [](Span a, Span b) { return a.start < b.start; });
      e.mentions.erase(std::unique(e.mentions.begin(), e.mentions.end()), e.mentions.end());
      e.aliases = UnusedAliases(e);
      entities.push_back(std::move(e));
    }
    std::sort(entities.begin(), entities.end(), [](const Entity& a, const Entity& b) {
      return a.mentions[0].start < b.mentions[0].start;
    });
    return entities;
  }

  const Document& doc_;
  const std::vector<Token>& tokens_;
  const AliasTable* aliases_;
  std::vector<std::string> words_;
  std::vector<Cleaned> cleaned_;
  std::unordered_map<std::string, size_t> acronyms_;  // acronym -> defining mention
  std::vector<std::vector<size_t>> clusters_;         // mention indexes, longest first
};

}  // namespace

Status AliasTable::Load(const std::string& path, std::unique_ptr<AliasTable>* out) {
  std::unique_ptr<AliasTable> table(new AliasTable);
  Status s = ForEachLine(path, [&](std::string_view line, uint64_t n) {
    std::vector<std::string_view> f = SplitFields(line, '\t');
    int32_t group = 0;
    if (f.size() != 2 || f[0].empty() ||
        !std::all_of(f[0].begin(), f[0].end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
      return Status::Corruption(path + " line " + std::to_string(n) + ": malformed alias");
    }
    group = std::stoi(std::string(f[0]));
    table->groups_.emplace(FoldForMatch(f[1]), group);  // the first group a name is in wins
    table->names_[group].emplace_back(f[1]);
    return Status::OK();
  });
  if (s.ok()) *out = std::move(table);
  return s;
}

int32_t AliasTable::GroupOf(std::string_view name) const {
  auto it = groups_.find(FoldForMatch(name));
  return it == groups_.end() ? -1 : it->second;
}

std::span<const std::string> AliasTable::NamesOf(int32_t group) const {
  auto it = names_.find(group);
  return it == names_.end() ? std::span<const std::string>() : it->second;
}

std::vector<Entity> ResolveEntities(const Document& doc, std::span<const EntityMention> mentions,
                                    const AliasTable* aliases) {
  return Resolver(doc, aliases).Run(mentions);
}

namespace {

// Whether mention m names a known organisation, with or without the "The" before it
// ("according to The Guardian", where the tagger's name is "Guardian").
bool NamesKnownOrganisation(const Document& doc, const NameSet& organisations, Span m) {
  if (organisations.Contains(doc.text(m))) return true;
  const std::string_view before = doc.text().substr(0, m.start);
  return (before.ends_with("The ") || before.ends_with("the ")) &&
         organisations.Contains("The " + std::string(doc.text(m)));
}

// The letters and digits of `name`, folded: "The Guardian" -> "theguardian".
std::string Squeezed(std::string_view name) {
  std::string out;
  for (char c : FoldForMatch(name)) {
    if (std::isalnum(static_cast<unsigned char>(c))) out.push_back(c);
  }
  return out;
}

// What the outlet publishing `article` is called, squeezed: its site name, and each label
// of its URL's host but the last ("wikinews" of en.wikinews.org).
std::vector<std::string> OutletKeys(const Article& article) {
  std::vector<std::string> keys;
  if (!article.site_name.empty()) keys.push_back(Squeezed(article.site_name));
  const std::string host = UrlHost(article.url.empty() ? article.canonical_url : article.url);
  std::vector<std::string_view> labels = SplitFields(host, '.');
  if (!labels.empty()) labels.pop_back();
  keys.insert(keys.end(), labels.begin(), labels.end());
  return keys;
}

// Whether `name` is one of the outlet's `keys`, with or without "the" ("Guardian" on
// theguardian.com).
bool NamesTheOutlet(std::string_view name, const std::vector<std::string>& keys) {
  const std::string key = Squeezed(name);
  if (key.size() < kMinOutletNameBytes) return false;
  return std::any_of(keys.begin(), keys.end(),
                     [&](const std::string& k) { return k == key || k == "the" + key; });
}

}  // namespace

void RetypeKnownOrganisations(const Document& doc, const NameSet& organisations,
                              std::vector<Entity>* entities) {
  const std::vector<std::string> outlet = OutletKeys(doc.article());
  for (Entity& e : *entities) {
    const bool known = e.type == EntityType::kPerson && e.roles.empty() &&
                       std::all_of(e.mentions.begin(), e.mentions.end(), [&](Span m) {
                         return NamesKnownOrganisation(doc, organisations, m);
                       });
    const bool names_outlet = (e.type == EntityType::kPerson || e.type == EntityType::kMisc) &&
                              NamesTheOutlet(e.name, outlet);
    if (known || names_outlet) e.type = EntityType::kOrganization;
  }
}

void RetypeStormNames(const Document& doc, std::vector<Entity>* entities) {
  for (Entity& e : *entities) {
    if (e.type != EntityType::kPerson || e.name.find(' ') != std::string::npos) continue;
    const bool storm = std::any_of(e.mentions.begin(), e.mentions.end(), [&](Span m) {
      const std::string_view before = doc.text().substr(0, m.start);
      return std::any_of(std::begin(kStormWords), std::end(kStormWords),
                         [&](std::string_view word) { return before.ends_with(word); });
    });
    if (storm) e.type = EntityType::kMisc;
  }
}

void DropNonNames(std::vector<Entity>* entities) {
  std::string lower;
  std::erase_if(*entities, [&](const Entity& e) {
    if ((e.type != EntityType::kPerson && e.type != EntityType::kMisc) ||
        e.name.find(' ') != std::string::npos) {
      return false;
    }
    AsciiLower(e.name, &lower);
    return OneOf(lower, kInterjections) ||
           (e.type == EntityType::kPerson && OneOf(lower, kOfficesAlone));
  });
}

void RetypeByNameShape(std::vector<Entity>* entities) {
  for (Entity& e : *entities) {
    if (e.type == EntityType::kPerson && OneOf(e.name, kNamesOfGod)) {
      e.type = EntityType::kMisc;
      continue;
    }
    const size_t first_space = e.name.find(' '), last_space = e.name.rfind(' ');
    if (e.type != EntityType::kPerson || !e.roles.empty() || first_space == std::string::npos) {
      continue;
    }
    const std::string_view name = e.name;
    const std::string_view first = name.substr(0, first_space), last = name.substr(last_space + 1);
    if (OneOf(last, kPlaceLastWords) || OneOf(first, kPlaceFirstWords)) {
      e.type = EntityType::kLocation;
    } else if (OneOf(last, kOrganisationLastWords) || OneOf(first, kOrganisationFirstWords)) {
      e.type = EntityType::kOrganization;
    } else if (OneOf(first, kPossessives)) {
      e.type = EntityType::kMisc;
    }
  }
}

}  // namespace lede
