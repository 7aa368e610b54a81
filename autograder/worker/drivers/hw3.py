"""Drivers for hw3 (filled in with the question declarations)."""
DRIVERS = {}
