"""Check that every label of an evaluation case points at text a reader sees.

A case is a folder with `article.html` and `expected.json` (the format of ../shared/corpus, plus
a class per item). Labels are written by hand before any checker runs; this module never runs
the checker. It finds labels that cannot match anything: an excerpt that is not in its context,
a context or a claim that is not in one visible block of the article, a sentence listed both as a
claim and as a non-claim, an unknown class.

    python -m evaluation.labels [SET_DIR ...]
    # default: every folder of evaluation/ that holds cases
"""

import json
import re
import sys
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

KINDS = ("professional", "marketing", "corpus-style")
DIALECTS = ("en-US", "en-GB")
COPY_CLASSES = (
    "your-youre", "confusable", "agreement", "verb-form", "missing-word", "extra-word",
    "spelling", "spelling-name", "mechanics", "word-order",
)
CLAIM_CLASSES = (
    "absolute-promise", "unnamed-evidence", "uncited-statistic", "uncited-timeline", "uncited-benefit",
    "superlative", "comparison", "unlawful-supply", "cure-howto", "missing-fair-balance",
)
NOT_CLAIM_CLASSES = (
    "warning", "instruction", "dosing", "background", "definition", "course", "org-statistic",
    "list-lead-in", "product-spec", "professional-recommendation", "quoted-slogan", "consensus-efficacy",
    "question", "boilerplate", "negation", "cited",
)
LINK_KEYS = ("url", "missing")

# Elements whose text a reader sees as one block (a paragraph, a list item, a heading ...).
_BLOCK_TAGS = {"p", "li", "dt", "dd", "td", "th", "caption", "figcaption", "blockquote",
               "h1", "h2", "h3", "h4", "h5", "h6"}
_HIDDEN_TAGS = {"script", "style", "template", "head", "noscript", "svg", "iframe", "object"}
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]*\s+[A-Z]")


def norm(text: str) -> str:
    """As ../shared/eval/score.py compares text: white space collapsed, lower case."""
    return re.sub(r"\s+", " ", text or "").strip().lower()


class _VisibleText(HTMLParser):
    """Collect the visible blocks of an HTML article, and the fields a reader or a search engine
    sees outside the body (the page title, the meta description, image alt text)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.hrefs: list[str] = []
        self._current: list[str] = []
        self._hidden = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attributes = {k: v or "" for k, v in attrs}
        if tag == "a" and "href" in attributes:
            self.hrefs.append(attributes["href"])
        if tag == "img" and attributes.get("alt"):
            self.blocks.append(attributes["alt"])
        if tag == "meta" and attributes.get("name", "").lower() == "description":
            self.blocks.append(attributes.get("content", ""))
        if tag == "title":
            self._flush()
            self._in_title = True
        elif tag in _HIDDEN_TAGS:
            self._hidden += 1
        elif tag in _BLOCK_TAGS or tag in ("br", "ul", "ol", "div", "section", "table", "tr"):
            self._flush()

    def handle_endtag(self, tag):
        if tag == "title":
            self._flush()
            self._in_title = False
        elif tag in _HIDDEN_TAGS:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCK_TAGS or tag in ("ul", "ol", "div", "section", "table", "tr"):
            self._flush()

    def handle_data(self, data):
        if not self._hidden or self._in_title:
            self._current.append(data)

    def _flush(self):
        text = re.sub(r"\s+", " ", "".join(self._current)).strip()
        if text:
            self.blocks.append(text)
        self._current = []

    def close(self):
        super().close()
        self._flush()


def visible_blocks(html: str) -> tuple[list[str], list[str]]:
    """The article's visible text blocks and its link targets."""
    reader = _VisibleText()
    reader.feed(html)
    reader.close()
    return reader.blocks, [unescape(h) for h in reader.hrefs]


def word_count(html: str) -> int:
    """Words as ../shared/eval/score.py counts them (tags stripped)."""
    return len(re.sub(r"<[^>]+>", " ", html).split())


def article_of(folder: Path) -> Path | None:
    found = [p for p in folder.iterdir() if p.stem == "article"]
    return found[0] if len(found) == 1 else None


