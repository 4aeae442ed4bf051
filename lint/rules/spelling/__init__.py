"""The parts of the inconsistent-spelling rule: normalisation, transliteration equivalences,
guards against real words and names, and the two kinds of variants it finds (names, and
words written with and without a diacritic or hyphen)."""
