"""Renderers: pure functions of the result dict (text, short, json, html, pdf)."""
