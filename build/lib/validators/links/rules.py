"""Rules of this family; importing this module registers them."""

from validators.links import fragments, missing, status, syntax

__all__ = ["fragments", "missing", "status", "syntax"]
