"""nngrader: the grading engine and its command line."""
