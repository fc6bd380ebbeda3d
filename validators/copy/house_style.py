"""House style, Vale-like: substitution, existence, consistency and conditional rules.

The vocabularies are data (validators/data/copy_house_style.yaml) so an editor-in-chief
can extend them without touching code.
"""

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from validators.copy import lexicon as lx
from validators.copy import text
from validators.copy.dictionary import american_variant, load_dictionary
from validators.document import Document
from validators.findings import Category, Finding, Severity, Suggestion
from validators.registry import Rule, register


class PhraseRule(Rule):
    """Base: find listed phrases (whole words) in each block of the document."""

    category = Category.COPY
    vocabulary_key = ""

    def __init__(self, config):
        super().__init__(config)
        entries = self.vocabulary("copy_house_style").get(self.vocabulary_key) or []
        self.entries = {entry["phrase"].lower(): entry for entry in entries}
        self.pattern = _phrase_pattern(entry["phrase"] for entry in entries)

    def matches(self, document: Document) -> Iterator[tuple[re.Match, dict]]:
        if self.pattern is None:
            return
        for block in document.blocks:
            for match in self.pattern.finditer(document.text, block.start, block.end):
                found = re.sub(r"\s+", " ", match.group())
                entry = self.entries[found.lower()]
                if not _same_case(found, entry["phrase"], entry.get("case_sensitive", False)):
                    continue
                yield match, entry


def _same_case(found: str, phrase: str, strict: bool) -> bool:
    """As listed, or (unless `case_sensitive`) with its first letter in the other case ("alzheimers")."""
    if found == phrase:
        return True
    return not strict and found[1:] == phrase[1:] and found[:1].lower() == phrase[:1].lower()


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern | None:
    parts = [r"\s+".join(re.escape(word) for word in phrase.split()) for phrase in phrases]
    if not parts:
        return None
    parts.sort(key=len, reverse=True)  # the longest phrase wins: "Alzheimers disease" over "Alzheimers"
    return re.compile(r"(?<![\w.'-])(?:" + "|".join(parts) + r")(?![\w'-])", re.IGNORECASE)


@register
class Substitution(PhraseRule):
    """A term the house style replaces with a preferred one.

    Why: consistent, correct terms (eponyms, organism names, product spellings) are part
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
                match.start(),
                match.end(),
                f"House style: use '{replacement}' instead of '{match.group()}'.",
                [Suggestion(replacement, safe=True)],
            )


@register
class OrganismName(Substitution):
    """An outdated organism name (opt-in: enable with option `enabled = true`).

    Why: taxonomy moves on (Propionibacterium acnes is now Cutibacterium acnes); a site
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
                match.start(),
                match.end(),
                f"'{match.group()}' is an outdated name ({entry.get('why', 'renamed')}); use '{replacement}'.",
                [Suggestion(replacement)],
            )


@register
class BannedPhrase(PhraseRule):
    """A phrase the house style does not allow at all (existence).

    Why: some phrases are always wrong or empty ("irregardless", "needless to say");
    editors list them under `banned` with the reason shown to the writer.
    Example: "Needless to say, rest helps." -> flagged.
    """

    id = "copy.house-style.banned"
    severity = Severity.WARNING
    vocabulary_key = "banned"

    def check(self, document: Document) -> Iterable[Finding]:
        for match, entry in self.matches(document):
            yield self.finding(
                document, match.start(), match.end(), f"Avoid '{match.group()}': {entry.get('why', 'house style')}."
            )


@register
class ConsistentSpelling(Rule):
    """The same word spelled two ways in one document (consistency).

    Why: mixing "moisturize" and "moisturise" (or "grey" and "gray") looks unedited.
    Regular British/American pairs are found from the dictionary; irregular pairs are
    listed under `variant_pairs`. The spelling used less often (or later, on a tie) is
    flagged, with the document's other spelling as the suggestion.
    Example: "Moisturize daily ... moisturise after bathing" -> "moisturize".
    """

    id = "copy.house-style.consistency"
    category = Category.COPY
    severity = Severity.WARNING

    def __init__(self, config):
        super().__init__(config)
        style = self.vocabulary("copy_house_style")
        self.words = load_dictionary(tuple(config.vocabulary_dirs)).words
        self.exceptions = tuple(style.get("consistency_exceptions") or [])
        self.pairs: dict[str, str] = {}
        self._variants: dict[str, tuple[str, str] | None] = {}
        for pair in style.get("variant_pairs") or []:
            for spelling in pair:
                self.pairs[spelling.lower()] = pair[0].lower()

    def check(self, document: Document) -> Iterable[Finding]:
        families: dict[str, Counter] = defaultdict(Counter)
        examples: dict[tuple[str, str], str] = {}
        occurrences: list[tuple[text.Token, str, str]] = []
        for sentence in text.sentences(document):
            for token in sentence.tokens:
                if not token.is_word or len(token.lower) < 4:
                    continue
                variant = self._variant(token.lower)
                if variant is None:
                    continue
                key, family = variant
                families[key][family] += 1
                examples.setdefault((key, family), token.lower)
                occurrences.append((token, key, family))
        for token, key, family in occurrences:
            counts = families[key]
            if len(counts) < 2:
                continue
            preferred = counts.most_common(1)[0][0]
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

    def _variant(self, word: str) -> tuple[str, str] | None:
        """(the word's key, its spelling family): families are 'us', 'uk', or a listed spelling."""
        if word not in self._variants:
            self._variants[word] = self._find_variant(word)
        return self._variants[word]

    def _find_variant(self, word: str) -> tuple[str, str] | None:
        if word in self.pairs:
            return self.pairs[word], word
        if word.startswith(self.exceptions):
            return None
        if word in self.words:
            return _lemma(word), "us"
        american = american_variant(word, self.words)
        return (_lemma(american), "uk") if american else None


def _lemma(word: str) -> str:
    found = lx.lemmas(word)
    for pos in ("VERB", "NOUN", "ADJ", "ADV"):
        if pos in found:
            return found[pos][0]
    return word


@register
class BrandNeedsGeneric(Rule):
    """A brand-name drug whose first mention does not give its generic name (conditional).

    Why: readers, pharmacists and other countries know a drug by its generic name;
    house style names both on first mention. Brands and their generics are listed
    under `brands`. Satisfied when the generic appears in the same sentence or the next
    one, or anywhere before the first mention.
    Example: "Accutane can cause dry lips." (first mention) -> "Accutane (isotretinoin)".
    """

    id = "copy.house-style.brand-generic"
    category = Category.COPY
    severity = Severity.WARNING

    def __init__(self, config):
        super().__init__(config)
        brands = self.vocabulary("copy_house_style").get("brands") or {}
        self.brands = {brand.lower(): generic for brand, generic in brands.items()}
        self.pattern = _phrase_pattern(self.brands)

    def check(self, document: Document) -> Iterable[Finding]:
        if self.pattern is None:
            return
        seen: set[str] = set()
        lower_text = document.text.lower()
        for block in document.blocks:
            if block.kind == "heading":
                continue
            for match in self.pattern.finditer(document.text, block.start, block.end):
                brand = match.group().lower()
                if brand in seen:
                    continue
                seen.add(brand)
                generic = self.brands[brand].lower()
                if self._generic_near(document, lower_text, generic, match.start()):
                    continue
                yield self.finding(
                    document,
                    match.start(),
                    match.end(),
                    f"First mention of the brand '{match.group()}': give its generic name too, "
                    f"e.g. '{match.group()} ({self.brands[brand]})'.",
                    [Suggestion(f"{match.group()} ({self.brands[brand]})")],
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
