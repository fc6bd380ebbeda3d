"""copy.languagetool: grammar, punctuation and style from a LanguageTool server, when one is configured.

LanguageTool is optional. It is used when `Config.languagetool_url` (env LANGUAGETOOL_URL,
the `languagetool` service of the production compose file) names a server, or when a local
Java + LanguageTool install is found where language-tool-python keeps its downloads
($LTP_JAR_DIR_PATH, $LTP_PATH/LanguageTool-*, ~/.cache/language_tool_python/LanguageTool-*).
Nothing is ever downloaded: language-tool-python would fetch LanguageTool when it finds
none, so this module speaks LanguageTool's documented HTTP API (`POST /v2/check`) itself
and starts a found local install with plain `java`. The language-tool-python client (3.4) does
not fit the remote case either: it sends plain `text` only (no `data` annotation, so inline code
could not go as markup), one request per text (no batching of sentences), with a fixed timeout
and retries (no per-document deadline), so it is not a dependency.

What is sent: the sentences of the document's visible text (the markup is already gone, so
offsets are offsets in `Document.text`), in LanguageTool's `data` annotation mode: each
sentence is a text part, sentences are separated by markup read as a paragraph break, and
inline code is markup read as itself (the engine drops copy findings inside code). Several
sentences (of all documents of a run) go in one request, up to `max_request_chars`, sent from
`prepare()` before the local rules' per-document time budget starts; every sentence's matches
are cached in-process (LRU), so re-checking an edited article only sends the changed sentences.

A configured server that is down, answers with an error or does not answer within the time
budget (`Config.time_budget` per document) raises `LanguageToolError`: the engine turns that
into an `engine.check-failed` finding, never a silent pass.
"""

import atexit
import bisect
import json
import os
import re
import shutil
import socket
import subprocess
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from validators.document import Document
from validators.findings import Category, Severity, Suggestion
from validators.registry import Rule, register

DEFAULT_LANGUAGE = "en-US"
DEFAULT_TIMEOUT = 15.0  # seconds per request
DEFAULT_MAX_REQUEST_CHARS = 10_000  # well inside the public API's 20,000-character limit
MAX_SUGGESTIONS = 5
CACHE_SIZE = 8192  # sentences
_PARAGRAPH_BREAK = {"markup": "\n\n", "interpretAs": "\n\n"}
_SUGGESTION_TAG = re.compile(r"<suggestion>(.*?)</suggestion>")


class LanguageToolError(RuntimeError):
    """LanguageTool is configured but cannot check the text."""


@dataclass(frozen=True)
class Unit:
    """A sentence as sent to LanguageTool; `code` spans (relative to `text`) go as markup."""

    text: str
    code: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Match:
    """One LanguageTool match, its offset relative to the unit it was found in."""

    offset: int
    length: int
    message: str
    replacements: tuple[str, ...]
    rule_id: str
    category: str
    issue_type: str


class _LRU:
    """A thread-safe least-recently-used map (rules of concurrent runs share it)."""

    def __init__(self, size: int):
        self.size = size
        self._items: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key, value) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


SENTENCE_CACHE = _LRU(CACHE_SIZE)


def check_url(server_url: str) -> str:
    """The /v2/check endpoint of a server given as "http://host:8010", ".../v2" or ".../v2/check"."""
    url = server_url.strip().rstrip("/")
    if url.endswith("/v2/check"):
        return url
    if url.endswith("/v2"):
        return url + "/check"
    return url + "/v2/check"


