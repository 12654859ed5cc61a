"""Benchmarks of aigov-kg: synthetic corpora of the sample's genre and the harness that times builds on them."""
