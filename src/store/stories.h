// Stories in the store: each new article is assigned to a story as it is added,
// inside the caller's transaction (docs/stories.md; the linkage itself is
// cluster/story_linkage.h). Tables: stories, story_articles, story_vectors,
// story_words, word_df.
#ifndef LEDE_STORE_STORIES_H_
#define LEDE_STORE_STORIES_H_

#include <cstdint>
#include <string>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "cluster/story_linkage.h"
#include "lede/article.h"
#include "lede/status.h"
#include "lede/store.h"
#include "store/sqlite.h"

namespace lede {

// Not thread-safe: the caller serialises calls (as Store does).
class StoryIndex {
 public:
  // REQUIRES: db outlives this object and has the current schema.
  Status Prepare(sqlite::Database* db, const StoryOptions& options);

  // Re-reads the corpus size and forgets the document frequencies of the last
  // transaction; call at the start of every transaction (a rolled back one may
  // have changed them, another process may have added articles since).
  Status BeginBatch();

  // Writes the transaction's document frequency increments (word_df); call
  // before committing a transaction in which Assign was called.
  Status EndBatch();

  // Puts stored article `article_id` (its entities already written, if any) into
  // a story: its first copy's when `duplicate_of` > 0, else the best matching
  // open story, else a new one. `host` is its source ("" if none).
  Status Assign(int64_t article_id, const Article& article, int64_t duplicate_of, const std::string& host);

 private:
  Status Vectorize(int64_t article_id, const Article& article, ArticleVector* vector);
  // Counts one more article containing `word`; *df is the new count.
  Status CountWord(const std::string& word, uint64_t* df);
  Status BestStory(const ArticleVector& vector, const std::string& day, int64_t* story);
  Status Members(int64_t story, std::vector<ArticleVector>* members);
  Status Join(int64_t story, int64_t article_id, const std::string& day, const std::string& host,
              const ArticleVector& vector);
  Status Label(const nlohmann::json& profile, std::string* label);

  sqlite::Database* db_ = nullptr;
  StoryOptions options_;
  uint64_t documents_ = 0;  // articles with a story vector
  // Document frequencies of the words seen in this transaction: the stored count
  // plus this transaction's articles (added), written by EndBatch. One write per
  // word and batch instead of one per word and article.
  struct WordCount {
    uint64_t df = 0;
    uint64_t added = 0;
  };
  std::unordered_map<std::string, WordCount> batch_df_;
  sqlite::Statement read_df_, add_df_, entity_weights_, insert_vector_, insert_word_, candidates_, members_,
      story_of_, new_story_, story_row_, update_story_, insert_member_, entity_name_;
};

}  // namespace lede

#endif  // LEDE_STORE_STORIES_H_
