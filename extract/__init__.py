"""Extraction of entities and relations from AI-governance news into the knowledge graph."""
