#include "knowledge/events.h"

#include <algorithm>
#include <cctype>
#include <span>

#include "knowledge/dates_relative.h"
#include "knowledge/word_case.h"
#include "util/lines.h"

namespace lede {
namespace {

// A noun or verb phrase slot filled from the clause: an entity and/or its text.
struct Filler {
  int32_t entity = Event::kNone;
  Span span;
  bool empty() const { return span.size() == 0; }
};

// Longest phrase taken as an actor or target without an entity, in tokens.
constexpr uint32_t kMaxPhraseTokens = 6;
// How far after a passive verb "by" is looked for, in tokens.
constexpr uint32_t kByWindow = 8;

constexpr std::string_view kAuxiliaries[] = {
    "have", "has", "had", "will", "would", "'d", "could", "should", "may", "might", "must", "can",
    "did", "does", "do", "not", "n't", "also", "already", "then", "now", "just"};
// Auxiliaries that make a verb hypothetical or negated ("would disagree", "did not
// attack"): no event happened.
constexpr std::string_view kUnrealAuxiliaries[] = {"would", "'d", "could", "might", "may", "should",
                                                   "not", "n't"};
// Words that open a conditional clause ("if a conspiracy of publishers says", "until the
// House votes to authorize an inquiry"): what follows in the clause did not happen.
constexpr std::string_view kConditionals[] = {"if", "unless", "until", "whether"};
// A reporting verb after one of kConversationOpeners and one of kConversationSubjects is
// conversation, not a reported statement ("as I said earlier", "when I tell stories";
// "I say brains matter" stays one).
constexpr std::string_view kConversationOpeners[] = {"as", "when", "whenever"};
constexpr std::string_view kConversationSubjects[] = {"i", "you", "we"};
// Words that make injuries and explosions an accident, not an attack, in the trigger's
// sentence or the headline ("injured in a bus accident", "At least 107 killed in Mecca
// crane collapse", "Bus carrying children overturns").
constexpr std::string_view kAccidentWords[] = {
    "accident", "accidents", "accidental", "accidentally", "crash", "crashed", "collision",
    "collided", "collapse", "collapsed", "pileup", "derailed", "derailment", "malfunction",
    "overturned", "overturns"};
// Triggers with other everyday senses, and the words one of which their sentence must
// hold for the event sense ("primary" of a star, a school or a colour is no election).
struct SenseContext {
  std::string_view trigger;
  std::span<const std::string_view> needs;
};
constexpr std::string_view kElectionWords[] = {
    "election", "elections", "vote", "votes", "voters", "voting", "ballot", "ballots",
    "candidate", "candidates", "caucus", "caucuses", "nomination", "democratic",
    "republican", "party", "polls", "campaign", "delegates"};
constexpr SenseContext kSenseContexts[] = {{"primary", kElectionWords},
                                           {"primaries", kElectionWords}};
constexpr std::string_view kBe[] = {"is", "are", "was", "were", "be", "been", "being", "'s"};
constexpr std::string_view kDeterminers[] = {
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her",
    "our", "my", "your", "recent", "latest", "new", "last", "first", "further", "any", "no"};
constexpr std::string_view kRelativePronouns[] = {"who", "that", "which"};
constexpr std::string_view kPersonalPronouns[] = {"he", "she"};
// Words that end a noun phrase (prepositions, conjunctions, verbs of being).
constexpr std::string_view kBoundaries[] = {
    "in", "at", "on", "from", "to", "by", "with", "for", "during", "after", "before", "since",
    "and", "or", "but", "of", "who", "that", "which", "whom", "while", "as", "than", "into",
    "against", "over", "under", "near", "among", "between", "is", "are", "was", "were", "have",
    "has", "had", "said", "says", "according", "when", "where", "if", "because", "about"};
// Prepositions between a verb and its object ("met with", "cracked down on").
constexpr std::string_view kObjectPrepositions[] = {"with", "on", "against", "upon", "into"};
// Prepositions that introduce a noun trigger's target ("attack on", "visit to").
constexpr std::string_view kNounTargetPrepositions[] = {"on", "against", "of", "to", "with"};
// Words after a noun-or-verb trigger that make it a noun ("attacks in Barcelona").
constexpr std::string_view kAfterNouns[] = {"in", "on", "against", "of", "by", "at", "near"};
// Types whose verb object is what was said, not a target ("said Tuesday", "stated that").
constexpr std::string_view kUntargetedTypes[] = {"STATEMENT"};
// Types whose bare noun's clause subject is a party ("X held talks", "X gave aid");
// other nouns name events the subject only reports or judges ("X condemned attacks").
constexpr std::string_view kClauseActorTypes[] = {"COOPERATE", "MEET", "VISIT", "AID"};
constexpr std::string_view kLocativePrepositions[] = {"in", "at", "near", "outside", "across",
                                                      "inside", "from"};

bool IsAdverb(std::string_view lower) { return lower.size() > 4 && lower.ends_with("ly"); }

}  // namespace

// Finds the events of one document, sentence by sentence.
class EventScanner {
 public:
  EventScanner(const EventFinder& finder, const Document& doc, const std::vector<Entity>& entities,
               std::string_view published, std::string_view dateline,
               std::span<const Gender> genders)
      : finder_(finder),
        doc_(doc),
        entities_(entities),
        published_(published),
        lower_(doc.tokens().size()),
        entity_at_(doc.tokens().size(), Event::kNone) {
    std::string buffer;
    for (size_t i = 0; i < lower_.size(); ++i) lower_[i] = AsciiLower(doc.norm(doc.tokens()[i]), &buffer);
    IndexMentions();
    for (Gender pronoun : {Gender::kFemale, Gender::kMale}) IndexLastPersons(pronoun, genders);
    dateline_ = DatelineEntity(dateline);
    accident_headline_ = HeadlineHasAny(kAccidentWords);
  }

