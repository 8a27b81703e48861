#include "knowledge/quotes.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "knowledge/testing.h"

namespace lede {
namespace {

using namespace testing_util;

struct Found {
  std::unique_ptr<Document> doc;
  std::vector<Quote> quotes;
  std::string_view Text(Span s) const { return doc->text(s); }
};

Found QuotesIn(std::string text) {
  Found f;
  f.doc = MakeDocument(std::move(text));
  f.quotes = Shipped<QuoteFinder>("lexicons/reporting-verbs.txt").Find(*f.doc);
  return f;
}

struct QuoteCase {
  const char* text;
  const char* quote;
  const char* speaker;
  const char* cue;
  bool partial;
};

TEST(QuotesTest, StylesCuesAndSpeakers) {
  const QuoteCase cases[] = {
      {"“We will not stop,” said the interior minister.", "We will not stop,",
       "the interior minister", "said", false},
      {"The minister said: “We will not stop.”", "We will not stop.", "The minister", "said",
       false},
      {"“It is over,” Mr. Smith told reporters.", "It is over,", "Mr. Smith", "told reporters",
       false},
      {"\"Prices will rise again,\" she warned.", "Prices will rise again,", "she", "warned",
       false},
      {"“Really bad for us,” according to John Smith.", "Really bad for us,", "John Smith",
       "according to", false},
      {"El Khiam, the director of the bureau, said: “We are alert.”", "We are alert.", "El Khiam",
       "said", false},
      {"He insisted that the plan “will never work in practice.”", "will never work in practice.",
       "He", "insisted", true},
      {"« Nous allons continuer le combat », a-t-il dit.", "Nous allons continuer le combat", "",
       "", false},
      // PolNeAR: The New York Times doubles apostrophes for quotation marks.
      {"''He will make the United States great,'' said Ms. Samour, 56.",
       "He will make the United States great,", "Ms. Samour", "said", false},
      {"Mr. Biden said, ''She'd look at me and say that.''", "She'd look at me and say that.",
       "Mr. Biden", "said", false},
      // PolNeAR: speakers with a quantifier, and an adverb before the cue.
      {"(“I don’t want to have fisticuffs,” said one party activist.)",
       "I don’t want to have fisticuffs,", "one party activist", "said", false},
      {"Clinton emphatically proclaimed: “I did not email any classified material.”",
       "I did not email any classified material.", "Clinton", "proclaimed", false},
      // PolNeAR (lede eval quotes --errors): the speaker after a question or an
      // exclamation, which ends the quote's sentence; a state or party in parentheses or
      // between commas; adjectives between commas; "one of those".
      {"“Can you really reform Wall Street?” Sanders asked. It is easy to say.",
       "Can you really reform Wall Street?", "Sanders", "asked", false},
      {"''If Hillary thinks she can do that, she's wrong!'' Mr. Trump wrote on Twitter on Monday.",
       "If Hillary thinks she can do that, she's wrong!", "Mr. Trump", "wrote", false},
      {"“We had no chance at all,” Senate Majority Leader Mitch McConnell, R-Ky., said.",
       "We had no chance at all,", "Senate Majority Leader Mitch McConnell", "said", false},
      {"“I want the House back,” Rep. Jim McDermott (D-Wash.) said.", "I want the House back,",
       "Rep. Jim McDermott", "said", false},
      {"“I made climate change the top priority,” the bespectacled, 71-year-old diplomat said.",
       "I made climate change the top priority,", "the bespectacled, 71-year-old diplomat", "said",
       false},
      {"“There won't be a path for Bernie,” said one of those advisers, who spoke anonymously.",
       "There won't be a path for Bernie,", "one of those advisers", "said", false},
      {"“We will work with him on the agenda,” Ryan’s office said in a statement.",
       "We will work with him on the agenda,", "Ryan’s office", "said in a statement", false},
      {"“Come together, America, and focus,” she posted.", "Come together, America, and focus,",
       "she", "posted", false},
      // A role in lower case before the name after the cue (AP style).
      {"“We found the car on Sunday,” said police spokesman Mark Smith.",
       "We found the car on Sunday,", "police spokesman Mark Smith", "said", false},
      {"“The border is closed,” according to interior ministry spokesman Khalid Zerouali.",
       "The border is closed,", "interior ministry spokesman Khalid Zerouali", "according to",
       false},
      // Lower-case words that end in no role are no speaker ("said on Tuesday").
      {"“We will see,” said on Tuesday Jones.", "We will see,", "", "said", false},
  };
  for (const QuoteCase& c : cases) {
    Found f = QuotesIn(c.text);
    ASSERT_GE(f.quotes.size(), 1u) << c.text;
    const Quote& q = f.quotes[0];
    EXPECT_EQ(f.Text(q.text), c.quote) << c.text;
    EXPECT_EQ(f.Text(q.speaker_span), c.speaker) << c.text;
    EXPECT_EQ(f.Text(q.cue), c.cue) << c.text;
    EXPECT_EQ(q.partial, c.partial) << c.text;
  }
}

TEST(QuotesTest, QuoteRunningOverParagraphs) {
  Found f = QuotesIn("“The first part of what I said is here.\n\n“And the second part,” she said.");
  ASSERT_EQ(f.quotes.size(), 1u);
  EXPECT_EQ(f.Text(f.quotes[0].text),
            "The first part of what I said is here.\n\n“And the second part,");
  EXPECT_EQ(f.Text(f.quotes[0].speaker_span), "she");
}

// PolNeAR annotates “A,” he said. “B.” as one Content of two fragments.
TEST(QuotesTest, QuoteInterruptedByItsAttributionIsOneQuoteOfTwoFragments) {
  Found f = QuotesIn("“We will win,” he said. “Nobody can stop us now.”\n\n“A new paragraph.”");
  ASSERT_EQ(f.quotes.size(), 2u);
  EXPECT_EQ(f.Text(f.quotes[0].text), "We will win,” he said. “Nobody can stop us now.");
  ASSERT_EQ(f.quotes[0].fragments.size(), 2u);
  EXPECT_EQ(f.Text(f.quotes[0].fragments[0]), "We will win,");
  EXPECT_EQ(f.Text(f.quotes[0].fragments[1]), "Nobody can stop us now.");
  EXPECT_EQ(f.Text(f.quotes[0].speaker_span), "he");
  ASSERT_EQ(f.quotes[1].fragments.size(), 1u);
  EXPECT_EQ(f.Text(f.quotes[1].speaker_span), "");
  // Within one sentence.
  Found g = QuotesIn("“The plan,” Smith said, “is working and it will go on.”");
  ASSERT_EQ(g.quotes.size(), 1u);
  EXPECT_EQ(g.quotes[0].fragments.size(), 2u);
  EXPECT_EQ(g.Text(g.quotes[0].speaker_span), "Smith");
  // A quote with no attribution is continued by nothing.
  Found h = QuotesIn("He called it “a very bad idea for all of us” and later “a disaster for the town.”");
  for (const Quote& q : h.quotes) EXPECT_EQ(q.fragments.size(), 1u);
}

TEST(QuotesTest, QuoteRightBeforeAnAttributedOneSharesItsSpeaker) {
  Found f = QuotesIn("“There are places in America that are dangerous.” “Like Oakland, or "
                     "Ferguson, and many more,” Trump said.\n\n“A new paragraph here.” He left.");
  ASSERT_EQ(f.quotes.size(), 3u);
  EXPECT_EQ(f.Text(f.quotes[0].speaker_span), "Trump");
  EXPECT_EQ(f.Text(f.quotes[0].cue), "said");
  EXPECT_EQ(f.Text(f.quotes[1].speaker_span), "Trump");
  EXPECT_EQ(f.Text(f.quotes[2].speaker_span), "");
  // The cue search after a quote never enters the next quote.
  Found g = QuotesIn("“We won the vote today.” “They said no to us,” he said.");
  ASSERT_EQ(g.quotes.size(), 2u);
  EXPECT_EQ(g.Text(g.quotes[0].speaker_span), "he");
}

TEST(QuotesTest, ScareQuotesAndTitlesAreNotQuotes) {
  for (const char* text : {"The so-called “peace” plan failed.", "He read “The Art of War” twice.",
                           "No quotes at all here."}) {
    EXPECT_TRUE(QuotesIn(text).quotes.empty()) << text;
  }
}

TEST(QuotesTest, UnmatchedMarksNeverCrash) {
  for (const char* text : {"“Never closed", "closed only” here.", "\"", "“”", "« »", "’’’"}) {
    QuotesIn(text);
  }
}

// seed-expected.json "quotes": the text, the cue, partial; the speaker span is the
// pronoun next to the cue ("he"), which the entity layer resolves.
TEST(QuotesTest, SeedArticleQuotes) {
  Found f = QuotesIn(SeedText());
  const auto expected = SeedExpected()["quotes"];
  ASSERT_EQ(f.quotes.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    const Quote& q = f.quotes[i];
    EXPECT_EQ(f.Text(q.text), expected[i]["text"].get<std::string>());
    EXPECT_EQ(f.Text(q.cue), expected[i]["cue"].get<std::string>());
    EXPECT_EQ(f.Text(q.speaker_span), "he");
    EXPECT_EQ(q.partial, expected[i].value("partial", false));
  }
}

}  // namespace
}  // namespace lede
