"""Commented starter files that ``atelier init`` writes."""
