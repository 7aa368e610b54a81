"""Mutation adequacy: how many small wrong changes of the solutions the cases catch.

    operators.py    single-point mutants of one cell's functions (ast)
    equivalence.py  mutants equal to the original on random inputs (in a subprocess)
    notebook.py     solution cells of the solved notebook, mutant notebook copies
    run.py          `nngrader mutants`: generate, sample, filter, grade, report
"""
