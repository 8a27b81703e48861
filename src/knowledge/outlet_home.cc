#include "knowledge/outlet_home.h"

#include <set>

#include "knowledge/gazetteer.h"
#include "lede/analysis.h"

namespace lede {

void OutletHome::Add(const std::string& admin1, float count) {
  counts_[admin1] += count;
  total_ += count;
}

void OutletHome::Merge(const OutletHome& other, int sign) {
  for (const auto& [admin1, count] : other.counts_) {
    float& mine = counts_[admin1];
    mine += sign * count;
    if (mine <= 0) counts_.erase(admin1);
  }
  total_ = std::max(0.0f, total_ + sign * other.total_);
}

float OutletHome::Share(std::string_view admin1) const {
  if (total_ < kMinPlaces) return 0;
  const auto it = counts_.find(admin1);
  return it == counts_.end() ? 0.0f : it->second / total_;
}

OutletHome PlacesOfAnalysis(const Analysis& analysis) {
  OutletHome home;
  std::set<uint32_t> counted;  // GeoNames ids
  for (const AnalysisPlace& p : analysis.places) {
    if (!CountsInHome(p.kind, p.admin1)) continue;
    if (p.geonames_id == 0 || counted.insert(p.geonames_id).second) home.Add(p.admin1, 1.0f);
  }
  return home;
}

bool CountsInHome(std::string_view kind, std::string_view admin1) {
  return (kind == PlaceKindName(PlaceKind::kCity) || kind == PlaceKindName(PlaceKind::kAdmin2)) &&
         !admin1.empty();
}

}  // namespace lede
