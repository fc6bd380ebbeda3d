"""Rules of this family; importing this module registers them."""

from validators.claims import absolute_rules, citation_rules, fair_balance_rules, selling_rules, support_rules

__all__ = ["absolute_rules", "citation_rules", "fair_balance_rules", "selling_rules", "support_rules"]