  std::vector<Event> Scan() {
    std::vector<Event> events;
    for (const Sentence& s : doc_.sentences()) ScanSentence(s, &events);
    return events;
  }

 private:
  void IndexMentions() {
    const std::vector<Token>& tokens = doc_.tokens();
    for (size_t e = 0; e < entities_.size(); ++e) {
      for (Span m : entities_[e].mentions) {
        auto it = std::lower_bound(tokens.begin(), tokens.end(), m.start,
                                   [](const Token& t, uint32_t at) { return t.span.start < at; });
        for (; it != tokens.end() && it->span.end <= m.end; ++it) {
          entity_at_[it - tokens.begin()] = static_cast<int32_t>(e);
        }
      }
    }
  }

  int32_t DatelineEntity(std::string_view dateline) const {
    if (dateline.empty()) return Event::kNone;
    std::string want, name;
    AsciiLower(dateline, &want);
    for (size_t e = 0; e < entities_.size(); ++e) {
      if (entities_[e].type == EntityType::kLocation && AsciiLower(entities_[e].name, &name) == want) {
        return static_cast<int32_t>(e);
      }
    }
    return Event::kNone;
  }

  void ScanSentence(const Sentence& s, std::vector<Event>* events) {
    begin_ = s.token_begin;
    end_ = s.token_end;
    all_caps_ = (s.flags & kSentenceAllCaps) != 0;
    std::vector<DateMention> dates = FindDates(doc_, begin_, end_, published_);
    if (IsQuestion()) return;
    std::vector<int16_t> seen;
    for (uint32_t i = begin_; i < end_; ++i) {
      auto it = finder_.triggers_.find(lower_[i]);
      if (it == finder_.triggers_.end() || entity_at_[i] != Event::kNone || IsName(i) ||
          InConditionalClause(i)) {
        continue;
      }
      Event event;
      const int16_t type = Classify(i, it->second, &event);
      if (type < 0 || !SenseFits(i, finder_.types_[type]) ||
          std::find(seen.begin(), seen.end(), type) != seen.end()) {
        continue;
      }
      seen.push_back(type);
      event.type = finder_.types_[type];
      event.trigger = doc_.tokens()[i].span;
      event.sentence = s.span;
      event.location = Location(i, event.target);
      if (!dates.empty()) event.date = dates.front().iso;
      events->push_back(std::move(event));
    }
  }

