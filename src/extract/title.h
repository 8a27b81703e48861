// Titles: the headline without the site name ("Headline | Site", "Site - Headline").
// All functions are pure and thread-safe.
#ifndef LEDE_EXTRACT_TITLE_H_
#define LEDE_EXTRACT_TITLE_H_

#include <string>
#include <string_view>
#include <vector>

namespace lede {

// Returns `title` without leading or trailing segments that name the site. A
// segment is what a separator (" | ", " - ", " – ", " — ", " :: ", " · ", " » ",
// " / ", " › ") cuts off; it names the site when it matches one of `site_names` or the
// host's registered-name label ("observer" for www.observer.com), ignoring case,
// spaces and punctuation. Whitespace is collapsed. Never returns an empty string
// for a non-empty title.
std::string StripSiteName(std::string_view title, const std::vector<std::string>& site_names,
                          std::string_view url);

// Returns true when all of `text` is the site's name: one of `site_names`, or the
// host's label, optionally with its top-level domain ("Observer", "Disfunctions.de"),
// ignoring case, spaces and punctuation.
bool IsSiteName(std::string_view text, const std::vector<std::string>& site_names,
                std::string_view url);

// Returns true when `a` and `b` are the same headline, ignoring case, spacing and
// punctuation.
bool SameTitle(std::string_view a, std::string_view b);

// Returns true when `part` is the same headline as a leading or trailing run of
// the separator-cut segments of `title` ("Storm Hits Coast" in "Storm Hits Coast -
// Science - The New York Times").
bool IsEndSegments(std::string_view title, std::string_view part);

// Returns true when the words of `part` occur, in order and contiguously, in
// `whole` (ignoring case, spacing and punctuation): an <h1> inside a <title>.
bool TitleContains(std::string_view whole, std::string_view part);

}  // namespace lede

#endif  // LEDE_EXTRACT_TITLE_H_
