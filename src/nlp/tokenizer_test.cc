#include "nlp/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lede::nlp {
namespace {

struct Tokenized {
  std::vector<Token> tokens;
  std::string norm_text;
};

Tokenized TokenizeText(std::string_view text, TokenizeOptions options = {}) {
  Tokenized out;
  Tokenize(text, options, &out.tokens, &out.norm_text);
  return out;
}

// The tokens' texts joined by "|".
std::string Join(std::string_view text, TokenizeOptions options = {}) {
  std::string joined;
  for (const Token& token : TokenizeText(text, options).tokens) {
    if (!joined.empty()) joined += '|';
    joined.append(text.substr(token.span.start, token.span.size()));
  }
  return joined;
}

struct Case {
  const char* text;
  const char* tokens;
};

TEST(TokenizerTest, SplitsNewsText) {
  const Case cases[] = {
      {"Morocco’s role", "Morocco|’s|role"},
      {"Morocco's role", "Morocco|'s|role"},
      {"the girls’ team", "the|girls|’|team"},
      {"They don't know; we can't.", "They|do|n't|know|;|we|ca|n't|."},
      {"I cannot say", "I|can|not|say"},
      {"we'll see, they're here", "we|'ll|see|,|they|'re|here"},
      {"O'Brien and rock'n'roll", "O'Brien|and|rock'n'roll"},
      {"Totaling 1,664 recruits", "Totaling|1,664|recruits"},
      {"rose 3.5% to $1,200.50.", "rose|3.5|%|to|$|1,200.50|."},
      {"at 10:30 on 7/21/2017", "at|10:30|on|7/21/2017"},
      {"1,2 and 12,34", "1|,|2|and|12|,|34"},
      {"anti-terrorism chief Jean-Pierre", "anti-terrorism|chief|Jean-Pierre"},
      {"pre- and post-war", "pre|-|and|post-war"},
      {"Mr. Smith met Gen. Jones", "Mr.|Smith|met|Gen.|Jones"},
      {"the U.S. and the U.N.", "the|U.S.|and|the|U.N."},
      {"on Jan. 5 at 5 p.m. sharp", "on|Jan.|5|at|5|p.m.|sharp"},
      {"J. K. Rowling", "J.|K.|Rowling"},
      {"No. 5 said no.", "No.|5|said|no|."},
      {"Acme Inc. sold e.g. apples", "Acme|Inc.|sold|e.g.|apples"},
      {"Rabat – The head", "Rabat|–|The|head"},
      {"wait... what?!", "wait|...|what|?!"},
      {"end -- start", "end|--|start"},
      {"“Really,” he said.", "“|Really|,|”|he|said|."},
      {"see https://example.com/a_(b)?q=1. Then", "see|https://example.com/a_(b)?q=1|.|Then"},
      {"(www.example.org)", "(|www.example.org|)"},
      {"mail john.smith@example.com now", "mail|john.smith@example.com|now"},
      {"AT&T and S&P", "AT&T|and|S&P"},
      {"visit dresscod.com.", "visit|dresscod.com|."},
      {"the 1990s and COVID-19", "the|1990s|and|COVID-19"},
      {"caf\xC3\xA9 Sal\x65\xCC\x81", "caf\xC3\xA9|Sal\x65\xCC\x81"},
      {"a\xC2\xA0"
       "b\xE2\x80\x8B"
       "c",
       "a|b|c"},
      {"bad \xFF\xFE bytes", "bad|\xFF|\xFE|bytes"},
      {"It 's fine, I 'm here in the '90s", "It|'s|fine|,|I|'m|here|in|the|'90s"},
      {"born c. 1500 and p. 12, see Wade v. Jacobs", "born|c.|1500|and|p.|12|,|see|Wade|v.|Jacobs"},
      {"1. Introduction\n2.1. Method", "1.|Introduction|2.1.|Method"},
      {"", ""},
      {"   \n\n  ", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Join(c.text), c.tokens) << c.text;
}

TEST(TokenizerTest, SplitsHyphensLikeUniversalDependencies) {
  TokenizeOptions ud;
  ud.split_hyphens = true;
  EXPECT_EQ(Join("all-girl team", ud), "all|-|girl|team");
  EXPECT_EQ(Join("non-avian e-mail", ud), "non-avian|e-mail");
  EXPECT_EQ(Join("5765-NTKB", ud), "5765|-|NTKB");
  EXPECT_EQ(Join("call 212-848-8400 on 1996-08-22", ud), "call|212-848-8400|on|1996-08-22");
}

TEST(TokenizerTest, CutsOverlongRuns) {
  TokenizeOptions options;
  options.max_token_bytes = 4;
  EXPECT_EQ(Join("abcdefghij xy", options), "abcd|efgh|ij|xy");
  options.max_token_bytes = 0;
  EXPECT_EQ(Join(std::string(1000, 'a')), std::string(256, 'a') + "|" + std::string(256, 'a') +
                                              "|" + std::string(256, 'a') + "|" +
                                              std::string(232, 'a'));
  EXPECT_EQ(TokenizeText(std::string(1000, 'a'), options).tokens.size(), 1u);
  // Found by the fuzzer: a cut word ending in a hyphen gave an empty token.
  options.max_token_bytes = 4;
  options.split_hyphens = true;
  EXPECT_EQ(Join("abc-defg", options), "abc|-|defg");
}

TEST(TokenizerTest, SetsShapeFlags) {
  const std::string text = "BCIJ Rabat iPhone 1,664 anti-terrorism “ ” — U.S.";
  const std::vector<Token> tokens = TokenizeText(text).tokens;
  ASSERT_EQ(tokens.size(), 9u);
  EXPECT_TRUE(tokens[0].has(kTokenUpper));
  EXPECT_FALSE(tokens[0].has(kTokenTitle));
  EXPECT_TRUE(tokens[1].has(kTokenTitle));
  EXPECT_FALSE(tokens[2].has(kTokenTitle) || tokens[2].has(kTokenUpper) ||
               tokens[2].has(kTokenLower));
  EXPECT_EQ(tokens[3].kind(), TokenKind::kNumber);
  EXPECT_TRUE(tokens[3].has(kTokenHasDigit));
  EXPECT_TRUE(tokens[4].has(kTokenHasHyphen) && tokens[4].has(kTokenLower));
  EXPECT_TRUE(tokens[5].has(kTokenQuote) && tokens[5].has(kTokenOpenQuote));
  EXPECT_TRUE(tokens[6].has(kTokenQuote) && !tokens[6].has(kTokenOpenQuote));
  EXPECT_TRUE(tokens[7].has(kTokenDash));
  EXPECT_TRUE(tokens[8].has(kTokenAbbreviation) && tokens[8].has(kTokenUpper));
}

TEST(TokenizerTest, MarksStraightQuotesByPosition) {
  const std::string text = "he said \"yes\" and 'no'";
  const std::vector<Token> tokens = TokenizeText(text).tokens;
  ASSERT_EQ(tokens.size(), 9u);
  EXPECT_TRUE(tokens[2].has(kTokenOpenQuote));
  EXPECT_FALSE(tokens[4].has(kTokenOpenQuote));
  EXPECT_TRUE(tokens[4].has(kTokenQuote));
  EXPECT_TRUE(tokens[6].has(kTokenOpenQuote));
  EXPECT_FALSE(tokens[8].has(kTokenOpenQuote));
}

TEST(TokenizerTest, SetsSpaceAndLineFlags) {
  const std::string text = "Title\n\nBody text,\nnext.";
  const std::vector<Token> tokens = TokenizeText(text).tokens;
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_TRUE(tokens[0].has(kTokenParagraphStart) && tokens[0].has(kTokenLineStart));
  EXPECT_TRUE(tokens[1].has(kTokenParagraphStart));
  EXPECT_TRUE(tokens[2].has(kTokenSpaceBefore) && !tokens[2].has(kTokenLineStart));
  EXPECT_FALSE(tokens[3].has(kTokenSpaceBefore));
  EXPECT_TRUE(tokens[4].has(kTokenLineStart) && !tokens[4].has(kTokenParagraphStart));
}

TEST(TokenizerTest, NormalisesWithoutMovingOffsets) {
  // "Morocco’s" then a decomposed "Salé", an em dash and an ellipsis.
  const std::string text = "Morocco’s Sale\xCC\x81 — wait…";
  const Tokenized out = TokenizeText(text);
  std::vector<std::string> norms;
  for (const Token& token : out.tokens) {
    if (!token.has(kTokenNormalized)) {
      norms.push_back("=");
      continue;
    }
    norms.push_back(out.norm_text.substr(token.norm.start, token.norm.size()));
  }
  EXPECT_EQ(norms, (std::vector<std::string>{"=", "'s", "Sal\xC3\xA9", "-", "=", "..."}));
  EXPECT_EQ(text.substr(out.tokens[2].span.start, out.tokens[2].span.size()), "Sale\xCC\x81");
}

TEST(TokenizerTest, CoversEveryNonSpaceByteOnce) {
  const std::string text = "x\xE2\x80\x99\xF0\x9F\x98\x80 \xC3(\xE2\x80 ok\xCC\x81\xC2\xAD-";
  const std::vector<Token> tokens = TokenizeText(text).tokens;
  uint32_t covered = 0;
  uint32_t last_end = 0;
  for (const Token& token : tokens) {
    EXPECT_GE(token.span.start, last_end);
    EXPECT_LT(token.span.start, token.span.end);
    covered += token.span.size();
    last_end = token.span.end;
  }
  EXPECT_EQ(covered, text.size() - 2);  // all but the two spaces
}

}  // namespace
}  // namespace lede::nlp
