"""Fast matching of vocabulary entries against a sentence.

Python's regex engine tries every branch of an alternation at every character, so one
regex of a few hundred words costs tens of microseconds per sentence. Instead:

- plain entries (words and phrases, "pregnan*" prefixes, "*itis" suffixes) are looked up
  token by token in sets;
- "re:" entries are compiled one by one, each with the literal text every match of it
  must contain (read from the parsed regex); a regex only runs on sentences that contain
  one of those literals, and is compiled when the first such sentence comes. Which word gates
  a sentence opens is worked out once for all vocabularies, when its `Probe` is made, and so
  are substring gates of letters only (each occurrence lies within one word: `in_one_word`);
  other substring gates are looked for when a vocabulary that has them is first asked about it. Reading
  the literals of every shipped regex cost tens of milliseconds per cold run, so they are
  precomputed in validators/data/claims_regex_gates.json (`python -m
  validators.claims.build_gates`); regexes not listed there (an editor's) are read at once.
- a regex whose gate a sentence opens runs only if the sentence also holds every other
  literal the regex needs (`regex_clauses`: "within 2 weeks" needs a number and a unit
  too), looked for as substrings of the lower-cased sentence; read when the regex is
  first needed.

A `Probe` holds what every lookup needs (the tokens, the lower-cased text) and is built
once per sentence; it also knows which vocabularies may match at all (a word of theirs, a
gate of theirs opened, a regex run on every sentence), so the others are answered at once.
"""

import bisect
import itertools
import json
import re
import threading
import weakref
from functools import lru_cache
from re import _constants as sre
from re import _parser as sre_parse  # the only way to read a regex's structure

from validators.vocabulary import DATA_DIR

GATES_FILE = DATA_DIR / "claims_regex_gates.json"
CLAUSES_FILE = DATA_DIR / "claims_regex_clauses.json"  # `regex_clauses` of the shipped regexes, precomputed

TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")
_TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")
_MIN_LITERAL = 3  # shorter substrings ("in", "by") are in nearly every sentence: no use as a gate
_MIN_WORD_START = 2  # a short word start ("we") still narrows the sentences down
# Literals in nearly every sentence make poor gates: another required part is preferred.
_COMMON = frozenset(
    "the and for that with you your our are has have was were this from not can its in by on at to of as is it be or "
    "if an".split()
)
DIGIT = "<digit>"  # the gate of a regex that needs a digit ("\\d+%")
WORD_START = "^"  # prefix of a gate literal that begins a word in every match ("^cure": a word starting "cure")
WHOLE_WORD = "="  # prefix of a gate literal that is a whole word in every match ("=we": the word "we")
_HAS_DIGIT = re.compile(r"\d")
# The only non-ASCII characters that re.IGNORECASE matches with an ASCII letter (İ ı ſ and the Kelvin sign).
_ASCII_LETTER_LOOKALIKES = "\u0130\u0131\u017f\u212a"


# Every vocabulary gets an id; `_candidates` remembers, per word, which vocabularies may
# match at it, so a sentence is looked up once for all vocabularies. The first lookup of a
# word goes through `_Index`, every vocabulary's words, prefixes, suffixes and word gates
# in one place (a cold run looks up hundreds of new words in some thirty vocabularies).
_VOCABULARIES: "weakref.WeakValueDictionary[int, Vocabulary]" = weakref.WeakValueDictionary()
_NEXT_ID = itertools.count()
_newest = [-1]  # the id of the vocabulary registered last
# (vocabularies that may start at the word, gates it opens, both with the vocabularies behind those gates)
_candidates: dict[str, tuple[tuple[int, ...], frozenset[str], frozenset[int]]] = {}
_NOTHING: tuple[tuple[int, ...], frozenset[str], frozenset[int]] = ((), frozenset(), frozenset())  # a word no
# vocabulary starts at, opening no gate
_index: "_Index | None" = None
_registry_lock = threading.Lock()  # vocabularies may be built while another thread checks a document


