// Gazetteer features of the tagger: which tokens of a sentence lie inside a
// known name of some category (place, given name, organisation, ...). Names
// are matched case-insensitively, token by token, all overlapping matches kept.
#ifndef LEDE_NLP_NER_GAZETTEER_H_
#define LEDE_NLP_NER_GAZETTEER_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lede/status.h"
#include "nlp/ner_hash_table.h"

namespace lede::nlp {

// Thread-compatible; Match() is safe to call concurrently once built.
class NerGazetteer {
 public:
  // At most this many categories (bit positions of a mask).
  static constexpr int kMaxCategories = 15;
  // Names longer than this many tokens are not added.
  static constexpr int kMaxNameTokens = 6;

  // Reads a list file: gzip or plain UTF-8, one "CATEGORY<TAB>NAME" per line.
  // New category names are registered as met. Returns kNotFound, kCorruption
  // (naming path and line) or kTooLarge when more than kMaxCategories appear.
  Status AddListFile(const std::string& path);
  // Adds one name, split into tokens as SplitName does. Returns false when the
  // category is new and there is no room for it.
  bool AddName(std::string_view category, std::string_view name);

  // For each token, the bit mask of categories of names that start at it
  // (begin) and that cover it without starting at it (inside).
  // REQUIRES: begin and inside are not null; they are resized to tokens.size().
  void Match(std::span<const std::string_view> tokens, std::vector<uint16_t>* begin,
             std::vector<uint16_t>* inside) const;

  const std::vector<std::string>& categories() const { return categories_; }
  size_t size() const { return names_; }

  // The compiled form stored in model files: phrase hashes with masks.
  std::vector<NerHashTable::Entry> Entries() const { return table_.SortedEntries(); }
  // Rebuilds a gazetteer from categories() and Entries() of another.
  static NerGazetteer FromEntries(std::vector<std::string> categories,
                                  std::span<const NerHashTable::Entry> entries);

 private:
  // Set on prefixes of longer names, so matching stops early.
  static constexpr uint32_t kPrefixBit = 1u << 15;

  int CategoryIndex(std::string_view category);

  std::vector<std::string> categories_;
  NerHashTable table_;
  size_t names_ = 0;
};

// Splits a name into tokens as CoNLL tokenises text: on spaces, with commas,
// parentheses and quotes split off ("Salé, Morocco" -> Salé , Morocco).
std::vector<std::string_view> SplitName(std::string_view name);

}  // namespace lede::nlp

#endif  // LEDE_NLP_NER_GAZETTEER_H_
