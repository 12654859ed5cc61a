"""aigov-kg: knowledge graphs of AI governance from Korean and English news and statements."""
__version__ = "0.1.0"