class _Index:
    """Which vocabularies may start at a word, and which word gates it opens, for all vocabularies at once."""

    def __init__(self, vocabularies: list["Vocabulary"]):
        self.words: dict[str, set[int]] = {}
        self.prefixes: dict[int, dict[str, set[int]]] = {}  # length -> prefix -> vocabulary ids
        self.suffixes: dict[int, dict[str, set[int]]] = {}
        self.whole_word_gates: dict[str, set[str]] = {}  # word -> gates
        self.word_start_gates: dict[int, dict[str, set[str]]] = {}  # length -> word start -> gates
        self.in_word_gates: set[str] = set()  # substring gates found within a word (`in_one_word`)
        self.by_gate: dict[str, set[int]] = {}  # gate -> vocabularies with a regex behind it
        # Vocabularies with a regex run on (or a substring gate looked for in) every sentence.
        self.always_live = frozenset(v.id for v in vocabularies if v.ungated or v.scanned_gates)
        for vocabulary in vocabularies:
            vid = vocabulary.id
            for gate in vocabulary.gates:
                self.by_gate.setdefault(gate, set()).add(vid)
            for word in (*vocabulary.words, *vocabulary.phrases):
                self.words.setdefault(word, set()).add(vid)
            for by_length, table in ((vocabulary.prefixes, self.prefixes), (vocabulary.suffixes, self.suffixes)):
                for length, pieces in by_length.items():
                    for piece in pieces:
                        table.setdefault(length, {}).setdefault(piece, set()).add(vid)
            for gate in vocabulary.word_gated:
                if gate[0] == WHOLE_WORD:
                    self.whole_word_gates.setdefault(gate[1:], set()).add(gate)
                elif gate[0] == WORD_START:
                    self.word_start_gates.setdefault(len(gate) - 1, {}).setdefault(gate[1:], set()).add(gate)
            self.in_word_gates.update(gate for gate in vocabulary.substring_gated if in_one_word(gate))
        # The in-word gates by their first `_MIN_LITERAL` letters (every gate has as many): a word holds a gate only
        # where it holds those letters, so a new word is looked up at each of its positions instead of testing every
        # gate against it.
        self.in_word_heads: dict[str, list[str]] = {}
        for gate in sorted(self.in_word_gates):
            self.in_word_heads.setdefault(gate[:_MIN_LITERAL], []).append(gate)
        self.short_in_word_gates = sorted(gate for gate in self.in_word_gates if len(gate) < _MIN_LITERAL)

    def lookup(self, word: str) -> tuple[tuple[int, ...], frozenset[str]]:
        starts = set(self.words.get(word, ()))
        for length, table in self.prefixes.items():
            if len(word) >= length:
                starts.update(table.get(word[:length], ()))
        for length, table in self.suffixes.items():
            if len(word) > length + 2:  # "*itis" needs a stem before the suffix
                starts.update(table.get(word[-length:], ()))
        gates = set(self.whole_word_gates.get(word, ()))
        for length, table in self.word_start_gates.items():
            gates.update(table.get(word[:length], ()))
        heads = self.in_word_heads
        for position in range(len(word) - _MIN_LITERAL + 1):
            for gate in heads.get(word[position:position + _MIN_LITERAL], ()):
                if word.startswith(gate, position):
                    gates.add(gate)
        gates.update(gate for gate in self.short_in_word_gates if gate in word)
        if _HAS_DIGIT.search(word):
            gates.add(DIGIT)
        return tuple(sorted(starts)), frozenset(gates)


def _register(vocabulary: "Vocabulary") -> int:
    global _index
    with _registry_lock:
        vid = next(_NEXT_ID)
        _VOCABULARIES[vid] = vocabulary
        _newest[0] = vid
        _candidates.clear()  # a new vocabulary: every word's candidates must be looked up again
        _index = None
    return vid


def compile_regexes() -> None:
    """Compile the regexes (and read the clauses) of every vocabulary loaded so far that has not had them compiled.

    Run by the claim rules before a check worker is forked (`ClaimRule.prepare`): a worker forked from a process that
    has loaded the vocabularies (one that has checked a page itself, a benchmark) then inherits them compiled, instead
    of compiling on first use the ones each new page needs (a long page of distinct text needs hundreds, a noticeable
    part of its check). A process that has loaded none (a cold command line, whose worker loads them itself) compiles
    nothing."""
    if _compiled_through[0] == _newest[0]:  # nothing registered since the last call (every rule's `prepare` asks)
        return
    with _registry_lock:
        vocabularies = [v for vid, v in sorted(_VOCABULARIES.items()) if vid > _compiled_through[0]]
        if vocabularies:
            _compiled_through[0] = vocabularies[-1].id
    for vocabulary in vocabularies:
        for regex in vocabulary.regexes():
            regex.clauses()
            regex.compiled  # noqa: B018 - compiled and kept on first access


_compiled_through = [-1]  # `compile_regexes` has compiled the vocabularies with ids up to this one


def _current_index() -> _Index:
    global _index
    index = _index
    if index is None:
        with _registry_lock:
            index = _index = _Index(list(_VOCABULARIES.values()))
    return index


def _candidates_for(word: str) -> tuple[tuple[int, ...], frozenset[str], frozenset[int]]:
    """The vocabularies whose entries may start at `word`, the gates it opens, and the vocabularies it makes
    live (`Probe.live`: those starting at it and those with a regex behind a gate it opens)."""
    found = _candidates.get(word)
    if found is None:
        index = _current_index()
        starts, opened = index.lookup(word)
        if starts or opened:
            live = set(starts)
            for gate in opened:
                live.update(index.by_gate.get(gate, ()))
            found = (starts, opened, frozenset(live))
        else:
            found = _NOTHING
        _candidates[word] = found
    return found


