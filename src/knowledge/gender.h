// Grammatical gender of persons, only so that a pronoun agrees with the person it
// stands for ("Maria Lopez met John Brown. ... she said" quotes Maria Lopez). lede
// outputs no gender.
#ifndef LEDE_KNOWLEDGE_GENDER_H_
#define LEDE_KNOWLEDGE_GENDER_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "knowledge/entities.h"
#include "lede/status.h"

namespace lede {

enum class Gender { kUnknown, kFemale, kMale };

// Given names whose gender the sources agree on, loaded from
// data/lexicons/given-names.tsv ("name<TAB>F|M"). Immutable once loaded.
class GivenNames {
 public:
  // Returns kNotFound, or kCorruption naming the file and line.
  static Status Load(const std::string& path, std::unique_ptr<GivenNames>* out);
  // The gender of a given name (case- and accent-insensitive); kUnknown when the
  // table does not hold it.
  Gender Of(std::string_view given_name) const;

 private:
  std::unordered_map<std::string, Gender> genders_;  // folded name -> gender
};

// What a person's titles and roles tell ("Mrs.", "Queen", "spokeswoman"), else its
// name's first word (`names`, may be null); kUnknown when neither tells.
Gender PersonGender(const Entity& person, const GivenNames* names);

// he/him/his: kMale; she/her/hers: kFemale; any other word: kUnknown.
Gender PronounGender(std::string_view pronoun);

// Whether a person of gender `person` may be what a pronoun of gender `pronoun`
// stands for: both known and different is the only mismatch.
inline bool Agrees(Gender person, Gender pronoun) {
  return person == Gender::kUnknown || pronoun == Gender::kUnknown || person == pronoun;
}

}  // namespace lede

#endif  // LEDE_KNOWLEDGE_GENDER_H_
