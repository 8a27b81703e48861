#include "knowledge/events.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "knowledge/testing.h"

namespace lede {
namespace {

using namespace testing_util;

constexpr EntityType kPer = EntityType::kPerson;
constexpr EntityType kOrg = EntityType::kOrganization;
constexpr EntityType kLoc = EntityType::kLocation;

// An event with its fields as text, for comparisons.
struct Seen {
  std::string type, actor, target, location, date, trigger;
};

struct Found {
  std::unique_ptr<Document> doc;
  std::vector<Entity> entities;
  std::vector<Seen> events;
};

Found EventsIn(std::string text, const std::vector<Tagged>& names, std::string_view published,
               std::string_view dateline = "") {
  Found f;
  f.doc = MakeDocument(std::move(text));
  f.entities = ResolveEntities(*f.doc, Mentions(f.doc->text(), names), nullptr);
  std::vector<Gender> genders;
  for (const Entity& e : f.entities) {
    genders.push_back(PersonGender(e, &Shipped<GivenNames>("lexicons/given-names.tsv")));
  }
  for (const Event& e : Shipped<EventFinder>("lexicons/event-triggers.tsv")
                            .Find(*f.doc, f.entities, published, dateline, genders)) {
    auto name = [&](int32_t entity, Span span) {
      if (entity != Event::kNone) return f.entities[entity].name;
      return std::string(f.doc->text(span));
    };
    EXPECT_LE(e.sentence.start, e.trigger.start);
    EXPECT_LE(e.trigger.end, e.sentence.end);
    f.events.push_back({std::string(e.type), name(e.actor, e.actor_span),
                        name(e.target, e.target_span),
                        e.location == Event::kNone ? "" : f.entities[e.location].name, e.date,
                        std::string(f.doc->text(e.trigger))});
  }
  return f;
}

const Seen* FindType(const Found& f, std::string_view type) {
  for (const Seen& e : f.events) {
    if (e.type == type) return &e;
  }
  return nullptr;
}

struct Case {
  std::string text;
  std::vector<Tagged> names;
  Seen want;  // type, actor, target, location, date, trigger
};

TEST(EventsTest, ActorsAndTargetsFromTheClause) {
  const Case cases[] = {
      // Active voice, subject and object as plain phrases.
      {"Security services have already arrested 85 recruits who came back.",
       {},
       {"ARREST", "Security services", "85 recruits", "", "", "arrested"}},
      // Passive voice: the subject is the target, "by" names the actor.
      {"Three protesters were arrested by police in Cairo on Tuesday.",
       {{"Cairo", kLoc}},
       {"ARREST", "police", "Three protesters", "Cairo", "2017-08-29", "arrested"}},
      {"Using a stolen car, two men attacked the convoy.",
       {},
       {"ATTACK", "two men", "convoy", "", "", "attacked"}},
      {"The minister was killed by gunmen.", {}, {"KILL", "gunmen", "minister", "", "", "killed"}},
      // Entities, a relative clause and an appositive.
      {"Angela Merkel, the German chancellor, visited Paris yesterday.",
       {{"Angela Merkel", kPer}, {"Paris", kLoc}},
       {"VISIT", "Angela Merkel", "Paris", "Paris", "2017-08-31", "visited"}},
      {"A man who was detained in Rabat had returned from Syria.",
       {{"Rabat", kLoc}, {"Syria", kLoc}},
       {"ARREST", "", "man", "Rabat", "", "detained"}},
      {"Mohammed VI met with Emmanuel Macron last year.",
       {{"Mohammed VI", kPer}, {"Emmanuel Macron", kPer}},
       {"MEET", "Mohammed VI", "Emmanuel Macron", "", "2016", "met"}},
      // Nouns trigger too; their roles come from possessives and prepositions.
      {"The attacks in Barcelona shocked Spain.",
       {{"Barcelona", kLoc}, {"Spain", kLoc}},
       {"ATTACK", "", "", "Barcelona", "", "attacks"}},
      {"Macron's visit to Morocco on May 18 was brief.",
       {{"Macron", kPer}, {"Morocco", kLoc}},
       {"VISIT", "Macron", "Morocco", "Morocco", "2017-05-18", "visit"}},
      {"The election was held in late August.",
       {},
       {"ELECTION", "", "", "", "2017-08", "election"}},
      {"Angela Merkel condemned attacks in Berlin.",
       {{"Angela Merkel", kPer}, {"Berlin", kLoc}},
       {"ATTACK", "", "", "Berlin", "", "attacks"}},
      {"Angela Merkel condemned attacks in Berlin.",
       {{"Angela Merkel", kPer}, {"Berlin", kLoc}},
       {"ACCUSE", "Angela Merkel", "", "Berlin", "", "condemned"}},
      {"An earthquake struck the coast of Chile.",
       {{"Chile", kLoc}},
       {"DISASTER", "", "", "Chile", "", "earthquake"}},
      // A pronoun stands for the last person its gender agrees with.
      {"Angela Merkel met Emmanuel Macron. She visited Paris yesterday.",
       {{"Angela Merkel", kPer}, {"Emmanuel Macron", kPer}, {"Paris", kLoc}},
       {"VISIT", "Angela Merkel", "Paris", "Paris", "2017-08-31", "visited"}},
      {"Emmanuel Macron met Angela Merkel. He visited Paris yesterday.",
       {{"Emmanuel Macron", kPer}, {"Angela Merkel", kPer}, {"Paris", kLoc}},
       {"VISIT", "Emmanuel Macron", "Paris", "Paris", "2017-08-31", "visited"}},
  };
  for (const Case& c : cases) {
    const Found f = EventsIn(c.text, c.names, "2017-09-01");
    const Seen* e = FindType(f, c.want.type);
    ASSERT_NE(e, nullptr) << c.text;
    EXPECT_EQ(e->actor, c.want.actor) << c.text;
    EXPECT_EQ(e->target, c.want.target) << c.text;
    EXPECT_EQ(e->location, c.want.location) << c.text;
    EXPECT_EQ(e->date, c.want.date) << c.text;
    EXPECT_EQ(e->trigger, c.want.trigger) << c.text;
  }
}

TEST(EventsTest, IntentionsQuestionsAndNamesAreNoEvents) {
  const std::string texts[] = {
      "The ministers plan to meet and to fight corruption.",
      "Why did the ministers meet and fight?",
      "He read the Attack Report of the Sentence Review Board.",
      // Hypothetical, negated and conditional triggers (false positives on the judged
      // sample of the demo corpus, tests/eval/events-demo-judged.tsv).
      "There are many things that even you would disagree with.",
      "I'd say the software should be free.",
      // Verbs whose everyday sense is not their CAMEO event (judged false positives).
      "The new rules also hurt sales.",
      "Wong was defeated in this district.",
      "The police did not arrest anyone.",
      "Nothing happens if a conspiracy of publishers says so.",
      "Until the House votes to authorize an inquiry, nothing changes.",
      // Conversation, accidents and other senses of a trigger (judged false positives).
      "As I said earlier, the format is open.",
      "When I tell stories, people listen.",
      "Four people were injured in a bus accident on the highway.",
      "Two workers were wounded when the crane collapsed.",
      "Astronomers watched the primary star of the binary system.",
  };
  for (const std::string& text : texts) {
    const Found f = EventsIn(text, {}, "");
    EXPECT_TRUE(f.events.empty()) << text << ": " << f.events.front().type;
  }
  const Found caps = EventsIn("POLICE ARRESTED TWO MEN IN CAIRO.", {}, "");
  EXPECT_NE(FindType(caps, "ARREST"), nullptr);
  // A condition ends at its comma: the main clause reports.
  const Found after_condition = EventsIn("If it rains, police arrested two men.", {}, "");
  EXPECT_NE(FindType(after_condition, "ARREST"), nullptr);
  // The event senses stay.
  EXPECT_NE(FindType(EventsIn("Gunmen wounded four people near the market.", {}, ""), "ATTACK"),
            nullptr);
  EXPECT_NE(FindType(EventsIn("Voters went to the polls in the Democratic primary.", {}, ""),
                     "ELECTION"),
            nullptr);
  EXPECT_NE(FindType(EventsIn("The minister said the talks would go on.", {}, ""), "STATEMENT"),
            nullptr);
  EXPECT_NE(FindType(EventsIn("I say brains are the greatest asset.", {}, ""), "STATEMENT"), nullptr);
}

TEST(EventsTest, LocationFallsBackToTheDateline) {
  const Found f = EventsIn("RABAT - Police arrested two men.", {{"RABAT", kLoc}}, "", "Rabat");
  const Seen* e = FindType(f, "ARREST");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->location, "RABAT");
}

// seed-expected.json "events", given the entity mentions a tagger finds.
TEST(EventsTest, SeedArticleEvents) {
  const std::string text = SeedText();
  const Found f = EventsIn(text,
                           {{"Abdelhak El Khiam", kPer},
                            {"Central Bureau of Judicial Investigations", kOrg},
                            {"Juan Ignacio Zoido", kPer},
                            {"Islamic State group", kOrg},
                            {"Associated Press", kOrg},
                            {"Washington Post", kOrg},
                            {"Mohammed VI", kPer},
                            {"El Khiam", kPer},
                            {"Barcelona", kLoc},
                            {"Cambrils", kLoc},
                            {"Spain", kLoc},
                            {"Morocco", kLoc},
                            {"Rabat", kLoc},
                            {"Sale", kLoc},
                            {"Catalonia", kLoc},
                            {"Syria", kLoc},
                            {"Iraq", kLoc}},
                           "2017-09-01", "Rabat");
  auto has = [&](const Seen& want) {
    for (const Seen& e : f.events) {
      if (e.type == want.type && e.actor == want.actor && e.target == want.target &&
          (want.location.empty() || e.location == want.location) &&
          (want.date.empty() || e.date == want.date)) {
        return true;
      }
    }
    return false;
  };
  EXPECT_TRUE(has({"ATTACK", "", "", "Barcelona", "", ""}));
  EXPECT_TRUE(has({"ARREST", "Security services", "85 recruits", "Rabat", "", ""}));
  EXPECT_TRUE(has({"VISIT", "Juan Ignacio Zoido", "Morocco", "Morocco", "2017-08", ""}));
  EXPECT_TRUE(has({"COOPERATE", "Mohammed VI", "Spain", "", "", ""}));
  EXPECT_TRUE(has({"STATEMENT", "Abdelhak El Khiam", "", "", "2017-08-29", ""}));
}

// 100k relative pronouns in one unbounded sentence: walked iteratively.
TEST(EventsTest, HostileSentenceOfRelativePronouns) {
  std::string text = "Police";
  for (int i = 0; i < 100000; ++i) text += " who";
  text += " arrested him.";
  Article article;
  article.text = std::move(text);
  DocumentOptions options;
  options.sentences.max_sentence_tokens = 0;
  std::unique_ptr<Document> doc;
  ASSERT_TRUE(Document::Create(std::move(article), options, &doc).ok());
  const std::vector<Event> events =
      Shipped<EventFinder>("lexicons/event-triggers.tsv").Find(*doc, {}, "", "");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(doc->text(events[0].actor_span), "Police");
}

TEST(EventsTest, MalformedLexiconNamesTheLine) {
  const std::string path = testing::TempDir() + "/event_triggers_bad.tsv";
  std::ofstream(path) << "# comment\nattack\tATTACK\tN\nvisit\tVISIT\tX\n";
  std::unique_ptr<EventFinder> f;
  Status s = EventFinder::Load(path, &f);
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
  EXPECT_NE(s.message().find("line 3"), std::string::npos);
  EXPECT_EQ(EventFinder::Load(testing::TempDir() + "/no-such-file.tsv", &f).code(),
            Status::Code::kNotFound);
}

}  // namespace
}  // namespace lede
