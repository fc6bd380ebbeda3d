"""Rules of this family; importing this module registers them."""