class LanguageToolClient:
    """Checks units against one server: cached per unit, uncached units batched per request."""

    def __init__(
        self,
        url: str,
        language: str = DEFAULT_LANGUAGE,
        timeout: float = DEFAULT_TIMEOUT,
        max_request_chars: int = DEFAULT_MAX_REQUEST_CHARS,
        params: dict[str, str] | None = None,
        cache: _LRU = SENTENCE_CACHE,
    ):
        self.url = check_url(url)
        self.language = language
        self.timeout = timeout
        self.max_request_chars = max_request_chars
        self.params = dict(params or {})
        self.cache = cache
        self._settings = (self.url, language, tuple(sorted(self.params.items())))

    def check(self, units: list[Unit], deadline: float | None = None) -> list[tuple[Match, ...]]:
        """Matches per unit. Past `deadline` (time.monotonic()) no request is sent: LanguageToolError."""
        results: list[tuple[Match, ...] | None] = [None] * len(units)
        pending: dict[Unit, list[int]] = {}  # identical sentences are sent once
        for index, unit in enumerate(units):
            cached = self.cache.get((self._settings, unit))
            if cached is not None:
                results[index] = cached
            else:
                pending.setdefault(unit, []).append(index)
        for batch in self._batches(list(pending)):
            for unit, matches in zip(batch, self._request(batch, deadline), strict=True):
                self.cache.put((self._settings, unit), matches)
                for index in pending[unit]:
                    results[index] = matches
        return results

    def _batches(self, units: list[Unit]):
        batch, size = [], 0
        for unit in units:
            if batch and size + len(unit.text) > self.max_request_chars:
                yield batch
                batch, size = [], 0
            batch.append(unit)
            size += len(unit.text) + len(_PARAGRAPH_BREAK["markup"])
        if batch:
            yield batch

    def _request(self, units: list[Unit], deadline: float | None) -> list[tuple[Match, ...]]:
        annotation, starts, position = [], [], 0
        for unit in units:
            if annotation:
                annotation.append(_PARAGRAPH_BREAK)
                position += len(_PARAGRAPH_BREAK["markup"])
            starts.append(position)
            annotation.extend(_annotate(unit))
            position += len(unit.text)
        form = {"language": self.language, "data": json.dumps({"annotation": annotation}), **self.params}
        found: list[list[Match]] = [[] for _ in units]
        for raw in self._post(form, deadline).get("matches", []):
            offset, length = int(raw["offset"]), int(raw["length"])
            index = bisect.bisect_right(starts, offset) - 1
            if index < 0:
                continue
            relative = offset - starts[index]
            text = units[index].text
            if relative >= len(text):
                continue  # on a paragraph break between sentences
            rule = raw.get("rule", {})
            found[index].append(
                Match(
                    offset=relative,
                    length=max(min(length, len(text) - relative), 1),
                    message=_SUGGESTION_TAG.sub(r"'\1'", raw.get("message", "")).strip(),
                    replacements=tuple(r["value"] for r in raw.get("replacements", [])[:MAX_SUGGESTIONS]),
                    rule_id=rule.get("id", "UNKNOWN"),
                    category=rule.get("category", {}).get("id", ""),
                    issue_type=rule.get("issueType", ""),
                )
            )
        return [tuple(matches) for matches in found]

    def _post(self, form: dict[str, str], deadline: float | None = None) -> dict:
        import urllib.error  # here, not at the top: most runs have no server, and this costs a cold start 15 ms
        import urllib.request

        timeout = self.timeout
        if deadline is not None:
            timeout = min(timeout, deadline - time.monotonic())
            if timeout <= 0:
                raise LanguageToolError(f"LanguageTool at {self.url} did not finish checking within the time budget")
        body = urlencode(form).encode()
        request = urllib.request.Request(
            self.url, data=body, headers={"Content-Type": "application/x-www-form-urlencoded"}
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                payload = response.read()
        except urllib.error.HTTPError as error:
            detail = error.read()[:300].decode("utf-8", "replace").strip()
            raise LanguageToolError(f"LanguageTool at {self.url} answered HTTP {error.code}: {detail}") from None
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            if isinstance(reason, TimeoutError):
                raise LanguageToolError(f"LanguageTool at {self.url} did not answer within {timeout:.3g} s") from None
            raise LanguageToolError(f"LanguageTool at {self.url} is unreachable: {reason}") from None
        try:
            data = json.loads(payload)
        except ValueError:
            raise LanguageToolError(f"LanguageTool at {self.url} did not answer JSON: {payload[:200]!r}") from None
        if not isinstance(data, dict):
            raise LanguageToolError(f"LanguageTool at {self.url} answered an unexpected {type(data).__name__}")
        return data


def _annotate(unit: Unit) -> list[dict]:
    # Inline code is read as itself, so the sentence reads as it does to a reader.
    parts, cursor = [], 0
    for start, end in unit.code:
        if start > cursor:
            parts.append({"text": unit.text[cursor:start]})
        parts.append({"markup": unit.text[start:end], "interpretAs": unit.text[start:end]})
        cursor = end
    if cursor < len(unit.text):
        parts.append({"text": unit.text[cursor:]})
    return parts


# -- a local install ------------------------------------------------------------

_JAR_NAMES = ("languagetool-server.jar", "languagetool.jar")


def find_local_install() -> Path | None:
    """The server jar of a LanguageTool install where language-tool-python keeps one, if Java is present.

    Only looks: never downloads, never creates directories.
    """
    if not shutil.which("java"):
        return None
    directories = []
    if os.environ.get("LTP_JAR_DIR_PATH"):
        directories.append(Path(os.environ["LTP_JAR_DIR_PATH"]))
    root = Path(os.environ.get("LTP_PATH") or Path.home() / ".cache" / "language_tool_python")
    if root.is_dir():
        directories.extend(sorted(root.glob("LanguageTool-*"), key=_version_key, reverse=True))
    for directory in directories:
        for name in _JAR_NAMES:
            if (directory / name).is_file():
                return directory / name
    return None


def _version_key(path: Path) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", path.name))


class LocalServer:
    """One LanguageTool server per process, started from a local install on first use."""

    _lock = threading.Lock()
    _process: subprocess.Popen | None = None
    _url: str | None = None

    @classmethod
    def url(cls, jar: Path, startup_timeout: float = 90.0) -> str:
        with cls._lock:
            if cls._process is not None and cls._process.poll() is None:
                return cls._url
            port = _free_port()
            command = [shutil.which("java"), "-cp", str(jar), "org.languagetool.server.HTTPServer", "--port", str(port)]
            cls._process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            atexit.register(cls.stop)
            cls._url = f"http://127.0.0.1:{port}"
            _wait_until_ready(cls._process, cls._url, startup_timeout, jar)
            return cls._url

    @classmethod
    def stop(cls) -> None:
        with cls._lock:
            if cls._process is not None and cls._process.poll() is None:
                cls._process.terminate()
                try:
                    cls._process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    cls._process.kill()
                    cls._process.wait()
            cls._process = None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_ready(process: subprocess.Popen, url: str, timeout: float, jar: Path) -> None:
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise LanguageToolError(f"local LanguageTool ({jar}) exited with code {process.returncode} on start")
        try:
            with urllib.request.urlopen(f"{url}/v2/languages", timeout=2):
                return
        except OSError:
            time.sleep(0.25)
    process.terminate()
    raise LanguageToolError(f"local LanguageTool ({jar}) did not answer within {timeout:g} s")


# -- the rule ---------------------------------------------------------------------


@register
class LanguageToolCheck(Rule):
    """Grammar, punctuation and style from LanguageTool, when a server or a local install is configured.

    What it does: sends the document's text to a configured LanguageTool server or local install and
    reports its matches under our severities.
    Why is this bad? LanguageTool has thousands of English grammar rules maintained by linguists; where
    a deployment runs it (the production compose file does), it backs up the built-in checks.
    Without a server or a local install this rule does nothing; with one that fails, the
    document gets an `engine.check-failed` finding.

    Example: "He go to the clinic every week." -> LanguageTool's HE_VERB_AGR: "goes".

    Severity follows LanguageTool's category (validators/data/languagetool.yaml): grammar,
    confused words and typos are errors, style is info, the rest warnings; a severity set
    for `copy.languagetool` in the configuration applies to all of them. LanguageTool's spell
    checker is left out (copy spelling has a medical vocabulary). The rule id is in `details`.

    Options: language (default en-US), timeout (seconds per request), max_request_chars,
    disabled_rules / disabled_categories (LanguageTool ids), local (false: never start a
    local install), startup_timeout (seconds to wait for a local server).
    """

    id = "copy.languagetool"
    isolated = False  # check() reads what prepare() fetched
    category = Category.COPY
    severity = Severity.WARNING

    def __init__(self, config):
        super().__init__(config)
        self._client: LanguageToolClient | None = None
        self._connected = False

    def prepare(self, documents: list[Document]) -> None:
        # All documents' sentences in as few requests as possible, before the per-document
        # checks start, so a slow server cannot eat the local rules' time budget.
        client = self._connect()
        if client is None or not documents:
            return
        units = [_units(document) for document in documents]
        flat = [unit for document_units in units for _, unit in document_units]
        matches = iter(client.check(flat, deadline=self._deadline(len(documents))))
        for document, document_units in zip(documents, units, strict=True):
            found = [(sentence, next(matches)) for sentence, _ in document_units]
            document.shared((self.id, "matches"), lambda found=found: found)

    def _ask(self, client: "LanguageToolClient", document: Document) -> list:
        """[(sentence, matches)] for a document checked without prepare()."""
        units = _units(document)
        return list(zip((s for s, _ in units), client.check([u for _, u in units], self._deadline(1)), strict=True))

    def check(self, document: Document):
        client = self._connect()
        if client is None:
            return []
        found = document.shared((self.id, "matches"), lambda: self._ask(client, document))  # prepare() asked
        findings = []
        for sentence, matches in found:
            for match in matches:
                if self._skipped(match):
                    continue
                start = sentence.start + match.offset
                findings.append(
                    self.finding(
                        document,
                        start,
                        start + match.length,
                        match.message or f"LanguageTool: {match.rule_id}",
                        suggestions=[Suggestion(r) for r in match.replacements],
                        severity=self._severity(match),
                        details={
                            "languagetool_rule": match.rule_id,
                            "languagetool_category": match.category,
                            "issue_type": match.issue_type,
                        },
                    )
                )
        return findings

    def _deadline(self, documents: int) -> float:
        return time.monotonic() + self.config.time_budget * documents

    def _connect(self) -> LanguageToolClient | None:
        if self._connected:
            return self._client
        url = self.config.languagetool_url
        if not url and self.options.get("local", True):
            jar = find_local_install()
            if jar is not None:
                url = LocalServer.url(jar, float(self.options.get("startup_timeout", 90)))
        if url:
            params = {}
            for option, param in (("disabled_rules", "disabledRules"), ("disabled_categories", "disabledCategories")):
                if self.options.get(option):
                    params[param] = ",".join(self.options[option])
            self._client = LanguageToolClient(
                url,
                language=self.options.get("language", DEFAULT_LANGUAGE),
                timeout=float(self.options.get("timeout", DEFAULT_TIMEOUT)),
                max_request_chars=int(self.options.get("max_request_chars", DEFAULT_MAX_REQUEST_CHARS)),
                params=params,
            )
        self._connected = True
        return self._client

    @property
    def _mapping(self) -> dict:
        return self.vocabulary("languagetool")

    def _skipped(self, match: Match) -> bool:
        mapping = self._mapping
        return match.issue_type in mapping.get("skip_issue_types", ()) or match.rule_id in mapping.get(
            "skip_rules", ()
        )

    def _severity(self, match: Match) -> Severity:
        mapping = self._mapping
        value = mapping.get("category_severity", {}).get(match.category, mapping.get("default_severity", "warning"))
        return Severity(value)


def _code_spans(document: Document, start: int, end: int) -> list[tuple[int, int]]:
    """Code spans inside [start, end), relative to start, clipped and merged (code may nest in pre)."""
    merged: list[list[int]] = []
    for a, b in sorted(document.ignored):
        if a < end and b > start:
            a, b = max(a, start) - start, min(b, end) - start
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
    return [(a, b) for a, b in merged]


def _all_code(document: Document, start: int, end: int) -> bool:
    return sum(b - a for a, b in _code_spans(document, start, end)) >= end - start


def _units(document: Document) -> list[tuple]:
    """(sentence, unit) for every sentence that is not all code."""
    return [
        (s, Unit(document.text[s.start : s.end], tuple(_code_spans(document, s.start, s.end))))
        for s in document.sentences
        if not _all_code(document, s.start, s.end)
    ]
