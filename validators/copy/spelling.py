"""copy.spelling: misspelled words, checked against Hunspell en_US/en_GB, medical and project words."""

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from validators.copy import lexicon as lx
from validators.copy import text
from validators.copy.dictionary import MEDICAL_DICTIONARY, PREFIXES, DictionarySources, load_dictionary
from validators.copy.typos import SLIP_RANK, doubled_slip, edits1, single_letter_variants, slip, spelling_variant
from validators.copy.word_frequencies import zipf
from validators.copy.word_shapes import after_pronounced, checkable_capitals, is_reference
from validators.document import Document
from validators.findings import Category, Finding, Severity, Suggestion
from validators.registry import Rule, register

LONGEST_WORD = 45  # letters in the longest dictionary words (pneumonoultramicroscopic...)

# Characters next to a token that make it part of an address, a file name or code.
_GLUE_BEFORE = frozenset("./@:#_\\=<>$%&*+~^|")
_GLUE_AFTER = frozenset("/@_\\=<>$%&*+~^|")
_LATIN_ENDINGS = ("us", "a", "um", "is", "ium", "ae", "ii")
_DIGIT = re.compile(r"\d")
# Marks after which a capitalised word starts a sentence or a phrase rather than naming something.
_OPENERS = frozenset('("“‘[:—–-')
# Typing slips that leave an obviously wrong name: "Amercia", "Tylenoll".
_NAME_SLIPS = frozenset({"transposition", "doubling"})
# A name real English writes this often (wordfreq zipf) is a real name, not a slip of a commoner word or name.
_FREQUENT_NAME_ZIPF = 2.5


# Marks that close a quotation, and the dashes that lead from a quotation to its speaker.
_CLOSING_QUOTES = frozenset('"”’\'')
_DASHES = frozenset("—–-")


def _attribution(tokens, index: int) -> bool:
    """A capitalised word right after a quotation's closing mark and a dash, then a comma, an initial or the
    end ("..." – Mei, Oregon; "..." — Tom K., Cardiff): the speaker of a testimonial or a quote, a person's
    name, judged as a name and not as a word that opens a phrase."""
    if index < 2 or tokens[index - 1].text not in _DASHES or tokens[index - 2].text not in _CLOSING_QUOTES:
        return False
    if not tokens[index].is_capitalised:
        return False
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return after is None or after.text == "," or (after.is_capitalised and len(after.text) <= 12)


@lru_cache(maxsize=65536)
def _frequency(word: str) -> float:
    return zipf(word)


def _without(found: set[str], table: dict[str, None]) -> set[str]:
    """`found - table.keys()` at the cost of the (small) set, not of the (large) table: the same set,
    built the same way (a copy, then the same discards), so it iterates in the same order."""
    result = set(found)
    result.difference_update([word for word in found if word in table])
    return result


