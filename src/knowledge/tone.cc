#include "knowledge/tone.h"

#include <charconv>
#include <vector>

#include "knowledge/word_case.h"
#include "util/lines.h"

namespace lede {
namespace {

// VADER's rules: modifiers act on a rated word from up to 3 words before it, a
// booster's effect decaying with distance.
constexpr size_t kModifierWindow = 3;
constexpr float kBoosterDecay[kModifierWindow] = {1.0f, 0.95f, 0.9f};
constexpr float kContractedNegation = -0.74f;  // "n't", as VADER's negation scalar

constexpr std::string_view kSelfGroupPronouns[] = {"i",  "me",  "my",  "mine", "myself",
                                                   "we", "us",  "our", "ours", "ourselves"};

bool ParseFloat(std::string_view s, float* out) {
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

Status Malformed(const std::string& path, uint64_t line) {
  return Status::Corruption(path + " line " + std::to_string(line) + ": malformed entry");
}

bool IsSelfGroupPronoun(std::string_view word) {
  for (std::string_view p : kSelfGroupPronouns) {
    if (p == word) return true;
  }
  return false;
}

bool EndsWithContractedNegation(std::string_view word) {
  return word.size() >= 3 && word.substr(word.size() - 3) == "n't";
}

}  // namespace

Status ToneLexicon::Load(const std::string& dir, std::unique_ptr<ToneLexicon>* out) {
  std::unique_ptr<ToneLexicon> lex(new ToneLexicon);
  const std::string valence_path = dir + "/valence.tsv";
  Status s = ForEachLine(valence_path, [&](std::string_view line, uint64_t n) {
    std::vector<std::string_view> f = SplitFields(line, '\t');
    float value = 0;
    if (f.size() != 2 || !ParseFloat(f[1], &value)) return Malformed(valence_path, n);
    lex->valence_.emplace(std::string(f[0]), value);
    return Status::OK();
  });
  const std::string modifiers_path = dir + "/modifiers.tsv";
  if (s.ok()) {
    s = ForEachLine(modifiers_path, [&](std::string_view line, uint64_t n) {
      std::vector<std::string_view> f = SplitFields(line, '\t');
      float value = 0;
      if (f.size() != 3 || !ParseFloat(f[2], &value)) return Malformed(modifiers_path, n);
      if (f[1] == "negation") {
        lex->negations_.emplace(std::string(f[0]), value);
      } else if (f[1] == "booster") {
        lex->boosters_.emplace(std::string(f[0]), value);
      } else {
        return Malformed(modifiers_path, n);
      }
      return Status::OK();
    });
  }
  if (s.ok()) {
    s = ForEachLine(dir + "/activity.tsv", [&](std::string_view line, uint64_t) {
      lex->activity_.emplace(line);
      return Status::OK();
    });
  }
  if (s.ok()) *out = std::move(lex);
  return s;
}

float ToneLexicon::Find(const std::unordered_map<std::string, float>& map,
                        std::string_view word) {
  auto it = map.find(std::string(word));
  return it == map.end() ? 0.0f : it->second;
}

float ToneLexicon::Valence(std::string_view word) const { return Find(valence_, word); }

Tone ScoreTone(const Document& doc, const ToneLexicon& lexicon) {
  std::vector<std::string> words;
  std::string lower;
  for (const Token& t : doc.tokens()) {
    if (t.kind() == TokenKind::kWord) words.push_back(AsciiLower(doc.norm(t), &lower));
  }
  uint32_t positive = 0, negative = 0, activity = 0, self_group = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    activity += lexicon.IsActivity(words[i]);
    self_group += IsSelfGroupPronoun(words[i]);
    float valence = lexicon.Valence(words[i]);
    if (valence == 0) continue;
    for (size_t back = 1; back <= kModifierWindow && back <= i; ++back) {
      const std::string& before = words[i - back];
      const float booster = lexicon.Booster(before);
      valence += (valence > 0 ? booster : -booster) * kBoosterDecay[back - 1];
      const float negation = EndsWithContractedNegation(before) ? kContractedNegation
                                                                : lexicon.Negation(before);
      if (negation != 0) valence *= negation;
    }
    positive += valence > 0;
    negative += valence < 0;
  }
  Tone tone;
  tone.word_count = words.size();
  if (words.empty()) return tone;
  const double percent = 100.0 / words.size();
  tone.positive = positive * percent;
  tone.negative = negative * percent;
  tone.score = tone.positive - tone.negative;
  tone.polarity = tone.positive + tone.negative;
  tone.activity = activity * percent;
  tone.self_group = self_group * percent;
  return tone;
}

}  // namespace lede
