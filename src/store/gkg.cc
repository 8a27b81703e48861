#include "store/gkg.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

namespace lede {
namespace {

// Byte offsets -> character offsets in one text (GKG counts characters).
class CharOffsets {
 public:
  explicit CharOffsets(std::string_view text) : text_(text) {}
  size_t operator()(uint32_t byte) const {
    size_t chars = 0;
    for (size_t i = 0; i < byte && i < text_.size(); ++i) chars += (static_cast<unsigned char>(text_[i]) & 0xc0) != 0x80;
    return chars;
  }

 private:
  std::string_view text_;
};

// `text` without GKG's delimiters (TAB, newlines, and those of `also`).
std::string Clean(std::string_view text, std::string_view also) {
  std::string out;
  for (char c : text) out += (c == '\t' || c == '\n' || c == '\r' || also.find(c) != std::string_view::npos) ? ' ' : c;
  return out;
}

// Whole numbers in full (GKG has no exponents), others with 10 significant digits.
std::string Number(double x) {
  char buf[48];
  if (x == std::floor(x) && std::fabs(x) < 1e18) std::snprintf(buf, sizeof buf, "%.0f", x);
  else std::snprintf(buf, sizeof buf, "%.10g", x);
  return buf;
}

// Joins `items` with `sep`; with `trailing`, `sep` ends every item (as GKG's Counts, Themes and Amounts do).
std::string Join(const std::vector<std::string>& items, char sep, bool trailing) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    out += items[i];
    if (trailing || i + 1 < items.size()) out += sep;
  }
  return out;
}

// "YYYYMMDDHHMMSS" from the digits of an ISO date-time, zero-padded.
std::string Compact(std::string_view iso) {
  std::string digits;
  for (char c : iso) {
    if (c >= '0' && c <= '9' && digits.size() < 14) digits += c;
  }
  return digits.size() < 8 ? std::string() : digits + std::string(14 - digits.size(), '0');
}

// A GKG location block without the offset: Type#FullName#Country#ADM1#ADM2#Lat#Long#FeatureID
// (ADM2 is left out for the version-1 Locations column). Empty for places GKG has no type
// for (continents, regions).
std::string LocationBlock(const AnalysisPlace& p, const Gazetteer* g, bool with_adm2) {
  if (p.country.empty()) return "";
  const std::string fips(FipsCountryCode(p.country));
  const bool us = p.country == "US";
  const std::string admin1_code = p.admin1.size() > 3 ? p.admin1.substr(3) : "";
  const Place* country = g != nullptr ? g->Country(p.country) : nullptr;
  const Place* admin1 = g != nullptr && !p.admin1.empty() ? g->Admin1(p.admin1) : nullptr;
  std::string type, name = p.name, adm1 = fips.empty() ? "" : fips + admin1_code, feature;
  if (p.kind == "country") {
    type = "1";
    adm1 = fips;
    feature = fips;
  } else if (p.kind == "admin1") {
    type = us ? "2" : "5";
    feature = us ? admin1_code : std::to_string(p.geonames_id);
    if (country != nullptr) name += ", " + country->name;
  } else {
    type = us ? "3" : "4";
    feature = std::to_string(p.geonames_id);
    if (admin1 != nullptr) name += ", " + admin1->name;
    if (country != nullptr) name += ", " + country->name;
  }
  std::string block = type + "#" + Clean(name, "#;") + "#" + fips + "#" + adm1 + "#";
  if (with_adm2) block += "#";
  return block + Number(p.lat) + "#" + Number(p.lon) + "#" + feature;
}

struct Layers {
  const StoredArticle& stored;
  const Analysis& a;
  const Gazetteer* gazetteer;
  CharOffsets offset;
};

