#include "knowledge/gazetteer.h"

#include <algorithm>
#include <charconv>
#include <functional>

#include "util/data_dir.h"
#include "util/lines.h"
#include "util/text_fold.h"

namespace lede {
namespace {

constexpr size_t kPlaceColumns = 10;

uint64_t KeyHash(std::string_view name) {
  return std::hash<std::string>{}(FoldForMatch(name));
}

template <typename T>
bool ParseNumber(std::string_view s, T* out) {
  if (s.empty()) { *out = 0; return true; }
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

bool ParseKind(std::string_view s, PlaceKind* kind) {
  static constexpr PlaceKind kKinds[] = {PlaceKind::kContinent, PlaceKind::kRegion,
                                         PlaceKind::kCountry, PlaceKind::kAdmin1, PlaceKind::kAdmin2,
                                         PlaceKind::kCity};
  for (PlaceKind k : kKinds) {
    if (PlaceKindName(k) == s) { *kind = k; return true; }
  }
  return false;
}

}  // namespace

std::string_view PlaceKindName(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::kContinent: return "continent";
    case PlaceKind::kRegion: return "region";
    case PlaceKind::kCountry: return "country";
    case PlaceKind::kAdmin1: return "admin1";
    case PlaceKind::kAdmin2: return "admin2";
    case PlaceKind::kCity: return "city";
  }
  return "city";
}

std::string Gazetteer::DefaultDir() { return DataPath("gazetteer"); }

Status Gazetteer::ParseFiles(const std::string& dir, std::string sources,
                             std::unique_ptr<Gazetteer>* out) {
  std::unique_ptr<Gazetteer> gazetteer(new Gazetteer);
  gazetteer->sources_ = std::move(sources);
  Status status = gazetteer->ParsePlaces(dir + "/places.tsv.gz");
  if (status.ok()) status = gazetteer->ParseDemonyms(dir + "/demonyms.tsv.gz");
  if (status.ok()) *out = std::move(gazetteer);
  return status;
}

void Gazetteer::AddCode(uint32_t index) {
  const Place& p = places_[index];
  if (p.kind == PlaceKind::kCountry) by_code_.emplace(p.country, index);
  if (p.kind == PlaceKind::kAdmin1) by_code_.emplace(p.admin1, index);
}

Status Gazetteer::ParsePlaces(const std::string& path) {
  std::vector<std::pair<uint64_t, uint32_t>> keys;
  Status status = ForEachLine(path, [&](std::string_view line, uint64_t number) {
    std::string_view f[kPlaceColumns];
    Place p;
    bool ok = SplitFields(line, '\t', f) == kPlaceColumns && ParseNumber(f[0], &p.geonames_id) &&
              ParseKind(f[1], &p.kind) && ParseNumber(f[5], &p.lat) &&
              ParseNumber(f[6], &p.lon) && ParseNumber(f[7], &p.population);
    if (!ok) {
      return Status::Corruption(path + " line " + std::to_string(number) + ": malformed place");
    }
    p.name = f[2];
    p.country = f[3];
    p.admin1 = f[4];
    p.feature_code = f[8];
    const uint32_t index = places_.size();
    keys.emplace_back(KeyHash(p.name), index);
    for (size_t start = 0; start <= f[9].size();) {  // the '|'-separated alternate names
      const size_t end = std::min(f[9].find('|', start), f[9].size());
      keys.emplace_back(KeyHash(f[9].substr(start, end - start)), index);
      start = end + 1;
    }
    places_.push_back(std::move(p));
    AddCode(index);
    return Status::OK();
  });
  if (status.ok()) BuildIndex(std::move(keys));
  return status;
}

Status Gazetteer::ParseDemonyms(const std::string& path) {
  return ForEachLine(path, [&](std::string_view line, uint64_t number) {
    std::vector<std::string_view> f = SplitFields(line, '\t');
    int32_t place = f.size() == 2 ? CountryIndex(f[1]) : -1;
    for (uint32_t i : f.size() == 2 && place < 0 ? Lookup(f[1]) : std::span<const uint32_t>()) {
      if (places_[i].kind == PlaceKind::kContinent) place = static_cast<int32_t>(i);
    }
    if (place < 0) {
      return Status::Corruption(path + " line " + std::to_string(number) +
                                ": malformed demonym or unknown place");
    }
    demonyms_.emplace(std::string(f[0]), place);
    return Status::OK();
  });
}

void Gazetteer::BuildIndex(std::vector<std::pair<uint64_t, uint32_t>> keys) {
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  index_places_.reserve(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    if (i == 0 || keys[i].first != keys[i - 1].first) {
      index_hashes_.push_back(keys[i].first);
      index_offsets_.push_back(i);
    }
    index_places_.push_back(keys[i].second);
  }
  index_offsets_.push_back(keys.size());
}

std::span<const uint32_t> Gazetteer::Lookup(std::string_view name) const {
  const uint64_t hash = KeyHash(name);
  auto it = std::lower_bound(index_hashes_.begin(), index_hashes_.end(), hash);
  if (it == index_hashes_.end() || *it != hash) return {};
  const size_t run = it - index_hashes_.begin();
  return std::span<const uint32_t>(index_places_).subspan(
      index_offsets_[run], index_offsets_[run + 1] - index_offsets_[run]);
}

int32_t Gazetteer::CountryIndex(std::string_view iso2) const {
  auto it = by_code_.find(std::string(iso2));
  return it == by_code_.end() ? -1 : static_cast<int32_t>(it->second);
}

const Place* Gazetteer::ByCode(std::string_view code) const {
  const int32_t index = CountryIndex(code);
  return index < 0 ? nullptr : &places_[index];
}

int32_t Gazetteer::DemonymPlace(std::string_view word) const {
  auto it = demonyms_.find(std::string(word));
  return it == demonyms_.end() ? -1 : static_cast<int32_t>(it->second);
}

}  // namespace lede
