// GDELT Global Knowledge Graph 2.1 rows from stored articles (docs/gkg.md): 27
// TAB-separated columns in codebook order, with GKG's delimiters, FIPS 10-4
// country codes and character (not byte) offsets; columns lede does not produce
// are empty.
#ifndef LEDE_STORE_GKG_H_
#define LEDE_STORE_GKG_H_

#include <string>
#include <string_view>

#include "knowledge/gazetteer.h"
#include "lede/store.h"

namespace lede {

inline constexpr int kGkgColumns = 27;

// The FIPS 10-4 code of the country with ISO 3166-1 alpha-2 code `iso2`: the ISO
// code itself where FIPS uses the same letters, "" for the three countries FIPS
// has no code for (AX, BQ, UM), as GeoNames' countryInfo lists them.
std::string_view FipsCountryCode(std::string_view iso2);

// One GKG 2.1 line (no newline) for `article`. Place names are spelled out with
// their division and country ("Rabat, Rabat-Salé-Kénitra, Morocco") from
// `gazetteer` when it is not null. An article stored without analysis gives the
// identification columns and empty layers.
std::string GkgRow(const StoredArticle& article, const Gazetteer* gazetteer);

}  // namespace lede

#endif  // LEDE_STORE_GKG_H_
