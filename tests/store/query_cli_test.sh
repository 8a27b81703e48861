#!/usr/bin/env bash
# End-to-end checks of the query commands (search filters, entities, quotes,
# events, stories) on a real ingest (full analysis) of the seed article and the
# demo corpus: the questions of ../shared/examples/seed-expected.json ("what did
# El Khiam say", "every arrest in Morocco"), the JSON forms of docs/api.md, and
# bad parameters (exit 2, a message naming them).
# Usage: query_cli_test.sh LEDE_BINARY SOURCE_DIR
set -uo pipefail
lede=$1
source_dir=$2
shared=$source_dir/../shared
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0

check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $name"; fi
}
# json_ok FILE PYTHON-EXPRESSION: the expression over `j` (the parsed file) is true.
json_ok() { /usr/bin/python3 -c "import json,sys; j=json.load(open(sys.argv[1])); sys.exit(0 if ($2) else 1)" "$1"; }

db=$work/news.db
"$lede" ingest --quiet --db "$db" "$shared/examples/seed-article.txt" "$shared/data/demo-news/wikinews-articles.jsonl" \
  > /dev/null 2> "$work/ingest.err"
check "ingest exits 0" test $? -eq 0

# What did El Khiam say?
"$lede" quotes --db "$db" --speaker 'el khiam' --format json > "$work/quotes.json"; status=$?
check "quotes --speaker exits 0" test "$status" -eq 0
check "El Khiam's quotes are found" json_ok "$work/quotes.json" \
  "j['total'] >= 1 and any('frightened by what we saw happen in Barcelona' in q['text'] for q in j['quotes'])"
check "every quote is by El Khiam" json_ok "$work/quotes.json" \
  "all('El Khiam' in (q['speaker'] or {}).get('name', q['speaker_name'] or '') for q in j['quotes'])"
check "quotes have the API's fields" json_ok "$work/quotes.json" \
  "set(j['quotes'][0]) == {'id','article_id','article_title','published','text','start','end','speaker','speaker_name','partial'}"
"$lede" quotes --db "$db" --format csv frightened > "$work/quotes.csv"
check "quotes QUERY searches the quote's words" grep -q "Barcelona" "$work/quotes.csv"

# Every arrest in Morocco.
"$lede" events --db "$db" --type ARREST --country MA --format json > "$work/arrests.json"; status=$?
check "events exits 0" test "$status" -eq 0
check "the seed article's arrest in Morocco is found" json_ok "$work/arrests.json" \
  "j['total'] >= 1 and all(e['type'] == 'ARREST' and e['location']['country'] == 'MA' for e in j['events']) and any(e['article_title'].startswith('Moroccan Anti-Terror Chief') for e in j['events'])"
"$lede" events --db "$db" --type ARREST --from 2030-01-01 --format json > "$work/none.json"
check "a date range with no events gives none" json_ok "$work/none.json" "j == {'total': 0, 'events': []}"

# Entities: most mentioned, by type, by name prefix with accents and case ignored.
"$lede" entities --db "$db" --format json --limit 200 > "$work/entities.json"
check "entities are most mentioned first" json_ok "$work/entities.json" \
  "j['total'] > 100 and [e['mentions'] for e in j['entities']] == sorted((e['mentions'] for e in j['entities']), reverse=True)"
"$lede" entities --db "$db" --type LOCATION --prefix SALE --format csv > "$work/sale.csv"
check "SALE finds the place near Rabat" grep -Eq "LOCATION,Sal(e|é)," "$work/sale.csv"
"$lede" entities --db "$db" --type PERSON --prefix 'abdelhak el' --format csv > "$work/khiam.csv"
check "a name prefix finds Abdelhak El Khiam" grep -q "PERSON,Abdelhak El Khiam," "$work/khiam.csv"
"$lede" entities --db "$db" --type PERSON --prefix 'DONALD TR' --over-time --format csv > "$work/trump.csv"
check "--over-time lists the mentions per month" grep -Eq "PERSON,Donald Trump,20[0-9][0-9]-[0-9][0-9],[0-9]+" "$work/trump.csv"

# Search filters: entity by name, event type, theme, offset; facets in JSON.
"$lede" search --db "$db" --entity 'Abdelhak El Khiam' --format json '' > "$work/by_entity.json"
check "search --entity finds the seed article" json_ok "$work/by_entity.json" \
  "j['total'] >= 1 and j['hits'][0]['title'].startswith('Moroccan Anti-Terror Chief')"
check "search JSON has the facets" json_ok "$work/by_entity.json" \
  "set(j['facets']) == {'sources','entities','themes','events','dates'} and j['facets']['entities']"
"$lede" search --db "$db" --event ARREST --format json --limit 200 '' > "$work/arrest_articles.json"
check "search --event counts articles with that event" json_ok "$work/arrest_articles.json" \
  "j['total'] >= 1 and {'value': 'ARREST', 'count': j['total']} in j['facets']['events']"
"$lede" search --db "$db" --format json --limit 3 said > "$work/page1.json"
"$lede" search --db "$db" --format json --limit 3 --offset 3 said > "$work/page2.json"
/usr/bin/python3 -c "import json,sys; print(' '.join(str(h['id']) for h in json.load(open(sys.argv[1]))['hits']))" \
  "$work/page1.json" > "$work/page1.ids"
check "--offset gives the next page" json_ok "$work/page2.json" \
  "len(j['hits']) == 3 and not set(h['id'] for h in j['hits']) & set(map(int, open('$work/page1.ids').read().split()))"
"$lede" stories --db "$db" --format json > "$work/stories.json"; status=$?
check "stories: the API's object, the demo corpus's stories" json_ok "$work/stories.json" "set(j) == {'total', 'stories'} and j['total'] >= 1 and j['stories'][0]['articles'] >= 1"

# Bad parameters: exit 2 and a message naming the parameter; an unknown entity: exit 1.
"$lede" search --db "$db" '"unbalanced' > /dev/null 2> "$work/err"; status=$?
check "a malformed query exits 2" test "$status" -eq 2
check "a malformed query is named" grep -q "q: " "$work/err"
"$lede" quotes --db "$db" 'AND' > /dev/null 2> "$work/err"; status=$?
check "a malformed quote query exits 2" test "$status" -eq 2
"$lede" events --db "$db" --country USA > /dev/null 2> "$work/err"; status=$?
check "a bad country exits 2" test "$status" -eq 2
check "a bad country is named" grep -q "country" "$work/err"
"$lede" events --db "$db" --from 2020-02-30 > /dev/null 2> "$work/err"; status=$?
check "an impossible date exits 2" test "$status" -eq 2
"$lede" entities --db "$db" --limit 0 > /dev/null 2> "$work/err"; status=$?
check "--limit 0 exits 2" test "$status" -eq 2
"$lede" search --db "$db" --entity 'Nobody At All' x > /dev/null 2> "$work/err"; status=$?
check "an unknown entity exits 1" test "$status" -eq 1
check "an unknown entity is named" grep -q "Nobody At All" "$work/err"
"$lede" stories --db "$work/missing.db" > /dev/null 2>&1; status=$?
check "a missing store exits 2" test "$status" -eq 2

echo "query_cli_test: $passed passed, $failed failed"
test "$failed" -eq 0
