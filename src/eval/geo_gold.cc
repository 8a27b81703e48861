#include "eval/geo_gold.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string_view>

namespace lede::eval {
namespace {

// GeoWebNews types that name a place literally (geo_eval.py's LITERAL).
constexpr std::string_view kLiteralTypes[] = {"Literal", "Literal_Modifier", "Mixed",
                                              "Embedded_Literal", "Coercion"};

bool IsElement(xmlNodePtr node, std::string_view name) {
  return node->type == XML_ELEMENT_NODE &&
         std::string_view(reinterpret_cast<const char*>(node->name)) == name;
}

xmlNodePtr Child(xmlNodePtr parent, std::string_view name) {
  for (xmlNodePtr c = parent->children; c != nullptr; c = c->next) {
    if (IsElement(c, name)) return c;
  }
  return nullptr;
}

// The text of the child element `name` (ElementTree's findtext: "" when the
// element is empty), or nullopt when there is no such child.
std::optional<std::string> ChildText(xmlNodePtr parent, std::string_view name) {
  xmlNodePtr c = Child(parent, name);
  if (c == nullptr) return std::nullopt;
  xmlChar* content = xmlNodeGetContent(c);
  std::string text = content == nullptr ? "" : reinterpret_cast<const char*>(content);
  xmlFree(content);
  return text;
}

// The first non-empty of <a>, <b> and <gaztag><b>.
std::string Coordinate(xmlNodePtr toponym, std::string_view a, std::string_view b) {
  std::string value = ChildText(toponym, a).value_or("");
  if (value.empty()) value = ChildText(toponym, b).value_or("");
  xmlNodePtr gaztag = Child(toponym, "gaztag");
  if (value.empty() && gaztag != nullptr) value = ChildText(gaztag, b).value_or("");
  return value;
}

// The GeoNames id of a gold toponym's place: <geonamesID> or <gaztag geonameid>; 0
// when neither holds a positive number.
int64_t GeonamesId(xmlNodePtr toponym) {
  std::string id = ChildText(toponym, "geonamesID").value_or("");
  xmlNodePtr gaztag = Child(toponym, "gaztag");
  if (id.empty() && gaztag != nullptr) {
    xmlChar* attribute = xmlGetProp(gaztag, reinterpret_cast<const xmlChar*>("geonameid"));
    if (attribute != nullptr) id = reinterpret_cast<const char*>(attribute);
    xmlFree(attribute);
  }
  char* end = nullptr;
  const long long value = std::strtoll(id.c_str(), &end, 10);
  return !id.empty() && end == id.c_str() + id.size() && value > 0 ? value : 0;
}

bool ParseNumber(const std::string& s, double* out) {
  char* end = nullptr;
  *out = std::strtod(s.c_str(), &end);
  return !s.empty() && end == s.c_str() + s.size();
}

void CollectByName(xmlNodePtr node, std::string_view name, std::vector<xmlNodePtr>* out) {
  for (xmlNodePtr c = node->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (IsElement(c, name)) out->push_back(c);
    CollectByName(c, name, out);
  }
}

// Reads one gold toponym; *kept is false when it is left out (non-literal or no point).
Status ReadToponym(xmlNodePtr t, bool* kept, GoldToponym* gold) {
  *kept = false;
  const std::optional<std::string> start = ChildText(t, "start"), end = ChildText(t, "end");
  const std::optional<std::string> type = ChildText(t, "type");
  if (type && std::find(std::begin(kLiteralTypes), std::end(kLiteralTypes), *type) ==
                  std::end(kLiteralTypes)) {
    return Status::OK();
  }
  const std::string lat = Coordinate(t, "latitude", "lat"), lon = Coordinate(t, "longitude", "lon");
  if (!start || !end || lat.empty() || lon.empty()) return Status::OK();
  double s, e;
  if (!ParseNumber(*start, &s) || !ParseNumber(*end, &e) || !ParseNumber(lat, &gold->lat) ||
      !ParseNumber(lon, &gold->lon)) {
    return Status::Corruption("a toponym's start, end, lat or lon is no number");
  }
  gold->start = static_cast<size_t>(s);
  gold->end = static_cast<size_t>(e);
  gold->geonames_id = GeonamesId(t);
  *kept = true;
  return Status::OK();
}

constexpr std::string_view kSpace = " \t\n\r\f\v";

std::string Trimmed(const std::string& s) {
  const size_t first = s.find_first_not_of(kSpace);
  return first == std::string::npos ? "" : s.substr(first, s.find_last_not_of(kSpace) + 1 - first);
}

Status ReadArticle(xmlNodePtr node, GeoArticle* article) {
  article->text = ChildText(node, "text").value_or("");
  for (std::string_view name : {"url", "link", "source"}) {
    if (article->url.empty()) article->url = Trimmed(ChildText(node, name).value_or(""));
  }
  std::vector<xmlNodePtr> elements;
  CollectByName(node, "toponym", &elements);
  CollectByName(node, "location", &elements);
  for (xmlNodePtr t : elements) {
    GoldToponym gold;
    bool kept;
    Status s = ReadToponym(t, &kept, &gold);
    if (!s.ok()) return s;
    if (kept) article->toponyms.push_back(gold);
  }
  return Status::OK();
}

bool IsBlank(const std::string& text) {
  return text.find_first_not_of(kSpace) == std::string::npos;
}

}  // namespace

Status LoadGeoGold(const std::string& path, std::vector<GeoArticle>* articles) {
  if (!std::filesystem::exists(path)) return Status::NotFound(path + ": no such file");
  xmlDocPtr doc = xmlReadFile(path.c_str(), nullptr, XML_PARSE_NONET | XML_PARSE_HUGE);
  if (doc == nullptr) return Status::Corruption(path + ": not well-formed XML");
  Status status;
  size_t index = 0;
  for (xmlNodePtr node = xmlDocGetRootElement(doc)->children; node != nullptr; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    GeoArticle article;
    Status s = ReadArticle(node, &article);
    if (!s.ok()) {
      status = Status::Corruption(path + ": article " + std::to_string(index) + ": " + s.message());
      break;
    }
    ++index;
    if (!IsBlank(article.text) && !article.toponyms.empty()) articles->push_back(std::move(article));
  }
  xmlFreeDoc(doc);
  return status;
}

}  // namespace lede::eval