// Counts and V2Counts: each count with the place mentioned nearest before it.
std::pair<std::string, std::string> CountColumns(const Layers& l) {
  std::vector<std::pair<uint32_t, std::string>> place_mentions;  // (byte offset, location block)
  for (const AnalysisPlace& p : l.a.places) {
    std::string block = LocationBlock(p, l.gazetteer, false);
    if (block.empty()) continue;
    for (const AnalysisEntity& e : l.a.entities) {
      if (e.id != p.entity_id) continue;
      for (Span m : e.mentions) place_mentions.push_back({m.start, block});
    }
  }
  std::sort(place_mentions.begin(), place_mentions.end());
  std::vector<std::string> v1, v2;
  for (const AnalysisCount& c : l.a.counts) {
    if (c.type == "AMOUNT") continue;
    std::string where = "0######";
    for (const auto& [at, block] : place_mentions) {
      if (at > c.span.start) break;
      where = block;
    }
    std::string type = c.type == "DISPLACE" ? "DISPLACED" : c.type;
    std::string item = type + "#" + Number(c.number) + "#" + Clean(c.object, "#;") + "#" + where;
    v1.push_back(item);
    v2.push_back(item + "#" + std::to_string(l.offset(c.span.start)));
  }
  return {Join(v1, ';', true), Join(v2, ';', true)};
}

std::pair<std::string, std::string> ThemeColumns(const Layers& l) {
  std::vector<std::string> v1, v2;
  for (const AnalysisTheme& t : l.a.themes) {
    v1.push_back(t.theme);
    for (Span s : t.evidence) v2.push_back(t.theme + "," + std::to_string(l.offset(s.start)));
  }
  return {Join(v1, ';', true), Join(v2, ';', true)};
}

std::pair<std::string, std::string> LocationColumns(const Layers& l) {
  std::vector<std::string> v1, v2;
  for (const AnalysisPlace& p : l.a.places) {
    std::string block = LocationBlock(p, l.gazetteer, false);
    if (block.empty()) continue;
    v1.push_back(block);
    std::string v2_block = LocationBlock(p, l.gazetteer, true);
    for (const AnalysisEntity& e : l.a.entities) {
      if (e.id != p.entity_id) continue;
      for (Span m : e.mentions) v2.push_back(v2_block + "#" + std::to_string(l.offset(m.start)));
    }
  }
  return {Join(v1, ';', false), Join(v2, ';', false)};
}

// Persons or Organizations (version 1: lower-cased names once; V2: "Name,offset" per mention).
std::pair<std::string, std::string> NameColumns(const Layers& l, std::string_view type) {
  std::set<std::string> names;
  std::vector<std::pair<uint32_t, std::string>> mentions;
  for (const AnalysisEntity& e : l.a.entities) {
    if (e.type != type) continue;
    std::string name = Clean(e.name, ",;#");
    std::string lower = name;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    names.insert(lower);
    for (Span m : e.mentions) mentions.push_back({m.start, name});
  }
  std::sort(mentions.begin(), mentions.end());
  std::vector<std::string> v2;
  for (const auto& [at, name] : mentions) v2.push_back(name + "," + std::to_string(l.offset(at)));
  return {Join({names.begin(), names.end()}, ';', false), Join(v2, ';', false)};
}

// AllNames: every entity mention, "Name,offset", in text order.
std::string AllNames(const Layers& l) {
  std::vector<std::pair<uint32_t, std::string>> mentions;
  for (const AnalysisEntity& e : l.a.entities) {
    for (Span m : e.mentions) mentions.push_back({m.start, Clean(e.name, ",;#")});
  }
  std::sort(mentions.begin(), mentions.end());
  std::vector<std::string> out;
  for (const auto& [at, name] : mentions) out.push_back(name + "," + std::to_string(l.offset(at)));
  return Join(out, ';', false);
}

// V2EnhancedDates from the events' dates: Resolution#Month#Day#Year#Offset, where
// resolution is 3 for a full date, 2 for a month, 1 for a year; offset is the event's sentence.
std::string Dates(const Layers& l) {
  std::vector<std::string> out;
  for (const AnalysisEvent& e : l.a.events) {
    const std::string& d = e.date;
    if (d.size() < 4) continue;
    int resolution = d.size() >= 10 ? 3 : d.size() >= 7 ? 2 : 1;
    std::string month = resolution >= 2 ? std::to_string(std::stoi(d.substr(5, 2))) : "0";
    std::string day = resolution == 3 ? std::to_string(std::stoi(d.substr(8, 2))) : "0";
    out.push_back(std::to_string(resolution) + "#" + month + "#" + day + "#" + d.substr(0, 4) + "#" +
                  std::to_string(l.offset(e.sentence.start)));
  }
  return Join(out, ';', false);
}

