// Metadata: the article's title, authors, publication date, site name, canonical
// URL, section and description, decided from a page's signals.
//
// Order of trust (htmldate's and trafilatura's, original date over modified):
//   title:     an <h1> that agrees with og:title / JSON-LD headline / <title>;
//              else og:title, JSON-LD headline, <title>, <h1> - site name stripped
//   authors:   JSON-LD Person authors, <meta name=author> and kin, itemprop=author,
//              rel=author and byline elements - names only (authors.h)
//   published: JSON-LD datePublished, publication <meta>s, <time pubdate> and
//              itemprop=datePublished, a date in the URL, date-marked elements,
//              generic date <meta>s (date, dc.date), other <time>s, then the first
//              date in the page text - never dateModified / article:modified_time;
//              a URL date earlier than the markup's wins (the markup is often the
//              last update)
// Thread-safe.
#ifndef LEDE_EXTRACT_METADATA_H_
#define LEDE_EXTRACT_METADATA_H_

#include <string>

#include "extract/html_dom.h"
#include "extract/page_signals.h"
#include "lede/article.h"
#include "lede/record.h"

namespace lede {

// Fills title, authors, published, site_name, canonical_url, section and
// description of *article from `signals` (a field already set, e.g. from the
// record's hints, is kept). Relative canonical URLs are resolved against
// record.uri. Dates later than record.fetched_at (or today) are ignored.
// If json_ld_body is given, it receives the page's JSON-LD articleBody (the
// longest, HTML references decoded; "" if none): the JSON-LD blocks are parsed
// here once, for MainContentOptions::json_ld_body too.
// REQUIRES: article != nullptr.
void DecideMetadata(const PageSignals& signals, const Record& record, Article* article,
                    std::string* json_ld_body = nullptr);

// CollectPageSignals + DecideMetadata.
void ExtractMetadata(const HtmlDom& dom, const Record& record, Article* article,
                     std::string* json_ld_body = nullptr);

// Sets article->dateline from the first body paragraphs of article->text (its
// article->paragraphs spans). Call after the text is filled.
void ExtractDateline(Article* article);

}  // namespace lede

#endif  // LEDE_EXTRACT_METADATA_H_
