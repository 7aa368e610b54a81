"""nngrader: the grading engine and its command line."""
import logging

# The library logs its warnings and prints nothing; the application shows them (cli.py
# through console.show_warnings, a Python caller with its own logging set-up).
logging.getLogger(__name__).addHandler(logging.NullHandler())
