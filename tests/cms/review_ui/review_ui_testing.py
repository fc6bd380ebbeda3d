"""Helpers of the review UI tests (a module of its own: `conftest` is a name several test
directories use)."""


def paragraphs(*texts):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


def written_by(page, user):
    """Make `user` the author of the page's latest revision (so of its findings)."""
    revision = page.get_latest_revision()
    revision.user = user
    revision.save(update_fields=["user"])
    return page
