"""Tests of the heuristics in newsmodel.extract."""