class Probe:
    """A sentence prepared for matching: its text, lower-cased text, tokens, for each
    vocabulary the tokens where one of its entries may start, and the regex gates it opens."""

    __slots__ = ("text", "lower", "words", "starts", "ends", "word_set", "hits", "gates", "live", "runnable", "newest",
                 "_lookalikes", "_digit", "answers", "clause_answers")

    def __init__(self, text: str, pieces: list[str] | None = None):
        """`pieces`: `split_words(text)` when the caller has it (the page's words, shared by the claim rules)."""
        self.text = text
        self.lower = text.lower()
        self.runnable: dict[int, list[re.Pattern]] = {}  # vocabulary id -> regexes worth running (memo)
        self.answers: dict[int, bool] = {}  # vocabulary id -> `Vocabulary.any` of a live vocabulary (memo)
        # a regex clause's pattern -> whether the lower-cased text holds one of its strings (memo: the regexes of
        # several vocabularies share clauses, such as the number words)
        self.clause_answers: dict[str, bool] = {}
        # One scan: the text split into alternate gaps and words, the offsets summed from their lengths.
        if pieces is None:
            pieces = _TOKEN_SPLIT.split(self.lower.replace("’", "'"))  # `split_words`, the text lower-cased once
        offsets = list(itertools.accumulate(map(len, pieces)))
        self.words = pieces[1::2]
        self.starts = offsets[0:-1:2]
        self.ends = offsets[1::2]
        self.word_set = frozenset(self.words)
        # an ASCII text has none of `_ASCII_LETTER_LOOKALIKES` (known at once: `lookalikes` is asked by most regex runs)
        self._lookalikes: bool | None = False if text.isascii() else None
        self._digit: bool | None = None
        self._index_words()

    @property
    def has_digit(self) -> bool:
        """Whether the lower-cased text holds a digit (`\\d`): a regex clause that only a digit satisfies."""
        found = self._digit
        if found is None:
            found = self._digit = _HAS_DIGIT.search(self.lower) is not None
        return found

    def holds(self, clause: re.Pattern) -> bool:
        """Whether the lower-cased text has a match of a clause's regex (`_clause_regex`), looked for once."""
        held = self.clause_answers.get(clause.pattern)
        if held is None:
            held = self.clause_answers[clause.pattern] = clause.search(self.lower) is not None
        return held

    @property
    def lookalikes(self) -> bool:
        """Whether the text has a non-ASCII letter that a case-insensitive regex matches with an ASCII one."""
        found = self._lookalikes
        if found is None:
            found = self._lookalikes = has_lookalikes(self.text)
        return found

    def _index_words(self) -> None:
        self.newest = _newest[0]
        self.hits: dict[int, list[int]] = {}
        # Gates opened: the word starts and whole words of its tokens, and the substring gates within one of
        # them (`in_one_word`; other substring gates: `_runnable`).
        self.gates: set[str] = set()
        # The vocabularies that may match at all: those with a word here, a gate opened or a regex run on every
        # sentence; a question to any other is answered at once.
        live = self.live = set(_current_index().always_live)
        hits, gates, memo = self.hits, self.gates, _candidates
        for index, word in enumerate(self.words):
            found = memo.get(word) or _candidates_for(word)
            if found is _NOTHING:
                continue
            starts, opened, word_live = found
            for vid in starts:
                found = hits.get(vid)
                if found is None:
                    hits[vid] = [index]
                else:
                    found.append(index)
            if opened:
                gates |= opened
            live |= word_live

    def hits_of(self, vocabulary_id: int) -> list[int] | None:
        """The tokens where an entry of the vocabulary may start; a vocabulary loaded after this
        probe was made (a rule's data read on first use) has the words indexed again."""
        if vocabulary_id > self.newest:
            self.runnable.clear()
            self.answers.clear()
            self._index_words()
        return self.hits.get(vocabulary_id)


def has_lookalikes(text: str) -> bool:
    """Whether `text` holds one of `_ASCII_LETTER_LOOKALIKES`: four substring scans, each far cheaper than a regex of
    the four characters, which Python's regex engine tests character by character (a page: about 100 µs)."""
    for letter in _ASCII_LETTER_LOOKALIKES:  # noqa: SIM110 - a loop: no generator for four tests
        if letter in text:
            return True
    return False


def split_words(text: str) -> list[str]:
    """The lower-cased `text` (curly apostrophes made straight) split into alternate gaps and `TOKEN` words:
    the words are `pieces[1::2]`, and the lengths of the pieces give their offsets."""
    return _TOKEN_SPLIT.split(text.lower().replace("’", "'"))


def pieces_between(pieces: list[str], starts: list[int], ends: list[int], start: int, end: int) -> list[str] | None:
    """`split_words(text[start:end])` cut out of `pieces`, `split_words(text)` (the words start at `starts` and end at
    `ends`), instead of splitting the slice again; None when `start` or `end` falls within a word, whose slice splits
    differently. The caller makes sure the offsets are those of `text` (lower-casing kept its length).

    Exact: gaps hold no letter or digit (one would open a word), so the slice's words are the page's words between the
    two offsets, each ended by the same character (or by the slice's end, where the page's word ends too)."""
    first = bisect.bisect_left(starts, start)  # the first word starting at or after `start`
    if first and ends[first - 1] > start:
        return None
    last = bisect.bisect_left(starts, end)  # the words first .. last - 1 start before `end`
    if last == first:  # no word: a part of one gap
        gap_start = ends[first - 1] if first else 0
        return [pieces[2 * first][start - gap_start : end - gap_start]]
    if ends[last - 1] > end:
        return None
    head, tail = pieces[2 * first], pieces[2 * last]
    return [head[len(head) - (starts[first] - start):], *pieces[2 * first + 1 : 2 * last], tail[: end - ends[last - 1]]]


def tokens_of(phrase: str) -> list[str]:
    return [t.replace("’", "'") for t in TOKEN.findall(phrase.lower())]


class LazyRegex:
    """A vocabulary regex, compiled when a sentence first opens its gate: a run needs few of them,
    and compiling them all cost a noticeable part of a cold `validators check`."""

    __slots__ = ("pattern", "flags", "gates", "_compiled", "_clauses")

    def __init__(self, pattern: str, flags: int, gates: tuple[str, ...] | None = None):
        self.pattern = pattern
        self.flags = flags
        self.gates = gates  # its `required_literals`: it runs only on a sentence that opens one of them
        self._compiled: re.Pattern | None = None
        # `regex_clauses`, each as `_clause_regex` makes it, when first needed
        self._clauses: tuple[str | tuple[str, ...] | re.Pattern | None, ...] | None = None

    def clauses(self) -> tuple[str | tuple[str, ...] | re.Pattern | None, ...]:
        """`regex_clauses`, each as `_clause_regex` makes it (read once), without those every gate of the regex
        satisfies (`implied_by_gates`): a sentence that opened a gate holds them."""
        clauses = self._clauses
        if clauses is None:
            stored = known_clauses().get(gate_key(self.pattern, self.flags))
            found = regex_clauses(self.pattern, self.flags) if stored is None else tuple(map(frozenset, stored))
            needed = [c for c in found if not implied_by_gates(c, self.gates)]
            clauses = self._clauses = tuple(map(_clause_regex, needed))
        return clauses

    def admits(self, probe: "Probe") -> bool:
        """Whether the probe's sentence holds a string of each of the regex's clauses (`regex_clauses`): if not,
        the regex cannot match it."""
        clauses = self._clauses
        if clauses is None:
            clauses = self.clauses()
        if not clauses or len(probe.text) > _CLAUSE_TEXT_LIMIT or probe.lookalikes:
            return True  # a long text (a whole page) holds nearly every clause: scanning for them costs more
        lower = probe.lower
        for clause in clauses:  # noqa: SIM110 - a loop: at most four, and no generator
            if not _clause_holds(clause, probe, lower):
                return False
        return True

    @property
    def compiled(self) -> re.Pattern:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(_letter_first(self.pattern, self.flags), self.flags)
        return compiled