  // Whether the article's headline holds one of `words` (lower-case).
  bool HeadlineHasAny(std::span<const std::string_view> words) const {
    std::string word;
    for (char c : doc_.article().title + ' ') {
      if (std::isalpha(static_cast<unsigned char>(c))) {
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        continue;
      }
      if (std::find(words.begin(), words.end(), word) != words.end()) return true;
      word.clear();
    }
    return false;
  }

  // Whether the sentence holds one of `words`.
  bool SentenceHas(std::span<const std::string_view> words) const {
    for (uint32_t k = begin_; k < end_; ++k) {
      if (std::find(words.begin(), words.end(), lower_[k]) != words.end()) return true;
    }
    return false;
  }

  // Whether the trigger at token i is used in its event sense: no ATTACK in an
  // accident, and a trigger of kSenseContexts only beside one of its words.
  bool SenseFits(uint32_t i, std::string_view type) const {
    if (type == "ATTACK" && (SentenceHas(kAccidentWords) || accident_headline_)) return false;
    for (const SenseContext& c : kSenseContexts) {
      if (lower_[i] == c.trigger && !SentenceHas(c.needs)) return false;
    }
    return true;
  }

  // A conditional word before token i in its clause (no comma, semicolon, colon or
  // quotation mark between).
  bool InConditionalClause(uint32_t i) const {
    for (uint32_t k = i; k-- > begin_;) {
      if (lower_[k] == "," || lower_[k] == ";" || lower_[k] == ":" ||
          doc_.tokens()[k].has(kTokenQuote)) {
        return false;
      }
      if (OneOf(lower_[k], kConditionals)) return true;
    }
    return false;
  }

  // Questions ask, they do not report ("Why do I say ...?").
  bool IsQuestion() const {
    for (uint32_t k = end_; k-- > begin_;) {
      if (doc_.tokens()[k].kind() != TokenKind::kPunct) return false;
      if (lower_[k] == "?") return true;
    }
    return false;
  }

  // A capitalised word inside a sentence (not all in capitals) is part of a name the
  // tagger may have missed ("Associated Press", "Nobel Peace Prize", "March" the month).
  bool IsName(uint32_t i) const {
    const Token& t = doc_.tokens()[i];
    return (t.has(kTokenTitle) || t.has(kTokenUpper)) && !t.has(kTokenSentenceStart) &&
           !all_caps_;
  }

  // Decides whether token i is a noun or a verb trigger and fills actor and target.
  // Returns the type index, or -1 when the word is no event here.
  int16_t Classify(uint32_t i, const EventFinder::Trigger& t, Event* event) const {
    const std::string_view prev = i > begin_ ? std::string_view(lower_[i - 1]) : "";
    const bool followed_by_noun_cue =
        i + 1 >= end_ || doc_.tokens()[i + 1].kind() == TokenKind::kPunct ||
        OneOf(lower_[i + 1], kAfterNouns);
    const bool noun_context = OneOf(prev, kDeterminers) || followed_by_noun_cue ||
                              (i > begin_ && doc_.tokens()[i - 1].has(kTokenClitic)) ||
                              t.verb_type < 0;
    if (t.noun_type >= 0 && noun_context) {
      NounRoles(i, t.noun_type, event);
      return t.noun_type;
    }
    if (t.verb_type < 0) return -1;
    const uint32_t before = SkipBack(i, kAuxiliaries);
    for (uint32_t k = before; k < i; ++k) {
      if (OneOf(lower_[k], kUnrealAuxiliaries)) return -1;  // "would disagree", "did not attack"
    }
    const std::string_view aux = before > begin_ ? std::string_view(lower_[before - 1]) : "";
    if (aux == "to") return -1;  // an intention ("to meet"), not an event
    if (OneOf(finder_.types_[t.verb_type], kUntargetedTypes) && OneOf(aux, kConversationSubjects) &&
        before - 1 > begin_ && OneOf(lower_[before - 2], kConversationOpeners)) {
      return -1;  // "as I said", "when I tell stories"
    }
    const bool after_be = OneOf(aux, kBe);
    if ((t.verb_pos & EventFinder::kPast) && after_be) {
      PassiveRoles(i, SkipBack(before - 1, kAuxiliaries), event);
      return t.verb_type;
    }
    if ((t.verb_pos & EventFinder::kGerund) && !after_be) return -1;  // "pointing to"
    Assign(Before(after_be ? before - 1 : before), &event->actor, &event->actor_span);
    if (OneOf(finder_.types_[t.verb_type], kUntargetedTypes)) return t.verb_type;
    uint32_t object = i + 1;
    if (object < end_ && OneOf(lower_[object], kObjectPrepositions)) ++object;
    Assign(After(object), &event->target, &event->target_span);
    return t.verb_type;
  }