def case_folders(set_dir: Path) -> list[Path]:
    return sorted(p for p in Path(set_dir).iterdir() if p.is_dir() and (p / "expected.json").exists())


def problems_of(folder: Path) -> list[str]:
    """Every inconsistency of one case's labels, as readable lines (empty: the labels are usable)."""
    article = article_of(folder)
    if article is None:
        return [f"{folder.name}: no single article.* file"]
    try:
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        return [f"{folder.name}: expected.json is not JSON ({error})"]
    blocks, hrefs = visible_blocks(article.read_text(encoding="utf-8"))
    in_blocks = [norm(b) for b in blocks]
    problems: list[str] = []

    def say(message):
        problems.append(f"{folder.name}: {message}")

    def visible(text: str) -> bool:
        return any(norm(text) in block for block in in_blocks)

    def one_sentence(text: str, what: str):
        if _SENTENCE_BREAK.search(text):
            say(f"{what} spans two sentences: {text!r}")

    if expected.get("kind") not in KINDS:
        say(f"kind must be one of {KINDS}, not {expected.get('kind')!r}")
    if expected.get("dialect", "en-US") not in DIALECTS:
        say(f"dialect must be one of {DIALECTS}")
    for item in expected.get("copy", []) + expected.get("copy_ok", []):
        excerpt, context = item.get("excerpt", ""), item.get("context", "")
        if not excerpt or norm(excerpt) not in norm(context):
            say(f"copy excerpt {excerpt!r} is not in its context {context!r}")
        if not visible(context):
            say(f"copy context not in one visible block: {context!r}")
    for item in expected.get("copy", []):
        if item.get("class") not in COPY_CLASSES:
            say(f"copy class {item.get('class')!r} for {item.get('excerpt')!r} is not one of {COPY_CLASSES}")
    claims = [item.get("contains", "") for item in expected.get("claim", [])]
    # A missing-fair-balance label names the drug (found by a finding at any of its mentions):
    # a dosing line or a warning that names the drug may still be a non-claim.
    sentence_claims = [item.get("contains", "") for item in expected.get("claim", [])
                       if item.get("class") != "missing-fair-balance"]
    for item, text in zip(expected.get("claim", []), claims, strict=True):
        if item.get("class") not in CLAIM_CLASSES:
            say(f"claim class {item.get('class')!r} for {text!r} is not one of {CLAIM_CLASSES}")
        if not text or not visible(text):
            say(f"claim not in one visible block: {text!r}")
        one_sentence(text, "claim")
    not_claims = expected.get("not_claim", [])
    classes = expected.get("not_claim_class", [])
    if not all(isinstance(s, str) for s in not_claims):
        say("not_claim must be a list of strings (classes go in not_claim_class)")
        not_claims = [s for s in not_claims if isinstance(s, str)]
    if len(classes) != len(not_claims):
        say(f"not_claim_class has {len(classes)} entries for {len(not_claims)} not_claim sentences")
    for text, cls in zip(not_claims, classes, strict=False):
        if cls not in NOT_CLAIM_CLASSES:
            say(f"not_claim class {cls!r} for {text!r} is not one of {NOT_CLAIM_CLASSES}")
    for text in not_claims:
        if not visible(text):
            say(f"not_claim not in one visible block: {text!r}")
        one_sentence(text, "not_claim")
        for claim in sentence_claims:
            if norm(claim) and (norm(claim) in norm(text) or norm(text) in norm(claim)):
                say(f"labelled both claim and not_claim: {text!r}")
    for item in expected.get("link", []):
        if not any(key in item for key in LINK_KEYS):
            say(f"link item needs url or missing: {item!r}")
        elif "url" in item and item["url"] not in hrefs:
            say(f"link url is not an href of the article: {item['url']!r}")
        elif "missing" in item and not visible(item["missing"]):
            say(f"missing-link text not in one visible block: {item['missing']!r}")
    return problems


def main(argv: list[str]) -> int:
    every_set = [folder for folder in sorted(Path(__file__).parent.iterdir()) if any(folder.glob("*/expected.json"))]
    roots = [Path(a) for a in argv] or every_set
    problems = [p for root in roots for folder in case_folders(root) for p in problems_of(folder)]
    print("\n".join(problems) or "labels ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
