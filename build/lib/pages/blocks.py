"""StreamField blocks of an article body.

Each block renders with its own small template under templates/pages/blocks/, so the reader
site and the API's rendered `body_html` come from the same markup.
"""

from django.utils.text import slugify
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

# Inline features of body text: page links, document links and external links all come from
# "link" + "document-link"; no headings inside paragraphs (sections carry the outline).
PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "superscript", "subscript"]
LIST_ITEM_FEATURES = ["bold", "italic", "link", "document-link"]


class SectionHeadingBlock(blocks.StructBlock):
    """A heading that opens a section; its anchor lets other pages link to `#anchor`."""

    heading = blocks.CharBlock(max_length=255)
    level = blocks.ChoiceBlock(choices=[("h2", "Section (h2)"), ("h3", "Subsection (h3)")], default="h2")
    anchor = blocks.CharBlock(
        required=False,
        max_length=100,
        help_text="Optional id for links to this section (#anchor). Defaults to the heading, slugified.",
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["anchor_id"] = value.get("anchor") or slugify(value.get("heading", ""))
        return context

    class Meta:
        icon = "title"
        template = "pages/blocks/section_heading.html"


class ListBlock(blocks.StructBlock):
    """A bulleted or numbered list whose items may carry links."""

    style = blocks.ChoiceBlock(choices=[("bulleted", "Bulleted"), ("numbered", "Numbered")], default="bulleted")
    items = blocks.ListBlock(blocks.RichTextBlock(features=LIST_ITEM_FEATURES), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "pages/blocks/list.html"


class CalloutBlock(blocks.StructBlock):
    """A highlighted note, warning or quotation set apart from the running text."""

    kind = blocks.ChoiceBlock(choices=[("note", "Note"), ("warning", "Warning"), ("quote", "Quote")], default="note")
    text = blocks.RichTextBlock(features=PARAGRAPH_FEATURES)
    attribution = blocks.CharBlock(required=False, max_length=255, help_text="Who is quoted (quotes only).")

    class Meta:
        icon = "openquote"
        template = "pages/blocks/callout.html"


class FigureBlock(blocks.StructBlock):
    """An image with mandatory alt text (read aloud by screen readers) and an optional caption."""

    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(max_length=255, help_text="Describe what the image shows for people who cannot see it.")
    caption = blocks.CharBlock(required=False, max_length=500)

    class Meta:
        icon = "image"
        template = "pages/blocks/figure.html"


class ArticleBodyBlock(blocks.StreamBlock):
    section = SectionHeadingBlock()
    paragraph = blocks.RichTextBlock(features=PARAGRAPH_FEATURES, template="pages/blocks/paragraph.html")
    list = ListBlock()
    callout = CalloutBlock()
    image = FigureBlock()
