#include "store/layers.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string>
#include <unordered_set>
#include <utility>

#include <nlohmann/json.hpp>

namespace lede {
namespace {

int64_t I(uint32_t n) { return static_cast<int64_t>(n); }

std::string_view SpanText(std::string_view text, Span s) {
  if (s.start >= text.size()) return {};
  return text.substr(s.start, s.size());
}

// Binds a span's start and end at `index` and `index + 1`, NULLs for an empty span.
void BindOptionalSpan(sqlite::Statement* st, int index, Span s) {
  if (s.size() == 0) return;
  st->Bind(index, I(s.start)).Bind(index + 1, I(s.end));
}

Span ReadSpan(const sqlite::Statement& row, int column) {
  return {static_cast<uint32_t>(row.Int(column)), static_cast<uint32_t>(row.Int(column + 1))};
}

// A quote's pieces as stored: "start-end" joined by ",".
std::string EncodeFragments(const std::vector<Span>& fragments) {
  std::string out;
  for (Span f : fragments) {
    if (!out.empty()) out += ',';
    out += std::to_string(f.start) + '-' + std::to_string(f.end);
  }
  return out;
}

// The pieces EncodeFragments() wrote, or {text} for a quote in one piece (NULL).
std::vector<Span> DecodeFragments(const std::string& stored, Span text) {
  if (stored.empty()) return {text};
  std::vector<Span> out;
  unsigned start = 0, end = 0;
  int used = 0;
  for (const char* p = stored.c_str(); std::sscanf(p, "%u-%u%n", &start, &end, &used) == 2; p += used) {
    out.push_back({start, end});
    if (p[used] != ',') break;
    ++used;
  }
  return out;
}

// Binds the entity id a layer refers to (0 = none) as its store id or NULL.
void BindEntity(sqlite::Statement* st, int index, int64_t analysis_id,
                const std::unordered_map<int64_t, int64_t>& ids) {
  if (analysis_id == 0) return;
  st->Bind(index, ids.at(analysis_id));
}

std::string RolesJson(const std::vector<std::string>& roles) {
  return nlohmann::json(roles).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<std::string> RolesFromJson(const std::string& text) {
  std::vector<std::string> roles;
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_array()) return roles;
  for (const auto& role : j) {
    if (role.is_string()) roles.push_back(role.get<std::string>());
  }
  return roles;
}

Status PrepareAll(sqlite::Database* db,
                  std::initializer_list<std::pair<sqlite::Statement*, const char*>> statements) {
  for (const auto& [st, sql] : statements) {
    Status s = db->Prepare(sql, st);
    if (!s.ok()) return s;
  }
  return Status::OK();
}

// Runs a read statement, calling `on_row` for each row, and resets it.
template <typename OnRow>
Status ForEachRow(sqlite::Statement* st, OnRow on_row) {
  bool row = false;
  Status s;
  while ((s = st->Step(&row)).ok() && row) on_row(*st);
  st->Reset();
  return s;
}

// A theme or event type is one facet value in article_facets' space-separated
// lists (schema.cc, migration 12): non-empty, without whitespace.
bool IsFacetWord(const std::string& word) {
  return !word.empty() &&
         std::none_of(word.begin(), word.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

}  // namespace

Status CheckAnalysis(size_t text_size, const Analysis& a) {
  auto bad_span = [&](Span s) { return s.start >= s.end || s.end > text_size; };
  std::unordered_set<int64_t> ids;
  for (const AnalysisEntity& e : a.entities) {
    if (e.id == 0 || !ids.insert(e.id).second) {
      return Status::InvalidArgument("entity id " + std::to_string(e.id) + " is 0 or repeated");
    }
    for (Span m : e.mentions) {
      if (bad_span(m)) return Status::InvalidArgument("a mention of entity " + e.name + " is outside the text");
    }
  }
  auto check = [&](int64_t id, const char* what) {
    if (id == 0 || ids.count(id)) return Status::OK();
    return Status::InvalidArgument(std::string(what) + " refers to entity " + std::to_string(id) +
                                   ", which the analysis does not have");
  };
  Status s;
  for (const AnalysisPlace& p : a.places) {
    if (p.entity_id == 0) return Status::InvalidArgument("place without entity");
    if (!(s = check(p.entity_id, "a place")).ok()) return s;
  }
  for (const AnalysisQuote& q : a.quotes) {
    if (bad_span(q.text)) return Status::InvalidArgument("a quote is empty or outside the text");
    if (!(s = check(q.speaker_id, "a quote's speaker")).ok()) return s;
  }
  for (const AnalysisEvent& e : a.events) {
    if (!IsFacetWord(e.type)) return Status::InvalidArgument("event type '" + e.type + "' is empty or has whitespace");
    for (const EventRole* role : {&e.actor, &e.target, &e.location}) {
      if (!(s = check(role->entity_id, "an event")).ok()) return s;
    }
  }
  for (const AnalysisTheme& t : a.themes) {
    if (!IsFacetWord(t.theme)) return Status::InvalidArgument("theme '" + t.theme + "' is empty or has whitespace");
  }
  for (size_t i = 0; i < a.counts.size(); ++i) {
    int32_t parent = a.counts[i].parent;
    if (parent >= static_cast<int32_t>(a.counts.size()) || parent == static_cast<int32_t>(i)) {
      return Status::InvalidArgument("count " + std::to_string(i) + " has parent " +
                                     std::to_string(parent) + ", out of range");
    }
  }
  return Status::OK();
}

std::string SpansToJson(const std::vector<Span>& spans) {
  nlohmann::json out = nlohmann::json::array();
  for (const Span& s : spans) out.push_back({s.start, s.end});
  return out.dump();
}

std::vector<Span> SpansFromJson(const std::string& text) {
  std::vector<Span> spans;
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_array()) return spans;
  for (const auto& span : j) {
    if (span.is_array() && span.size() == 2 && span[0].is_number_unsigned() && span[1].is_number_unsigned()) {
      spans.push_back({span[0].get<uint32_t>(), span[1].get<uint32_t>()});
    }
  }
  return spans;
}

Status LayerWriter::Prepare(sqlite::Database* db) {
  db_ = db;
  return PrepareAll(db, {
      {&find_named_, "SELECT id FROM entities WHERE type = ?1 AND name = ?2 AND geonames_id IS NULL"},
      {&find_place_, "SELECT id FROM entities WHERE type = ?1 AND geonames_id = ?2"},
      {&insert_entity_, "INSERT INTO entities(type, name, geonames_id) VALUES(?1, ?2, ?3)"},
      {&insert_article_entity_,
       "INSERT OR IGNORE INTO article_entities(article_id, entity_id, ordinal, roles, place_ordinal) "
       "VALUES(?1, ?2, ?3, ?4, ?5)"},
      {&insert_mention_,
       "INSERT OR IGNORE INTO mentions(article_id, entity_id, start, \"end\", text) VALUES(?1, ?2, ?3, ?4, ?5)"},
      {&insert_location_,
       "INSERT OR IGNORE INTO locations(entity_id, name, country, admin1, lat, lon, geonames_id, kind) "
       "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"},
      {&insert_quote_,
       "INSERT INTO quotes(article_id, start, \"end\", text, speaker_entity_id, speaker_name, speaker_start, "
       "speaker_end, cue_start, cue_end, cue_text, partial, fragments) VALUES(?1, ?2, ?3, ?4, ?5, "
       "coalesce((SELECT name FROM entities WHERE id = ?5), ?6), ?7, ?8, ?9, ?10, ?11, ?12, ?13)"},
      {&insert_count_,
       "INSERT INTO counts(article_id, type, number, object, start, \"end\") VALUES(?1, ?2, ?3, ?4, ?5, ?6)"},
      {&set_count_parent_, "UPDATE counts SET parent_id = ?2 WHERE id = ?1"},
      {&insert_event_,
       "INSERT INTO events(article_id, type, actor, target, location, date, trigger_start, trigger_end, "
       "trigger_text, sentence_start, sentence_end, actor_entity_id, target_entity_id, location_entity_id) "
       "VALUES(?1, ?2, coalesce((SELECT name FROM entities WHERE id = ?12), ?3), "
       "coalesce((SELECT name FROM entities WHERE id = ?13), ?4), "
       "coalesce((SELECT name FROM entities WHERE id = ?14), ?5), ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"},
      {&insert_theme_,
       "INSERT OR IGNORE INTO themes(article_id, theme, score, ordinal, evidence) VALUES(?1, ?2, ?3, ?4, ?5)"},
      {&insert_tone_,
       "INSERT INTO tone(article_id, score, positive, negative, polarity, activity, self_group, word_count) "
       "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"},
  });
}

Status LayerWriter::Write(int64_t article_id, std::string_view text, const Analysis& a) {
  EntityIds ids;
  Status s = WriteEntities(article_id, text, a, &ids);
  if (s.ok()) s = WriteQuotes(article_id, text, a, ids);
  if (s.ok()) s = WriteCounts(article_id, a);
  if (s.ok()) s = WriteEvents(article_id, text, a, ids);
  if (s.ok()) s = WriteThemesAndTone(article_id, a);
  return s;
}

// The canonical row of an entity: a place with a GeoNames id is found by type
// and id, anything else by type and name.
Status LayerWriter::EntityRow(const AnalysisEntity& entity, const AnalysisPlace* place, int64_t* id) {
  const bool by_place = place != nullptr && place->geonames_id != 0;
  sqlite::Statement* find = by_place ? &find_place_ : &find_named_;
  find->Reset();
  find->Bind(1, entity.type);
  if (by_place) find->Bind(2, I(place->geonames_id));
  else find->Bind(2, entity.name);
  bool row = false;
  Status s = find->Step(&row);
  if (s.ok() && row) *id = find->Int(0);
  find->Reset();
  if (!s.ok() || row) return s;
  insert_entity_.Reset();
  insert_entity_.Bind(1, entity.type).Bind(2, entity.name);
  if (by_place) insert_entity_.Bind(3, I(place->geonames_id));
  s = insert_entity_.Run();
  *id = db_->LastInsertRowid();
  return s;
}

Status LayerWriter::WriteEntities(int64_t article_id, std::string_view text, const Analysis& a,
                                  EntityIds* ids) {
  std::unordered_map<int64_t, size_t> place_of;  // analysis entity id -> index in a.places
  for (size_t p = 0; p < a.places.size(); ++p) place_of.emplace(a.places[p].entity_id, p);
  for (size_t e = 0; e < a.entities.size(); ++e) {
    const AnalysisEntity& entity = a.entities[e];
    auto placed = place_of.find(entity.id);
    const AnalysisPlace* place = placed == place_of.end() ? nullptr : &a.places[placed->second];
    int64_t id = 0;
    Status s = EntityRow(entity, place, &id);
    if (!s.ok()) return s;
    (*ids)[entity.id] = id;
    insert_article_entity_.Reset();
    insert_article_entity_.Bind(1, article_id).Bind(2, id).Bind(3, static_cast<int64_t>(e))
        .Bind(4, RolesJson(entity.roles));
    if (place != nullptr) insert_article_entity_.Bind(5, static_cast<int64_t>(placed->second));
    s = insert_article_entity_.Run();
    for (size_t m = 0; s.ok() && m < entity.mentions.size(); ++m) {
      Span span = entity.mentions[m];
      insert_mention_.Reset();
      s = insert_mention_.Bind(1, article_id).Bind(2, id).Bind(3, I(span.start)).Bind(4, I(span.end))
              .Bind(5, SpanText(text, span)).Run();
    }
    if (s.ok() && place != nullptr) {
      insert_location_.Reset();
      insert_location_.Bind(1, id).Bind(2, place->name).Bind(3, place->country).Bind(4, place->admin1)
          .Bind(5, place->lat).Bind(6, place->lon).Bind(8, place->kind);
      if (place->geonames_id != 0) insert_location_.Bind(7, I(place->geonames_id));
      s = insert_location_.Run();
    }
    if (!s.ok()) return s;
  }
  return Status::OK();
}

Status LayerWriter::WriteQuotes(int64_t article_id, std::string_view text, const Analysis& a,
                                const EntityIds& ids) {
  for (const AnalysisQuote& q : a.quotes) {
    insert_quote_.Reset();
    insert_quote_.Bind(1, article_id).Bind(2, I(q.text.start)).Bind(3, I(q.text.end))
        .Bind(4, QuotedText(text, q)).Bind(6, q.speaker_name).Bind(11, SpanText(text, q.cue))
        .Bind(12, int64_t{q.partial});
    BindEntity(&insert_quote_, 5, q.speaker_id, ids);
    BindOptionalSpan(&insert_quote_, 7, q.speaker_span);
    BindOptionalSpan(&insert_quote_, 9, q.cue);
    if (q.fragments.size() > 1) insert_quote_.Bind(13, EncodeFragments(q.fragments));
    Status s = insert_quote_.Run();
    if (!s.ok()) return s;
  }
  return Status::OK();
}

Status LayerWriter::WriteCounts(int64_t article_id, const Analysis& a) {
  std::vector<int64_t> count_ids;
  for (const AnalysisCount& c : a.counts) {
    insert_count_.Reset();
    Status s = insert_count_.Bind(1, article_id).Bind(2, c.type).Bind(3, c.number).Bind(4, c.object)
                   .Bind(5, I(c.span.start)).Bind(6, I(c.span.end)).Run();
    if (!s.ok()) return s;
    count_ids.push_back(db_->LastInsertRowid());
  }
  for (size_t i = 0; i < a.counts.size(); ++i) {
    if (a.counts[i].parent < 0) continue;
    set_count_parent_.Reset();
    Status s = set_count_parent_.Bind(1, count_ids[i]).Bind(2, count_ids[a.counts[i].parent]).Run();
    if (!s.ok()) return s;
  }
  return Status::OK();
}

Status LayerWriter::WriteEvents(int64_t article_id, std::string_view text, const Analysis& a,
                                const EntityIds& ids) {
  for (const AnalysisEvent& e : a.events) {
    insert_event_.Reset();
    insert_event_.Bind(1, article_id).Bind(2, e.type).Bind(3, e.actor.name).Bind(4, e.target.name)
        .Bind(5, e.location.name).Bind(6, e.date).Bind(7, I(e.trigger.start)).Bind(8, I(e.trigger.end))
        .Bind(9, SpanText(text, e.trigger)).Bind(10, I(e.sentence.start)).Bind(11, I(e.sentence.end));
    BindEntity(&insert_event_, 12, e.actor.entity_id, ids);
    BindEntity(&insert_event_, 13, e.target.entity_id, ids);
    BindEntity(&insert_event_, 14, e.location.entity_id, ids);
    Status s = insert_event_.Run();
    if (!s.ok()) return s;
  }
  return Status::OK();
}

Status LayerWriter::WriteThemesAndTone(int64_t article_id, const Analysis& a) {
  for (size_t i = 0; i < a.themes.size(); ++i) {
    const AnalysisTheme& t = a.themes[i];
    insert_theme_.Reset();
    Status s = insert_theme_.Bind(1, article_id).Bind(2, t.theme).Bind(3, t.score)
                   .Bind(4, static_cast<int64_t>(i)).Bind(5, SpansToJson(t.evidence)).Run();
    if (!s.ok()) return s;
  }
  const AnalysisTone& t = a.tone;
  insert_tone_.Reset();
  return insert_tone_.Bind(1, article_id).Bind(2, t.score).Bind(3, t.positive).Bind(4, t.negative)
      .Bind(5, t.polarity).Bind(6, t.activity).Bind(7, t.self_group).Bind(8, I(t.word_count)).Run();
}

Status LayerReader::Prepare(sqlite::Database* db) {
  return PrepareAll(db, {
      {&tone_,
       "SELECT score, positive, negative, polarity, activity, self_group, word_count FROM tone "
       "WHERE article_id = ?1"},
      {&entities_,
       "SELECT ae.entity_id, e.type, e.name, ae.roles, ae.place_ordinal, l.name, l.country, l.admin1, "
       "l.lat, l.lon, l.geonames_id, l.kind FROM article_entities ae JOIN entities e ON e.id = ae.entity_id "
       "LEFT JOIN locations l ON l.entity_id = ae.entity_id WHERE ae.article_id = ?1 ORDER BY ae.ordinal"},
      {&mentions_, "SELECT entity_id, start, \"end\" FROM mentions WHERE article_id = ?1 ORDER BY start"},
      {&quotes_,
       "SELECT q.start, q.\"end\", q.speaker_entity_id, coalesce(e.name, q.speaker_name), q.speaker_start, "
       "q.speaker_end, q.cue_start, q.cue_end, q.partial, q.fragments FROM quotes q "
       "LEFT JOIN entities e ON e.id = q.speaker_entity_id WHERE q.article_id = ?1 ORDER BY q.id"},
      {&counts_,
       "SELECT id, type, number, object, start, \"end\", parent_id FROM counts WHERE article_id = ?1 "
       "ORDER BY id"},
      {&events_,
       "SELECT ev.type, ev.actor_entity_id, coalesce(a.name, ev.actor), ev.target_entity_id, "
       "coalesce(t.name, ev.target), ev.location_entity_id, coalesce(l.name, ev.location), ev.date, "
       "ev.trigger_start, ev.trigger_end, ev.sentence_start, ev.sentence_end FROM events ev "
       "LEFT JOIN entities a ON a.id = ev.actor_entity_id LEFT JOIN entities t ON t.id = ev.target_entity_id "
       "LEFT JOIN entities l ON l.id = ev.location_entity_id WHERE ev.article_id = ?1 ORDER BY ev.id"},
      {&themes_, "SELECT theme, score, evidence FROM themes WHERE article_id = ?1 ORDER BY ordinal"},
  });
}

Status LayerReader::Read(int64_t article_id, std::optional<Analysis>* analysis) {
  analysis->reset();
  bool analysed = false;
  Analysis a;
  tone_.Reset();
  tone_.Bind(1, article_id);
  Status s = ForEachRow(&tone_, [&](const sqlite::Statement& row) {
    analysed = true;
    a.tone = {row.Double(0), row.Double(1), row.Double(2), row.Double(3),
              row.Double(4), row.Double(5), static_cast<uint32_t>(row.Int(6))};
  });
  if (!s.ok() || !analysed) return s;
  s = ReadEntities(article_id, &a);
  if (s.ok()) s = ReadQuotes(article_id, &a);
  if (s.ok()) s = ReadCounts(article_id, &a);
  if (s.ok()) s = ReadEvents(article_id, &a);
  if (s.ok()) s = ReadThemes(article_id, &a);
  if (s.ok()) *analysis = std::move(a);
  return s;
}

Status LayerReader::ReadEntities(int64_t article_id, Analysis* a) {
  std::vector<std::pair<int64_t, AnalysisPlace>> places;  // (place ordinal, place)
  std::unordered_map<int64_t, size_t> index;              // entity id -> position in a->entities
  entities_.Reset();
  entities_.Bind(1, article_id);
  Status s = ForEachRow(&entities_, [&](const sqlite::Statement& row) {
    AnalysisEntity entity;
    entity.id = row.Int(0);
    entity.type = row.Text(1);
    entity.name = row.Text(2);
    entity.roles = RolesFromJson(row.Text(3));
    if (!row.IsNull(4)) {
      places.push_back({row.Int(4),
                        {entity.id, row.Text(5), row.Text(6), row.Text(7), row.Double(8), row.Double(9),
                         static_cast<uint32_t>(row.Int(10)), row.Text(11)}});
    }
    index[entity.id] = a->entities.size();
    a->entities.push_back(std::move(entity));
  });
  if (!s.ok()) return s;
  std::stable_sort(places.begin(), places.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
  for (auto& [ordinal, place] : places) a->places.push_back(std::move(place));
  mentions_.Reset();
  mentions_.Bind(1, article_id);
  return ForEachRow(&mentions_, [&](const sqlite::Statement& row) {
    auto it = index.find(row.Int(0));
    if (it != index.end()) a->entities[it->second].mentions.push_back(ReadSpan(row, 1));
  });
}

Status LayerReader::ReadQuotes(int64_t article_id, Analysis* a) {
  quotes_.Reset();
  quotes_.Bind(1, article_id);
  return ForEachRow(&quotes_, [&](const sqlite::Statement& row) {
    const Span text = ReadSpan(row, 0);
    a->quotes.push_back({text, row.Int(2), row.Text(3), ReadSpan(row, 4), ReadSpan(row, 6),
                         row.Int(8) != 0, DecodeFragments(row.Text(9), text)});
  });
}

Status LayerReader::ReadCounts(int64_t article_id, Analysis* a) {
  std::unordered_map<int64_t, int32_t> position;  // counts.id -> index in a->counts
  std::vector<int64_t> parent_ids;
  counts_.Reset();
  counts_.Bind(1, article_id);
  Status s = ForEachRow(&counts_, [&](const sqlite::Statement& row) {
    position[row.Int(0)] = static_cast<int32_t>(a->counts.size());
    a->counts.push_back({row.Text(1), row.Double(2), row.Text(3), ReadSpan(row, 4), -1});
    parent_ids.push_back(row.Int(6));
  });
  for (size_t i = 0; i < a->counts.size(); ++i) {
    auto it = position.find(parent_ids[i]);
    if (it != position.end()) a->counts[i].parent = it->second;
  }
  return s;
}

Status LayerReader::ReadEvents(int64_t article_id, Analysis* a) {
  events_.Reset();
  events_.Bind(1, article_id);
  return ForEachRow(&events_, [&](const sqlite::Statement& row) {
    a->events.push_back({row.Text(0),
                         {row.Int(1), row.Text(2)},
                         {row.Int(3), row.Text(4)},
                         {row.Int(5), row.Text(6)},
                         row.Text(7),
                         ReadSpan(row, 8),
                         ReadSpan(row, 10)});
  });
}

Status LayerReader::ReadThemes(int64_t article_id, Analysis* a) {
  themes_.Reset();
  themes_.Bind(1, article_id);
  return ForEachRow(&themes_, [&](const sqlite::Statement& row) {
    a->themes.push_back({row.Text(0), row.Double(1), SpansFromJson(row.Text(2))});
  });
}

}  // namespace lede
