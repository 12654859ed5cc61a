"""Rule and lexicon files of the extractor (package data)."""
