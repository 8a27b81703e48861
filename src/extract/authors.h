// Authors: turning bylines and author fields into person names.
//
// A byline as pages show it ("By Jane Doe and John Roe | Updated 4 May 2023",
// "Christie Dedman, Email the author") becomes names only: no "By", no dates, no
// roles, no e-mail or "follow" links, and organisations ("The Associated Press",
// "Staff") are not taken for people. All functions are pure and thread-safe.
#ifndef LEDE_EXTRACT_AUTHORS_H_
#define LEDE_EXTRACT_AUTHORS_H_

#include <string>
#include <string_view>
#include <vector>

namespace lede {

// Returns the person names in a byline, in order, without duplicates (compared
// case-insensitively). Returns an empty vector when the byline names no person.
std::vector<std::string> ParseByline(std::string_view byline);

// Returns true when `name` reads as an organisation, a desk or a role ("Reuters",
// "Staff Writer", "University of Tokyo") rather than as a person.
bool IsOrganisationName(std::string_view name);

// Appends the names of `byline` to *authors, skipping names already present.
void AddAuthors(std::string_view byline, std::vector<std::string>* authors);

}  // namespace lede

#endif  // LEDE_EXTRACT_AUTHORS_H_