  // "were arrested by police": the subject is the target, "by" names the actor.
  void PassiveRoles(uint32_t i, uint32_t subject_end, Event* event) const {
    Assign(Before(subject_end), &event->target, &event->target_span);
    for (uint32_t k = i + 1; k < end_ && k <= i + kByWindow; ++k) {
      if (doc_.tokens()[k].kind() == TokenKind::kPunct) break;
      if (lower_[k] == "by") {
        Assign(After(k + 1), &event->actor, &event->actor_span);
        break;
      }
    }
  }

  // "Zoido's visit to Morocco", "the arrest of 85 recruits by police", "security
  // coordination with Spain" (actor: the clause's person or organisation).
  void NounRoles(uint32_t i, int16_t type, Event* event) const {
    if (i >= begin_ + 2 && doc_.tokens()[i - 1].has(kTokenClitic)) {
      Assign(Before(i - 1), &event->actor, &event->actor_span);
    }
    if (i + 1 < end_ && OneOf(lower_[i + 1], kNounTargetPrepositions)) {
      Assign(After(i + 2), &event->target, &event->target_span);
    }
    const uint32_t by = event->target_span.size() ? NextAfter(i) : i + 1;
    if (event->actor_span.size() == 0 && by < end_ && lower_[by] == "by") {
      Assign(After(by + 1), &event->actor, &event->actor_span);
    }
    const bool bare = i == begin_ || !OneOf(lower_[i - 1], kDeterminers);
    if (event->actor_span.size() == 0 && bare && OneOf(finder_.types_[type], kClauseActorTypes)) {
      ClauseActor(i, event);
    }
  }

  // The token after the phrase that follows token i's preposition ("arrest of X by").
  uint32_t NextAfter(uint32_t i) const {
    uint32_t k = i + 2;
    while (k < end_ && (IsPhraseWord(k) || entity_at_[k] != Event::kNone ||
                        OneOf(lower_[k], kDeterminers))) {
      ++k;
    }
    return k;
  }

  // The last person or organisation named in the clause before token i.
  void ClauseActor(uint32_t i, Event* event) const {
    for (uint32_t k = i; k-- > begin_;) {
      if (doc_.tokens()[k].kind() == TokenKind::kPunct) return;
      const int32_t e = entity_at_[k];
      if (e != Event::kNone && entities_[e].type != EntityType::kLocation) {
        Assign(MentionAt(k), &event->actor, &event->actor_span);
        return;
      }
    }
  }

  // Steps back over words in `list` and adverbs from token i (exclusive); returns the
  // index after the last token kept (the phrase ends before it).
  template <size_t N>
  uint32_t SkipBack(uint32_t i, const std::string_view (&list)[N]) const {
    while (i > begin_ && (OneOf(lower_[i - 1], list) || IsAdverb(lower_[i - 1]))) --i;
    return i;
  }

