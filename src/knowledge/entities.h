// Entities within one document: named-entity mentions clustered into entities
// ("El Khiam" = "Abdelhak El Khiam", "BCIJ" = "Central Bureau of Judicial
// Investigations"), titles and roles kept as attributes.
#ifndef LEDE_KNOWLEDGE_ENTITIES_H_
#define LEDE_KNOWLEDGE_ENTITIES_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "knowledge/name_set.h"
#include "lede/document.h"
#include "lede/status.h"
#include "nlp/ner_labels.h"

namespace lede {

// The tagger's types: PERSON, ORGANIZATION, LOCATION, MISC (nlp::LongTypeName).
using EntityType = nlp::EntityType;

// A name the tagger found: its span in the text and its type.
struct EntityMention {
  Span span;
  EntityType type = EntityType::kMisc;
};

struct Entity {
  EntityType type = EntityType::kMisc;
  std::string name;            // canonical: the fullest form, without title or possessive
  std::vector<Span> mentions;  // every mention, in text order, titles excluded
  std::vector<std::string> roles;  // titles and roles: "King", "director of the BCIJ"
  // Other names the alias table knows for it that the text does not use ("AP" for
  // Associated Press), at most kMaxAliases, in the table's order.
  std::vector<std::string> aliases;
};

inline constexpr size_t kMaxAliases = 8;

// Names that denote the same entity across documents (ISIS = ISIL = Daesh =
// Islamic State), loaded from data/lexicons/aliases.tsv. Immutable once loaded.
class AliasTable {
 public:
  // Loads "group<TAB>name" lines. Returns kNotFound or kCorruption naming the line.
  static Status Load(const std::string& path, std::unique_ptr<AliasTable>* out);
  // The group of a name (case- and accent-insensitive), or -1.
  int32_t GroupOf(std::string_view name) const;
  // The names of a group as the table writes them, in its order; empty for -1.
  std::span<const std::string> NamesOf(int32_t group) const;

 private:
  std::unordered_map<std::string, int32_t> groups_;  // folded name -> group
  std::unordered_map<int32_t, std::vector<std::string>> names_;  // group -> names
};

// Clusters the mentions into entities, in order of first mention. Adds mentions
// the tagger missed for acronyms the text defines ("... Investigations (BCIJ)") and
// for definite descriptions whose head noun is a word of the name of exactly one
// organisation in the text ("the Moroccan anti-terrorism bureau" = the Central Bureau
// of Judicial Investigations).
// `aliases` may be null.
std::vector<Entity> ResolveEntities(const Document& doc, std::span<const EntityMention> mentions,
                                    const AliasTable* aliases);

// Types as ORGANIZATION each PERSON entity without roles every mention of which is a
// name in `organisations`, with or without the "The" before it (companies and news
// outlets that are no person's: "Twitter", "The Guardian"; data/lexicons/organisations*.txt),
// and each PERSON or MISC entity that names the outlet publishing `doc` (its site name, or
// a label of its URL's host: "Wikinews" on en.wikinews.org). The tagger reads "said on
// Twitter" and "Wikinews interviewed" as a person's context.
void RetypeKnownOrganisations(const Document& doc, const NameSet& organisations,
                              std::vector<Entity>* entities);

// Types as MISC each one-word PERSON entity one of whose mentions follows a storm word
// ("Hurricane Dorian", "Typhoon Hagibis"): storms have given names.
void RetypeStormNames(const Document& doc, std::vector<Entity>* entities);

// Removes the PERSON and MISC entities whose one-word name is no one's: an office alone,
// the document naming no one to go with it ("Mayor" of "the Lord Mayor",
// "Assemblywoman"), or an interjection the tagger read as a name ("Yeah" opening an
// interviewee's answer).
void DropNonNames(std::vector<Entity>* entities);

// Retypes the PERSON entities without roles whose name's first or last word says what
// they are: a place's last word ("Waddell Avenue", "Al Noor Mosque", "Bradley Airport")
// or Ireland's "County" first ("County Clare"): LOCATION; an organisation's last word
// ("Sky News", "Maker Clubs") or first word ("Instituto Gonzaga"): ORGANIZATION; a
// possessive first ("My Little Pony"): MISC. Surnames that are such words ("Hall",
// "Lane", "Church", "Park") are not among them. A name of God ("God", "Allah") is MISC.
void RetypeByNameShape(std::vector<Entity>* entities);

}  // namespace lede

#endif  // LEDE_KNOWLEDGE_ENTITIES_H_
