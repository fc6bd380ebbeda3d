"""Syntax checks for links that are not fetched: mailto:, tel:.

Each function takes what follows the scheme and returns "" when it is usable or a
message saying what is wrong. They never raise.
"""

import re
from urllib.parse import parse_qs, unquote

# A practical address check: something@domain.tld, no spaces, no second @.
_LABEL = r"[^\W_](?:[\w\-]*[^\W_])?"  # a domain label: letters/digits, inner hyphens
_EMAIL = re.compile(rf"^[^@\s<>()\[\],;:\"]+@(?:{_LABEL}\.)+[^\W\d_]{{2,}}$")
_PHONE_SEPARATORS = re.compile(r"[\s\-.()/]|%20")
_PHONE = re.compile(r"^\+?[0-9*#]{3,}$")


def mailto_problem(rest: str) -> str:
    addresses, _, query = rest.partition("?")
    recipients = [unquote(a).strip() for a in addresses.split(",") if a.strip()]
    if query:
        recipients += [a.strip() for v in parse_qs(query).get("to", []) for a in v.split(",") if a.strip()]
    if not recipients:
        return "the mailto: link has no e-mail address"
    bad = [address for address in recipients if not _EMAIL.match(address)]
    if bad:
        return f"'{bad[0][:80]}' is not a valid e-mail address"
    return ""


def tel_problem(rest: str) -> str:
    number = rest.split(";", 1)[0]  # ;ext=123, ;phone-context=... are parameters
    digits = _PHONE_SEPARATORS.sub("", number)
    if not digits:
        return "the tel: link has no phone number"
    if not _PHONE.match(digits):
        return f"'{number[:80]}' is not a phone number (digits, +, spaces and - only)"
    return ""
