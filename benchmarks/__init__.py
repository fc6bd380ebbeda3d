"""Benchmarks run by `make bench` (`python -m benchmarks [NAME...]`): each module prints its tables."""