@register
class Spelling(Rule):
    """A misspelled word, with suggestions ranked by edit distance and frequency.

    What it does: checks every word against the Hunspell dictionary of the site's dialect
    (en-US or en-GB; the other dialect's spellings are accepted), the medical dictionary
    (Debian's hunspell-en-med when installed, plus spelling_medical.txt) and the site's
    words (spelling_project.yaml), accepting regular derivations and words shaped like
    medical terms. An unknown word is flagged only when it is one edit (or one doubled
    letter and one edit) from a much more common word: the shape of a typo.
    Why is this bad? Typos in health copy erode trust and can hide a wrong drug name.
    Severity: an error (blocks publishing) when the edit is a typical typing slip (swapped,
    doubled, dropped or neighbouring-key letters) from a common word or a long medical term,
    the unknown word being rare; a warning otherwise. Capitalised words are checked too, but
    a name unknown to the dictionaries is an error only when it is a swapped or doubled letter
    away from a known name or from a name used elsewhere in the same document. A British
    Approved Name of a medicine whose US name is known ("colestyramine") is accepted. A rare unknown
    word of 8 letters or more that is a long medical term with two letters exchanged across others
    ("tamsolusin", "sertlarine") is an error too: one edit does not undo that swap. The speaker after a
    quotation's closing mark and a dash ("..." – Mei, Oregon) is judged as a name, a frequent listed name known to the
    medical list too ("Ian", "Theo") is that name, and a lower-case word that
    starts a word at least twice its length on the same page is a clipping of it ("the sema kit" on a page about
    semaglutide).
    Example: "You will recieve a reminder" -> "receive"; "Take ibuprofin" -> "ibuprofen";
    "staphylococus" -> "staphylococcus"; "Amercia" -> "America".
    """

    id = "copy.spelling"
    category = Category.COPY
    severity = Severity.WARNING

    def __init__(self, config):
        super().__init__(config)
        medical = self.options.get("medical_dictionary", str(MEDICAL_DICTIONARY))
        sources = DictionarySources(config.dialect, tuple(config.vocabulary_dirs), Path(medical) if medical else None)
        self.dictionary = load_dictionary(sources)
        self.min_common = float(self.options.get("accept_zipf", 3.5))
        self.dialect_notes = bool(self.options.get("dialect_notes", False))
        self.dialect = config.dialect
        shapes = self.vocabulary("copy_spelling")
        self.medical_suffixes = tuple(shapes["medical_suffixes"])
        self.medical_prefixes = tuple(shapes["medical_prefixes"])
        self.misspellings = self.vocabulary("spelling_misspellings").get("misspellings") or {}
        self.weak_suffixes = tuple(shapes["weak_medical_suffixes"])
        self.approved_name_beginnings = dict(shapes["approved_name_beginnings"])
        self.name_titles = frozenset(shapes["name_titles"])
        self.eponym_heads = frozenset(shapes["eponym_heads"])
        self.naming_words = frozenset(shapes["naming_words"])

    def check(self, document: Document) -> Iterable[Finding]:
        sentences = text.sentences(document)
        verdicts: dict[tuple[str, bool, bool], tuple[list[str], Severity] | None] = {}
        references = {index for index, block in enumerate(document.blocks) if is_reference(document.block_text(block))}
        shared, misspellings = self.dictionary.shared, self.misspellings
        for sentence in sentences:
            if sentence.sentence.block in references:
                continue  # a bibliographic reference: authors' names, journal abbreviations
            tokens = sentence.tokens
            for index, token in enumerate(tokens):
                if not token.is_word or len(token.text) < 3:
                    continue
                word = token.lower
                if (
                    word in shared
                    and word not in misspellings
                    and (word[-1] != "s" or not _after_singular_determiner(word, tokens, index))
                ):
                    continue  # the common case, first: a word both dialects spell this way
                finding = self._check_token(document, tokens, index, verdicts)
                if finding is not None:
                    yield finding

    def _check_token(self, document, tokens, index, verdicts) -> Finding | None:
        token = tokens[index]
        word, shown = token.lower, token.text
        opening = (index == 0 or tokens[index - 1].text in _OPENERS) and not _attribution(tokens, index)
        if word in self.misspellings and (shown.islower() or opening and shown.istitle()):
            correction = self.misspellings[word]
            if shown[0].isupper():
                correction = correction[0].upper() + correction[1:]
            message = f"'{shown}' is a common misspelling of '{correction}'."
            return self.finding(
                document, token.start, token.end, message, [Suggestion(correction, safe=True)], Severity.ERROR
            )
        maybe_possessive = word[-1] == "s" and _after_singular_determiner(word, tokens, index)
        if word in self.dictionary.shared and not maybe_possessive:
            return None  # the common case, first: a word both dialects spell this way
        if word in self.dictionary.words and not maybe_possessive:
            if not opening and shown.istitle() and self._only_medical(word):
                key = (word, True, True)  # (as a name, known from the medical list)
                if key not in verdicts:
                    verdicts[key] = self._name_of_place_or_person(word)
                return self._report(document, token, verdicts[key])
            if self.dialect_notes and word in self.dictionary.other_dialect:
                return self._dialect_note(document, token)
            return None
        if not shown.isascii() or _DIGIT.search(word) or self._not_prose(document.text, tokens, index):
            return None
        capitalised = not shown.islower()
        if after_pronounced(tokens, index):
            return None
        shouted = capitalised and _shouted(tokens, index, self.dictionary.knows)
        if capitalised and not shouted and not checkable_capitals(shown):
            return None  # an acronym, "iPhone", "McKenzie", or a respelled pronunciation ("ek-ZEE-muh")
        possessive = None if capitalised else _missing_apostrophe(tokens, index)
        if possessive:
            message = f"'{shown}' needs an apostrophe: '{possessive}'."
            return self.finding(document, token.start, token.end, message, [Suggestion(possessive, safe=True)])
        if self.dictionary.knows(word) or (capitalised and self.dictionary.knows_name(word)):
            if self.dialect_notes and word in self.dictionary.other_dialect:
                return self._dialect_note(document, token)
            return None
        if not capitalised and _clipped_from_page(document, word):
            return None  # "the sema kit" on a page about semaglutide: a clipping of a word the page spells out
        if self._approved_name(word):
            return None
        as_name = (capitalised and not opening and not shouted) or _introduced_term(tokens, index, self.naming_words)
        key = (shown if as_name else word, as_name, opening and not shouted)
        if key not in verdicts:
            verdicts[key] = self._name_verdict(shown, document) if as_name else self._word_verdict(word, key[2])
        verdict = verdicts[key]
        named = verdict is not None and capitalised and not shouted
        if named and (self._in_personal_name(document, tokens, index) or self._eponym(tokens, index)):
            verdict = self._spelled_here(shown, document)  # a surname or given name is spelled as its owner spells it
        if shouted and verdict is not None and verdict[1] != Severity.ERROR:
            verdict = None  # a word in capitals is reported only for a clear typing slip
        if verdict is None and as_name and self._title_styled(document, tokens, index):
            styled_key = (word, False, False)  # in Title Case, judged as the word it is
            if styled_key not in verdicts:
                verdicts[styled_key] = self._word_verdict(word, False)
            styled = verdicts[styled_key]
            if styled is not None and styled[1] == Severity.ERROR:
                verdict = styled
        return self._report(document, token, verdict)

    def _in_personal_name(self, document: Document, tokens, index: int) -> bool:
        """A word in a person's name: after a title ("Dr", "Professor") or a known given name ("Victor
        Stinner", "Bill Jannsen"), or before a known surname ("Lasse Collin"). A given name that opens the
        sentence counts only when it is no common word ("Will Tylenoll help?" is no name)."""
        names = self.dictionary.names
        before = tokens[index - 1] if index else None
        if (
            before is not None
            and before.text.istitle()
            and (
                before.lower in self.name_titles
                or before.lower in names
                and (index > 1 or not self.dictionary.knows(before.lower))
            )
        ):
            return True
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        return (
            after is not None
            and after.text.istitle()
            and after.lower in names
            and not self.dictionary.knows(after.lower)
            and _names_in(document)[after.lower] > 0
        )

    def _eponym(self, tokens, index: int) -> bool:
        """What: a capitalised word inside a sentence right before a noun of `eponym_heads` ("the Vodder method",
        "the Epley manoeuvre", "a Gleason score"): the name of the person who devised it, spelled as its owner
        spells it, so it is judged only against other spellings on the page (`_spelled_here`).
        Why is this bad? "trained in the Vodder method" was flagged as a misspelling of "Vader".
        Example: "the Vodder method", "the Mantoux test" pass; "the Vodder method ... the Voder method" on one
        page is still flagged, and so is "Tylenoll" before "tablets" (no eponym head)."""
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        return index > 0 and after is not None and after.lower in self.eponym_heads and after.text.islower()

    def _spelled_here(self, shown: str, document: Document) -> tuple[list[str], Severity] | None:
        """A name spelled another way, more often, elsewhere in this document ("Stinner" ... "Stiner")."""
        word = shown.lower()
        names_here = _names_in(document)
        close = edits1(word)
        for other in sorted(names_here, key=names_here.get, reverse=True):
            if other in close and names_here[other] > names_here[word] and slip(word, other):
                return [self._as_name(other)], Severity.ERROR
        return None

    def _title_styled(self, document: Document, tokens, index: int) -> bool:
        """A capitalised word in Title Case copy ("5 Year Guarentee", "Heated Tubing And Humidifer"): next to
        a capitalised common word that is no name and does not open the sentence, so capitals are the
        style, not a name's. Judged as a word then; a capitalised word used twice or more in the page is
        taken for a name (a brand is written the same way each time)."""
        if _names_in(document)[tokens[index].lower] > 1:
            return False
        for other in (index - 1, index + 1):
            if other < 1 or other >= len(tokens) or not tokens[other].is_word:
                continue
            shown, lower = tokens[other].text, tokens[other].lower
            if tokens[other - 1].text in _OPENERS or not checkable_capitals(shown) or lower in self.dictionary.names:
                continue
            if self.dictionary.knows(lower) and _frequency(lower) >= 3.0:
                return True
        return False

    def _approved_name(self, word: str) -> bool:
        """A medicine's British Approved Name whose beginning differs from the US name the medical
        list holds ("colestyramine" for cholestyramine): correct British text, not a typo."""
        for british, american in self.approved_name_beginnings.items():
            if word.startswith(british) and self.dictionary.knows(american + word[len(british) :]):
                return True
        return False

    def _report(self, document: Document, token, verdict: tuple[list[str], Severity] | None) -> Finding | None:
        if verdict is None:
            return None
        shown = token.text
        capitalised = not shown.islower()
        suggestions, severity = verdict
        if shown.isupper() and len(shown) > 1:
            suggestions = [s.upper() for s in suggestions]  # a word in a shouted line ("FREE SHIPPNG")
        elif capitalised:
            suggestions = [s[0].upper() + s[1:] for s in suggestions]
        return self.finding(
            document,
            token.start,
            token.end,
            f"'{shown}' may be misspelled; did you mean '{suggestions[0]}'?"
            if severity != Severity.ERROR
            else f"'{shown}' is misspelled: '{suggestions[0]}'.",
            [Suggestion(s) for s in suggestions],
            severity,
        )

    def _word_verdict(self, word: str, opening: bool) -> tuple[list[str], Severity] | None:
        """Suggestions and severity for an unknown word written in lower case (or opening a sentence)."""
        if "-" in word:
            return self._compound_verdict(word)
        ranked = self._ranked_near_misses(word, names=opening)
        if not ranked:
            swapped = self._distant_swap(word)
            if swapped is not None and _frequency(word) < 1.0:
                return [swapped], Severity.ERROR  # "tamsolusin": two letters of a medical term exchanged
            return None  # nothing it could be a typo of
        own = _frequency(word)
        if own >= self.min_common:
            return None  # a common word the dictionary lacks
        medical_shape = self._medical_shape(word)
        best = None
        for candidate, distance in ranked:
            if self._is_typo_of(word, candidate, distance, own, medical_shape):
                best = candidate
                break
        if best is not None:
            return self._ranked(best, ranked), Severity.ERROR
        swapped = self._distant_swap(word) if own < 1.0 else None
        if swapped is not None:
            return [swapped], Severity.ERROR
        if medical_shape:
            return None  # shaped like a medical term ("otitis", "retinopathy"): not a typo we can judge
        # Not a typing slip: worth a warning only when the word is never written (zipf 0).
        plausible = [
            c
            for c, distance in ranked
            if distance == 1 and self._weight(c) >= max(3.0, own + 1.0) and (own == 0 or slip(word, c))
        ]
        if not plausible:
            return None
        return plausible[:3], Severity.WARNING

    def _is_typo_of(self, word: str, candidate: str, distance: int, own: float, medical_shape: bool) -> bool:
        """A typing slip away from a much more common word, or from a long medical term."""
        kind = slip(word, candidate) if distance == 1 else doubled_slip(word, candidate)
        if kind is None:
            return False
        if self._medical_target(word, candidate, own):
            return True
        if medical_shape:
            return False
        weight = self._weight(candidate)
        return weight >= 3.0 and weight >= own + 1.5

    def _medical_target(self, word: str, candidate: str, own: float) -> bool:
        """A long medical term one slip away: "staphylococus", "amoxicilin" (long terms are not coined by
        one slip). The installed list has a few misspelt entries of its own, so a term from it must be
        written more often than the word (the project's list is curated and always counts)."""
        if len(word) < 8 or own >= 1.0 or spelling_variant(word, candidate):
            return False
        if candidate in self.dictionary.domain:
            return True
        return candidate in self.dictionary.medical and _frequency(candidate) > own

    def _compound_verdict(self, word: str) -> tuple[list[str], Severity] | None:
        parts = [part for part in word.split("-") if part]
        unknown = [part for part in parts if not self.dictionary.knows(part) and part not in PREFIXES]
        if len(unknown) != 1 or len(unknown[0]) < 4:
            return None
        verdict = self._word_verdict(unknown[0], opening=False)
        if verdict is None:
            return None
        fixes, severity = verdict
        return [word.replace(unknown[0], fix, 1) for fix in fixes], severity

    def _name_verdict(self, shown: str, document: Document) -> tuple[list[str], Severity] | None:
        """A capitalised word inside a sentence: a name, a brand, or a word in a title.

        Names unknown to the dictionaries are common, so only a clear slip blocks: the name is
        spelled another way, more often, elsewhere in this document; or it is a swapped or
        doubled letter (or, far rarer than the name, a wrong vowel) from a known name or word; or
        it is one slip from a listed medical term or brand."""
        word = shown.lower()
        spelled_here = self._spelled_here(shown, document)
        ranked = self._ranked_near_misses(word, names=True)
        if not ranked and spelled_here is None:
            return None  # nothing it could be a typo of (word frequencies are not even loaded)
        own = _frequency(word)
        if own >= _FREQUENT_NAME_ZIPF:
            return None  # written often enough to be a real name
        if spelled_here is not None:
            return spelled_here  # spelled the other way elsewhere here
        for candidate, distance in ranked:
            kind = slip(word, candidate) if distance == 1 else doubled_slip(word, candidate)
            if kind is None:
                continue
            if self._medical_target(word, candidate, own) or (candidate in self.dictionary.domain and own == 0):
                return [self._as_name(candidate)], Severity.ERROR
            weight = self._weight(candidate)
            known = candidate in self.dictionary.names or weight >= self.min_common
            gap = 1.5 if kind in _NAME_SLIPS else 2.5
            if known and weight >= own + gap and (own < 1.5 or kind in _NAME_SLIPS):
                return [self._as_name(candidate)], Severity.ERROR
        if own >= 1.5:
            return None
        warned = [c for c, d in ranked if d == 1 and slip(word, c) and self._weight(c) >= self.min_common]
        return ([self._as_name(c) for c in warned[:3]], Severity.WARNING) if warned else None

    def _only_medical(self, word: str) -> bool:
        """Known from the installed medical dictionary alone, as a common word (a name there may be a typo
        here). An entry the dictionary writes capitalised is itself a name, an eponym or a brand ("Reye
        syndrome", "Buerger disease"), not a slip from a more common name ("Eye", "Burger")."""
        dictionary = self.dictionary
        return word in dictionary.medical and word not in dictionary.general and word not in dictionary.medical_names

    def _name_of_place_or_person(self, word: str) -> tuple[list[str], Severity] | None:
        """A capitalised word the medical dictionary knows ("Canda"), a slip away from a far more common
        name ("Canada"): in running text, the name was meant. A word the dictionary itself lists as a name and
        real English writes often (`_FREQUENT_NAME_ZIPF`, the bar of `_name_verdict`) is that name, a given name
        most often ("says Ian from Swindon", "Theo, 7, loves it"), however close a commoner word or name is."""
        own = _frequency(word)
        if word in self.dictionary.names and own >= _FREQUENT_NAME_ZIPF:
            return None
        for candidate, distance in self._ranked_near_misses(word, names=True):
            likely = distance == 1 and candidate in self.dictionary.names and slip(word, candidate)
            if likely and self._weight(candidate) >= max(4.0, own + 2.5):
                return [self._as_name(candidate)], Severity.ERROR
        return None

    def _as_name(self, lower: str) -> str:
        return self.dictionary.name_as_spelled(lower) if lower in self.dictionary.names else lower

    def _ranked_near_misses(self, word: str, names: bool) -> list[tuple[str, int]]:
        """Near misses, the likeliest first: by edit distance, kind of slip, then frequency; equals in all
        three in alphabetical order (the candidates come from sets, whose order changes between processes)."""
        return sorted(
            self._near_misses(word, names),
            key=lambda c: (c[1], SLIP_RANK.get(slip(word, c[0]), 3), -self._weight(c[0]), c[0]),
        )

    def _near_misses(self, word: str, names: bool) -> list[tuple[str, int]]:
        """Known words (and names) one edit away, and two edits away when one undoes a doubled letter
        ("tommorow" -> "tomorow" -> "tomorrow")."""
        if len(word) > LONGEST_WORD:
            return []  # no word is near it, and the edits of a huge "word" would fill memory
        dictionary = self.dictionary
        near = edits1(word)
        further = set().union(*(edits1(variant) for variant in single_letter_variants(word))) - near - {word}
        found: dict[str, int] = {}
        for candidates, distance in ((near, 1), (further, 2)):
            known = _without(dictionary.suggestible.among(candidates), dictionary.other_dialect)
            if names:
                known |= candidates & dictionary.names.keys()
            for candidate in known:
                found.setdefault(candidate, distance)
        return list(found.items())

    def _distant_swap(self, word: str) -> str | None:
        """A long medical term with two letters exchanged across others: "tamsolusin" (tamsulosin),
        "cinnizarine" (cinnarizine), "sertlarine" (sertraline). Writers swap the vowels or consonants of
        an unfamiliar drug name; one edit does not undo that, and no real word is such a swap of a long
        medical term, so the unknown word is a misspelling of it."""
        if len(word) < 8 or len(word) > LONGEST_WORD:
            return None
        medical, domain = self.dictionary.medical, self.dictionary.domain
        for first in range(len(word) - 2):
            for second in range(first + 2, len(word)):
                if word[first] == word[second]:
                    continue
                candidate = word[:first] + word[second] + word[first + 1 : second] + word[first] + word[second + 1 :]
                if candidate in domain or candidate in medical:
                    return candidate
        return None

    @staticmethod
    def _ranked(best: str, ranked: list[tuple[str, int]]) -> list[str]:
        return [best] + [c for c, d in ranked if c != best and d == 1][:2]

    def _medical_shape(self, word: str) -> bool:
        if len(word) >= 6 and (word.endswith(self.medical_suffixes) or word.startswith(self.medical_prefixes)):
            return True
        return len(word) >= 9 and word.endswith(self.weak_suffixes)

    def _weight(self, candidate: str) -> float:
        """How likely a near miss is the intended word: its frequency; the project's words count as common."""
        return max(_frequency(candidate), 3.5) if candidate in self.dictionary.domain else _frequency(candidate)

    def _dialect_note(self, document: Document, token) -> Finding:
        other = "en-GB" if self.dialect == "en-US" else "en-US"
        return self.finding(
            document,
            token.start,
            token.end,
            f"'{token.text}' is the {other} spelling; this site writes {self.dialect}.",
            severity=Severity.INFO,
        )

    def _not_prose(self, text: str, tokens, index: int) -> bool:
        """Part of an address, a file name or code, or the second word of an organism name. (Dummy
        text after "lorem ipsum" is not prose either: copy.leftover-text flags it.)"""
        token = tokens[index]
        if text[token.start - 1 : token.start] in _GLUE_BEFORE or text[token.end : token.end + 1] in _GLUE_AFTER:
            return True
        if text[token.end : token.end + 1] in ".:" and text[token.end + 1 : token.end + 2].isalnum():
            return True  # a domain name ("cdc.gov") or an identifier ("doi:10.1016", "pmid:123")
        if index and "lorem ipsum" in text[tokens[0].start : token.start].lower():
            return True
        return self._species_name(tokens, index)

    @staticmethod
    def _species_name(tokens, index: int) -> bool:
        """The second word of an organism name: "P. acnes", "Staphylococcus aureus"."""
        if index >= 2 and tokens[index - 1].text == "." and len(tokens[index - 2].text) == 1:
            return tokens[index - 2].is_capitalised
        if index >= 1 and tokens[index - 1].is_capitalised:
            return tokens[index - 1].lower.endswith(_LATIN_ENDINGS)
        return False


