#include "store/fts5_api.h"

#include <string>

namespace lede {

Status FindFts5Api(sqlite::Database* db, fts5_api** api) {
  *api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v2(db->handle(), "SELECT fts5(?1)", -1, &stmt, nullptr);
  if (rc == SQLITE_OK) {
    sqlite3_bind_pointer(stmt, 1, api, "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
  }
  sqlite3_finalize(stmt);
  if (*api == nullptr) return Status::IOError("SQLite has no FTS5 (rc " + std::to_string(rc) + ")");
  return Status::OK();
}

ArticleTokenizer::~ArticleTokenizer() {
  if (tokenizer_ != nullptr) methods_.xDelete(tokenizer_);
}

Status ArticleTokenizer::Open(sqlite::Database* db) {
  fts5_api* api = nullptr;
  Status s = FindFts5Api(db, &api);
  if (!s.ok()) return s;
  void* user_data = nullptr;
  int rc = api->xFindTokenizer(api, "porter", &user_data, &methods_);
  const char* args[] = {"unicode61", "remove_diacritics", "2"};
  if (rc == SQLITE_OK) rc = methods_.xCreate(user_data, args, 3, &tokenizer_);
  if (rc != SQLITE_OK) return db->Error(rc, "creating the articles' tokenizer");
  return Status::OK();
}

Status ArticleTokenizer::Tokenize(std::string_view text, const std::function<void(std::string_view)>& token) {
  auto each = [](void* context, int flags, const char* data, int size, int, int) {
    if ((flags & FTS5_TOKEN_COLOCATED) == 0) {
      (*static_cast<const std::function<void(std::string_view)>*>(context))(std::string_view(data, size));
    }
    return SQLITE_OK;
  };
  auto* context = const_cast<std::function<void(std::string_view)>*>(&token);
  int rc = methods_.xTokenize(tokenizer_, context, FTS5_TOKENIZE_DOCUMENT, text.data(), static_cast<int>(text.size()),
                              each);
  return rc == SQLITE_OK ? Status::OK() : Status::IOError("tokenizing: SQLite error " + std::to_string(rc));
}

}  // namespace lede
