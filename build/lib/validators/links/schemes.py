"""Syntax checks for links that are not fetched: mailto:, tel:, data:.

Each function takes what follows the scheme and returns "" when it is usable or a
message saying what is wrong. They never raise and never decode more than they must
(a data: URL can be megabytes long).
"""

import base64
import binascii
import re
from urllib.parse import parse_qs, unquote

# A practical address check: something@domain.tld, no spaces, no second @.
_LABEL = r"[^\W_](?:[\w\-]*[^\W_])?"  # a domain label: letters/digits, inner hyphens
_EMAIL = re.compile(rf"^[^@\s<>()\[\],;:\"]+@(?:{_LABEL}\.)+[^\W\d_]{{2,}}$")
_PHONE_SEPARATORS = re.compile(r"[\s\-.()/]|%20")
_PHONE = re.compile(r"^\+?[0-9*#]{3,}$")
_MEDIA_TYPE = re.compile(r"^(?:[\w.+\-]+/[\w.+\-]+)?(?:;[\w.+\-]+=[^;,]*)*(?:;base64)?$", re.IGNORECASE)


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


def data_problem(rest: str) -> str:
    header, comma, payload = rest.partition(",")
    if not comma:
        return "the data: URL has no ',' between its media type and its content"
    if not _MEDIA_TYPE.match(header.strip()):
        return f"the data: URL's media type '{header[:80]}' is malformed"
    if header.lower().endswith(";base64"):
        encoded = re.sub(r"\s", "", unquote(payload))
        try:
            base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)
        except (binascii.Error, ValueError):
            return "the data: URL's base64 content is corrupt"
    return ""