# The shortest clipping judged as one ("sema", "tirz"); shorter ones are too easily a typo's leftover.
_SHORTEST_CLIPPING = 4


# Words that introduce a term by its name ("a rash called erythema migrans", "also known as cica").
def _introduced_term(tokens, index: int, naming_words: frozenset[str]) -> bool:
    """What: the word follows "called", "named", "termed" or "known as", maybe after an opening quote: the text
    introduces a term by its name ("also known as cica or tiger grass", "a condition called tinea"), so the word is
    judged as a name, by the stronger evidence a name needs.
    Why is this bad? "also known as cica" was flagged as a misspelling of "coca".
    Example: "known as cica" passes; "a drug called metformn" is still flagged (a slip from a medical term), and
    "a cream calld Zinc" is judged as before."""
    position = index - 1
    while position >= 0 and tokens[position].text in _CLOSING_QUOTES:
        position -= 1
    if position < 0:
        return False
    word = tokens[position].lower
    return word in naming_words or (word == "as" and position > 0 and tokens[position - 1].lower == "known")


def _clipped_from_page(document: Document, word: str) -> bool:
    """The word is the start of a word at least twice its length that the same page uses ("sema" and
    "semaglutide", "derm" and "dermatologist"): an informal clipping of it, as customers write in reviews.
    A typing slip that drops a letter or two ("medicat" beside "medication") is not half the word's length."""
    if len(word) < _SHORTEST_CLIPPING:
        return False
    return any(
        len(other) >= 2 * len(word) and other.startswith(word) for other in _page_words(document).get(word[:3], ())
    )


