#include "nlp/abbreviations.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace lede::nlp {
namespace {

using namespace std::string_view_literals;

// Sorted, so that lookups can bisect.
constexpr auto kTitles = std::to_array({
    "Adm"sv,  "Amb"sv, "Brig"sv, "Capt"sv, "Cmdr"sv, "Col"sv,  "Cpl"sv,  "Det"sv, "Dr"sv,
    "Fr"sv,   "Ft"sv,  "Gen"sv,  "Gov"sv,  "Hon"sv,  "Insp"sv, "Lt"sv,   "Maj"sv, "Messrs"sv,
    "Mr"sv,   "Mrs"sv, "Ms"sv,   "Msgr"sv, "Mt"sv,   "Pres"sv, "Prof"sv, "Pvt"sv, "Rep"sv,
    "Reps"sv, "Rev"sv, "Sen"sv,  "Sens"sv, "Sgt"sv,  "St"sv,   "Supt"sv, "v"sv,
});

constexpr auto kOthers = std::to_array({
    "Ala"sv,   "Apr"sv,  "Ariz"sv, "Ark"sv,  "Assn"sv, "Aug"sv,  "Ave"sv,  "Blvd"sv, "Bros"sv,
    "Calif"sv, "Co"sv,   "Colo"sv, "Conn"sv, "Corp"sv, "Dec"sv,  "Del"sv,  "Dept"sv, "Feb"sv,
    "Fig"sv,   "Fla"sv,  "Ga"sv,   "Ill"sv,  "Inc"sv,  "Ind"sv,  "Jan"sv,  "Jr"sv,   "Jul"sv,
    "Jun"sv,   "Kan"sv,  "Ky"sv,   "La"sv,   "Ltd"sv,  "Mar"sv,  "Mass"sv, "Md"sv,   "Mich"sv,
    "Minn"sv,  "Miss"sv, "Mo"sv,   "Mont"sv, "Neb"sv,  "Nev"sv,  "Nov"sv,  "Oct"sv,  "Okla"sv,
    "Ore"sv,   "Pa"sv,   "Plc"sv,  "Rd"sv,   "Sep"sv,  "Sept"sv, "Sr"sv,   "Tenn"sv, "Tex"sv,
    "Univ"sv,  "Va"sv,   "Vol"sv,  "Vt"sv,   "Wash"sv, "Wis"sv,  "Wyo"sv,  "al"sv,   "approx"sv,
    "ca"sv,    "cf"sv,   "dept"sv, "est"sv,  "etc"sv,  "fig"sv,  "incl"sv, "vol"sv,  "vs"sv,
});

constexpr auto kNumerals =
    std::to_array({"No"sv, "Nos"sv, "Op"sv, "no"sv, "nos"sv, "op"sv, "p"sv, "pp"sv});

constexpr auto kStarters = std::to_array({
    "A"sv,     "After"sv, "Although"sv, "An"sv,    "And"sv,       "As"sv,    "At"sv,      "But"sv,
    "By"sv,    "For"sv,   "He"sv,       "Her"sv,   "Here"sv,      "His"sv,   "However"sv, "I"sv,
    "If"sv,    "In"sv,    "It"sv,       "Its"sv,   "Meanwhile"sv, "Our"sv,   "She"sv,     "Since"sv,
    "So"sv,    "That"sv,  "The"sv,      "Their"sv, "There"sv,     "These"sv, "They"sv,    "This"sv,
    "Those"sv, "We"sv,    "When"sv,     "While"sv, "Yet"sv,       "You"sv,
});

static_assert(std::is_sorted(kTitles.begin(), kTitles.end()));
static_assert(std::is_sorted(kOthers.begin(), kOthers.end()));
static_assert(std::is_sorted(kNumerals.begin(), kNumerals.end()));
static_assert(std::is_sorted(kStarters.begin(), kStarters.end()));

template <size_t N>
bool Contains(const std::array<std::string_view, N>& sorted, std::string_view word) {
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "U.S", "e.g", "Ph.D", "a.m": two or more groups of one or two letters joined by periods.
bool IsDottedLetters(std::string_view word) {
  size_t groups = 0;
  size_t run = 0;
  for (char c : word) {
    if (c == '.') {
      if (run == 0) return false;
      ++groups;
      run = 0;
    } else if (IsAsciiLetter(c) && run < 2) {
      ++run;
    } else {
      return false;
    }
  }
  return run > 0 && groups >= 1;
}

}  // namespace

AbbreviationKind ClassifyAbbreviation(std::string_view word) {
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return AbbreviationKind::kTitle;
  if (Contains(kTitles, word)) return AbbreviationKind::kTitle;
  if (Contains(kNumerals, word)) return AbbreviationKind::kNumeral;
  // "c. 1500", "b. 1950", "d. 2001"
  if (word.size() == 1 && word[0] >= 'a' && word[0] <= 'z') return AbbreviationKind::kNumeral;
  if (Contains(kOthers, word) || IsDottedLetters(word)) return AbbreviationKind::kOther;
  return AbbreviationKind::kNone;
}

bool IsSentenceStarter(std::string_view word) { return Contains(kStarters, word); }

}  // namespace lede::nlp
