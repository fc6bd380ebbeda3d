import gzip

from wordfreq import word_frequency

from validators.copy import build_noun_frequencies
from validators.copy import lexicon as lx


def test_the_shipped_table_is_up_to_date():
    """Rebuild with `python -m validators.copy.build_noun_frequencies` when this fails (a lexicon noun
    added, another wordfreq release)."""
    with gzip.open(build_noun_frequencies.OUTPUT, "rt", encoding="utf-8") as handle:
        shipped = handle.read()
    assert shipped == build_noun_frequencies.build()


def test_the_table_reads_as_wordfreq_answers():
    for noun in ("patient", "fever", "stent", "app", "surgery", "child", "dietitian"):
        plural = lx.singular_count_noun(noun)
        assert plural
        assert lx.count_noun_frequencies(noun) == (word_frequency(noun, "en"), word_frequency(plural, "en"))


def test_a_word_that_is_no_singular_count_noun_reads_as_never_written():
    for word in ("patients", "quickly", "zzzxqv"):
        assert lx.count_noun_frequencies(word) == (0.0, 0.0)
