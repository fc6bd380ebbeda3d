"""Helpers of the review tests: admin form data, the current findings, decisions."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from review import checks, decisions


def article_form(title, slug, *texts, action=None):
    """POST data of the article editor (create or edit view) with one paragraph per text."""
    data = nested_form_data({
        "title": title,
        "slug": slug,
        "summary": "A summary.",
        "body": streamfield([("paragraph", rich_text(f"<p>{text}</p>")) for text in texts]),
        "references": inline_formset([]),
        "comments": inline_formset([]),
        "medical_reviewer": "Dr Test",
        "last_reviewed": "2026-01-15",
        "tags": "",
    })
    if action:
        data[action] = action
    return data


def finding(page, rule="test.promise"):
    """The page's current finding of `rule` (latest revision's run)."""
    page.refresh_from_db()
    return checks.latest_run(page).findings.get(rule=rule)


def waive(page, reviewer, rule="test.promise"):
    return decisions.waive(finding(page, rule), reviewer, "Accepted: marketing approved this wording.")


def edit(page, user, *texts):
    """Save a new revision of `page` with these paragraphs, as `user`. Like the admin editor,
    a paragraph edited in place keeps its block id (the Nth text goes into the Nth block)."""
    page.refresh_from_db()
    content = page.get_latest_revision_as_object()
    ids = [block.id for block in content.body]
    content.body = [{"type": "paragraph", "value": f"<p>{text}</p>", **({"id": ids[i]} if i < len(ids) else {})}
                    for i, text in enumerate(texts)]
    return content.save_revision(user=user)


def rich_text_value(text):
    from wagtail.rich_text import RichText

    return RichText(f"<p>{text}</p>")
