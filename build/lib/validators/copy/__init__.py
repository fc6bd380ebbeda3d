"""copy rules."""
