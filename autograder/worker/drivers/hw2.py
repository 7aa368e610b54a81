"""Drivers for hw2 (filled in with the question declarations)."""
DRIVERS = {}
