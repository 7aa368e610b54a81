"""The sandboxed side of grading: the only code of the kit that a submission's process sees.

It holds no reference implementation, no test case and no expected value: it runs the
notebook's cells, runs the drivers the trusted side asks for, and sends back plain data.
"""