def _page_words(document: Document) -> dict[str, frozenset[str]]:
    """The page's lower-cased words grouped by their first three letters, computed once per run."""
    return document.shared(_page_words, lambda: _group_words(text.sentences(document)))


def _group_words(sentences) -> dict[str, frozenset[str]]:
    groups: dict[str, set[str]] = defaultdict(set)
    for sentence in sentences:
        for token in sentence.tokens:
            if token.is_word and len(token.lower) >= 2 * _SHORTEST_CLIPPING:
                groups[token.lower[:3]].add(token.lower)
    return {key: frozenset(words) for key, words in groups.items()}


def _names_in(document: Document) -> Counter:
    """How often each capitalised word is used in this document (a name is spelled the same each time);
    counted once per run, when the first unknown name is judged."""
    return document.shared(_names_in, lambda: _count_names(text.sentences(document)))


def _count_names(sentences) -> Counter:
    counts: Counter = Counter()
    for sentence in sentences:
        tokens = sentence.tokens
        for token in tokens:
            if token.is_capitalised and token.text[1:].islower():
                counts[token.lower] += 1
    return counts


def _shouted(tokens, index: int, knows) -> bool:
    """A word of five letters or more in a line set in capitals ("FREE SHIPPNG ON ALL ORDERS"): at least two
    thirds of the line's words, and three or more, are in capitals, two others of them dictionary words, so
    capitals are the style and the word is spelled like any other (an acronym has fewer letters or no
    vowel: "CPAP", "NHS")."""
    shown = tokens[index].text
    if len(shown) < 5 or not shown.isalpha() or not shown.isupper() or not any(v in shown for v in "AEIOUY"):
        return False
    words = [token for token in tokens if token.is_word]
    capitals = [token for token in words if len(token.text) > 1 and token.text.isupper()]
    if len(capitals) < 3 or len(capitals) * 3 < len(words) * 2:
        return False  # code or prose naming a few constants ("Grep CC and CFLAGS from the Makefile")
    return sum(1 for token in capitals if token is not tokens[index] and knows(token.lower)) >= 2


_SINGULAR_DETERMINERS = frozenset("a an the this that each every one another any no".split())


def _after_singular_determiner(word: str, tokens, index: int) -> bool:
    """A word in -s after "a", "the", "each"...: maybe a possessive without its apostrophe ("a womans")."""
    return word.endswith("s") and index > 0 and tokens[index - 1].lower in _SINGULAR_DETERMINERS


def _missing_apostrophe(tokens, index: int) -> str | None:
    """ "a womans hormones" -> "woman's": a singular noun whose plural is irregular, plus "s", between
    a determiner and a noun, can only be its possessive (the plain "-s" form is no word)."""
    word = tokens[index].lower
    if len(word) < 4 or not word.endswith("s") or index == 0 or index + 1 >= len(tokens):
        return None
    if tokens[index - 1].lower not in _SINGULAR_DETERMINERS or not tokens[index + 1].is_word:
        return None
    stem = word[:-1]
    plural = lx.singular_count_noun(stem)
    if plural is None or plural == word or not lx.is_plural_noun(plural):
        return None
    return tokens[index].text[:-1] + "'s"
