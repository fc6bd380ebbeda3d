"""Every built-in copy rule survives arbitrary text, and its spans point at what it reports."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from validators.config import Config
from validators.registry import all_rules
from validators.sources import from_text

RULES = [
    cls(Config())
    for rule_id, cls in all_rules().items()
    if rule_id.startswith("copy.") and "languagetool" not in rule_id
]
WORDS = st.sampled_from(
    "a an the the it's its then than more 60 keep and inspects infections gets rash are is , . ( ) ; : — "
    "HIV FDA hour one-time Accutane isotretinoin moisturise moisturize recieve P. acnes known as cold sore "
    "of to can only kills their there you're your effect affect loose lose Everyone each in house need".split()
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(WORDS, st.text(max_size=6)), max_size=40))
def test_copy_rules_never_raise_and_spans_match(parts):
    document = from_text(" ".join(parts))
    for rule in RULES:
        for finding in rule.check(document):
            assert 0 <= finding.start <= finding.end <= len(document.text)
            assert finding.excerpt == document.text[finding.start : finding.end]
