#include "store/outlet_places.h"

#include "knowledge/outlet_home.h"

namespace lede {

Status OutletPlacesWriter::Prepare(sqlite::Database* db) {
  return db->Prepare("INSERT INTO outlet_places(host, admin1, places) VALUES(?1, ?2, ?3) "
                     "ON CONFLICT(host, admin1) DO UPDATE SET places = places + excluded.places",
                     &upsert_);
}

Status OutletPlacesWriter::Add(const std::string& host, const Analysis& analysis) {
  if (host.empty()) return Status::OK();
  const OutletHome places = PlacesOfAnalysis(analysis);
  for (const auto& [admin1, count] : places.counts()) {
    upsert_.Reset();
    Status s = upsert_.Bind(1, host).Bind(2, admin1).Bind(3, static_cast<double>(count)).Run();
    if (!s.ok()) return s;
  }
  return Status::OK();
}

Status ReadOutletPlaces(sqlite::Database* db, OutletPlaceCounts* places) {
  places->clear();
  sqlite::Statement select;
  Status s = db->Prepare("SELECT host, admin1, places FROM outlet_places", &select);
  bool row = false;
  while (s.ok() && (s = select.Step(&row)).ok() && row) {
    (*places)[select.Text(0)][select.Text(1)] = select.Double(2);
  }
  return s;
}

}  // namespace lede
