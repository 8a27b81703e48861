"""English word-form helpers shared by the lexicon build scripts."""


def inflections(lemma):
    """Regular English verb forms of a lemma: base, 3rd person, -ing, past."""
    if lemma.endswith('e'):
        return [lemma, lemma + 's', lemma[:-1] + 'ing', lemma + 'd']
    if lemma.endswith('y') and len(lemma) > 2 and lemma[-2] not in 'aeiou':
        return [lemma, lemma[:-1] + 'ies', lemma + 'ing', lemma[:-1] + 'ied']
    if lemma.endswith(('s', 'sh', 'ch', 'x', 'z')):
        return [lemma, lemma + 'es', lemma + 'ing', lemma + 'ed']
    return [lemma, lemma + 's', lemma + 'ing', lemma + 'ed']