# A regex opening with a word boundary and a letter ("\bcall\s+us\b"), as `_letter_first` rewrites it.
_BOUNDARY_LETTER = re.compile(r"\\b([A-Za-z])(?![*+?{])")


def _letter_first(pattern: str, flags: int) -> str:
    r"""`pattern` with an opening word boundary and letter ("\bcall") written as the letter and a look-behind at the
    boundary ("c(?<=\bc)all"): the same matches at the same places, but a regex that opens with a letter is scanned
    for that letter in C, while one opening with "\b" is tried at every position of the text (searches take about
    half the time on the fixture's sentences and page). Only a plain letter, not one a quantifier follows, and not in a
    verbose regex."""
    opening = _BOUNDARY_LETTER.match(pattern)
    if opening is None or flags & re.VERBOSE:
        return pattern
    letter = opening.group(1)
    return f"{letter}(?<=\\b{letter}){pattern[opening.end() :]}"


class Vocabulary:
    """A vocabulary list, matched as words/phrases and gated regexes."""

    def __init__(self, entries, flags: int = re.IGNORECASE):
        self.words: set[str] = set()
        self.prefixes: dict[int, set[str]] = {}
        self.suffixes: dict[int, set[str]] = {}
        self.phrases: dict[str, list[tuple[tuple[str, ...], bool]]] = {}  # first word -> (words, last is prefix)
        self.ungated: list[LazyRegex] = []  # regexes without a certain literal: always run
        self.word_gated: dict[str, list[LazyRegex]] = {}  # word-start gate -> regexes needing it (or another)
        self.substring_gated: dict[str, list[LazyRegex]] = {}  # substring gate -> regexes
        for entry in entries or ():
            self._add(str(entry), flags)
        self._word_memo: dict[str, bool] = {}  # `_word_matches`
        self.has_regex = bool(self.ungated or self.word_gated or self.substring_gated)
        # Substring gates looked for in the text; the others are among the gates its probe found with its words.
        self.scanned_gates = [gate for gate in self.substring_gated if not in_one_word(gate)]
        # Every regex needs a gate found with the words: a sentence that opens none of them runs none (most do not).
        self.only_word_gated = self.has_regex and not (self.ungated or self.scanned_gates)
        self.gated = {**self.word_gated, **self.substring_gated}  # the two kinds of gate never share a name
        self.gates = frozenset(self.gated)
        self.id = _register(self)

    def regexes(self) -> list[LazyRegex]:
        """Every "re:" entry, once."""
        gated = [r for regexes in (*self.word_gated.values(), *self.substring_gated.values()) for r in regexes]
        return list(dict.fromkeys([*self.ungated, *gated]))

    def _add(self, entry: str, flags: int) -> None:
        if entry.startswith("re:"):
            source = entry[3:]
            key = gate_key(source, flags)
            if key in known_gates():
                literals = known_gates()[key]
            else:
                try:
                    tree = sre_parse.parse(source, flags)  # a bad regex is reported now, not when first run
                except re.error as error:
                    raise ValueError(f"vocabulary entry {entry!r} is not a valid regex: {error}") from None
                literals = _literals_of(tree)
            regex = LazyRegex(source, flags, literals)
            if literals is None:
                self.ungated.append(regex)
            for literal in literals or ():
                by_word = literal == DIGIT or literal[0] in (WORD_START, WHOLE_WORD)
                gated = self.word_gated if by_word else self.substring_gated
                gated.setdefault(literal, []).append(regex)
            return
        star_end = entry.endswith("*")
        star_start = entry.startswith("*")
        words = tokens_of(entry)
        if not words:
            raise ValueError(f"vocabulary entry {entry!r} has no words")
        if star_start and len(words) == 1:
            self.suffixes.setdefault(len(words[0]), set()).add(words[0])
        elif len(words) == 1 and star_end:
            self.prefixes.setdefault(len(words[0]), set()).add(words[0])
        elif len(words) == 1:
            self.words.add(words[0])
        else:
            self.phrases.setdefault(words[0], []).append((tuple(words), star_end))

    def _word_matches(self, word: str) -> bool:
        """Whether the word is a one-word entry (a word, prefix or suffix), memoised: articles repeat their words."""
        found = self._word_memo.get(word)
        if found is None:
            found = self._word_memo[word] = self._is_entry(word)
        return found

    def _is_entry(self, word: str) -> bool:
        if word in self.words:
            return True
        for length, prefixes in self.prefixes.items():
            if len(word) >= length and word[:length] in prefixes:
                return True
        return any(len(word) > length + 2 and word[-length:] in suffixes for length, suffixes in self.suffixes.items())

    def _phrase_at(self, probe: Probe, index: int) -> int:
        """Number of tokens of the longest phrase starting at token `index` (0: none)."""
        best = 0
        tokens = probe.words
        for words, last_is_prefix in self.phrases.get(tokens[index], ()):
            end = index + len(words)
            if end > len(tokens) or len(words) <= best:
                continue
            if tuple(tokens[index:end - 1]) == words[:-1]:
                last = tokens[end - 1]
                if last == words[-1] or (last_is_prefix and last.startswith(words[-1])):
                    best = len(words)
        if not best and self._word_matches(probe.words[index]):
            best = 1
        return best

    def spans(self, probe: Probe, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """(start, end) character spans of every match in probe.text[start:end]."""
        vid = self.id
        if vid > probe.newest:
            probe.hits_of(vid)
        if vid not in probe.live:
            return []
        hits = probe.hits.get(vid)
        runnable = _NONE
        if self.has_regex:
            runnable = probe.runnable.get(vid)
            if runnable is None:
                opens_none = self.only_word_gated and self.gates.isdisjoint(probe.gates)
                runnable = _NONE if opens_none else self._runnable(probe)
        if not hits and not runnable:
            return []
        end = len(probe.text) if end is None else end
        found = []
        taken = -1  # tokens up to here belong to an earlier match
        for index in hits or ():
            if index <= taken or probe.starts[index] < start or probe.ends[index] > end:
                continue
            length = self._phrase_at(probe, index) if self.phrases else 1  # without phrases, a hit is a word entry
            if length and probe.ends[index + length - 1] <= end:
                found.append((probe.starts[index], probe.ends[index + length - 1]))
                taken = index + length - 1
        for regex in runnable:
            found += [m.span() for m in regex.finditer(probe.text, start, end) if m.end() > m.start()]
        return sorted(found)

    def search(self, probe: Probe, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
        """The first match (by position) in probe.text[start:end], or None."""
        found = self.spans(probe, start, end)
        return found[0] if found else None

    # -- questions about one token, answered from the token's hits (callers ask them word by word) --------
    def matches_word(self, probe: Probe, index: int) -> bool:
        """Whether an entry matches within token `index` alone: `search(probe, starts[index], ends[index])` is not
        None, without listing every match of the sentence (a word entry, or a phrase of that one word)."""
        hits = self._word_hits(probe)
        if hits is None:
            return self.search(probe, probe.starts[index], probe.ends[index]) is not None
        return index in hits and (not self.phrases or self._phrase_at(probe, index) == 1)

    def matching_words(self, probe: Probe) -> set[int]:
        """The tokens `matches_word` holds for, found at once for the whole sentence."""
        hits = self._word_hits(probe)
        if hits is None:
            return {index for index in range(len(probe.words)) if self.matches_word(probe, index)}
        if not self.phrases:
            return set(hits)
        return {index for index in hits if self._phrase_at(probe, index) == 1}

    def starts_at(self, probe: Probe, index: int) -> bool:
        """Whether a match begins at token `index`: the first match of `search(probe, starts[index])` begins there,
        without listing every match after it."""
        hits = self._word_hits(probe)
        if hits is None:
            found = self.search(probe, probe.starts[index])
            return found is not None and found[0] == probe.starts[index]
        if index not in hits:
            return False
        length = self._phrase_at(probe, index) if self.phrases else 1
        # as in `spans`, a match must end within the text's length (a lower-cased "İ" lengthens the offsets)
        return length > 0 and probe.ends[index + length - 1] <= len(probe.text)

    def _word_hits(self, probe: Probe) -> list[int] | tuple[()] | None:
        """The tokens where an entry may start (as `spans` finds them), or None when a regex of the vocabulary runs
        on the sentence: a regex match is not tied to tokens, so the caller asks `search`."""
        vid = self.id
        if vid > probe.newest:
            probe.hits_of(vid)
        if vid not in probe.live:
            return ()
        if self.has_regex:
            runnable = probe.runnable.get(vid)
            if runnable is None:
                opens_none = self.only_word_gated and self.gates.isdisjoint(probe.gates)
                runnable = _NONE if opens_none else self._runnable(probe)
            if runnable:
                return None
        return probe.hits.get(vid) or ()

    def any(self, probe: Probe) -> bool:
        """Whether anything matches anywhere: the cheapest question."""
        vid = self.id
        if vid > probe.newest:
            probe.hits_of(vid)
        if vid not in probe.live:
            return False
        found = probe.answers.get(vid)
        if found is None:
            found = probe.answers[vid] = self._any_live(probe)
        return found

    def _any_live(self, probe: Probe) -> bool:
        """`any` for a vocabulary the probe's sentence may match (answered once per sentence: rules ask again)."""
        vid = self.id
        hits = probe.hits.get(vid)
        if hits:
            if not self.phrases:
                return True  # without phrases, a word that may start an entry is an entry
            for index in hits:  # noqa: SIM110 - a loop, not a generator: this runs for most live vocabularies
                if self._phrase_at(probe, index):
                    return True
        if not self.has_regex:
            return False
        runnable = probe.runnable.get(vid)
        if runnable is None:
            if self.only_word_gated and self.gates.isdisjoint(probe.gates):
                return False
            runnable = self._runnable(probe)
        for regex in runnable:  # noqa: SIM110 - a loop: most sentences run no regex, and need no generator
            if regex.search(probe.text):
                return True
        return False

    def _runnable(self, probe: Probe) -> list[re.Pattern]:
        """The regexes worth running on the probe's sentence (compiled now if none was before), remembered
        in the probe: those without a gate, and those whose gate the sentence opens."""
        # A sentence rarely needs every vocabulary: each looks for its own substring gates.
        word_gates = probe.gates
        opened = [] if not word_gates or self.gates.isdisjoint(word_gates) else list(self.gates & word_gates)
        if self.scanned_gates:
            lower = probe.lower
            opened += [gate for gate in self.scanned_gates if gate in lower]
        if not opened:
            regexes = self.ungated
        elif len(opened) == 1 and not self.ungated:
            regexes = self.gated[opened[0]]  # one gate's regexes: each listed once (`_add`)
        else:
            regexes = list(self.ungated)
            for gate in opened:
                regexes += self.gated[gate]
            regexes = dict.fromkeys(regexes)
        # Each regex whose clauses the sentence holds (`LazyRegex.admits`, written out: this runs for most sentences).
        checked = len(probe.text) <= _CLAUSE_TEXT_LIMIT and not probe.lookalikes
        lower, clause_answers = probe.lower, probe.clause_answers
        runnable = []
        for regex in regexes:
            if checked:
                clauses = regex._clauses
                if clauses is None:
                    clauses = regex.clauses()
                for clause in clauses:  # `_clause_holds`, written out
                    if clause.__class__ is str:
                        if clause not in lower:
                            break
                    elif clause.__class__ is tuple:
                        for string in clause:
                            if string in lower:
                                break
                        else:
                            break
                    elif clause is None:
                        if not probe.has_digit:
                            break
                    else:  # `Probe.holds`, written out
                        held = clause_answers.get(clause.pattern)
                        if held is None:
                            held = clause_answers[clause.pattern] = clause.search(lower) is not None
                        if not held:
                            break
                else:
                    runnable.append(regex._compiled or regex.compiled)
            else:
                runnable.append(regex._compiled or regex.compiled)
        runnable = runnable or _NONE
        probe.runnable[self.id] = runnable
        return runnable


_NONE: list[re.Pattern] = []  # no regex to run (never changed)


# -- required literals of a regex ------------------------------------------------------

def in_one_word(gate: str) -> bool:
    """A substring gate of ASCII letters only: wherever the lower-cased text holds it, one of the probe's
    words holds it (`TOKEN` never splits a run of letters), so it can be found with the words."""
    return gate.isascii() and gate.isalpha()


def gate_key(source: str, flags: int) -> str:
    return f"{int(flags)}:{source}"


@lru_cache(maxsize=1)
def known_gates() -> dict[str, tuple[str, ...] | None]:
    """The precomputed `required_literals` of the shipped vocabularies' regexes, by `gate_key`."""
    if not GATES_FILE.exists():
        return {}
    stored = json.loads(GATES_FILE.read_text(encoding="utf-8"))
    return {key: tuple(gates) if gates is not None else None for key, gates in stored.items()}


@lru_cache(maxsize=1)
def known_clauses() -> dict[str, list[list[str]]]:
    """The precomputed `regex_clauses` of the shipped vocabularies' regexes, by `gate_key` (each clause a sorted
    list): parsing a regex for its clauses, when a sentence first opens its gate, cost a long page's first check
    as much as compiling it (`python -m validators.claims.build_gates` writes them with the gates)."""
    if not CLAUSES_FILE.exists():
        return {}
    return json.loads(CLAUSES_FILE.read_text(encoding="utf-8"))


def required_literals(source: str, flags: int = 0) -> tuple[str, ...] | None:
    """Gates of a regex: strings of which every match contains at least one, or None.

    Read from the parsed regex: a sequence needs what any one of its mandatory parts
    needs, an alternation needs one of what each branch needs. A literal that starts a
    word in every match (after \\b, a space or a (?<!\\w)) is marked WORD_START and
    checked against the sentence's words; others are checked as substrings; DIGIT means
    "some digit". Used only as a gate, so None (no certain literal) is always safe.
    """
    try:
        tree = sre_parse.parse(source, flags)
    except re.error:
        return None
    return _literals_of(tree)


def required_symbols(source: str, flags: int = 0) -> tuple[str, ...]:
    """The groups of symbols ("£$€", "%", ":") of which every match of `source` contains one of each group.

    Read from the regex's top-level sequence: a literal symbol or a class of them, matched at least once. Only symbols
    without case (no letter, digit or space, and no case-insensitive match but themselves), so a text holds a match
    of them, whatever the regex's flags, only where it holds one of the characters: a text that lacks every symbol of
    a group cannot match the regex (a few substring scans instead of the regex over a whole page)."""
    try:
        tree = sre_parse.parse(source, flags)
    except re.error:
        return ()
    groups = []
    for op, value in tree:
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)) and value[0] >= 1 \
                and len(value[2]) == 1:
            op, value = list(value[2])[0]
        if op is sre.LITERAL:
            codes = [value]
        elif op is sre.IN and all(kind is sre.LITERAL for kind, _ in value):
            codes = [code for _, code in value]
        else:
            continue
        symbols = "".join(map(chr, codes))
        if not any(symbol.isalnum() or symbol.isspace() or not _uncased(symbol) for symbol in symbols):
            groups.append(symbols)
    return tuple(dict.fromkeys(groups))


