"""Drivers for hw6 (filled in with the question declarations)."""
DRIVERS = {}
