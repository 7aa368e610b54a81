"""Drivers: how each question is exercised, `driver(ns, deps, inputs, **params) -> outputs`.

`ns` is the notebook's globals (in the sandbox) or the reference namespace (on the trusted
side); `deps` maps dependency names to oracle proxies (sandbox) or reference objects
(trusted side); `inputs` holds plain values drawn by the trusted side. A driver returns a
dict of plain values. The same driver runs on both sides, so the expected output is the
driver applied to the reference. Drivers raise ContractError when the submission's shape
of things (signature, return layout, attribute names) breaks the contract.
"""
from . import base, hw1, hw2, hw3, hw4, hw5, hw6

DRIVERS = {"call": base.call_function}
PROXY_CLASSES = {}
for _module in (hw1, hw2, hw3, hw4, hw5, hw6):
    DRIVERS.update(getattr(_module, "DRIVERS", {}))
    PROXY_CLASSES.update(getattr(_module, "PROXY_CLASSES", {}))
