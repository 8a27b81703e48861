// Nouns that name a person's role ("the director of the BCIJ", "said police spokesman
// Mark Smith"), shared by the entity and quote finders. Written for lede.
#ifndef LEDE_KNOWLEDGE_ROLES_H_
#define LEDE_KNOWLEDGE_ROLES_H_

#include <string_view>

namespace lede {

inline constexpr std::string_view kRoleNouns[] = {
    "head",     "director",   "chief",     "leader",      "chairman",     "chairwoman", "president",
    "minister", "secretary",  "spokesman", "spokeswoman", "spokesperson", "founder",    "ceo",
    "editor",   "ambassador", "governor",  "mayor",       "commander",    "general",    "king",
    "queen",    "prince",     "member",    "deputy",      "adviser",      "advisor",    "official",
    "officer",  "prosecutor", "judge",     "senator",     "lawmaker",     "candidate",  "coach",
    "captain",  "author",     "professor", "analyst"};

}  // namespace lede

#endif  // LEDE_KNOWLEDGE_ROLES_H_