  // The phrase that ends just before token `end`: an entity mention, an appositive's
  // head ("El Khiam, the director of the BCIJ, said"), a relative clause's antecedent,
  // a pronoun's referent or a short noun phrase.
  Filler Before(uint32_t end) const {
    while (end > begin_ && OneOf(lower_[end - 1], kRelativePronouns)) {
      --end;
      if (end > begin_ && lower_[end - 1] == ",") --end;
    }
    if (end <= begin_) return {};
    const uint32_t j = end - 1;
    if (lower_[j] == ",") return Appositive(j);
    if (entity_at_[j] != Event::kNone) return MentionAt(j);
    if (OneOf(lower_[j], kPersonalPronouns)) return Referent(j);
    if (OneOf(lower_[j], kDeterminers)) return {};  // "observing the helped": no noun
    uint32_t k = j + 1;
    while (k > begin_ && j + 1 - (k - 1) <= kMaxPhraseTokens && IsPhraseWord(k - 1)) --k;
    // Leading determiners and -ing forms ("using the new version") are not the subject's.
    while (k <= j && (OneOf(lower_[k], kDeterminers) || lower_[k].ends_with("ing"))) ++k;
    if (k > j) return {};
    return {Event::kNone, {doc_.tokens()[k].span.start, doc_.tokens()[j].span.end}};
  }

  // "X, apposition," before the verb: the entity that ends before the opening comma.
  Filler Appositive(uint32_t comma) const {
    for (uint32_t k = comma; k-- > begin_ + 1;) {
      if (lower_[k] == "," && entity_at_[k - 1] != Event::kNone) return MentionAt(k - 1);
    }
    return {};
  }

  // The phrase that starts at token `start`: an entity mention or a short noun phrase.
  Filler After(uint32_t start) const {
    uint32_t k = start;
    while (k < end_ && OneOf(lower_[k], kDeterminers)) ++k;
    if (k >= end_) return {};
    if (entity_at_[k] != Event::kNone) return MentionAt(k);
    uint32_t j = k;
    while (j < end_ && j - k < kMaxPhraseTokens && IsPhraseWord(j)) {
      if (entity_at_[j] != Event::kNone) break;
      ++j;
    }
    if (j == k) return {};
    return {Event::kNone, {doc_.tokens()[k].span.start, doc_.tokens()[j - 1].span.end}};
  }

  bool IsPhraseWord(uint32_t k) const {
    const TokenKind kind = doc_.tokens()[k].kind();
    return (kind == TokenKind::kWord || kind == TokenKind::kNumber) &&
           !doc_.tokens()[k].has(kTokenClitic) && !OneOf(lower_[k], kBoundaries) &&
           !finder_.triggers_.contains(lower_[k]);
  }

  // The whole entity mention that token k belongs to.
  Filler MentionAt(uint32_t k) const {
    const int32_t e = entity_at_[k];
    const uint32_t at = doc_.tokens()[k].span.start;
    for (Span m : entities_[e].mentions) {
      if (m.start <= at && at < m.end) return {e, m};
    }
    return {};
  }

  // "he"/"she" at token k: the closest person mentioned before it whose gender agrees.
  Filler Referent(uint32_t k) const {
    const int32_t at = LastPersons(PronounGender(lower_[k]))[k];
    return at == Event::kNone ? Filler{} : MentionAt(static_cast<uint32_t>(at));
  }

  // Per token, the last token before it that mentions a person a pronoun of gender
  // `pronoun` may stand for (Agrees; `genders` empty: any person).
  void IndexLastPersons(Gender pronoun, std::span<const Gender> genders) {
    std::vector<int32_t>& last = LastPersons(pronoun);
    last.assign(lower_.size(), Event::kNone);
    for (size_t k = 1; k < last.size(); ++k) {
      const int32_t e = entity_at_[k - 1];
      const bool person = e != Event::kNone && entities_[e].type == EntityType::kPerson &&
                          (genders.empty() || Agrees(genders[e], pronoun));
      last[k] = person ? static_cast<int32_t>(k - 1) : last[k - 1];
    }
  }
  std::vector<int32_t>& LastPersons(Gender pronoun) {
    return pronoun == Gender::kFemale ? last_female_ : last_male_;
  }
  const std::vector<int32_t>& LastPersons(Gender pronoun) const {
    return pronoun == Gender::kFemale ? last_female_ : last_male_;
  }

