// Datelines: the place a story is filed from, at the start of its first paragraph.
//
//   "RABAT — The head of ..."                    -> "Rabat"
//   "Rabat – The head of ..."                    -> "Rabat"
//   "LONDON, March 3 (Reuters) - Shares ..."     -> "London"
//   "SAN JOSE, Calif. (AP) — A ..."              -> "San Jose"
//   "(Reuters) - Shares ..."                     -> no place, but a dateline
// Pure and thread-safe.
#ifndef LEDE_EXTRACT_DATELINE_H_
#define LEDE_EXTRACT_DATELINE_H_

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace lede {

struct Dateline {
  std::string place;     // the city as a name ("Rabat", "New York"); empty for "(Reuters) -"
  size_t body_start = 0;  // byte offset in the paragraph where the story text begins
};

// Returns the dateline that opens `paragraph`, or nullopt when it does not open
// with one. A dateline is 1-4 capitalised words (optionally ", Region", a date and
// an agency in parentheses) followed by a dash and the capitalised start of a sentence.
std::optional<Dateline> FindDateline(std::string_view paragraph);

// Looks for a dateline in the first `max_paragraphs` of `paragraphs`, skipping
// paragraphs that do not read as a story's first sentences (too short, or short
// and not ending like a sentence: headings such as "Group F — Sweden 1 – 0 Korea",
// menus). Returns the index of the paragraph that opens with it and fills
// *dateline, or returns -1.
int FindDatelineParagraph(std::span<const std::string_view> paragraphs, size_t max_paragraphs,
                          Dateline* dateline);

}  // namespace lede

#endif  // LEDE_EXTRACT_DATELINE_H_
