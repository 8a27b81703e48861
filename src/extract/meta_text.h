// Small text helpers shared by the metadata fields (titles, bylines, datelines).
// Pure and thread-safe.
#ifndef LEDE_EXTRACT_META_TEXT_H_
#define LEDE_EXTRACT_META_TEXT_H_

#include <string>
#include <string_view>

namespace lede {

// Returns `s` with every run of whitespace (ASCII, and the UTF-8 no-break, thin
// and other Unicode spaces) replaced by one ASCII space, and no space at either end.
std::string CollapseWhitespace(std::string_view s);

// Returns `s` with HTML character references decoded: numeric ones (&#39;
// &#x27;) and the common named ones (&amp; &quot; &apos; &lt; &gt; &nbsp;).
// Unknown or malformed references are kept as they are. For strings that did not
// go through the HTML parser, such as JSON-LD values.
std::string DecodeHtmlEntities(std::string_view s);

// Returns `s` with ASCII letters lower-cased; other bytes are kept.
std::string AsciiLower(std::string_view s);

}  // namespace lede

#endif  // LEDE_EXTRACT_META_TEXT_H_
