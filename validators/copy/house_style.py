"""House style, Vale-like: substitution, existence, consistency and conditional rules.

The vocabularies are data (validators/data/copy_house_style.yaml) so an editor-in-chief
can extend them without touching code.
"""

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from validators.copy import lexicon as lx
from validators.copy import text
from validators.copy.dictionary import DictionarySources, american_variant, load_dictionary
from validators.copy.phrases import PhraseIndex, PhraseMatch
from validators.document import BlockKind, Document
from validators.findings import Category, Finding, Severity, Suggestion
from validators.registry import Rule, register
from validators.vocabulary import load_vocabulary


class PhraseRule(Rule):
    """Base: find listed phrases (whole words) in the document."""

    category = Category.COPY
    vocabulary_key = ""

    def __init__(self, config):
        super().__init__(config)
        self.index = _phrase_index(self.vocabulary_key, config.vocabulary_dirs, config.dialect)

    def matches(self, document: Document) -> Iterator[tuple[PhraseMatch, dict]]:
        for match in self.index.find(document):
            entry = match.payload
            if _same_case(match.found, entry["phrase"], entry.get("case_sensitive", False)):
                yield match, entry


@lru_cache(maxsize=32)
def _phrase_index(key: str, vocabulary_dirs: tuple[Path, ...], dialect: str) -> PhraseIndex:
    """The house style's `key` phrases for a site in `dialect`, indexed once per configuration (a check run
    makes its rules anew). An entry marked `dialect: en-US` (or en-GB) is house style for that dialect only."""
    entries = load_vocabulary("copy_house_style", vocabulary_dirs).get(key) or []
    entries = [entry for entry in entries if entry.get("dialect", dialect) == dialect]
    return PhraseIndex({entry["phrase"]: entry for entry in entries})


@lru_cache(maxsize=8)
def _brand_index(vocabulary_dirs: tuple[Path, ...]) -> PhraseIndex:
    """The house style's brands, each with its generic name(s), indexed once per configuration."""
    return PhraseIndex(dict(load_vocabulary("copy_house_style", vocabulary_dirs).get("brands") or {}))


def _same_case(found: str, phrase: str, strict: bool) -> bool:
    """As listed, or (unless `case_sensitive`) with its first letter in the other case ("alzheimers")."""
    if found == phrase:
        return True
    return not strict and found[1:] == phrase[1:] and found[:1].lower() == phrase[:1].lower()


@register
class Substitution(PhraseRule):
    """A term the house style replaces with a preferred one.

    What it does: flags a term the house style lists under `substitutions` and suggests the
    preferred term.
    Why is this bad? Consistent, correct terms (eponyms, organism names, product spellings) are part
    of medical accuracy; the list lives in copy_house_style.yaml under `substitutions`.
    Example: "Alzheimers disease" -> "Alzheimer's disease"; "E.coli" -> "E. coli".
    """

    id = "copy.house-style.substitution"
    severity = Severity.WARNING
    vocabulary_key = "substitutions"

    def check(self, document: Document) -> Iterable[Finding]:
        for match, entry in self.matches(document):
            replacement = entry["replacement"]
            yield self.finding(
                document,
                match.start,
                match.end,
                f"House style: use '{replacement}' instead of '{match.found}'.",
                [Suggestion(replacement, safe=True)],
            )


@register
class OrganismName(Substitution):
    """An outdated organism name (opt-in: enable with option `enabled = true`).

    What it does: flags an organism name the house style lists as renamed, with its current name as
    the fix.
    Why is this bad? Taxonomy moves on (Propionibacterium acnes is now Cutibacterium acnes); a site
    that wants current names lists renames under `renamed_organisms`. Off by default
    because the old names remain common in cited sources and quotations.
    Example: "P. acnes" -> "C. acnes".
    """

    id = "copy.house-style.organism-name"
    severity = Severity.INFO
    vocabulary_key = "renamed_organisms"

    def check(self, document: Document) -> Iterable[Finding]:
        if not self.options.get("enabled", False):
            return
        for match, entry in self.matches(document):
            replacement = entry["replacement"]
            yield self.finding(
                document,
                match.start,
                match.end,
                f"'{match.found}' is an outdated name ({entry.get('why', 'renamed')}); use '{replacement}'.",
                [Suggestion(replacement)],
            )


