"""Drivers for hw5 (filled in with the question declarations)."""
DRIVERS = {}