  static void Assign(const Filler& f, int32_t* entity, Span* span) {
    if (f.empty()) return;
    *entity = f.entity;
    *span = f.span;
  }

  // The LOCATION entity after a locative preposition nearest to the trigger, else a
  // LOCATION target, else any LOCATION in the sentence, else the dateline's.
  int32_t Location(uint32_t trigger, int32_t target) const {
    int32_t best = Event::kNone, any = Event::kNone;
    uint32_t best_distance = UINT32_MAX;
    for (uint32_t k = begin_; k < end_; ++k) {
      const int32_t e = entity_at_[k];
      if (e == Event::kNone || entities_[e].type != EntityType::kLocation) continue;
      if (any == Event::kNone) any = e;
      const uint32_t distance = k > trigger ? k - trigger : trigger - k;
      if (k > begin_ && OneOf(lower_[k - 1], kLocativePrepositions) && distance < best_distance) {
        best = e;
        best_distance = distance;
      }
    }
    if (best != Event::kNone) return best;
    if (target != Event::kNone && entities_[target].type == EntityType::kLocation) return target;
    return any != Event::kNone ? any : dateline_;
  }

  const EventFinder& finder_;
  const Document& doc_;
  const std::vector<Entity>& entities_;
  const std::string_view published_;
  std::vector<std::string> lower_;  // per token: its normalised form, lower-cased
  std::vector<int32_t> entity_at_;  // per token: the entity it is a mention of, or kNone
  // Per token: the last person-mention token before it that "she" (last_female_) or
  // "he" (last_male_) may stand for (IndexLastPersons).
  std::vector<int32_t> last_female_;
  std::vector<int32_t> last_male_;
  int32_t dateline_ = Event::kNone;
  bool accident_headline_ = false;  // the headline holds one of kAccidentWords
  uint32_t begin_ = 0, end_ = 0;  // the current sentence's tokens
  bool all_caps_ = false;         // the current sentence is written in capitals
};

Status EventFinder::Load(const std::string& path, std::unique_ptr<EventFinder>* out) {
  std::unique_ptr<EventFinder> finder(new EventFinder);
  Status s = ForEachLine(path, [&](std::string_view line, uint64_t n) {
    if (line.empty() || line[0] == '#') return Status::OK();
    std::vector<std::string_view> f = SplitFields(line, '\t');
    Status added = f.size() == 3 ? finder->Add(f[0], f[1], f[2]) : Status::Corruption("3 fields");
    if (!added.ok()) {
      return Status::Corruption(path + " line " + std::to_string(n) + ": malformed trigger (" +
                                added.message() + ")");
    }
    return Status::OK();
  });
  if (s.ok()) *out = std::move(finder);
  return s;
}

Status EventFinder::Add(std::string_view form, std::string_view type, std::string_view pos) {
  if (form.empty() || type.empty()) return Status::Corruption("empty form or type");
  auto known = std::find(types_.begin(), types_.end(), type);
  const int16_t id = static_cast<int16_t>(known - types_.begin());
  if (known == types_.end()) types_.emplace_back(type);
  std::string lower;
  Trigger& t = triggers_[AsciiLower(form, &lower)];
  if (pos == "N") {
    t.noun_type = id;
    return Status::OK();
  }
  const uint8_t bit = pos == "V" ? kVerb : pos == "G" ? kGerund : pos == "D" ? kPast : 0;
  if (bit == 0) return Status::Corruption("part of speech must be V, G, D or N");
  t.verb_type = id;
  t.verb_pos |= bit;
  return Status::OK();
}

std::vector<Event> EventFinder::Find(const Document& doc, const std::vector<Entity>& entities,
                                     std::string_view published, std::string_view dateline,
                                     std::span<const Gender> genders) const {
  return EventScanner(*this, doc, entities, published, dateline, genders).Scan();
}

}  // namespace lede
