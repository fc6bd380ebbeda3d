"""Rules of this family; importing this module registers them."""
from validators.copy import languagetool  # noqa: F401  copy.languagetool (used when a server is configured)
