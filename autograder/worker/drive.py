"""One case's driver against a notebook's globals, and the reply that says how it ended.

Shared by the two places a submission's code is called: the sandboxed worker
(__main__.py, the notebook's globals its own, dependencies proxies of the trusted side)
and the in-kernel grader (autograder/in_kernel.py, the student's live kernel, dependencies
the reference itself). While the driver runs, the names the question builds on
(`request["inject"]`) are its dependencies in the notebook's globals, so the notebook's own
code calls them; they are put back afterwards, whatever happens.
"""
import contextlib

from .drivers import DRIVERS
from .drivers.base import ContractError, describe_exception

_MISSING = object()


def drive_case(namespace, deps, inputs, request, scopes=None, run=None, passthrough=()):
    """{"ok": True, "outputs": {...}} or {"ok": False, "kind": "contract" or "exception",
    "error": str} for the case `request` ({"driver", "params", "inject"}).

    scopes: the dicts the dependencies are injected into (default: `namespace` alone);
    run: how the driver is called, `run(function)` (default: `function()`), a deadline say;
    passthrough: exception types that are not the submission's error, raised on.
    """
    def call():
        driver = DRIVERS[request["driver"]]
        return driver(namespace, deps, inputs, **(request.get("params") or {}))

    with injected(scopes or [namespace], request.get("inject") or [], deps):
        try:
            return {"ok": True, "outputs": run(call) if run else call()}
        except passthrough:
            raise
        except ContractError as error:
            return {"ok": False, "kind": "contract", "error": str(error)}
        except BaseException as error:  # SystemExit and KeyboardInterrupt too: the code's own
            return {"ok": False, "kind": "exception", "error": describe_exception(error)}


@contextlib.contextmanager
def injected(scopes, names, deps):
    """Each of `names` set to `deps[name]` in every scope inside, and put back after (a name
    the scope did not hold is removed)."""
    saved = [(scope, {name: scope.get(name, _MISSING) for name in names}) for scope in scopes]
    for scope, before in saved:
        for name in before:
            scope[name] = deps[name]
    try:
        yield
    finally:
        for scope, before in saved:
            for name, value in before.items():
                if value is _MISSING:
                    scope.pop(name, None)
                else:
                    scope[name] = value
