from django import template

from linkcheck.notices import linking_pages_warning

register = template.Library()


@register.simple_tag
def linking_pages_warning_text(page) -> str:
    return linking_pages_warning(page)
