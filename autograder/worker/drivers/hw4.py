"""Drivers for hw4 (filled in with the question declarations)."""
DRIVERS = {}
