// The GKG export's country codes: GDELT writes FIPS 10-4 codes in its location
// blocks, lede's places carry ISO 3166-1 codes. Every ISO code of lede's gazetteer
// must map to the FIPS code GeoNames' countryInfo lists for it, and GDELT's own
// rows (../shared/data/gdelt-gkg) must use those codes for the countries they name.
#include <map>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "store/gkg.h"
#include "util/lines.h"

namespace lede {
namespace {

const std::string kShared = std::string(LEDE_SHARED_DIR) + "/data/";

struct CountryInfo {
  std::map<std::string, std::string> fips_of_iso;  // "" when the country has no FIPS code
  std::map<std::string, std::string> iso_of_name;
};

CountryInfo ReadCountryInfo() {
  CountryInfo info;
  Status s = ForEachLine(kShared + "geonames/countryInfo.tsv", [&](std::string_view line, uint64_t) {
    std::vector<std::string_view> f = SplitFields(line, '\t');
    if (line.starts_with("#") || f.size() < 5 || f[0].size() != 2) return Status::OK();
    info.fips_of_iso[std::string(f[0])] = std::string(f[3]);
    info.iso_of_name[std::string(f[4])] = std::string(f[0]);
    return Status::OK();
  });
  EXPECT_TRUE(s.ok()) << s.ToString();
  return info;
}

// The country codes of lede's gazetteer (column 4 of places.tsv.gz).
std::set<std::string> GazetteerCountries() {
  std::set<std::string> codes;
  Status s = ForEachLine(std::string(LEDE_SOURCE_DIR) + "/data/gazetteer/places.tsv.gz",
                         [&](std::string_view line, uint64_t) {
                           std::vector<std::string_view> f = SplitFields(line, '\t');
                           if (f.size() > 3 && f[3].size() == 2) codes.insert(std::string(f[3]));
                           return Status::OK();
                         });
  EXPECT_TRUE(s.ok()) << s.ToString();
  return codes;
}

TEST(GkgFips, EveryGazetteerCountryMapsToItsFipsCode) {
  const CountryInfo info = ReadCountryInfo();
  ASSERT_GT(info.fips_of_iso.size(), 240u);
  const std::set<std::string> countries = GazetteerCountries();
  ASSERT_GT(countries.size(), 200u);
  std::set<std::string> fips_codes;
  for (const auto& [iso, fips] : info.fips_of_iso) fips_codes.insert(fips);
  for (const std::string& iso : countries) {
    auto it = info.fips_of_iso.find(iso);
    ASSERT_NE(it, info.fips_of_iso.end()) << iso << " is not an ISO code GeoNames knows";
    const std::string mapped(FipsCountryCode(iso));
    if (it->second.empty()) {
      // No FIPS code (Aland, Bonaire, US Minor Outlying Islands): none of another country.
      EXPECT_EQ(mapped, "") << iso;
    } else {
      EXPECT_EQ(mapped, it->second) << iso;
    }
  }
}

TEST(GkgFips, GdeltRowsUseTheseCodes) {
  const CountryInfo info = ReadCountryInfo();
  int checked = 0;
  Status s = ForEachLine(kShared + "gdelt-gkg/gkg21_sample_20170701234500_50rows.tsv", [&](std::string_view line, uint64_t) {
    std::vector<std::string_view> columns = SplitFields(line, '\t');
    if (columns.size() != 27) return Status::Corruption("not 27 columns");
    for (std::string_view block : SplitFields(columns[9], ';')) {  // V1LOCATIONS: type#name#country#...
      std::vector<std::string_view> f = SplitFields(block, '#');
      if (f.size() < 3 || f[0] != "1") continue;  // country blocks only: their name is the country's
      auto iso = info.iso_of_name.find(std::string(f[1]));
      if (iso == info.iso_of_name.end()) continue;
      EXPECT_EQ(FipsCountryCode(iso->second), f[2]) << f[1];
      ++checked;
    }
    return Status::OK();
  });
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_GT(checked, 20);
}

}  // namespace
}  // namespace lede