// Quotations: Offset|Length|Verb|Quote, joined by '#'.
std::string Quotations(const Layers& l) {
  const std::string& text = l.stored.article.text;
  std::vector<std::string> out;
  for (const AnalysisQuote& q : l.a.quotes) {
    if (q.text.end > text.size()) continue;
    size_t start = l.offset(q.text.start);
    std::string verb = q.cue.size() > 0 && q.cue.end <= text.size() ? text.substr(q.cue.start, q.cue.size()) : "";
    out.push_back(std::to_string(start) + "|" + std::to_string(l.offset(q.text.end) - start) + "|" +
                  Clean(verb, "#|") + "|" + Clean(QuotedText(text, q), "#|"));
  }
  return Join(out, '#', false);
}

// Amounts: Amount,Object,Offset for every count.
std::string Amounts(const Layers& l) {
  std::vector<std::string> out;
  for (const AnalysisCount& c : l.a.counts) {
    out.push_back(Number(c.number) + "," + Clean(c.object, ",;#") + "," + std::to_string(l.offset(c.span.start)));
  }
  return Join(out, ';', true);
}

std::string Tone(const AnalysisTone& t) {
  return Number(t.score) + "," + Number(t.positive) + "," + Number(t.negative) + "," + Number(t.polarity) +
         "," + Number(t.activity) + "," + Number(t.self_group) + "," + std::to_string(t.word_count);
}

}  // namespace

