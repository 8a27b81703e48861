// ParseFeed: gunzip, decode to UTF-8, find the format, read it.
#include "lede/feed.h"

#include <memory>
#include <string>

#include "extract/charset.h"
#include "feed/json_feed.h"
#include "feed/xml_formats.h"
#include "feed/xml_tree.h"
#include "io/byte_source.h"
#include "io/gzip_source.h"

namespace lede {
namespace {

bool IsGzip(std::string_view bytes) {
  return bytes.size() >= 2 && bytes[0] == '\x1f' && bytes[1] == '\x8b';
}

Status TooLarge(uint64_t limit) {
  return Status::TooLarge("feed larger than max_bytes (" + std::to_string(limit) + ")");
}

Status Gunzip(std::string_view bytes, uint64_t max_bytes, std::string* out) {
  auto source = io::NewInflateSource(io::NewMemorySource(bytes), io::Compression::kGzip);
  char buf[64 << 10];
  for (;;) {
    size_t got = 0;
    Status s = source->Read(buf, sizeof buf, &got);
    if (!s.ok()) return s;
    if (got == 0) return Status::OK();
    out->append(buf, got);
    if (max_bytes != 0 && out->size() > max_bytes) return TooLarge(max_bytes);
  }
}

// The first byte that says what the document is, after BOMs and white space.
char FirstSignificant(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  size_t i = s.find_first_not_of(" \t\r\n");
  return i == std::string_view::npos ? '\0' : s[i];
}

// One URL per line (sitemaps.org "Text file"); lines that are no http(s) URL are skipped.
void ReadTextSitemap(std::string_view utf8, size_t max_items, Feed* feed) {
  feed->type = FeedType::kSitemap;
  size_t pos = 0;
  while (pos < utf8.size()) {
    size_t end = utf8.find('\n', pos);
    if (end == std::string_view::npos) end = utf8.size();
    std::string_view line = utf8.substr(pos, end - pos);
    pos = end + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
      line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.rfind("http://", 0) != 0 && line.rfind("https://", 0) != 0) continue;
    if (!feed::RoomForItem(*feed, max_items)) break;
    FeedItem& item = feed->items.emplace_back();
    item.link = std::string(line);
    item.links.push_back(item.link);
  }
}

// The document is UTF-8 now: blank out the declaration's encoding="..." (a
// bogus or UTF-16 label there makes libxml2 give up).
void DropEncodingDeclaration(std::string* xml) {
  size_t decl = xml->find("<?xml");
  if (decl == std::string::npos || decl > 8) return;
  size_t end = xml->find("?>", decl);
  size_t enc = xml->find("encoding", decl);
  if (end == std::string::npos || enc == std::string::npos || enc > end) return;
  size_t open = xml->find_first_of("\"'", enc);
  if (open == std::string::npos || open > end) return;
  size_t close = xml->find((*xml)[open], open + 1);
  if (close == std::string::npos || close > end) return;
  xml->replace(enc, close + 1 - enc, close + 1 - enc, ' ');
}

// C1 controls (U+0080-U+009F) in a feed are windows-1252 punctuation that was
// decoded as Latin-1 ("don\u0092t" means "don't"); map them to what was meant.
void DemoroniseC1(std::string* utf8) {
  static constexpr const char* kWindows1252[32] = {
      "\u20AC", "\u0081", "\u201A", "\u0192", "\u201E", "\u2026", "\u2020", "\u2021",
      "\u02C6", "\u2030", "\u0160", "\u2039", "\u0152", "\u008D", "\u017D", "\u008F",
      "\u0090", "\u2018", "\u2019", "\u201C", "\u201D", "\u2022", "\u2013", "\u2014",
      "\u02DC", "\u2122", "\u0161", "\u203A", "\u0153", "\u009D", "\u017E", "\u0178"};
  if (utf8->find('\xC2') == std::string::npos) return;
  std::string out;
  out.reserve(utf8->size());
  for (size_t i = 0; i < utf8->size(); ++i) {
    unsigned char next = i + 1 < utf8->size() ? (*utf8)[i + 1] : 0;
    if ((*utf8)[i] == '\xC2' && next >= 0x80 && next <= 0x9F) {
      out += kWindows1252[next - 0x80];
      ++i;
    } else {
      out += (*utf8)[i];
    }
  }
  *utf8 = std::move(out);
}

Status ReadXml(std::string utf8, std::string_view raw, const FeedParseOptions& options,
               Feed* feed) {
  DropEncodingDeclaration(&utf8);
  DemoroniseC1(&utf8);
  feed::XmlTree tree;
  Status s = tree.Parse(utf8, options.base_url, "UTF-8");
  // UTF-16/32 without a BOM that the decoder did not recognise: libxml2's own
  // detection (XML 1.0 Appendix F) reads the raw bytes.
  if (!s.ok()) s = tree.Parse(raw, options.base_url, "");
  if (!s.ok()) return s;
  feed->recovered = tree.recovered();
  if (feed::ReadRss(tree.root(), options.max_items, feed) ||
      feed::ReadAtom(tree.root(), options.max_items, feed) ||
      feed::ReadSitemap(tree.root(), options.max_items, feed))
    return Status::OK();
  return Status::Corruption("XML root element <" + feed::Key(tree.root()) +
                            "> is no feed or sitemap");
}

}  // namespace

std::string_view FeedTypeName(FeedType type) {
  switch (type) {
    case FeedType::kRss:
      return "rss";
    case FeedType::kAtom:
      return "atom";
    case FeedType::kJson:
      return "json";
    case FeedType::kSitemap:
      return "sitemap";
    case FeedType::kSitemapIndex:
      return "sitemapindex";
  }
  return "unknown";
}

Status ParseFeed(std::string_view bytes, const FeedParseOptions& options, Feed* feed) {
  *feed = Feed();
  std::string inflated;
  if (IsGzip(bytes)) {
    Status s = Gunzip(bytes, options.max_bytes, &inflated);
    if (!s.ok()) return s;
    bytes = inflated;
  }
  if (options.max_bytes != 0 && bytes.size() > options.max_bytes)
    return TooLarge(options.max_bytes);
  // One decoder for every format: BOM, then HTTP charset, then the XML
  // declaration, then detection (extract/charset.h). The parsers see UTF-8 only.
  DecodedText decoded = DecodeToUtf8(bytes, options.content_type, /*is_html=*/false);
  switch (FirstSignificant(decoded.utf8)) {
    case '\0':
      return Status::Corruption("empty document");
    case '{':
      return feed::ReadJsonFeed(decoded.utf8, options, feed);
    case 'h':
    case 'H':
      ReadTextSitemap(decoded.utf8, options.max_items, feed);
      if (!feed->items.empty()) return Status::OK();
      return Status::Corruption("text without http(s) URLs is no sitemap");
    default:
      return ReadXml(std::move(decoded.utf8), bytes, options, feed);
  }
}

}  // namespace lede
