#include "nlp/ner_corpus.h"

#include <cctype>
#include <fstream>
#include <optional>

namespace lede::nlp {
namespace {

enum class LineKind { kBlank, kDocumentStart, kComment, kToken };

std::vector<std::string_view> SplitFields(std::string_view line) {
  const char sep = ConllSeparator(line);
  std::vector<std::string_view> fields;
  size_t i = 0;
  while (i <= line.size()) {
    size_t j = line.find(sep, i);
    if (j == std::string_view::npos) j = line.size();
    if (j > i || sep == '\t') fields.push_back(line.substr(i, j - i));
    i = j + 1;
  }
  return fields;
}

std::string_view TrimLine(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
  return line;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

LineKind Classify(std::string_view line) {
  if (line.find_first_not_of(" \t") == std::string_view::npos) return LineKind::kBlank;
  if (line.starts_with("-DOCSTART-") || line.starts_with("# newdoc")) return LineKind::kDocumentStart;
  if (line[0] == '#') {
    Label unused;
    std::vector<std::string_view> fields = SplitFields(line);
    if (fields.size() < 2 || !ParseLabel(fields.back(), &unused)) return LineKind::kComment;
  }
  return LineKind::kToken;
}

// Where the token and its tag sit in a token line (see ReadConll).
struct Layout {
  size_t token_column = 0;
  bool tag_is_last = true;   // else the column after the token
  size_t token_prefix = 0;   // bytes of a language prefix ("en:") to strip
};

Layout DetectLayout(std::string_view line) {
  Layout layout;
  std::vector<std::string_view> fields = SplitFields(line);
  if (ConllSeparator(line) == '\t' && fields.size() >= 3 && AllDigits(fields[0])) {
    layout.token_column = 1;
    layout.tag_is_last = false;
  }
  std::string_view token = fields[layout.token_column];
  size_t colon = token.find(':');
  if (colon >= 2 && colon <= 3 && colon + 1 < token.size()) {
    bool lower = true;
    for (size_t i = 0; i < colon; ++i) lower = lower && std::islower(static_cast<unsigned char>(token[i]));
    if (lower) layout.token_prefix = colon + 1;
  }
  return layout;
}

Status ReadFile(const std::string& path, size_t max_bytes, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  if (size < 0) return Status::IOError(path + ": cannot read size");
  if (max_bytes > 0 && static_cast<size_t>(size) > max_bytes) {
    return Status::TooLarge(path + ": " + std::to_string(size) + " bytes, more than max_file_bytes=" +
                            std::to_string(max_bytes));
  }
  in.seekg(0);
  out->resize(static_cast<size_t>(size));
  if (!in.read(out->data(), size)) return Status::IOError(path + ": read failed");
  return Status::OK();
}

// Builds documents from lines; see ReadConll.
class CorpusBuilder {
 public:
  explicit CorpusBuilder(bool require_tags) : require_tags_(require_tags) {}

  Status AddLine(std::string_view line, size_t line_number, const std::string& path) {
    switch (Classify(line)) {
      case LineKind::kBlank: EndSentence(); break;
      case LineKind::kComment: break;
      case LineKind::kDocumentStart:
        EndDocument();
        saw_document_marker_ = true;
        break;
      case LineKind::kToken: return AddToken(line, line_number, path);
    }
    return Status::OK();
  }

  // Ends the last document and returns all of them.
  std::vector<NerDocument> Finish() {
    EndDocument();
    if (saw_document_marker_) return std::move(documents_);
    std::vector<NerDocument> singles;
    for (NerDocument& d : documents_) {
      for (NerSentence& s : d.sentences) singles.push_back({{std::move(s)}});
    }
    return singles;
  }

 private:
  Status AddToken(std::string_view line, size_t line_number, const std::string& path) {
    if (!layout_) layout_ = DetectLayout(line);
    std::vector<std::string_view> fields = SplitFields(line);
    const auto where = [&] { return path + ":" + std::to_string(line_number) + ": "; };
    if (fields.size() <= layout_->token_column) {
      return Status::Corruption(where() + "expected a token in column " +
                                std::to_string(layout_->token_column + 1));
    }
    std::string_view token = fields[layout_->token_column];
    if (token.size() > layout_->token_prefix) token.remove_prefix(layout_->token_prefix);
    const size_t tag_column = layout_->tag_is_last ? fields.size() - 1 : layout_->token_column + 1;
    Label label = kOutside;
    const bool has_tag = tag_column > layout_->token_column && tag_column < fields.size() &&
                         ParseLabel(fields[tag_column], &label);
    if (!has_tag && require_tags_) {
      return Status::Corruption(where() + "no IOB tag (O, B-X, I-X with X in PER ORG LOC MISC)");
    }
    sentence_.tokens.push_back(token);
    if (has_tag) sentence_.labels.push_back(label);
    return Status::OK();
  }

  void EndSentence() {
    if (sentence_.tokens.empty()) return;
    if (sentence_.labels.size() != sentence_.tokens.size()) sentence_.labels.clear();
    ToIob2(&sentence_.labels);
    document_.sentences.push_back(std::move(sentence_));
    sentence_ = {};
  }

  void EndDocument() {
    EndSentence();
    if (!document_.sentences.empty()) documents_.push_back(std::move(document_));
    document_ = {};
  }

  bool require_tags_;
  std::optional<Layout> layout_;
  bool saw_document_marker_ = false;
  NerSentence sentence_;
  NerDocument document_;
  std::vector<NerDocument> documents_;
};

}  // namespace

size_t NerCorpus::NumTokens() const {
  size_t n = 0;
  for (const NerDocument& d : documents) {
    for (const NerSentence& s : d.sentences) n += s.tokens.size();
  }
  return n;
}

size_t NerCorpus::NumSentences() const {
  size_t n = 0;
  for (const NerDocument& d : documents) n += d.sentences.size();
  return n;
}

void NerCorpus::Append(NerCorpus&& other) {
  for (NerDocument& d : other.documents) documents.push_back(std::move(d));
  for (auto& t : other.texts) texts.push_back(std::move(t));
  other.documents.clear();
  other.texts.clear();
}

char ConllSeparator(std::string_view line) {
  return line.find('\t') != std::string_view::npos ? '\t' : ' ';
}

bool IsConllTokenLine(std::string_view line) { return Classify(TrimLine(line)) == LineKind::kToken; }

Status ReadConll(const std::string& path, const ConllReadOptions& options, NerCorpus* corpus,
                 std::vector<std::string_view>* lines) {
  auto text = std::make_unique<std::string>();
  Status s = ReadFile(path, options.max_file_bytes, text.get());
  if (!s.ok()) return s;
  CorpusBuilder builder(options.require_tags);
  std::string_view rest = *text;
  for (size_t line_number = 1; !rest.empty(); ++line_number) {
    size_t end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
    if (lines) lines->push_back(line.ends_with('\r') ? line.substr(0, line.size() - 1) : line);
    s = builder.AddLine(TrimLine(line), line_number, path);
    if (!s.ok()) return s;
  }
  for (NerDocument& d : builder.Finish()) corpus->documents.push_back(std::move(d));
  corpus->texts.push_back(std::move(text));
  return Status::OK();
}

std::string ConllWithTags(std::span<const std::string_view> lines,
                          const std::vector<std::vector<std::vector<Label>>>& predicted) {
  std::string out;
  size_t d = 0, s = 0, t = 0;  // the next token's document, sentence, index
  for (std::string_view line : lines) {
    if (!IsConllTokenLine(line)) {
      out.append(line).push_back('\n');
      continue;
    }
    while (t >= predicted[d][s].size()) {
      t = 0;
      if (++s == predicted[d].size()) s = 0, ++d;
    }
    const char separator = ConllSeparator(line);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
      line.remove_suffix(1);
    }
    out.append(line).push_back(separator);
    out.append(LabelName(predicted[d][s][t++])).push_back('\n');
  }
  return out;
}

}  // namespace lede::nlp
