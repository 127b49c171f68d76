"""Prompt files, loaded by name through :mod:`assistant.prompts`."""
