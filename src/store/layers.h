// The analysis layers of an article in the store's tables (docs/schema.md):
// entities (canonical across articles), article_entities, mentions, locations,
// quotes, counts, events, themes, tone.
#ifndef LEDE_STORE_LAYERS_H_
#define LEDE_STORE_LAYERS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lede/analysis.h"
#include "lede/status.h"
#include "store/sqlite.h"

namespace lede {

// kInvalidArgument naming the first reference in `analysis` that points nowhere:
// an entity id 0, repeated or not among analysis.entities, a count parent out of
// range, a mention or quote that is empty or ends past `text_size`; or a theme or
// event type that is empty or has whitespace.
Status CheckAnalysis(size_t text_size, const Analysis& analysis);

// Spans as a JSON array of [start, end] pairs, and back (malformed input gives
// the pairs that parse).
std::string SpansToJson(const std::vector<Span>& spans);
std::vector<Span> SpansFromJson(const std::string& json);

// Writes layers with the caller's connection, inside the caller's transaction.
// Not thread-safe.
class LayerWriter {
 public:
  // REQUIRES: db outlives this object and has the current schema.
  Status Prepare(sqlite::Database* db);

  // Stores the layers of article `article_id` (whose text is `text`), mapping
  // each entity to its canonical row, created when new.
  // REQUIRES: CheckAnalysis(text.size(), analysis).ok().
  Status Write(int64_t article_id, std::string_view text, const Analysis& analysis);

 private:
  Status EntityRow(const AnalysisEntity& entity, const AnalysisPlace* place, int64_t* id);
  using EntityIds = std::unordered_map<int64_t, int64_t>;  // analysis id -> store id
  Status WriteEntities(int64_t article_id, std::string_view text, const Analysis& a, EntityIds* ids);
  Status WriteQuotes(int64_t article_id, std::string_view text, const Analysis& a, const EntityIds& ids);
  Status WriteCounts(int64_t article_id, const Analysis& a);
  Status WriteEvents(int64_t article_id, std::string_view text, const Analysis& a, const EntityIds& ids);
  Status WriteThemesAndTone(int64_t article_id, const Analysis& a);

  sqlite::Database* db_ = nullptr;
  sqlite::Statement find_named_, find_place_, insert_entity_, insert_article_entity_, insert_mention_,
      insert_location_, insert_quote_, insert_count_, set_count_parent_, insert_event_, insert_theme_, insert_tone_;
};

// Reads the layers back, entity ids being the store's. Not thread-safe.
class LayerReader {
 public:
  // REQUIRES: db outlives this object and has the current schema.
  Status Prepare(sqlite::Database* db);

  // Sets *analysis to article `article_id`'s layers, or to nullopt when it was
  // stored without analysis.
  Status Read(int64_t article_id, std::optional<Analysis>* analysis);

 private:
  Status ReadEntities(int64_t article_id, Analysis* a);
  Status ReadQuotes(int64_t article_id, Analysis* a);
  Status ReadCounts(int64_t article_id, Analysis* a);
  Status ReadEvents(int64_t article_id, Analysis* a);
  Status ReadThemes(int64_t article_id, Analysis* a);

  sqlite::Statement tone_, entities_, mentions_, quotes_, counts_, events_, themes_;
};

}  // namespace lede

#endif  // LEDE_STORE_LAYERS_H_
