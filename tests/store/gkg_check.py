#!/usr/bin/env python3
"""Checks that GKG 2.1 rows (TSV files, or stdin) have the codebook's shape: 27
TAB-separated columns, and in each filled column the field syntax GDELT uses
(delimiters, number of '#'-fields in location and count blocks, offsets as
integers). Run on GDELT's own rows (../shared/data/gdelt-gkg) it must pass too.
Usage: gkg_check.py FILE... ; exit 1 with the first problem on stderr."""
import re
import sys

INT = r'-?\d+'
NUM = r'-?\d+(\.\d+)?(e-?\d+)?'
LOCATION_V1 = rf'[0-5]#[^#;]*#[A-Z]*#[A-Z0-9]*#({NUM})?#({NUM})?#[^#;]*'
LOCATION_V2 = rf'[0-5]#[^#;]*#[A-Z]*#[A-Z0-9]*#[^#;]*#({NUM})?#({NUM})?#[^#;]*#{INT}'
COUNT_V1 = rf'[A-Z_0-9]+#{NUM}#[^#;]*#[0-5]?#[^#;]*#[A-Z]*#[A-Z0-9]*#({NUM})?#({NUM})?#[^#;]*'
COLUMNS = {  # column -> (item regex, separator)
    5: (COUNT_V1, ';'),
    6: (COUNT_V1 + rf'#{INT}', ';'),
    7: (r'[A-Za-z_0-9]+', ';'),
    8: (rf'[A-Za-z_0-9]+,{INT}', ';'),
    9: (LOCATION_V1, ';'),
    10: (LOCATION_V2, ';'),
    11: (r'[^;,]+', ';'),
    12: (rf'[^;,]+,{INT}', ';'),
    13: (r'[^;,]+', ';'),
    14: (rf'[^;,]+,{INT}', ';'),
    16: (rf'[1-4]#{INT}#{INT}#{INT}#{INT}', ';'),
    22: (rf'{INT}\|{INT}\|[^|#]*\|[^#]*', '#'),
    23: (rf'[^;]+,{INT}', ';'),
    24: (rf'{NUM},[^;]*,{INT}', ';'),
}


def check_row(row):
    cols = row.rstrip('\n').split('\t')
    if len(cols) != 27:
        return f'{len(cols)} columns, want 27'
    if not re.fullmatch(r'\d{14}-T?\d+', cols[0]):
        return f'GKGRECORDID {cols[0]!r}'
    if not re.fullmatch(r'\d{14}|0', cols[1]):
        return f'DATE {cols[1]!r}'
    if not re.fullmatch(r'[1-6]', cols[2]):
        return f'SourceCollectionIdentifier {cols[2]!r}'
    if cols[15] and not re.fullmatch(','.join([NUM] * 6) + rf',{INT}', cols[15]):
        return f'V2Tone {cols[15]!r}'
    for index, (item, sep) in COLUMNS.items():
        for part in filter(None, cols[index].split(sep)):
            if not re.fullmatch(item, part):
                return f'column {index + 1}: {part[:120]!r}'
    return None


def main(paths):
    rows = 0
    for path in paths:
        with open(path, encoding='utf-8') as f:
            for number, row in enumerate(f, 1):
                problem = check_row(row)
                if problem:
                    print(f'{path}:{number}: {problem}', file=sys.stderr)
                    return 1
                rows += 1
    print(f'{rows} GKG rows well-formed')
    return 0 if rows else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
