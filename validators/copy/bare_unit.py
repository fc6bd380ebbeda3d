"""copy.bare-unit: a counted unit of time with no article ("within hour", "once week", "less than day")."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.missing_article import count_nouns
from validators.copy.text import TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register


@register
class BareUnit(SentenceRule):
    """A singular unit of time right after a preposition, "once", "twice" or a counted plural, with no "a"/"an".

    What it does: the units (`counted_units` in copy_usage.yaml: hour, day, week, month, year ...)
    are counted, so a singular one needs an article ("within an hour", "once a week", "less than a day"),
    unless real English writes the pair bare: the noun's list in
    validators/data/copy_count_nouns.txt, built from the bigram counts of real English, holds the words
    seen right before it with no article ("per hour", "by day", "of week", "last year"). A unit followed by
    a number or a hyphen ("in week 2", "day-to-day"), or capitalised, passes, as does a unit paired with
    itself ("from hour to hour", "week by week"). A plural counted by a number or a counting word right before
    the unit ("three times week", "two runs week", "8 glasses day") names a rate, which takes "a" before its
    unit as "once" does; real English never writes such pairs side by side (the bigram dictionary lists none of
    "times week", "hours day", "sessions week"). Class: missing word.
    Why is this bad? The dropped article reads as a typing slip or as machine-translated copy in the
    sentences that give readers their times and doses.
    Example: "a doctor will call you back within hour" -> "within an hour"; "at least once week" -> "once a
    week"; "Most tests take less than hour" -> "less than an hour"; "Swap one or two runs week" -> "two runs a
    week".
    """

    id = "copy.bare-unit"
    severity = Severity.ERROR

    def __init__(self, config):
        super().__init__(config)
        words = self.vocabulary("copy_usage")
        self.trigger_words = frozenset(words["counted_units"])
        self.openers = frozenset(words["bare_unit_openers"]) | lx.PREPOSITIONS

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        nouns = count_nouns()
        for index in range(1, len(tokens)):
            unit, before = tokens[index], tokens[index - 1]
            if unit.lower not in self.trigger_words or unit.is_capitalised:
                continue
            if before.lower not in self.openers and not _counted_plural(tokens, index - 1):
                continue
            if before.lower in nouns.get(unit.lower, frozenset()):
                continue  # "per hour", "by day": real English writes the pair bare
            if _repeated(tokens, index):
                continue  # "from hour to hour", "week by week": a unit paired with itself stands bare
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if following is not None and (following.is_number or following.text in ("-", "'", "’")):
                continue  # "in week 2", "day-to-day", "a year's supply"
            article = "an" if unit.lower == "hour" else "a"
            yield self.finding(
                document,
                before.start,
                unit.end,
                f"'{unit.text}' is counted: write '{before.text} {article} {unit.text}'.",
                [Suggestion(f"{before.text} {article} {unit.text}", safe=False)],
            )


# Words that count the plural before the unit of a rate: "two runs", "a few sessions".
_RATE_COUNTS = lx.NUMBER_WORDS | frozenset("few several couple".split())


def _counted_plural(tokens, index: int) -> bool:
    """A plural right after a number or a counting word ("three times", "two runs", "8 glasses", "a few
    sessions"): before a unit it names a rate, which takes "a" before the unit ("three times a week")."""
    if not index or not tokens[index].is_word or not lx.is_plural_noun(tokens[index].lower):
        return False
    count = tokens[index - 1]
    return count.is_number or count.lower in _RATE_COUNTS


def _repeated(tokens, index: int) -> bool:
    """The unit paired with itself across a preposition ("hour to hour", "day after day")."""
    unit = tokens[index].lower
    after = index + 2 < len(tokens) and tokens[index + 2].lower == unit and tokens[index + 1].lower in lx.PREPOSITIONS
    before = index >= 2 and tokens[index - 2].lower == unit and tokens[index - 1].lower in lx.PREPOSITIONS
    return after or before
