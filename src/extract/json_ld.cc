#include "extract/json_ld.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <utility>

#include <simdjson.h>

#include "extract/meta_text.h"

namespace lede {
namespace {

// A value in a document parsed by simdjson (a handle: cheap to copy).
using Json = simdjson::dom::element;

// Removes the HTML comment and CDATA wrappers pages put around JSON-LD and turns
// raw control characters (invalid inside JSON strings) into spaces. *as_given
// says whether the block reads as the same JSON without this: no wrapper was
// removed and no control character was replaced but JSON's own whitespace
// (tab, newline, carriage return) between tokens.
std::string Sanitize(std::string_view block, bool* as_given) {
  std::string out(block);
  *as_given = true;
  bool in_string = false, escaped = false;
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20) {
      if (in_string || (c != '\t' && c != '\n' && c != '\r')) *as_given = false;
      c = ' ';
    } else if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    }
  }
  for (std::string_view wrapper : {"//<![CDATA[", "//]]>", "<![CDATA[", "]]>", "<!--", "-->"}) {
    for (size_t at; (at = out.find(wrapper)) != std::string::npos;) {
      out.replace(at, wrapper.size(), " ");
      *as_given = false;
    }
  }
  return out;
}

// The deepest nesting of {} and [] outside strings.
uint32_t NestingDepth(std::string_view s) {
  uint32_t depth = 0, deepest = 0;
  bool in_string = false, escaped = false;
  for (char c : s) {
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      deepest = std::max(deepest, ++depth);
    } else if ((c == '}' || c == ']') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

constexpr std::string_view kArticleTypes[] = {
    "NewsArticle", "Article", "BlogPosting", "ReportageNews", "AnalysisNewsArticle",
    "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting",
    "Report", "TechArticle", "ScholarlyArticle", "SocialMediaPosting"};
constexpr std::string_view kPageTypes[] = {"WebPage", "ItemPage", "AboutPage"};
constexpr std::string_view kOrganisationTypes[] = {"Organization", "NewsMediaOrganization"};
constexpr std::string_view kSiteTypes[] = {"WebSite", "NewsMediaOrganization"};
constexpr std::string_view kBreadcrumbTypes[] = {"BreadcrumbList"};

// The value of `key` in object `obj`; with duplicate keys the last one, as
// most JSON readers (and lede's before simdjson) keep it.
std::optional<Json> Find(Json obj, std::string_view key) {
  std::optional<Json> found;
  if (!obj.is_object()) return found;
  for (simdjson::dom::key_value_pair field : simdjson::dom::object(obj)) {
    if (field.key == key) found = field.value;
  }
  return found;
}

std::optional<std::string_view> StringOf(Json v) {
  std::string_view s;
  if (v.get_string().get(s) != simdjson::SUCCESS) return std::nullopt;
  return s;
}

bool HasType(Json obj, std::span<const std::string_view> types) {
  std::optional<Json> type = Find(obj, "@type");
  if (!type) return false;
  auto matches = [&](Json t) {
    std::optional<std::string_view> s = StringOf(t);
    return s && std::find(types.begin(), types.end(), *s) != types.end();
  };
  if (matches(*type)) return true;
  if (!type->is_array()) return false;
  for (Json t : simdjson::dom::array(*type)) {
    if (matches(t)) return true;
  }
  return false;
}

// A string value (HTML references decoded: pages often escape twice), or the
// first string of an array, or an object's "name"/"@value".
std::string Text(Json v) {
  if (std::optional<std::string_view> s = StringOf(v)) return DecodeHtmlEntities(*s);
  if (v.is_array()) {
    for (Json first : simdjson::dom::array(v)) return Text(first);
    return "";
  }
  if (v.is_object()) {
    for (const char* key : {"name", "@value"}) {
      std::optional<Json> field = Find(v, key);
      if (field && field->is_string()) return Text(*field);
    }
  }
  return "";
}

std::string Field(Json obj, const char* key) {
  std::optional<Json> v = Find(obj, key);
  return v ? Text(*v) : "";
}

void SetIfEmpty(std::string* field, std::string value) {
  if (field->empty()) *field = std::move(value);
}

// One author entry: a name string or a Person object; Organizations are skipped.
void AddAuthor(Json author, std::vector<std::string>* out) {
  std::string name;
  if (author.is_string()) {
    name = Text(author);
  } else if (author.is_object() && !HasType(author, kOrganisationTypes)) {
    name = Field(author, "name");
    if (name.empty()) {
      name = Field(author, "givenName");
      std::string family = Field(author, "familyName");
      if (!family.empty()) name += (name.empty() ? "" : " ") + family;
    }
  }
  if (!name.empty() && std::find(out->begin(), out->end(), name) == out->end()) {
    out->push_back(std::move(name));
  }
}

void TakeAuthors(Json obj, std::vector<std::string>* out) {
  for (const char* key : {"author", "creator"}) {
    std::optional<Json> v = Find(obj, key);
    if (!v) continue;
    if (v->is_array()) {
      for (Json a : simdjson::dom::array(*v)) AddAuthor(a, out);
    } else {
      AddAuthor(*v, out);
    }
    if (!out->empty()) return;
  }
}

std::string PageUrl(Json obj) {
  std::string url = Field(obj, "url");
  if (!url.empty()) return url;
  std::optional<Json> main = Find(obj, "mainEntityOfPage");
  if (!main) return "";
  if (main->is_object()) return Field(*main, "@id");
  return Text(*main);
}

void TakeArticle(Json obj, JsonLdMeta* meta) {
  SetIfEmpty(&meta->headline, Field(obj, "headline"));
  SetIfEmpty(&meta->headline, Field(obj, "name"));
  for (const char* key : {"datePublished", "dateCreated", "uploadDate"}) {
    SetIfEmpty(&meta->date_published, Field(obj, key));
  }
  SetIfEmpty(&meta->date_modified, Field(obj, "dateModified"));
  SetIfEmpty(&meta->section, Field(obj, "articleSection"));
  SetIfEmpty(&meta->description, Field(obj, "description"));
  if (std::optional<Json> publisher = Find(obj, "publisher")) SetIfEmpty(&meta->site_name, Text(*publisher));
  SetIfEmpty(&meta->url, PageUrl(obj));
  if (meta->authors.empty()) TakeAuthors(obj, &meta->authors);
}

// A JSON number as a double, whatever its type in the document.
std::optional<double> NumberOf(Json v) {
  double d;
  int64_t i;
  uint64_t u;
  if (v.get_double().get(d) == simdjson::SUCCESS) return d;
  if (v.get_int64().get(i) == simdjson::SUCCESS) return static_cast<double>(i);
  if (v.get_uint64().get(u) == simdjson::SUCCESS) return static_cast<double>(u);
  return std::nullopt;
}

void TakeBreadcrumbs(Json list, JsonLdMeta* meta) {
  std::optional<Json> items = Find(list, "itemListElement");
  if (!items || !items->is_array() || !meta->breadcrumbs.empty()) return;
  std::vector<std::pair<double, std::string>> crumbs;
  for (Json item : simdjson::dom::array(*items)) {
    if (!item.is_object()) continue;
    std::string name = Field(item, "name");
    std::optional<Json> inner = Find(item, "item");
    if (name.empty() && inner && inner->is_object()) name = Field(*inner, "name");
    std::optional<Json> pos = Find(item, "position");
    std::optional<double> number = pos ? NumberOf(*pos) : std::nullopt;
    double position = number ? *number : crumbs.size();
    if (!name.empty()) crumbs.emplace_back(position, std::move(name));
  }
  std::stable_sort(crumbs.begin(), crumbs.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [position, name] : crumbs) meta->breadcrumbs.push_back(std::move(name));
}

// The values of an object's members in key order, one per key (the last of
// duplicates): the order in which lede has always visited them.
std::vector<Json> MembersByKey(Json obj) {
  std::vector<std::pair<std::string_view, Json>> members;
  for (simdjson::dom::key_value_pair field : simdjson::dom::object(obj)) {
    members.emplace_back(field.key, field.value);
  }
  std::stable_sort(members.begin(), members.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Json> values;
  for (size_t i = 0; i < members.size(); ++i) {
    if (i + 1 < members.size() && members[i + 1].first == members[i].first) continue;
    values.push_back(members[i].second);
  }
  return values;
}

// Every object in the document, in document order, walked without recursion.
std::vector<Json> Objects(Json root) {
  std::vector<Json> objects;
  std::vector<Json> stack = {root};
  while (!stack.empty()) {
    Json node = stack.back();
    stack.pop_back();
    std::vector<Json> children;
    if (node.is_object()) {
      objects.push_back(node);
      children = MembersByKey(node);
    } else if (node.is_array()) {
      for (Json child : simdjson::dom::array(node)) children.push_back(child);
    }
    stack.insert(stack.end(), children.rbegin(), children.rend());
  }
  return objects;
}

// The longest "articleBody" string among `objects`, if longer than the one in *meta.
void TakeLongerArticleBody(const std::vector<Json>& objects, JsonLdMeta* meta) {
  for (Json obj : objects) {
    std::optional<Json> body = Find(obj, "articleBody");
    std::optional<std::string_view> text = body ? StringOf(*body) : std::nullopt;
    if (text && text->size() > meta->article_body.size()) meta->article_body = *text;
  }
}

// Parses `json` with the thread's parser number `which` (a document lives
// until its parser parses the next one); nullopt if it is not JSON.
std::optional<Json> Parse(const std::string& json, int which) {
  thread_local simdjson::dom::parser parsers[2];
  Json root;
  if (parsers[which].parse(json).get(root) != simdjson::SUCCESS) return std::nullopt;
  return root;
}

}  // namespace

bool IsJsonLdType(std::string_view script_type) {
  return AsciiLower(script_type).find("ld+json") != std::string::npos;
}

bool ParseJsonLd(std::string_view block, JsonLdMeta* meta, const JsonLdOptions& options) {
  if (options.max_block_bytes != 0 && block.size() > options.max_block_bytes) return false;
  if (options.max_depth != 0 && NestingDepth(block) > options.max_depth) return false;
  bool as_given = true;
  std::optional<Json> root = Parse(Sanitize(block, &as_given), 0);
  if (!root) return false;
  std::vector<Json> objects = Objects(*root);
  if (as_given) {
    TakeLongerArticleBody(objects, meta);
  } else if (block.find("articleBody") != std::string_view::npos) {
    if (std::optional<Json> raw = Parse(std::string(block), 1)) TakeLongerArticleBody(Objects(*raw), meta);
  }
  for (Json obj : objects) {
    if (HasType(obj, kArticleTypes)) TakeArticle(obj, meta);
  }
  for (Json obj : objects) {
    if (HasType(obj, kPageTypes)) TakeArticle(obj, meta);
    if (HasType(obj, kBreadcrumbTypes)) TakeBreadcrumbs(obj, meta);
    if (HasType(obj, kSiteTypes)) {
      SetIfEmpty(&meta->site_name, Field(obj, "name"));
    }
  }
  return true;
}

}  // namespace lede