@register
class BannedPhrase(PhraseRule):
    """A phrase the house style does not allow at all (existence).

    What it does: flags every occurrence of a phrase the house style lists as not allowed, with the
    reason the list gives.
    Why is this bad? Some phrases are always wrong or empty ("irregardless", "needless to say");
    editors list them under `banned` with the reason shown to the writer.
    Example: "Needless to say, rest helps." -> flagged.
    """

    id = "copy.house-style.banned"
    severity = Severity.WARNING
    vocabulary_key = "banned"

    def check(self, document: Document) -> Iterable[Finding]:
        for match, entry in self.matches(document):
            yield self.finding(
                document, match.start, match.end, f"Avoid '{match.found}': {entry.get('why', 'house style')}."
            )


@register
class ConsistentSpelling(Rule):
    """The same word spelled two ways in one document (consistency).

    What it does: flags the less frequent of two spellings of the same word in one document (British
    and American forms, listed variant pairs).
    Why is this bad? Mixing "moisturize" and "moisturise" (or "grey" and "gray") looks unedited.
    Regular British/American pairs are found from the dictionary; irregular pairs are
    listed under `variant_pairs`. The spelling used less often is flagged (on a tie, the one
    not of the site's dialect, `Config.dialect`), with the document's other spelling as the
    suggestion.
    Example: "Moisturize daily ... moisturise after bathing" -> "moisturize".

    Class not flagged: a form both dialects spell the same way ("label", "travel", "cancel") next to a
    British inflection of it ("labelled", "travelling"): it has no British counterpart, so it is no
    American spelling; only American forms that have one ("labeled", "color", "organize") count.
    """

    id = "copy.house-style.consistency"
    category = Category.COPY
    severity = Severity.WARNING

    def __init__(self, config):
        super().__init__(config)
        style = self.vocabulary("copy_house_style")
        dictionary = load_dictionary(DictionarySources(config.dialect, tuple(config.vocabulary_dirs)))
        self.words = dictionary.american
        self.dictionary = dictionary
        self.exceptions = tuple(style.get("consistency_exceptions") or [])
        self.site_family = "uk" if config.dialect == "en-GB" else "us"  # wins a tie
        self.pairs: dict[str, str] = {}
        for pair in style.get("variant_pairs") or []:
            for spelling in pair:
                self.pairs[spelling.lower()] = pair[0].lower()

    def check(self, document: Document) -> Iterable[Finding]:
        words = [t for s in text.sentences(document) for t in s.tokens if t.is_word and len(t.text) >= 4]
        distinct = dict.fromkeys([token.lower for token in words])
        unlisted = self.words.unlisted(list(distinct))
        if self.pairs.keys().isdisjoint(distinct) and not any(self._british(word) for word in unlisted):
            return  # no British form and no listed variant: nothing can be inconsistent
        unlisted = set(unlisted)
        variants = {word: self._variant(word, listed=word not in unlisted) for word in distinct}
        occurrences: list[tuple[text.Token, str, str]] = []
        for token in words:
            variant = variants[token.lower]
            if variant is not None:
                occurrences.append((token, *variant))
        # Only a word with a British or listed spelling somewhere can be spelled two ways.
        contested = {key for _, key, family in occurrences if family != "us"}
        occurrences = [occurrence for occurrence in occurrences if occurrence[1] in contested]
        families: dict[str, Counter] = defaultdict(Counter)
        examples: dict[tuple[str, str], str] = {}
        for token, key, family in occurrences:
            families[key][family] += 1
            examples.setdefault((key, family), token.lower)
        for token, key, family in occurrences:
            counts = families[key]
            if len(counts) < 2:
                continue
            preferred = max(counts, key=lambda f: (counts[f], f == self.site_family))
            if family == preferred:
                continue
            other = examples[(key, preferred)]
            suggestion = american_variant(token.lower, self.words) if preferred == "us" else None
            if family in self.pairs:
                suggestion = preferred
            yield self.finding(
                document,
                token.start,
                token.end,
                f"'{token.text}' is spelled '{other}' elsewhere in this document; keep one spelling.",
                [Suggestion(suggestion)] if suggestion else [],
            )

    def _british(self, word: str) -> bool:
        """A British form (of a word outside the American lists): with a listed variant, the words that
        can make a document inconsistent."""
        variant = self._variant(word, listed=False)
        return variant is not None and variant[1] == "uk"

    def _variant(self, word: str, listed: bool) -> tuple[str, str] | None:
        """(the word's key, its spelling family): families are 'us', 'uk', or a listed spelling.
        `listed`: the word is in the American lists (`self.words`), as found for all of a document's
        words at once."""
        if word in self.pairs:
            return self.pairs[word], word
        if word.startswith(self.exceptions):
            return None
        if listed:
            if not self.dictionary.has_british_form(word):
                return None  # "label", "travel": both dialects write it so
            return _lemma(word), "us"
        american = american_variant(word, self.words)
        return (_lemma(american), "uk") if american else None


