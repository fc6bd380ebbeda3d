"""Finding messages are copy too: every message the rules write about realistic articles must pass
the copy checks themselves ("Absolute promise in a efficacy claim" once shipped)."""

import re
from pathlib import Path

from validators.config import Config
from validators.engine import check_documents
from validators.findings import Category
from validators.sources import from_html, from_text

TESTS = Path(__file__).parent
ARTICLES = sorted(
    [
        *TESTS.glob("heldout/articles/*/article.html"),
        *TESTS.glob("copy/fixtures/*.html"),
        *(TESTS.parent.parent / "benchmarks" / "fixtures").glob("*.html"),
    ]
)
# The flagged words a message quotes are the reader's text, not the message's own copy.
# A quote opens after a non-letter and closes before one: "use 'it's'." quotes "it's".
_QUOTED = re.compile(r"(?<![A-Za-z])'(?:[^']|'(?=[A-Za-z]))*'(?![A-Za-z])|\"[^\"]*\"|“[^”]*”|‘[^’]*’")
LOCAL_RULES = {"disable": ["link", "copy.languagetool"], "rules": {"copy.harper": {"enabled": True}}}


def rendered_messages() -> set[str]:
    config = Config.from_mapping(LOCAL_RULES, skip_external=True)
    documents = [from_html(path.read_text(encoding="utf-8"), str(path)) for path in ARTICLES]
    run = check_documents(documents, config)
    return {finding.message for report in run.reports for finding in report.findings}


def test_the_quoted_reader_text_is_left_out_and_the_articles_give_many_messages():
    assert _QUOTED.sub("it", "The subject 'they' is plural: use 'it's'.") == "The subject it is plural: use it."
    assert len(ARTICLES) >= 10
    assert len(rendered_messages()) >= 30


def test_every_rendered_message_passes_the_copy_checks():
    messages = sorted(rendered_messages())
    texts = [_QUOTED.sub("it", message) for message in messages]
    config = Config.from_mapping({"disable": ["link", "claim", "copy.languagetool"]}, skip_external=True)
    run = check_documents([from_text(text, f"message{n}.txt") for n, text in enumerate(texts)], config)
    problems = [
        (message, finding.rule, finding.excerpt)
        for message, report in zip(messages, run.reports, strict=True)
        for finding in report.findings
        if finding.category == Category.COPY
    ]
    assert problems == []