def _uncased(char: str) -> bool:
    """A character that re.IGNORECASE matches only with itself (no case, and none of the letters Python's regex
    engine folds together specially: those all have case)."""
    return char.lower() == char == char.upper() and char.casefold() == char


def _literals_of(tree) -> tuple[str, ...] | None:
    """`required_literals` of a parsed regex."""
    found, _ = _sequence(list(tree), at_word_start=False)
    return tuple(sorted(found)) if found else None


def _space_only(items) -> bool:
    """Whether a char class (or repeat of one) matches only characters that separate words."""
    for op, value in items:
        if op is sre.IN and all(
            (kind is sre.CATEGORY and code is sre.CATEGORY_SPACE) or (kind is sre.LITERAL and not chr(code).isalnum())
            for kind, code in value
        ):
            continue
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and _space_only(value[2]):
            continue
        return False
    return True


def _ends_word(op, value) -> bool:
    """Whether this item can only match where a word has just ended (\\b, (?!\\w), white space)."""
    if op is sre.AT:
        return value is sre.AT_BOUNDARY or value in (sre.AT_END, sre.AT_END_STRING)
    if op is sre.ASSERT_NOT:
        return value[0] >= 0 and (sre.IN, [(sre.CATEGORY, sre.CATEGORY_WORD)]) in list(value[1])
    if op is sre.IN:
        return _space_only([(op, value)])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        return value[0] >= 1 and _space_only(list(value[2]))
    return False


