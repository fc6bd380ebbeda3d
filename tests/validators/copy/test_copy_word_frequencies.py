import gzip

from wordfreq import zipf_frequency

from validators.copy import build_word_frequencies
from validators.copy.word_frequencies import zipf


def test_the_shipped_table_is_up_to_date():
    """Rebuild with `python -m validators.copy.build_word_frequencies` when this fails (another wordfreq release)."""
    with gzip.open(build_word_frequencies.TABLE, "rt", encoding="utf-8") as handle:
        shipped = handle.read()
    assert shipped == build_word_frequencies.build()


def test_table_words_read_as_wordfreq_answers():
    for word in ("the", "patient", "acnes", "albicans", "dietitian", "a", "i", "zygote", "qi"):
        assert zipf(word) == zipf_frequency(word, "en")


def test_a_word_wordfreq_never_saw_reads_as_zero():
    for word in ("zzzxqv", "qxzvk", "acnesqz"):
        assert zipf(word) == zipf_frequency(word, "en") == 0.0


def test_other_words_are_asked_of_wordfreq():
    for word in ("don't", "covid-19", "café", "Paris", "b12"):
        assert zipf(word) == zipf_frequency(word, "en")
