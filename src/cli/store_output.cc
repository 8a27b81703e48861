#include "cli/store_output.h"

#include <cstdio>
#include <cstdlib>
#include <string>

#include "extract/article_json.h"

namespace lede::cli {
namespace {

// Widest a table cell gets, in bytes (cut at a UTF-8 character boundary).
constexpr size_t kMaxCellBytes = 60;

std::string CellText(const nlohmann::json& value) {
  if (value.is_null()) return "";
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_float()) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", value.get<double>());
    return buf;
  }
  return ToJsonLine(value);
}

std::string TableCell(const nlohmann::json& value) {
  std::string text = CellText(value);
  for (char& c : text) {
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  }
  if (text.size() <= kMaxCellBytes) return text;
  size_t cut = kMaxCellBytes - 3;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xc0) == 0x80) --cut;
  return text.substr(0, cut) + "...";
}

// Display width: UTF-8 characters, not bytes.
size_t Width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xc0) != 0x80;
  return n;
}

void PrintTable(const nlohmann::json& records, const std::vector<std::string>& columns) {
  std::vector<std::vector<std::string>> rows(1, columns);
  for (const auto& record : records) {
    rows.emplace_back();
    for (const std::string& c : columns) rows.back().push_back(TableCell(record.value(c, nlohmann::json())));
  }
  std::vector<size_t> widths(columns.size(), 0);
  for (const auto& row : rows)
    for (size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], Width(row[i]));
  for (const auto& row : rows) {
    std::string line;
    for (size_t i = 0; i < row.size(); ++i) {
      line += row[i];
      if (i + 1 < row.size()) line += std::string(widths[i] - Width(row[i]) + 2, ' ');
    }
    std::printf("%s\n", line.c_str());
  }
}

std::string CsvField(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

void PrintCsv(const nlohmann::json& records, const std::vector<std::string>& columns, bool header) {
  std::string out;
  for (size_t i = 0; header && i < columns.size(); ++i) out += (i ? "," : "") + CsvField(columns[i]);
  if (header) out += "\r\n";
  for (const auto& record : records) {
    for (size_t i = 0; i < columns.size(); ++i) {
      out += (i ? "," : "") + CsvField(CellText(record.value(columns[i], nlohmann::json())));
    }
    out += "\r\n";
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}

std::string DefaultDbPath() {
  const char* env = std::getenv("LEDE_DB");
  return env != nullptr && *env != '\0' ? env : "lede.db";
}

void AddDbOption(CLI::App* cmd, std::string* path) {
  *path = DefaultDbPath();
  cmd->add_option("--db", *path, "the store (default: $LEDE_DB, else ./lede.db)")->capture_default_str();
}

void AddFormatOption(CLI::App* cmd, std::string* format, const std::vector<std::string>& choices) {
  *format = choices.front();
  cmd->add_option("--format", *format, "output format")->check(CLI::IsMember(choices))->capture_default_str();
}

std::unique_ptr<Store> OpenForReading(const std::string& command, const std::string& path) {
  StoreOptions options;
  options.read_only = true;
  options.create_if_missing = false;
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, options, &store);
  if (!s.ok()) std::fprintf(stderr, "lede %s: cannot open store %s: %s\n", command.c_str(), path.c_str(), s.ToString().c_str());
  return store;
}

void PrintRecords(const nlohmann::json& records, const std::vector<std::string>& columns,
                  const std::string& format) {
  if (format == "json") return PrintJson(records);
  if (format == "csv") return PrintCsv(records, columns, true);
  PrintTable(records, columns);
}

const std::vector<std::string>& StoredCsvColumns() {
  static const std::vector<std::string> kColumns = {"id", "url", "title", "published", "lang", "source",
                                                    "duplicate_of", "text"};
  return kColumns;
}

void PrintJson(const nlohmann::json& value) {
  std::string line = ToJsonLine(value) + "\n";
  std::fwrite(line.data(), 1, line.size(), stdout);
}

}  // namespace lede::cli
