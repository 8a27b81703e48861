// The store's analyst queries (include/lede/query.h) from Python: the internal
// lede._lede.StoreQueries that lede.Store delegates entities, quotes, events,
// stories, the map and faceted search to. Results are the dicts docs/api.md gives
// (store/query_json.h), as `lede serve` answers and the CLI prints with --format json.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "convert.h"
#include "lede/query.h"
#include "store/query_json.h"

namespace lede::python {
namespace {

// A StoreReader on one store file. Calls release the GIL; StoreReader is
// thread-safe, so one StoreQueries may be shared by Python threads.
class StoreQueries {
 public:
  explicit StoreQueries(const std::string& path) : path_(path) {
    Status s;
    {
      py::gil_scoped_release unlocked;
      s = StoreReader::Open(path, QueryOptions(), &reader_);
    }
    Check(s, path);
  }

  py::object Search(ArticleSearch request, const std::optional<std::string>& entity) {
    nlohmann::json out;
    Check(Unlocked([&] {
      if (entity) {
        Status s = ResolveEntity(*entity, &request.entities);
        if (!s.ok()) return s;
      }
      SearchResult result;
      Status s = reader_->Search(request, &result);
      if (s.ok()) out = SearchResultToJson(request.query, result);
      return s;
    }));
    return ToPython(out);
  }

  // Runs reader_->*query(request, &result) and returns to_json(result).
  template <typename Request, typename Result>
  py::object List(Status (StoreReader::*query)(const Request&, Result*), const Request& request,
                  nlohmann::json (*to_json)(const Result&)) {
    nlohmann::json out;
    Check(Unlocked([&] {
      Result result;
      Status s = (reader_.get()->*query)(request, &result);
      if (s.ok()) out = to_json(result);
      return s;
    }));
    return ToPython(out);
  }

  // Runs reader_->*query(id, &page) and returns to_json(page).
  template <typename Result>
  py::object One(Status (StoreReader::*query)(int64_t, Result*), int64_t id,
                 nlohmann::json (*to_json)(const Result&)) {
    nlohmann::json out;
    Check(Unlocked([&] {
      Result page;
      Status s = (reader_.get()->*query)(id, &page);
      if (s.ok()) out = to_json(page);
      return s;
    }));
    return ToPython(out);
  }

  py::object Map(const MapRequest& request) {
    nlohmann::json out;
    Check(Unlocked([&] {
      std::vector<MapPlace> places;
      Status s = reader_->Map(request, &places);
      if (s.ok()) out = MapToJson(places);
      return s;
    }));
    return ToPython(out);
  }

 private:
  // An entity given by id ("42") or by name (any type); kNotFound when no entity has it.
  Status ResolveEntity(const std::string& entity, std::vector<int64_t>* ids) {
    if (!entity.empty() && entity.find_first_not_of("0123456789") == std::string::npos) {
      ids->push_back(std::stoll(entity));
      return Status::OK();
    }
    Status s = reader_->ResolveEntity(entity, ids);
    if (s.ok() && ids->empty()) return Status::NotFound("no entity named " + entity);
    return s;
  }

  template <typename Work>
  Status Unlocked(Work work) {
    py::gil_scoped_release unlocked;
    return work();
  }

