// Gazetteer: the places lede can geocode to, loaded from data/gazetteer/
// (built by tools/gazetteer/build_gazetteer.py from GeoNames).
#ifndef LEDE_KNOWLEDGE_GAZETTEER_H_
#define LEDE_KNOWLEDGE_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "lede/status.h"

namespace lede {

class ByteReader;

enum class PlaceKind : uint8_t { kContinent, kRegion, kCountry, kAdmin1, kAdmin2, kCity };

// Returns "continent", "region", "country", "admin1", "admin2" (a county, a
// département) or "city" (DESIGN.md `kind`).
std::string_view PlaceKindName(PlaceKind kind);

// A first word of town names that news abbreviates ("St. Louis", "Mt. Pleasant", "Ft.
// Worth"), lower case; the gazetteer spells each town's own name so too
// (build_gazetteer.py's NAME_ABBREVIATIONS).
struct AbbreviatedWord {
  std::string_view word, abbreviation;
};
inline constexpr AbbreviatedWord kAbbreviatedFirstWords[] = {
    {"saint", "st"}, {"mount", "mt"}, {"fort", "ft"}};

// A new field goes into the gazetteer's cache as well (gazetteer_cache.cc: SaveCache,
// ReadPlaces and kCacheVersion + 1); GazetteerTest.CacheHoldsWhatParsingMakes fails until it does.
struct Place {
  uint32_t geonames_id = 0;  // 0 for regions GeoNames does not define
  PlaceKind kind = PlaceKind::kCity;
  std::string name;          // preferred name ("Salé"... as GeoNames spells it)
  std::string country;       // ISO 3166-1 alpha-2, empty for continents and regions
  std::string admin1;        // "CC.code" of the first-level division (for an admin2 its parent), or empty
  float lat = 0, lon = 0;
  uint32_t population = 0;
  std::string feature_code;  // GeoNames feature code: PPLC capital, PPLA admin seat, ...

  bool operator==(const Place&) const = default;
};

// Immutable once loaded; thread-safe for concurrent reads.
class Gazetteer {
 public:
  // Loads places.tsv.gz and demonyms.tsv.gz from `dir`: from the binary cache at
  // CachePath() when it was made from these very files (the same sizes and CRC-32s),
  // else by parsing them (Parse). Returns kNotFound when a file is missing and
  // kCorruption (naming file and line) when a line is malformed. A missing, stale or
  // damaged cache is not an error: the files are parsed.
  static Status Load(const std::string& dir, std::unique_ptr<Gazetteer>* out);
  // The same, always parsing the files (what the cache is made from).
  static Status Parse(const std::string& dir, std::unique_ptr<Gazetteer>* out);

  // The cache Load() reads: $LEDE_GAZETTEER_CACHE if set, else the one the build
  // writes (build/data/gazetteer.cache, made by lede_gazetteer_cache from the
  // source tree's data/gazetteer); "" when there is none.
  static std::string CachePath();
  // Writes this gazetteer to `path` in the binary form Load() reads (places, name
  // index and demonyms, no per-entry parsing or folding), tagged with the files it
  // was parsed from. Returns kIOError naming the file when it cannot be written.
  Status SaveCache(const std::string& path) const;
  // Whether Load() read the cache rather than parsing the files.
  bool loaded_from_cache() const { return loaded_from_cache_; }

  // The directory Load() uses by default: $LEDE_DATA_DIR/gazetteer if set, else the
  // data/gazetteer folder of the source tree lede was built from.
  static std::string DefaultDir();

  // Indexes of the places one of whose names folds (FoldForMatch) to the same key
  // as `name`; empty when none.
  std::span<const uint32_t> Lookup(std::string_view name) const;
  const Place& place(uint32_t index) const { return places_[index]; }
  size_t size() const { return places_.size(); }

  // The country with this ISO alpha-2 code, the division with this "CC.code", or nullptr.
  const Place* Country(std::string_view iso2) const { return ByCode(iso2); }
  // The index of the country with this ISO alpha-2 code, or -1.
  int32_t CountryIndex(std::string_view iso2) const;
  const Place* Admin1(std::string_view code) const { return ByCode(code); }
  // The index of the place a demonym names: a country ("Moroccan", "Spaniards")
  // or a continent ("European"); -1 when `word` is no demonym.
  int32_t DemonymPlace(std::string_view word) const;

 private:
  Gazetteer() = default;
  static Status ParseFiles(const std::string& dir, std::string sources,
                           std::unique_ptr<Gazetteer>* out);
  // Reads a cache SaveCache wrote from the files `sources` identifies; false when
  // the file is missing, made from other files or damaged.
  bool ReadCache(const std::string& path, std::string_view sources);
  bool ReadPlaces(ByteReader* in);
  bool IndexIsConsistent() const;
  void AddCode(uint32_t index);  // into by_code_, for a country or an admin1
  Status ParsePlaces(const std::string& path);
  Status ParseDemonyms(const std::string& path);
  void BuildIndex(std::vector<std::pair<uint64_t, uint32_t>> keys);
  const Place* ByCode(std::string_view code) const;

  std::vector<Place> places_;
  // Folded-name hash -> place index, sorted by hash; index_offsets_ maps each
  // distinct hash to its run in index_places_.
  std::vector<uint64_t> index_hashes_;
  std::vector<uint32_t> index_offsets_;
  std::vector<uint32_t> index_places_;
  std::unordered_map<std::string, uint32_t> by_code_;  // "MA" and "MA.04" -> index
  std::unordered_map<std::string, uint32_t> demonyms_;  // as written -> place index
  std::string sources_;  // the sizes and CRC-32s of the files parsed (a cache's tag)
  bool loaded_from_cache_ = false;
};

}  // namespace lede

#endif  // LEDE_KNOWLEDGE_GAZETTEER_H_
