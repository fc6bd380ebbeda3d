"""Collecting the anchor targets of a fetched page: every `id`, and `name` on `<a>`.

The body may have been cut at the byte cap, so the parser must cope with a page that
stops mid-tag; it just reports what it saw.
"""

from html.parser import HTMLParser


class _AnchorCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.anchors: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value and (name == "id" or (name == "name" and tag == "a")):
                self.anchors.add(value)

    handle_startendtag = handle_starttag


def page_anchors(body: bytes, charset: str | None = None) -> frozenset[str]:
    try:
        text = body.decode(charset or "utf-8", errors="replace")
    except LookupError:  # a charset name Python does not know
        text = body.decode("utf-8", errors="replace")
    collector = _AnchorCollector()
    try:
        collector.feed(text)
        collector.close()
    except AssertionError:
        pass  # HTMLParser gives up on some broken markup; keep what it found so far
    return frozenset(collector.anchors)
