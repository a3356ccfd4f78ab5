"""The evaluation harness: run the extraction layer over outside test suites and score it."""
