"""Adapters that show answers: the Discord bot and the terminal console."""
