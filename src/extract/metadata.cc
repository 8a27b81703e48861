#include "extract/metadata.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "extract/authors.h"
#include "extract/dateline.h"
#include "extract/dates.h"
#include "extract/json_ld.h"
#include "extract/meta_text.h"
#include "extract/title.h"

namespace lede {
namespace {

// How many body paragraphs may precede the one that opens with the dateline.
constexpr size_t kDatelineParagraphs = 3;

// <meta> keys that name the original publication date, most trusted first.
constexpr std::string_view kPublishedKeys[] = {
    "article:published_time", "og:article:published_time", "og:published_time",
    "datepublished", "article.published", "article_date_original", "publishdate",
    "publish-date", "publish_date", "published_time", "published-date", "pubdate",
    "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "sailthru.date",
    "parsely-pub-date", "citation_publication_date", "citation_date", "originalpublicationdate",
    "article.created", "date.created", "rnews:datepublished", "prism.publicationdate",
    "cxenseparse:recs:publishtime", "creation_date", "datecreated", "og:pubdate",
    "release_date", "dc.created"};
// Keys that give some date of the page, often the last change: trusted less than
// a <time> marked as the publication time.
constexpr std::string_view kVagueDateKeys[] = {"dc.date", "dcterms.date", "date", "created"};

constexpr std::string_view kAuthorKeys[] = {
    "author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
    "dcterms.creator", "byl", "citation_author", "og:article:author", "twitter:creator"};

constexpr std::string_view kSiteKeys[] = {"og:site_name", "application-name",
                                                               "publisher", "dc.publisher"};

bool IsUrl(std::string_view s) {
  return s.starts_with("http://") || s.starts_with("https://") || s.starts_with("/") ||
         s.starts_with("www.");
}

// "/news/x" against "https://site.org/a/b" -> "https://site.org/news/x".
std::string Absolute(const std::string& url, const std::string& base) {
  if (url.empty() || url.find("://") != std::string::npos) return url;
  size_t scheme = base.find("://");
  if (scheme == std::string::npos) return "";
  if (url.starts_with("//")) return base.substr(0, scheme + 1) + url;
  if (!url.starts_with("/")) return "";
  size_t path = base.find('/', scheme + 3);
  return base.substr(0, path) + url;
}

std::vector<std::string> SiteNames(const PageSignals& signals, const JsonLdMeta& ld) {
  std::vector<std::string> names;
  for (std::string_view key : kSiteKeys) {
    std::string name = FirstMeta(signals, {key});
    if (!name.empty() && !IsUrl(name)) names.push_back(name);
  }
  if (!ld.site_name.empty()) names.push_back(ld.site_name);
  return names;
}

std::string ChooseTitle(const PageSignals& signals, const JsonLdMeta& ld,
                        const std::vector<std::string>& sites, const std::string& url) {
  std::vector<std::string> candidates;
  for (const std::string& raw : {FirstMeta(signals, {"og:title", "twitter:title"}), ld.headline,
                                 signals.title}) {
    if (raw.empty() || IsSiteName(raw, sites, url)) continue;  // an og:title that is the site
    candidates.push_back(StripSiteName(raw, sites, url));
  }
  // An <h1> that agrees with the markup is the headline as shown.
  for (const std::string& heading : signals.headings) {
    for (const std::string& c : candidates) {
      if (SameTitle(heading, c) || IsEndSegments(c, heading)) {
        return heading;
      }
    }
  }
  if (!candidates.empty()) return candidates.front();
  return signals.headings.empty() ? "" : signals.headings.front();
}

// Drops names that are the site's own name ("Jonathan Wasserman, Bleacher Report").
std::vector<std::string> WithoutSiteNames(std::vector<std::string> authors,
                                          const std::vector<std::string>& sites) {
  std::erase_if(authors, [&](const std::string& name) {
    return std::any_of(sites.begin(), sites.end(),
                       [&](const std::string& site) { return SameTitle(name, site); });
  });
  return authors;
}

// The first source that names a person wins: JSON-LD, author <meta>s, then the
// first byline element (its author-page links if it has any, else its text).
std::vector<std::string> ChooseAuthors(const PageSignals& signals, const JsonLdMeta& ld,
                                       const std::vector<std::string>& sites) {
  std::vector<std::string> authors;
  for (const std::string& name : ld.authors) AddAuthors(name, &authors);
  authors = WithoutSiteNames(std::move(authors), sites);
  for (std::string_view key : kAuthorKeys) {
    if (!authors.empty()) return authors;
    for (const auto& [name, content] : signals.meta) {
      if (name == key && !IsUrl(content)) AddAuthors(content, &authors);
    }
    authors = WithoutSiteNames(std::move(authors), sites);
  }
  for (const PageSignals::Byline& byline : signals.bylines) {
    if (!authors.empty()) return authors;
    for (const std::string& link : byline.links) AddAuthors(link, &authors);
    if (authors.empty()) AddAuthors(byline.text, &authors);
    authors = WithoutSiteNames(std::move(authors), sites);
  }
  return authors;
}

std::optional<DateTime> FirstParsed(const std::vector<std::string>& values,
                                    const DateBounds& bounds) {
  for (const std::string& v : values) {
    if (auto date = ParseDate(v, bounds)) return date;
  }
  return std::nullopt;
}

std::optional<DateTime> FirstFound(const std::vector<std::string>& values,
                                   const DateBounds& bounds) {
  for (const std::string& v : values) {
    if (auto found = FindDate(v, bounds)) return found->date;
  }
  return std::nullopt;
}

// The publication date from the markup alone (no URL).
std::optional<DateTime> MarkupDate(const PageSignals& signals, const JsonLdMeta& ld,
                                   const DateBounds& bounds) {
  if (auto date = ParseDate(ld.date_published, bounds)) return date;
  for (std::string_view key : kPublishedKeys) {
    if (auto date = ParseDate(FirstMeta(signals, {key}), bounds)) return date;
  }
  return FirstParsed(signals.published_times, bounds);
}

std::optional<DateTime> ChoosePublished(const PageSignals& signals, const JsonLdMeta& ld,
                                        const std::string& url, const DateBounds& bounds) {
  auto markup = MarkupDate(signals, ld, bounds);
  auto from_url = DateFromUrl(url, bounds);
  if (markup && from_url && from_url->CompareDay(*markup) < 0) return from_url;
  if (markup) return markup;
  if (from_url) return from_url;
  if (auto date = FirstFound(signals.date_texts, bounds)) return date;
  for (std::string_view key : kVagueDateKeys) {
    if (auto date = ParseDate(FirstMeta(signals, {key}), bounds)) return date;
  }
  if (auto date = FirstParsed(signals.other_times, bounds)) return date;
  if (auto found = FindDate(signals.page_text, bounds)) return found->date;
  return std::nullopt;
}

std::string ChooseSection(const PageSignals& signals, const JsonLdMeta& ld,
                          const std::string& title) {
  std::string section = FirstMeta(signals, {"article:section", "section", "article-section"});
  if (section.empty()) section = ld.section;
  for (auto it = ld.breadcrumbs.rbegin(); section.empty() && it != ld.breadcrumbs.rend(); ++it) {
    if (!SameTitle(*it, title)) section = *it;
  }
  return CollapseWhitespace(section);
}

DateBounds BoundsFor(const Record& record) {
  DateBounds bounds;
  auto fetched = ParseIsoDate(record.fetched_at);
  bounds.latest = fetched ? *fetched : Today();
  return bounds;
}

void SetIfEmpty(std::string* field, const std::string& value) {
  if (field->empty()) *field = CollapseWhitespace(value);
}

}  // namespace

void DecideMetadata(const PageSignals& signals, const Record& record, Article* article,
                    std::string* json_ld_body) {
  JsonLdMeta ld;
  for (const std::string& block : signals.json_ld) ParseJsonLd(block, &ld);
  if (json_ld_body != nullptr) *json_ld_body = DecodeHtmlEntities(ld.article_body);
  std::string canonical = Absolute(signals.canonical, record.uri);
  if (canonical.empty()) canonical = Absolute(FirstMeta(signals, {"og:url"}), record.uri);
  SetIfEmpty(&article->canonical_url, canonical);
  const std::string& url = record.uri.empty() ? article->canonical_url : record.uri;

  std::vector<std::string> sites = SiteNames(signals, ld);
  if (!sites.empty()) SetIfEmpty(&article->site_name, sites.front());
  SetIfEmpty(&article->title, ChooseTitle(signals, ld, sites, url));
  if (article->authors.empty()) article->authors = ChooseAuthors(signals, ld, sites);
  if (article->published.empty()) {
    auto date = ChoosePublished(signals, ld, url, BoundsFor(record));
    if (date) article->published = date->ToIso();
  }
  SetIfEmpty(&article->section, ChooseSection(signals, ld, article->title));
  std::string description =
      FirstMeta(signals, {"description", "og:description", "twitter:description"});
  SetIfEmpty(&article->description, description.empty() ? ld.description : description);
}

void ExtractMetadata(const HtmlDom& dom, const Record& record, Article* article,
                     std::string* json_ld_body) {
  DecideMetadata(CollectPageSignals(dom), record, article, json_ld_body);
}

void ExtractDateline(Article* article) {
  std::vector<std::string_view> paragraphs;
  for (const Span& span : article->paragraphs) {
    if (paragraphs.size() == kDatelineParagraphs) break;
    std::string_view p = std::string_view(article->text).substr(span.start, span.size());
    // The headline repeated in the body ("FUTURE of HOPE – Island ...") is no dateline.
    if (!article->title.empty() && p.starts_with(article->title)) continue;
    paragraphs.push_back(p);
  }
  Dateline dateline;
  if (FindDatelineParagraph(paragraphs, kDatelineParagraphs, &dateline) >= 0) {
    article->dateline = dateline.place;
  }
}

}  // namespace lede
