"""The project's own labelled evaluation set (tune/ and holdout/) and its report."""
