"""From documents to fetch results: which links are fetched, fetched once per run.

Every link rule that needs HTTP answers calls `fetch_results` in its `prepare`; the
first call fetches every distinct address of the run at once, the others reuse that
answer (the engine hands all rules the same list of documents).
"""

import re
import threading
import unicodedata

from validators.config import Config
from validators.document import Document, Link
from validators.links.cache import cache_for
from validators.links.client import check_urls
from validators.links.results import LinkResult
from validators.links.urls import Kind, Target, read_href

_memo_lock = threading.Lock()
_memo: tuple[list[Document], object, dict[str, LinkResult]] | None = None


def link_targets(document: Document, config: Config) -> list[tuple[Link, Target]]:
    return [(link, read_href(link.href, config.links.base_url)) for link in document.links]


def fetch_results(documents: list[Document], config: Config) -> dict[str, LinkResult]:
    """Results keyed by resolved address (fragment kept) for every http(s) link of the run."""
    global _memo
    with _memo_lock:  # held only around the memo: concurrent runs (CMS threads) fetch in parallel
        if _memo is not None and _memo[0] is documents and _memo[1] == config.links:
            return _memo[2]
    urls = {
        target.resolved
        for document in documents
        for _, target in link_targets(document, config)
        if target.kind == Kind.HTTP
    }
    cache = config.link_cache if config.link_cache is not None else cache_for(config.links.cache_path)
    results = check_urls(sorted(urls), config.links, cache) if urls else {}
    with _memo_lock:
        _memo = (documents, config.links, results)
    return results


def heading_slug(text: str) -> str:
    """The id Markdown renderers (GitHub, python-markdown's toc) give a heading."""
    text = unicodedata.normalize("NFKC", text).strip().lower()
    text = re.sub(r"[^\w\s-]", "", text)
    return re.sub(r"\s+", "-", text)


def document_anchors(document: Document) -> set[str]:
    """Ids a `#fragment` link inside the document may point to."""
    anchors = set(document.ids)
    if document.path.endswith((".md", ".markdown")):
        anchors |= {heading_slug(document.block_text(b)) for b in document.blocks if b.kind == "heading"}
    return anchors
