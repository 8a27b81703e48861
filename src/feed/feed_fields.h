// Field readers shared by the feed formats: people, dates, images in markup.
#ifndef LEDE_FEED_FEED_FIELDS_H_
#define LEDE_FEED_FEED_FIELDS_H_

#include <string>
#include <string_view>
#include <vector>

#include "lede/feed.h"

namespace lede::feed {

// Reads the ways feeds write a person: "Name", "email@host", "email (Name)",
// "Name (email)", "Name <email>". Empty fields stay empty.
FeedPerson ParsePerson(std::string_view text);

// Sets *raw to `text` and *utc to its UTC form (feed_date.h) unless *raw is
// already set (the first date element wins).
void SetDate(const std::string& text, std::string* raw, std::string* utc);

// The src of the first <img> in an HTML fragment, or "".
std::string FirstImageSrc(std::string_view html);

// Appends `value` unless it is empty or already there.
void AppendUnique(std::vector<std::string>* values, std::string value);

// Sets *field to `value` when *field is empty.
inline void SetIfEmpty(std::string* field, std::string value) {
  if (field->empty()) *field = std::move(value);
}

}  // namespace lede::feed

#endif  // LEDE_FEED_FEED_FIELDS_H_
