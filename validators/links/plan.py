"""From documents to fetch results: which links are fetched, fetched once per run.

Every link rule that needs HTTP answers calls `fetch_results` in its `prepare`; the
first call fetches every distinct address of the run at once, the others reuse that
answer (the engine hands all rules the same list of documents, and the answer is work
the run shares: `Document.shared` of its first document).
"""

import re
import unicodedata

from validators.config import Config
from validators.document import Document, Link
from validators.links.cache import cache_for
from validators.links.client import check_urls
from validators.links.results import LinkResult
from validators.links.urls import Kind, Target, read_href


def link_targets(document: Document, config: Config) -> list[tuple[Link, Target]]:
    return [(link, read_href(link.href, config.links.base_url)) for link in document.links]


def fetch_results(documents: list[Document], config: Config) -> dict[str, LinkResult]:
    """Results keyed by resolved address (fragment kept) for every http(s) link of the run."""
    if not documents:
        return {}
    return documents[0].shared((fetch_results, config.links), lambda: _fetch(documents, config))


def _fetch(documents: list[Document], config: Config) -> dict[str, LinkResult]:
    urls_per_document = [
        {target.resolved for _, target in link_targets(document, config) if target.kind == Kind.HTTP}
        for document in documents
    ]
    urls = sorted(set().union(*urls_per_document))
    results = {}
    if urls:
        cache = config.link_cache if config.link_cache is not None else cache_for(config.links.cache_path)
        results = check_urls(urls, config.links, cache, deadline=link_phase_deadline(urls_per_document, config),
                             schedule=config.host_schedule)
    return results


def link_phase_deadline(urls_per_document: list[set[str]], config: Config) -> float:
    """`links.deadline` seconds per document with links, `links.run_deadline` for the run at most."""
    with_links = sum(1 for urls in urls_per_document if urls)
    return min(config.links.deadline * with_links, config.links.run_deadline)


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
