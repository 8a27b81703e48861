// The plain-text path: an Article from a text dump (a .txt file, a WET record, a
// JSONL "text" field) with line-level boilerplate rules.
//
//   Home International News Moroccan Anti-Terror Chief ...   <- breadcrumb: dropped
//   Moroccan Anti-Terror Chief Promises ...                  <- title
//   he head of Morocco's anti-terrorism bureau, ...          <- standfirst: description
//   Rabat – The head of the Moroccan anti-terrorism ...      <- dateline "Rabat"; body starts
//   ...
//   Previous articleMorocco Second Biggest Investor ...      <- navigation: dropped
//
// A paragraph is a block of lines between blank lines (each line is a paragraph
// when the text has no blank line). Thread-safe.
#ifndef LEDE_EXTRACT_TEXT_ARTICLE_H_
#define LEDE_EXTRACT_TEXT_ARTICLE_H_

#include <string_view>

#include "lede/article.h"
#include "lede/record.h"
#include "lede/status.h"

namespace lede {

// Fills *article from the UTF-8 text `utf8` of `record`:
//  - url from record.uri; title from record.title_hint, else the first short
//    title-like paragraph; breadcrumb and repeated-title paragraphs are dropped;
//  - published from record.published_hint, else a paragraph near the top that is
//    only a date ("Saturday, May 18, 2019"); such a paragraph is never body;
//  - dateline: the place that opens one of the first body paragraphs; short
//    paragraphs between the title and that one are the standfirst (description);
//  - navigation, sharing and copyright lines ("Previous article...") are dropped;
//  - text: the remaining paragraphs, whitespace collapsed, joined by "\n\n", with
//    one span per paragraph in article->paragraphs.
// Leaves lang, site_name, section and canonical_url as they are.
// Returns kEmpty (with the metadata filled) when no body paragraph is left.
// REQUIRES: article != nullptr.
Status ExtractTextArticle(std::string_view utf8, const Record& record, Article* article);

}  // namespace lede

#endif  // LEDE_EXTRACT_TEXT_ARTICLE_H_