def _sequence(items, at_word_start: bool, word_end_after: bool = False) -> tuple[frozenset[str] | None, bool]:
    """(gates of the sequence, whether the position after it starts a word). `word_end_after`:
    what follows the sequence can only come after the end of a word."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    run_at_word_start = False

    def flush(ends_word: bool = False):
        """Turn the run of literal characters into a gate; `ends_word`: a word ends right after it."""
        text = "".join(run).lower()
        pieces = re.split(r"([^a-z0-9']+)", text)
        candidates = []
        for index in range(0, len(pieces), 2):
            piece = pieces[index]
            word_start = run_at_word_start if index == 0 else True
            word_end = ends_word if index == len(pieces) - 1 else True
            if len(piece) >= (_MIN_WORD_START if word_start else _MIN_LITERAL):
                mark = (WHOLE_WORD if word_end else WORD_START) if word_start else ""
                candidates.append(mark + piece)
        if candidates:
            options.append(frozenset([max(candidates, key=len)]))
        run.clear()

    state = at_word_start  # whether the next character starts a word
    for position, (op, value) in enumerate(items):
        then_word_end = _ends_word(*items[position + 1]) if position + 1 < len(items) else word_end_after
        if op is sre.LITERAL:
            if not run:
                run_at_word_start = state
            run.append(chr(value))
            state = not chr(value).isalnum()
            continue
        if op is sre.AT:
            if run and _ends_word(op, value):
                flush(ends_word=True)  # "cure\b"
            state = state or value in (sre.AT_BOUNDARY, sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)
            continue
        flush(ends_word=_ends_word(op, value))
        inner = None
        next_state = False
        if op is sre.ASSERT_NOT:
            next_state = state or (value[0] < 0 and (sre.IN, [(sre.CATEGORY, sre.CATEGORY_WORD)]) in list(value[1]))
        elif op is sre.IN and value == [(sre.CATEGORY, sre.CATEGORY_DIGIT)]:
            inner = frozenset([DIGIT])
        elif op is sre.SUBPATTERN:
            inner, next_state = _sequence(list(value[-1]), state, then_word_end)
        elif op is sre.BRANCH:
            inner, next_state = _branches(value[1], state, then_word_end)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
            minimum, _, body = value
            inner, body_end = _sequence(list(body), state)
            inner = inner if minimum >= 1 else None
            # After the repeat: where the body ends, or (when it may be skipped) where we were.
            next_state = body_end and (minimum >= 1 or state)
        elif op is sre.IN:
            next_state = _space_only([(op, value)])
        if inner:
            options.append(inner)
        state = next_state
    flush(ends_word=word_end_after)
    if not options:
        return None, state
    # The best gate: no common words, then the fewest, longest strings (a digit is a rare, good gate).
    return min(options, key=_gate_cost), state


def _gate_cost(option: frozenset[str]) -> tuple:
    """Lower is a better gate: not only common words, few of them, few strings, long strings."""
    common = sum(s.lstrip(WORD_START + WHOLE_WORD) in _COMMON for s in option)
    return (common == len(option), common, len(option), -min(99 if s == DIGIT else len(s) for s in option))


def _branches(branches, at_word_start: bool, word_end_after: bool) -> tuple[frozenset[str] | None, bool]:
    union: set[str] = set()
    word_start_after = True
    for branch in branches:
        needed, end_state = _sequence(list(branch), at_word_start, word_end_after)
        word_start_after = word_start_after and end_state
        if needed is None or union is None:
            union = None
        else:
            union |= needed
    return (frozenset(union) if union else None), word_start_after


# -- every literal a regex needs, for a second, sharper gate ---------------------------------------------------------
# The gate of a vocabulary regex (`required_literals`) is one set of strings found with the sentence's words; most
# regexes need several things at once ("within" or "after", and a number, and "days" or "weeks"). Before a gated
# regex runs, each of these needs (a clause: strings of which every match contains one) is looked for as a substring
# of the lower-cased sentence, so a sentence that opens the gate but lacks one of them skips the regex. Substrings of
# the whole sentence, never words: a clause only ever skips a regex that cannot match.

_MAX_CLAUSES = 4
_CLAUSE_TEXT_LIMIT = 600  # characters
_MAX_PRODUCT = 64  # an alternation's clauses are the unions of one clause from each branch: at most this many


def _clause_regex(clause: frozenset[str]) -> str | tuple[str, ...] | re.Pattern | None:
    """A clause as a test of a lower-cased text (a text's digits are its lower-cased text's): its one string, or
    its strings, looked for as substrings (one `in` test after another is faster than a regex of them: sre tries
    every alternative at nearly every character); None when only a digit satisfies it (`Probe.has_digit`); with a
    digit and strings, a regex finding any of them. A string holding another of the clause's is left out: wherever
    it is, so is the shorter one ("treatments" and "treatment": "treatment")."""
    strings = [s for s in clause if s != DIGIT]
    literals = sorted((s for s in strings if not any(other != s and other in s for other in strings)),
                      key=lambda s: (-len(s), s))
    if not literals:
        return None
    if DIGIT not in clause:
        return literals[0] if len(literals) == 1 else tuple(literals)
    return re.compile("|".join([*map(re.escape, literals), r"\d"]))


def implied_by_gates(clause: frozenset[str], gates: tuple[str, ...] | None) -> bool:
    """Whether a sentence that opens any of a regex's gates (`required_literals`) satisfies the clause: each gate
    holds one of its strings (a gate's text is in the lower-cased sentence, its apostrophe perhaps a curly one) or is
    DIGIT and the clause accepts a digit."""
    if not gates:
        return False
    for gate in gates:
        if gate == DIGIT:
            if DIGIT not in clause:
                return False
            continue
        text = gate[1:] if gate[0] in (WORD_START, WHOLE_WORD) else gate
        if not any(string != DIGIT and "'" not in string and string in text for string in clause):
            return False
    return True


def _clause_holds(clause: str | tuple[str, ...] | re.Pattern | None, probe: "Probe", lower: str) -> bool:
    """Whether the probe's lower-cased text satisfies a clause made by `_clause_regex`."""
    if clause.__class__ is str:
        return clause in lower
    if clause.__class__ is tuple:
        return any(string in lower for string in clause)
    if clause is None:
        return probe.has_digit
    return probe.holds(clause)


def _usable(char: str) -> bool:
    """A literal character whose matches, case-insensitive or not, lower-case to `char.lower()` in a text without
    `_ASCII_LETTER_LOOKALIKES`: ASCII, or a character without case ("™", "£")."""
    return char.isascii() or char.lower() == char == char.upper()


def regex_clauses(source: str, flags: int = 0) -> tuple[frozenset[str], ...]:
    """Clauses of a regex: sets of lower-cased strings (or DIGIT: some \\d character) of which every match contains
    at least one, the most selective first. Only as a gate, so leaving a clause out is always safe: clauses nearly
    every sentence satisfies ("in", "the") are left out."""
    try:
        tree = sre_parse.parse(source, flags)
    except re.error:
        return ()
    clauses = set(_clauses(list(tree)))
    return tuple(sorted(clauses, key=lambda c: (len(c), sorted(c)))[:_MAX_CLAUSES])


_PLAIN = re.compile(r"[\w\s.,'’-]*")


def _selective(literal: str) -> bool:
    """A literal many sentences lack: a digit, a symbol ("+", "#1", "%"), or a word part of three letters or more
    that is not a common word."""
    if literal == DIGIT or not _PLAIN.fullmatch(literal):
        return True
    return len(literal.strip()) >= 3 and literal.strip() not in _COMMON


def _clause(literals) -> list[frozenset[str]]:
    """[the clause], or [] when one of its literals is in nearly every sentence or it has too many."""
    clause = frozenset(literals)
    return [clause] if len(clause) <= 80 and all(map(_selective, clause)) else []


def _clauses(items) -> list[frozenset[str]]:
    """Clauses of a sequence: each part's, and each maximal run of literal characters."""
    found: list[frozenset[str]] = []
    run: list[str] = []

    def flush():
        if run:
            found.extend(_clause(["".join(run).lower()]))
            run.clear()

    for op, value in items:
        if op is sre.LITERAL:
            char = chr(value)
            if _usable(char):
                run.append(char)
            else:
                flush()
            continue
        flush()
        if op is sre.SUBPATTERN:
            found += _clauses(list(value[-1]))
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            found += _clauses(list(value))
        elif op is sre.BRANCH:
            found += _either([_clauses(list(branch)) for branch in value[1]])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
            if value[0] >= 1:
                found += _clauses(list(value[2]))
        elif op is sre.IN:
            if value == [(sre.CATEGORY, sre.CATEGORY_DIGIT)]:
                found.append(frozenset([DIGIT]))
            elif value and all(kind is sre.LITERAL and _usable(chr(code)) for kind, code in value):
                found += _clause(chr(code).lower() for _, code in value)
    flush()
    return found


def _either(branches: list[list[frozenset[str]]]) -> list[frozenset[str]]:
    """Clauses of an alternation: the union of one clause of each branch (a branch without any: none)."""
    if not branches or not all(branches):
        return []
    chosen = [sorted(set(branch), key=lambda c: (len(c), sorted(c))) for branch in branches]
    while _product_size(chosen) > _MAX_PRODUCT:
        widest = max(range(len(chosen)), key=lambda i: len(chosen[i]))
        chosen[widest] = chosen[widest][:max(1, len(chosen[widest]) // 2)]
    return [clause for combination in itertools.product(*chosen)
            for clause in _clause(frozenset().union(*combination))]


def _product_size(chosen: list[list]) -> int:
    size = 1
    for options in chosen:
        size *= len(options)
    return size


def probe_of(probes: dict[str, Probe] | None, text: str) -> Probe:
    """`text` prepared for matching, taken from (and kept in) `probes`, a document's probes by text
    (`analysis.sentence_probes`), so that a sentence read by several passes is prepared once; no dict: a fresh one."""
    if probes is None:
        return Probe(text)
    probe = probes.get(text)
    if probe is None:
        probe = probes[text] = Probe(text)
    return probe
