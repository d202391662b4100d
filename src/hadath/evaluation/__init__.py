"""Scoring hadath against gold annotations (the project's own articles and sentence gold, the
PETRARCH-style validation XML and sentence-level detection JSONL)."""
