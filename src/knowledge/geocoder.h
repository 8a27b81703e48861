// Geocoder: resolves place names found in a text to gazetteer places, using the
// whole document as context (EMM / Mordecai style: population, feature class,
// the countries the document is about, and explicit local context such as
// "Sale, near the capital Rabat" or "Cambrils, Spain").
#ifndef LEDE_KNOWLEDGE_GEOCODER_H_
#define LEDE_KNOWLEDGE_GEOCODER_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/gazetteer.h"
#include "knowledge/outlet_home.h"
#include "lede/article.h"

namespace lede {

// What the document says about where it is from, besides its text.
struct GeocodeContext {
  std::string_view dateline;        // place the story is filed from ("Rabat"), or empty
  std::string_view outlet_country;  // ISO alpha-2 country of the outlet, or empty
  const OutletHome* outlet_home = nullptr;  // where the outlet's other articles are, or null
};

// The outcome for one mention: the gazetteer index of its place, or kNone.
struct Geocode {
  static constexpr int32_t kNone = -1;
  int32_t place = kNone;
  float score = 0;  // the winning candidate's score (higher = more confident)
};

// Thread-safe: Resolve() only reads the gazetteer.
class Geocoder {
 public:
  // REQUIRES: gazetteer outlives the Geocoder.
  explicit Geocoder(const Gazetteer* gazetteer) : gazetteer_(gazetteer) {}

  // Returns one Geocode per mention (same order). `mentions` are spans of `text`
  // naming places (from the tagger or the gazetteer spotter). A mention that names
  // no place but is a demonym ("Syrian" of "Syrian-Turkish") resolves to its country.
  std::vector<Geocode> Resolve(std::string_view text, std::span<const Span> mentions,
                               const GeocodeContext& context) const;

 private:
  const Gazetteer* gazetteer_;
};

// The ISO alpha-2 code (upper case) of the country whose top-level domain ends the
// host of an http(s) `url` ("https://www.independent.ie/..." -> "IE", ".co.uk" ->
// "GB"): the outlet's country, GeocodeContext::outlet_country. Empty for generic
// domains (.com, .org), for country domains sold as generic ones (.io, .tv, .co, .me
// ...: kGenericCountryDomains in geocoder.cc), for IP addresses and other URLs
// (file paths). The caller checks that the country exists.
std::string OutletCountry(std::string_view url);

// Great-circle distance in kilometres.
double DistanceKm(float lat1, float lon1, float lat2, float lon2);

}  // namespace lede

#endif  // LEDE_KNOWLEDGE_GEOCODER_H_
