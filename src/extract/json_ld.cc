#include "extract/json_ld.h"

#include <algorithm>
#include <cstdint>
#include <span>
#include <utility>

#include <nlohmann/json.hpp>

#include "extract/meta_text.h"

namespace lede {
namespace {

using Json = nlohmann::json;

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

bool HasType(const Json& obj, std::span<const std::string_view> types) {
  auto it = obj.find("@type");
  if (it == obj.end()) return false;
  auto matches = [&](const Json& t) {
    return t.is_string() &&
           std::find(types.begin(), types.end(), t.get_ref<const std::string&>()) != types.end();
  };
  if (matches(*it)) return true;
  return it->is_array() && std::any_of(it->begin(), it->end(), matches);
}

// A string value (HTML references decoded: pages often escape twice), or the
// first string of an array, or an object's "name"/"@value".
std::string Text(const Json& v) {
  if (v.is_string()) return DecodeHtmlEntities(v.get_ref<const std::string&>());
  if (v.is_array() && !v.empty()) return Text(v.front());
  if (v.is_object()) {
    for (const char* key : {"name", "@value"}) {
      auto it = v.find(key);
      if (it != v.end() && it->is_string()) return Text(*it);
    }
  }
  return "";
}

std::string Field(const Json& obj, const char* key) {
  auto it = obj.find(key);
  return it == obj.end() ? "" : Text(*it);
}

void SetIfEmpty(std::string* field, std::string value) {
  if (field->empty()) *field = std::move(value);
}

// One author entry: a name string or a Person object; Organizations are skipped.
void AddAuthor(const Json& author, std::vector<std::string>* out) {
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

void TakeAuthors(const Json& obj, std::vector<std::string>* out) {
  for (const char* key : {"author", "creator"}) {
    auto it = obj.find(key);
    if (it == obj.end()) continue;
    if (it->is_array()) {
      for (const Json& a : *it) AddAuthor(a, out);
    } else {
      AddAuthor(*it, out);
    }
    if (!out->empty()) return;
  }
}

std::string PageUrl(const Json& obj) {
  std::string url = Field(obj, "url");
  if (!url.empty()) return url;
  auto it = obj.find("mainEntityOfPage");
  if (it == obj.end()) return "";
  if (it->is_object()) return Field(*it, "@id");
  return Text(*it);
}

void TakeArticle(const Json& obj, JsonLdMeta* meta) {
  SetIfEmpty(&meta->headline, Field(obj, "headline"));
  SetIfEmpty(&meta->headline, Field(obj, "name"));
  for (const char* key : {"datePublished", "dateCreated", "uploadDate"}) {
    SetIfEmpty(&meta->date_published, Field(obj, key));
  }
  SetIfEmpty(&meta->date_modified, Field(obj, "dateModified"));
  SetIfEmpty(&meta->section, Field(obj, "articleSection"));
  SetIfEmpty(&meta->description, Field(obj, "description"));
  auto publisher = obj.find("publisher");
  if (publisher != obj.end()) SetIfEmpty(&meta->site_name, Text(*publisher));
  SetIfEmpty(&meta->url, PageUrl(obj));
  if (meta->authors.empty()) TakeAuthors(obj, &meta->authors);
}

void TakeBreadcrumbs(const Json& list, JsonLdMeta* meta) {
  auto items = list.find("itemListElement");
  if (items == list.end() || !items->is_array() || !meta->breadcrumbs.empty()) return;
  std::vector<std::pair<double, std::string>> crumbs;
  for (const Json& item : *items) {
    if (!item.is_object()) continue;
    std::string name = Field(item, "name");
    auto inner = item.find("item");
    if (name.empty() && inner != item.end() && inner->is_object()) name = Field(*inner, "name");
    auto pos = item.find("position");
    double position = pos != item.end() && pos->is_number() ? pos->get<double>() : crumbs.size();
    if (!name.empty()) crumbs.emplace_back(position, std::move(name));
  }
  std::stable_sort(crumbs.begin(), crumbs.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [position, name] : crumbs) meta->breadcrumbs.push_back(std::move(name));
}

// Every object in the document, in document order, walked without recursion.
std::vector<const Json*> Objects(const Json& root) {
  std::vector<const Json*> objects;
  std::vector<const Json*> stack = {&root};
  while (!stack.empty()) {
    const Json* node = stack.back();
    stack.pop_back();
    if (node->is_object()) objects.push_back(node);
    if (!node->is_structured()) continue;
    std::vector<const Json*> children;
    for (const Json& child : *node) children.push_back(&child);
    stack.insert(stack.end(), children.rbegin(), children.rend());
  }
  return objects;
}

// The longest "articleBody" string among `objects`, if longer than the one in *meta.
void TakeLongerArticleBody(const std::vector<const Json*>& objects, JsonLdMeta* meta) {
  for (const Json* obj : objects) {
    auto it = obj->find("articleBody");
    if (it != obj->end() && it->is_string() &&
        it->get_ref<const std::string&>().size() > meta->article_body.size()) {
      meta->article_body = it->get_ref<const std::string&>();
    }
  }
}

}  // namespace

bool IsJsonLdType(std::string_view script_type) {
  return AsciiLower(script_type).find("ld+json") != std::string::npos;
}

bool ParseJsonLd(std::string_view block, JsonLdMeta* meta, const JsonLdOptions& options) {
  if (options.max_block_bytes != 0 && block.size() > options.max_block_bytes) return false;
  if (options.max_depth != 0 && NestingDepth(block) > options.max_depth) return false;
  bool as_given = true;
  Json root = Json::parse(Sanitize(block, &as_given), nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) return false;
  std::vector<const Json*> objects = Objects(root);
  if (as_given) {
    TakeLongerArticleBody(objects, meta);
  } else if (block.find("articleBody") != std::string_view::npos) {
    const Json raw = Json::parse(block, nullptr, /*allow_exceptions=*/false);
    if (!raw.is_discarded()) TakeLongerArticleBody(Objects(raw), meta);
  }
  for (const Json* obj : objects) {
    if (HasType(*obj, kArticleTypes)) TakeArticle(*obj, meta);
  }
  for (const Json* obj : objects) {
    if (HasType(*obj, kPageTypes)) TakeArticle(*obj, meta);
    if (HasType(*obj, kBreadcrumbTypes)) TakeBreadcrumbs(*obj, meta);
    if (HasType(*obj, kSiteTypes)) {
      SetIfEmpty(&meta->site_name, Field(*obj, "name"));
    }
  }
  return true;
}

}  // namespace lede