  const std::string path_;
  std::unique_ptr<StoreReader> reader_;
};

PageRequest PageOf(uint32_t limit, uint32_t offset) { return PageRequest{limit, offset}; }

}  // namespace

void BindQueries(py::module_& m) {
  py::class_<StoreQueries>(m, "StoreQueries", "The analyst queries of one store (use lede.Store).")
      .def(py::init<const std::string&>(), py::arg("path"))
      .def("search",
           [](StoreQueries& q, const std::string& query, const std::optional<std::string>& from,
              const std::optional<std::string>& to, const std::optional<std::string>& lang,
              const std::optional<std::string>& source, const std::optional<std::string>& entity,
              const std::optional<std::string>& theme, const std::optional<std::string>& event,
              uint32_t limit, uint32_t offset, bool facets) {
             ArticleSearch request;
             request.query = query;
             request.from = from.value_or("");
             request.to = to.value_or("");
             request.lang = lang.value_or("");
             request.source = source.value_or("");
             request.theme = theme.value_or("");
             request.event = event.value_or("");
             request.page = PageOf(limit, offset);
             request.facets = facets;
             return q.Search(std::move(request), entity);
           },
           py::arg("query"), py::kw_only(), py::arg("from_") = py::none(), py::arg("to") = py::none(),
           py::arg("lang") = py::none(), py::arg("source") = py::none(), py::arg("entity") = py::none(),
           py::arg("theme") = py::none(), py::arg("event") = py::none(),
           py::arg("limit") = PageRequest().limit, py::arg("offset") = 0, py::arg("facets") = true)
      .def("entities",
           [](StoreQueries& q, const std::optional<std::string>& prefix,
              const std::optional<std::string>& type, uint32_t limit, uint32_t offset) {
             EntityListRequest request;
             request.prefix = prefix.value_or("");
             request.type = type.value_or("");
             request.page = PageOf(limit, offset);
             return q.List(&StoreReader::Entities, request, &EntityListToJson);
           },
           py::kw_only(), py::arg("prefix") = py::none(), py::arg("type") = py::none(),
           py::arg("limit") = PageRequest().limit, py::arg("offset") = 0)
      .def("entity", [](StoreQueries& q, int64_t id) {
             return q.One(&StoreReader::Entity, id, &EntityPageToJson);
           }, py::arg("id"))
      .def("quotes",
           [](StoreQueries& q, const std::optional<std::string>& query, int64_t speaker_id,
              const std::optional<std::string>& speaker, uint32_t limit, uint32_t offset) {
             QuoteRequest request;
             request.query = query.value_or("");
             request.speaker_id = speaker_id;
             request.speaker_name = speaker.value_or("");
             request.page = PageOf(limit, offset);
             return q.List(&StoreReader::Quotes, request, &QuoteListToJson);
           },
           py::arg("query") = py::none(), py::kw_only(), py::arg("speaker_id") = 0,
           py::arg("speaker") = py::none(), py::arg("limit") = PageRequest().limit,
           py::arg("offset") = 0)
      .def("events",
           [](StoreQueries& q, const std::optional<std::string>& type,
              const std::optional<std::string>& country, const std::optional<std::string>& from,
              const std::optional<std::string>& to, uint32_t limit, uint32_t offset) {
             EventRequest request;
             request.type = type.value_or("");
             request.country = country.value_or("");
             request.from = from.value_or("");
             request.to = to.value_or("");
             request.page = PageOf(limit, offset);
             return q.List(&StoreReader::Events, request, &EventListToJson);
           },
           py::kw_only(), py::arg("type") = py::none(), py::arg("country") = py::none(),
           py::arg("from_") = py::none(), py::arg("to") = py::none(),
           py::arg("limit") = PageRequest().limit, py::arg("offset") = 0)
      .def("stories",
           [](StoreQueries& q, const std::optional<std::string>& from,
              const std::optional<std::string>& to, uint32_t limit, uint32_t offset) {
             StoryRequest request;
             request.from = from.value_or("");
             request.to = to.value_or("");
             request.page = PageOf(limit, offset);
             return q.List(&StoreReader::Stories, request, &StoryListToJson);
           },
           py::kw_only(), py::arg("from_") = py::none(), py::arg("to") = py::none(),
           py::arg("limit") = PageRequest().limit, py::arg("offset") = 0)
      .def("story", [](StoreQueries& q, int64_t id) {
             return q.One(&StoreReader::Story, id, &StoryPageToJson);
           }, py::arg("id"))
      .def("map",
           [](StoreQueries& q, const std::optional<std::string>& query,
              const std::optional<std::string>& from, const std::optional<std::string>& to,
              uint32_t limit) {
             MapRequest request;
             request.query = query.value_or("");
             request.from = from.value_or("");
             request.to = to.value_or("");
             request.page.limit = limit;
             return q.Map(request);
           },
           py::arg("query") = py::none(), py::kw_only(), py::arg("from_") = py::none(),
           py::arg("to") = py::none(), py::arg("limit") = MapRequest().page.limit);
}

}  // namespace lede::python
