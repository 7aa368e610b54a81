"""The default of every grading option, written once.

api.py's keyword arguments, cli.py's options and the options dataclasses (batch.BatchOptions,
mutation.run.MutantOptions) all read them from here, so `nngrader grade`, `grade(...)` in
Python and a test that builds BatchOptions by hand grade the same way.
"""
from pathlib import Path

from .i18n import CHOICES as LANG_CHOICES  # en, zh, auto

OUTDIR = Path("grades")          # where `grade` writes <student>.json, grades.csv, pages
DEMO_OUTDIR = Path("nngrader-demo")
JOBS = 1                         # submissions graded in parallel (processes)
DEMO_JOBS = 2
SANDBOX = "auto"                 # bubblewrap when installed, else none (with a warning)
SANDBOX_CHOICES = ("auto", "bubblewrap", "none")
LANG = "en"                      # feedback language: en, zh, or auto (per submission)
SEED = None                      # None: each submission's seed is a hash of its bytes
RESUME = True                    # skip submissions whose result is current
PLOT = True                      # OUTDIR/class_report.png
SCHEDULER = None                 # None: grade on this machine; else a Dask scheduler / local:N
BUILD_ROOT = Path(".")           # `nngrader build`: the kit's folder
