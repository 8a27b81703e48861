#include "knowledge/outlet_home.h"

#include <cctype>
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

std::string OutletHost(std::string_view url) {
  const size_t scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return "";
  std::string scheme(url.substr(0, scheme_end));
  for (char& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (scheme != "http" && scheme != "https") return "";
  std::string_view host = url.substr(scheme_end + 3);
  host = host.substr(0, host.find_first_of("/?#"));
  host = host.substr(host.rfind('@') + 1);  // npos + 1 == 0
  host = host.substr(0, host.find(':'));
  if (host.ends_with('.')) host.remove_suffix(1);
  std::string out;
  for (char c : host) out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (out.starts_with("www.")) out.erase(0, 4);
  return out;
}

}  // namespace lede
