// OutletHome: where an outlet's articles are, learned from the places lede found in
// them. A local paper's "Paris", "Dublin" or "Newark" is most likely the one in the
// state its other articles are about (the Paris Post-Intelligencer's is Paris,
// Tennessee), which one article's text often does not say.
#ifndef LEDE_KNOWLEDGE_OUTLET_HOME_H_
#define LEDE_KNOWLEDGE_OUTLET_HOME_H_

#include <map>
#include <string>
#include <string_view>

namespace lede {

struct Analysis;

// Counts of towns and counties by their first-level division ("US.TN", GeoNames'
// admin1 key), over some of an outlet's articles.
class OutletHome {
 public:
  // Adds `count` places in division `admin1`. REQUIRES: count > 0.
  void Add(const std::string& admin1, float count);
  // Adds (sign +1) or takes away (sign -1) every count of `other`: an outlet's home
  // without one of its articles is its home less that article's.
  void Merge(const OutletHome& other, int sign);

  // The share of division `admin1` in the counts; 0 when there are fewer than
  // kMinPlaces counts in all (too few articles to say where the outlet is).
  float Share(std::string_view admin1) const;
  float total() const { return total_; }
  const std::map<std::string, float, std::less<>>& counts() const { return counts_; }

  static constexpr float kMinPlaces = 3.0f;

 private:
  std::map<std::string, float, std::less<>> counts_;
  float total_ = 0;
};

// The home one analysed article gives (its Analysis: ToAnalysis of an
// AnalyzedArticle, or read back from a store): one count per town or county it
// places, by its first-level division; entities placed at one GeoNames place
// ("Sydney" and "Sydney's") count once, however often they are named, as a store
// keeps one entity per place (the store's counts are these: src/store/outlet_places.h).
OutletHome PlacesOfAnalysis(const Analysis& analysis);

// Whether a place counts in an outlet's home: a town or county (kind "city" or
// "admin2", PlaceKindName's names) with a first-level division.
bool CountsInHome(std::string_view kind, std::string_view admin1);

}  // namespace lede

#endif  // LEDE_KNOWLEDGE_OUTLET_HOME_H_
