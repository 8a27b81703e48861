#include "store/stories.h"

#include <algorithm>
#include <set>
#include <type_traits>
#include <utility>

namespace lede {
namespace {

using nlohmann::json;

// Words and entities kept in a story's profile (for its label).
constexpr size_t kProfileSize = 50;

// The article's day for the window: "YYYY-MM-DD" from an ISO published date, else "".
std::string Day(const Article& a) {
  const std::string& p = a.published;
  bool iso = p.size() >= 10 && p[4] == '-' && p[7] == '-' &&
             std::all_of(p.begin(), p.begin() + 4, [](char c) { return c >= '0' && c <= '9'; });
  return iso ? p.substr(0, 10) : std::string();
}

json VectorJson(const ArticleVector& v) { return {{"w", v.words}, {"e", v.entities}}; }

ArticleVector VectorFromJson(const json& j) {
  ArticleVector v;
  if (!j.is_object()) return v;
  if (j.contains("w")) v.words = j["w"].get<SparseVector<std::string>>();
  if (j.contains("e")) v.entities = j["e"].get<SparseVector<int64_t>>();
  return v;
}

// The keys of a profile object, heaviest first, at most n.
std::vector<std::string> Heaviest(const json& weights, size_t n) {
  std::vector<std::pair<double, std::string>> ranked;
  for (const auto& [k, w] : weights.items()) ranked.push_back({-w.get<double>(), k});
  std::sort(ranked.begin(), ranked.end());
  std::vector<std::string> keys;
  for (size_t i = 0; i < ranked.size() && i < n; ++i) keys.push_back(ranked[i].second);
  return keys;
}

// Adds `v`'s weights to the profile object `weights` (keys as strings), keeping the heaviest.
template <typename Key>
void AddWeights(const SparseVector<Key>& v, json* weights) {
  if (!weights->is_object()) *weights = json::object();
  for (const auto& [key, w] : v) {
    std::string k;
    if constexpr (std::is_same_v<Key, std::string>) k = key;
    else k = std::to_string(key);
    (*weights)[k] = weights->value(k, 0.0) + w;
  }
  if (weights->size() <= kProfileSize) return;
  json kept = json::object();
  for (const std::string& k : Heaviest(*weights, kProfileSize)) kept[k] = (*weights)[k];
  *weights = std::move(kept);
}

}  // namespace

Status StoryIndex::Prepare(sqlite::Database* db, const StoryOptions& options) {
  db_ = db;
  options_ = options;
  const std::pair<sqlite::Statement*, const char*> statements[] = {
      {&read_df_, "SELECT df FROM word_df WHERE word = ?1"},
      {&add_df_, "INSERT INTO word_df(word, df) VALUES(?1, ?2) ON CONFLICT(word) DO UPDATE SET df = df + ?2"},
      {&entity_weights_, "SELECT entity_id, count(*) FROM mentions WHERE article_id = ?1 GROUP BY entity_id"},
      {&insert_vector_, "INSERT INTO story_vectors(article_id, vector) VALUES(?1, ?2)"},
      {&insert_word_, "INSERT OR IGNORE INTO story_words(word, article_id) VALUES(?1, ?2)"},
      {&candidates_,
       "SELECT DISTINCT sa.story_id FROM (SELECT article_id FROM story_words WHERE word = ?1 "
       "ORDER BY article_id DESC LIMIT ?2) p JOIN story_articles sa ON sa.article_id = p.article_id "
       "JOIN stories s ON s.id = sa.story_id WHERE ?3 IS NULL OR "
       "(s.last_published >= date(?3, ?4) AND s.first_published <= date(?3, ?5))"},
      {&members_,
       "SELECT v.vector FROM story_articles sa JOIN story_vectors v ON v.article_id = sa.article_id "
       "WHERE sa.story_id = ?1 ORDER BY sa.article_id DESC LIMIT ?2"},
      {&story_of_, "SELECT story_id FROM story_articles WHERE article_id = ?1"},
      {&new_story_, "INSERT INTO stories(article_count) VALUES(0)"},
      {&story_row_, "SELECT first_published, last_published, outlets, profile FROM stories WHERE id = ?1"},
      {&update_story_,
       "UPDATE stories SET label = ?2, first_published = ?3, last_published = ?4, outlets = ?5, profile = ?6, "
       "article_count = article_count + 1 WHERE id = ?1"},
      {&insert_member_, "INSERT INTO story_articles(article_id, story_id) VALUES(?1, ?2)"},
      {&entity_name_, "SELECT name FROM entities WHERE id = ?1"},
  };
  for (const auto& [st, sql] : statements) {
    Status s = db->Prepare(sql, st);
    if (!s.ok()) return s;
  }
  return Status::OK();
}

Status StoryIndex::BeginBatch() {
  int64_t n = 0;
  Status s = db_->QueryInt("SELECT count(*) FROM story_vectors", &n);
  documents_ = static_cast<uint64_t>(n);
  batch_df_.clear();
  return s;
}

Status StoryIndex::EndBatch() {
  Status s;
  for (const auto& [word, count] : batch_df_) {
    add_df_.Reset();
    s = add_df_.Bind(1, word).Bind(2, static_cast<int64_t>(count.added)).Run();
    if (!s.ok()) break;
  }
  batch_df_.clear();
  return s;
}

Status StoryIndex::CountWord(const std::string& word, uint64_t* df) {
  auto [it, first_time] = batch_df_.try_emplace(word);
  WordCount& count = it->second;
  if (first_time) {
    read_df_.Reset();
    bool row = false;
    Status s = read_df_.Bind(1, word).Step(&row);
    if (s.ok() && row) count.df = static_cast<uint64_t>(read_df_.Int(0));
    read_df_.Reset();
    if (!s.ok()) {
      batch_df_.erase(it);
      return s;
    }
  }
  ++count.df;
  ++count.added;
  *df = count.df;
  return Status::OK();
}

Status StoryIndex::Assign(int64_t article_id, const Article& article, int64_t duplicate_of,
                          const std::string& host) {
  if (!options_.enabled) return Status::OK();
  const std::string day = Day(article);
  if (duplicate_of > 0) {
    story_of_.Reset();
    bool row = false;
    Status s = story_of_.Bind(1, duplicate_of).Step(&row);
    int64_t story = row ? story_of_.Int(0) : 0;
    story_of_.Reset();
    if (!s.ok()) return s;
    if (story > 0) return Join(story, article_id, day, host, ArticleVector());
  }
  ArticleVector vector;
  Status s = Vectorize(article_id, article, &vector);
  int64_t story = 0;
  if (s.ok()) s = BestStory(vector, day, &story);
  if (s.ok() && story == 0) {
    new_story_.Reset();
    s = new_story_.Run();
    story = db_->LastInsertRowid();
  }
  if (s.ok()) s = Join(story, article_id, day, host, vector);
  return s;
}

Status StoryIndex::Vectorize(int64_t article_id, const Article& article, ArticleVector* vector) {
  ++documents_;
  SparseVector<std::string> words;
  for (const auto& [word, count] : ContentWordCounts(article.title + "\n" + article.text)) {
    uint64_t df = 0;
    Status s = CountWord(word, &df);
    if (!s.ok()) return s;
    words.push_back({word, TfIdf(count, df, documents_)});
  }
  vector->words = UnitVector(std::move(words), options_.vector_words);
  SparseVector<int64_t> entities;
  entity_weights_.Reset();
  entity_weights_.Bind(1, article_id);
  bool row = false;
  Status s;
  while ((s = entity_weights_.Step(&row)).ok() && row) {
    entities.push_back({entity_weights_.Int(0), static_cast<double>(entity_weights_.Int(1))});
  }
  entity_weights_.Reset();
  if (!s.ok()) return s;
  vector->entities = UnitVector(std::move(entities), options_.vector_words);
  insert_vector_.Reset();
  s = insert_vector_.Bind(1, article_id).Bind(2, VectorJson(*vector).dump()).Run();
  // The heaviest words are the article's entries in the candidate lookup.
  SparseVector<std::string> lookup = UnitVector(vector->words, options_.lookup_words);
  for (size_t i = 0; s.ok() && i < lookup.size(); ++i) {
    insert_word_.Reset();
    s = insert_word_.Bind(1, lookup[i].first).Bind(2, article_id).Run();
  }
  return s;
}

Status StoryIndex::BestStory(const ArticleVector& vector, const std::string& day, int64_t* story) {
  *story = 0;
  std::set<int64_t> candidates;
  const std::string back = "-" + std::to_string(options_.window_days) + " days";
  const std::string ahead = "+" + std::to_string(options_.window_days) + " days";
  SparseVector<std::string> lookup = UnitVector(vector.words, options_.lookup_words);
  for (const auto& [word, weight] : lookup) {
    candidates_.Reset();
    candidates_.Bind(1, word).Bind(2, int64_t{options_.max_postings_per_word}).Bind(3, day).Bind(4, back)
        .Bind(5, ahead);
    bool row = false;
    Status s;
    while ((s = candidates_.Step(&row)).ok() && row) candidates.insert(candidates_.Int(0));
    candidates_.Reset();
    if (!s.ok()) return s;
  }
  double best = options_.min_similarity;
  for (int64_t candidate : candidates) {  // ascending ids: ties go to the older story
    std::vector<ArticleVector> members;
    Status s = Members(candidate, &members);
    if (!s.ok()) return s;
    double similarity = AverageLinkage(vector, members, options_.entity_weight);
    if (similarity >= best && (*story == 0 || similarity > best)) {
      best = similarity;
      *story = candidate;
    }
  }
  return Status::OK();
}

Status StoryIndex::Members(int64_t story, std::vector<ArticleVector>* members) {
  members_.Reset();
  members_.Bind(1, story).Bind(2, int64_t{options_.max_members_compared});
  bool row = false;
  Status s;
  while ((s = members_.Step(&row)).ok() && row) {
    members->push_back(VectorFromJson(json::parse(members_.Text(0), nullptr, false)));
  }
  members_.Reset();
  return s;
}

Status StoryIndex::Join(int64_t story, int64_t article_id, const std::string& day, const std::string& host,
                        const ArticleVector& vector) {
  story_row_.Reset();
  bool row = false;
  Status s = story_row_.Bind(1, story).Step(&row);
  if (!s.ok()) return s;
  std::string first = story_row_.Text(0), last = story_row_.Text(1);
  json outlets = json::parse(story_row_.Text(2), nullptr, false);
  json profile = json::parse(story_row_.Text(3), nullptr, false);
  story_row_.Reset();
  if (!outlets.is_array()) outlets = json::array();
  if (!profile.is_object()) profile = json::object();
  if (!day.empty()) {
    if (first.empty() || day < first) first = day;
    if (last.empty() || day > last) last = day;
  }
  if (!host.empty() && std::find(outlets.begin(), outlets.end(), host) == outlets.end()) outlets.push_back(host);
  AddWeights(vector.words, &profile["w"]);
  AddWeights(vector.entities, &profile["e"]);
  std::string label;
  s = Label(profile, &label);
  if (!s.ok()) return s;
  update_story_.Reset();
  update_story_.Bind(1, story).Bind(2, label).Bind(3, first).Bind(4, last).Bind(5, outlets.dump())
      .Bind(6, profile.dump());
  s = update_story_.Run();
  insert_member_.Reset();
  if (s.ok()) s = insert_member_.Bind(1, article_id).Bind(2, story).Run();
  return s;
}

// "Entity, Entity, Entity: word, word, word, word" from the heaviest of each.
Status StoryIndex::Label(const json& profile, std::string* label) {
  std::string entities;
  for (const std::string& id : Heaviest(profile.value("e", json::object()), 3)) {
    entity_name_.Reset();
    bool row = false;
    Status s = entity_name_.Bind(1, static_cast<int64_t>(std::stoll(id))).Step(&row);
    if (s.ok() && row) entities += (entities.empty() ? "" : ", ") + entity_name_.Text(0);
    entity_name_.Reset();
    if (!s.ok()) return s;
  }
  std::string words;
  for (const std::string& w : Heaviest(profile.value("w", json::object()), 4)) words += (words.empty() ? "" : ", ") + w;
  *label = entities.empty() ? words : words.empty() ? entities : entities + ": " + words;
  return Status::OK();
}

}  // namespace lede