std::string_view FipsCountryCode(std::string_view iso2) {
  static const std::unordered_map<std::string_view, std::string_view> kDifferent = {
      {"AD", "AN"}, {"AG", "AC"}, {"AI", "AV"}, {"AQ", "AY"}, {"AS", "AQ"}, {"AT", "AU"}, {"AU", "AS"}, {"AW", "AA"},
      {"AZ", "AJ"}, {"BA", "BK"}, {"BD", "BG"}, {"BF", "UV"}, {"BG", "BU"}, {"BH", "BA"}, {"BI", "BY"}, {"BJ", "BN"},
      {"BL", "TB"}, {"BM", "BD"}, {"BN", "BX"}, {"BO", "BL"}, {"BS", "BF"}, {"BW", "BC"}, {"BY", "BO"}, {"BZ", "BH"},
      {"CC", "CK"}, {"CD", "CG"}, {"CF", "CT"}, {"CG", "CF"}, {"CH", "SZ"}, {"CI", "IV"}, {"CK", "CW"}, {"CL", "CI"},
      {"CN", "CH"}, {"CR", "CS"}, {"CW", "UC"}, {"CX", "KT"}, {"CZ", "EZ"}, {"DE", "GM"}, {"DK", "DA"}, {"DM", "DO"},
      {"DO", "DR"}, {"DZ", "AG"}, {"EE", "EN"}, {"EH", "WI"}, {"ES", "SP"}, {"GA", "GB"}, {"GB", "UK"}, {"GD", "GJ"},
      {"GE", "GG"}, {"GF", "FG"}, {"GG", "GK"}, {"GM", "GA"}, {"GN", "GV"}, {"GQ", "EK"}, {"GS", "SX"}, {"GU", "GQ"},
      {"GW", "PU"}, {"HN", "HO"}, {"HT", "HA"}, {"IE", "EI"}, {"IL", "IS"}, {"IQ", "IZ"}, {"IS", "IC"}, {"JP", "JA"},
      {"KH", "CB"}, {"KI", "KR"}, {"KM", "CN"}, {"KN", "SC"}, {"KP", "KN"}, {"KR", "KS"}, {"KW", "KU"}, {"KY", "CJ"},
      {"LB", "LE"}, {"LC", "ST"}, {"LI", "LS"}, {"LK", "CE"}, {"LR", "LI"}, {"LS", "LT"}, {"LT", "LH"}, {"LV", "LG"},
      {"MA", "MO"}, {"MC", "MN"}, {"ME", "MJ"}, {"MF", "RN"}, {"MG", "MA"}, {"MH", "RM"}, {"MM", "BM"}, {"MN", "MG"},
      {"MO", "MC"}, {"MP", "CQ"}, {"MQ", "MB"}, {"MS", "MH"}, {"MU", "MP"}, {"MW", "MI"}, {"NA", "WA"}, {"NE", "NG"},
      {"NG", "NI"}, {"NI", "NU"}, {"NU", "NE"}, {"OM", "MU"}, {"PA", "PM"}, {"PF", "FP"}, {"PG", "PP"}, {"PH", "RP"},
      {"PM", "SB"}, {"PN", "PC"}, {"PR", "RQ"}, {"PS", "WE"}, {"PT", "PO"}, {"PW", "PS"}, {"PY", "PA"}, {"RS", "RI"},
      {"RU", "RS"}, {"SB", "BP"}, {"SC", "SE"}, {"SD", "SU"}, {"SE", "SW"}, {"SG", "SN"}, {"SJ", "SV"}, {"SK", "LO"},
      {"SN", "SG"}, {"SR", "NS"}, {"SS", "OD"}, {"ST", "TP"}, {"SV", "ES"}, {"SX", "NN"}, {"SZ", "WZ"}, {"TC", "TK"},
      {"TD", "CD"}, {"TF", "FS"}, {"TG", "TO"}, {"TJ", "TI"}, {"TK", "TL"}, {"TL", "TT"}, {"TM", "TX"}, {"TN", "TS"},
      {"TO", "TN"}, {"TR", "TU"}, {"TT", "TD"}, {"UA", "UP"}, {"VA", "VT"}, {"VG", "VI"}, {"VI", "VQ"}, {"VN", "VM"},
      {"VU", "NH"}, {"XK", "KV"}, {"YE", "YM"}, {"YT", "MF"}, {"ZA", "SF"}, {"ZM", "ZA"}, {"ZW", "ZI"},
      // No FIPS code; their ISO letters are other places' FIPS codes (AX Akrotiri, BQ Navassa Island).
      {"AX", ""}, {"BQ", ""}, {"UM", ""},
  };
  auto it = kDifferent.find(iso2);
  return it == kDifferent.end() ? iso2 : it->second;
}

std::string GkgRow(const StoredArticle& stored, const Gazetteer* gazetteer) {
  const Article& article = stored.article;
  std::vector<std::string> c(kGkgColumns);
  std::string batch = Compact(stored.ingested_at);
  const std::string& url = article.url.empty() ? article.canonical_url : article.url;
  c[0] = batch + "-" + std::to_string(stored.id);
  c[1] = Compact(article.published).empty() ? batch : Compact(article.published);
  c[2] = url.starts_with("http://") || url.starts_with("https://") ? "1" : "2";
  c[3] = stored.source.empty() ? Clean(article.site_name, "") : stored.source;
  c[4] = Clean(url, "");
  if (!article.title.empty()) c[26] = "<PAGE_TITLE>" + Clean(article.title, "<>") + "</PAGE_TITLE>";
  if (stored.analysis) {
    const Layers l{stored, *stored.analysis, gazetteer, CharOffsets(article.text)};
    std::tie(c[5], c[6]) = CountColumns(l);
    std::tie(c[7], c[8]) = ThemeColumns(l);
    std::tie(c[9], c[10]) = LocationColumns(l);
    std::tie(c[11], c[12]) = NameColumns(l, "PERSON");
    std::tie(c[13], c[14]) = NameColumns(l, "ORGANIZATION");
    c[15] = Tone(stored.analysis->tone);
    c[16] = Dates(l);
    c[22] = Quotations(l);
    c[23] = AllNames(l);
    c[24] = Amounts(l);
  }
  return Join(c, '\t', false);
}

}  // namespace lede