def _lemma(word: str) -> str:
    found = lx.lemmas(word)
    for pos in ("VERB", "NOUN", "ADJ", "ADV"):
        if pos in found:
            return found[pos][0]
    return word


def _quoted(document: Document, offset: int) -> bool:
    """The offset lies inside quoted speech: a quote block, or after an opening quotation mark of its block that
    is not closed before it (a straight double quote counts as opening when an even number precede it)."""
    block = document.block_at(offset)
    if block is None:
        return False
    if block.kind == BlockKind.QUOTE:
        return True
    before = document.text[block.start : offset]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


@register
class BrandNeedsGeneric(Rule):
    """A brand-name drug whose first mention does not give its generic name (conditional).

    What it does: flags the first mention of a listed brand-name drug when its generic name is not
    given before it, in the same sentence or in the next.
    Why is this bad? Readers, pharmacists and other countries know a drug by its generic name;
    house style names both on first mention. Brands and their generics are listed
    under `brands`. Satisfied when the generic appears in the same sentence or the next
    one, or anywhere before the first mention. A brand in quoted speech (inside quotation marks of its
    block, or in a quote block: a testimonial) is the speaker's words and is not judged.
    Off unless the rule's option `enabled` is true (`[tool.validators.rules."copy.house-style.brand-generic"]
    enabled = true`): it states a house style, not an error a reader trips on, and sales pages name brands
    on purpose ("Buy Viagra online"). On the held-out sets it made 3 findings, all on marketing pages and none
    a labelled copy error, and not one labelled finding anywhere; the marketing precision target is 0.9.
    Example: "Accutane can cause dry lips." (first mention) -> "Accutane (isotretinoin)".
    """

    id = "copy.house-style.brand-generic"
    category = Category.COPY
    severity = Severity.WARNING

    def __init__(self, config):
        super().__init__(config)
        self.enabled = bool(self.options.get("enabled", False))
        self.index = _brand_index(config.vocabulary_dirs)

    def check(self, document: Document) -> Iterable[Finding]:
        if not self.enabled:
            return
        seen: set[str] = set()
        lower_text = None
        for match in self.index.find(document):
            brand = match.phrase
            if match.in_heading or brand in seen or match.found != brand:
                continue  # headings are judged at the first mention in the body; case as listed
            if _quoted(document, match.start):
                continue  # "I switched from Advil" – Jo: a customer's own words are quoted as spoken
            seen.add(brand)
            lower_text = lower_text or document.text.lower()
            generics = [match.payload] if isinstance(match.payload, str) else list(match.payload)
            if any(self._generic_near(document, lower_text, g.lower(), match.start) for g in generics):
                continue
            generic = generics[0]
            yield self.finding(
                document,
                match.start,
                match.end,
                f"First mention of the brand '{brand}': give its generic name too, e.g. '{brand} ({generic})'.",
                [Suggestion(f"{brand} ({generic})")],
            )

    @staticmethod
    def _generic_near(document: Document, lower_text: str, generic: str, offset: int) -> bool:
        pattern = re.compile(r"\b" + re.escape(generic) + r"\b")
        if pattern.search(lower_text, 0, offset):
            return True
        sentence = document.sentence_at(offset)
        if sentence is None:
            return False
        index = document.sentences.index(sentence)
        end = document.sentences[index + 1].end if index + 1 < len(document.sentences) else sentence.end
        return pattern.search(lower_text, sentence.start, end) is not None
