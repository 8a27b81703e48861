#include "store/bm25.h"

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "store/fts5_api.h"

namespace lede {
namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
constexpr const char* kWeights = "10.0, 1.0, 3.0, 0.0";  // title, text, quotes, facets

// What lede_bm25() keeps for one query (FTS5 auxiliary data).
struct QueryStats {
  double rows = 0;
  double average_tokens = 0;
  std::vector<double> idf;        // per phrase; NaN until a row needs it
  std::vector<double> frequency;  // per phrase, of the current row (weighted)
};

int CountRow(const Fts5ExtensionApi*, Fts5Context*, void* count) {
  ++*static_cast<int64_t*>(count);
  return SQLITE_OK;
}

// The token at position `offset` of column `column` of the current row, as the
// table's tokenizer makes it (the term its index holds).
int TokenAt(const Fts5ExtensionApi* api, Fts5Context* fts, int column, int offset, std::string* token) {
  const char* text = nullptr;
  int size = 0;
  int rc = api->xColumnText(fts, column, &text, &size);
  if (rc != SQLITE_OK || text == nullptr) return rc;
  struct Seek {
    int remaining;
    std::string* token;
  } seek{offset, token};
  rc = api->xTokenize(fts, text, size, &seek, [](void* context, int flags, const char* data, int n, int, int) {
    auto* s = static_cast<Seek*>(context);
    if (flags & FTS5_TOKEN_COLOCATED) return SQLITE_OK;
    if (s->remaining-- > 0) return SQLITE_OK;
    s->token->assign(data, n);
    return SQLITE_DONE;
  });
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

// Sets *rows to the number of rows holding one-token phrase `phrase`, from
// article_terms (its token read at the phrase's first instance in this row); -1
// when article_terms has no such term.
int TermRows(const Fts5ExtensionApi* api, Fts5Context* fts, int phrase, QueryStats* stats, int64_t* rows) {
  *rows = -1;
  int instances = 0, rc = api->xInstCount(fts, &instances);
  int column = -1, offset = 0;
  for (int i = 0; rc == SQLITE_OK && i < instances && column < 0; ++i) {
    int p = 0, c = 0, o = 0;
    rc = api->xInst(fts, i, &p, &c, &o);
    if (p == phrase) column = c, offset = o;
  }
  std::string token;
  if (rc == SQLITE_OK && column >= 0) rc = TokenAt(api, fts, column, offset, &token);
  if (rc != SQLITE_OK || token.empty()) return rc;
  // From the connection's statement cache: preparing it for each query cost a
  // new search 2.5% of the server's CPU.
  auto* db = static_cast<sqlite::Database*>(api->xUserData(fts));
  sqlite::CachedStatement term_docs;
  bool row = false;
  Status s = db->PrepareCached("SELECT docs FROM main.article_terms WHERE term = ?1", &term_docs);
  if (s.ok()) s = term_docs.get().Bind(1, std::string_view(token)).Step(&row);
  if (!s.ok()) return SQLITE_ERROR;
  if (row) *rows = term_docs.get().Int(0);
  return SQLITE_OK;
}

// Sets stats->idf[phrase] as bm25() does: log((N - n + 0.5) / (n + 0.5)), at
// least 1e-6, where n is the number of rows holding the phrase.
int ComputeIdf(const Fts5ExtensionApi* api, Fts5Context* fts, int phrase, QueryStats* stats) {
  int64_t hits = -1;
  int rc = api->xPhraseSize(fts, phrase) == 1 ? TermRows(api, fts, phrase, stats, &hits) : SQLITE_OK;
  if (rc == SQLITE_OK && hits < 0) {
    hits = 0;
    rc = api->xQueryPhrase(fts, phrase, &hits, &CountRow);
  }
  if (rc != SQLITE_OK) return rc;
  const double idf = std::log((stats->rows - hits + 0.5) / (hits + 0.5));
  stats->idf[phrase] = idf <= 0.0 ? 1e-6 : idf;
  return SQLITE_OK;
}

int LoadQueryStats(const Fts5ExtensionApi* api, Fts5Context* fts, QueryStats** out) {
  *out = static_cast<QueryStats*>(api->xGetAuxdata(fts, 0));
  if (*out != nullptr) return SQLITE_OK;
  auto* stats = new QueryStats();
  const int phrases = api->xPhraseCount(fts);
  stats->idf.assign(phrases, NAN);
  stats->frequency.assign(phrases, 0.0);
  sqlite3_int64 rows = 0, tokens = 0;
  int rc = api->xRowCount(fts, &rows);
  if (rc == SQLITE_OK) rc = api->xColumnTotalSize(fts, -1, &tokens);
  stats->rows = static_cast<double>(rows);
  stats->average_tokens = static_cast<double>(tokens) / static_cast<double>(rows);
  if (rc == SQLITE_OK) rc = api->xSetAuxdata(fts, stats, [](void* p) { delete static_cast<QueryStats*>(p); });
  else delete stats;
  if (rc == SQLITE_OK) *out = stats;
  return rc;
}

void Bm25Function(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int argc,
                  sqlite3_value** argv) {
  QueryStats* stats = nullptr;
  int rc = LoadQueryStats(api, fts, &stats);
  int instances = 0;
  if (rc == SQLITE_OK) {
    std::fill(stats->frequency.begin(), stats->frequency.end(), 0.0);
    rc = api->xInstCount(fts, &instances);
  }
  for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
    int phrase = 0, column = 0, offset = 0;
    rc = api->xInst(fts, i, &phrase, &column, &offset);
    if (rc == SQLITE_OK) stats->frequency[phrase] += argc > column ? sqlite3_value_double(argv[column]) : 1.0;
  }
  int tokens = 0;
  if (rc == SQLITE_OK) rc = api->xColumnSize(fts, -1, &tokens);
  double score = 0.0;
  for (size_t i = 0; rc == SQLITE_OK && i < stats->idf.size(); ++i) {
    const double f = stats->frequency[i];
    if (f == 0.0) continue;  // bm25() adds idf * 0 / (...), i.e. nothing
    if (std::isnan(stats->idf[i])) rc = ComputeIdf(api, fts, static_cast<int>(i), stats);
    if (rc != SQLITE_OK) break;
    score += stats->idf[i] * ((f * (kK1 + 1.0)) / (f + kK1 * (1 - kB + kB * tokens / stats->average_tokens)));
  }
  if (rc != SQLITE_OK) return sqlite3_result_error_code(context, rc);
  sqlite3_result_double(context, -1.0 * score);
}

}  // namespace

Status RegisterBm25Function(sqlite::Database* db) {
  fts5_api* api = nullptr;
  Status s = FindFts5Api(db, &api);
  if (!s.ok()) return s;
  int rc = api->xCreateFunction(api, "lede_bm25", db, &Bm25Function, nullptr);
  return rc == SQLITE_OK ? Status::OK() : db->Error(rc, "registering lede_bm25()");
}

std::string Bm25Expression(const std::string& query) {
  const bool term_counts_apply = query.find_first_of("*:^{") == std::string::npos;
  return std::string(term_counts_apply ? "-lede_bm25" : "-bm25") + "(articles_fts, " + kWeights + ")";
}

}  // namespace lede
