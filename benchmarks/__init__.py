"""Benchmarks for checker: a deterministic corpus generator and a runner that prints a table."""
