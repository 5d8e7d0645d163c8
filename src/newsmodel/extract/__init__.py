"""Heuristics shared by the readers: datelines, bylines, quotes and their speakers, dates."""
