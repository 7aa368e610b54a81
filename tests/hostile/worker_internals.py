"""Attack: rewrite the worker itself. A cell finds the worker loop's globals with
gc.get_objects() and replaces its run_case, so that every softmax case answers "ok" with a
uniform distribution without calling the notebook at all; other cases go to the real one.

Expected: the sandboxed worker is not trusted: whatever it answers is compared with the
reference on the trusted side. softmax scores zero ("values are off"), the rest keeps full
marks (12 / 15).
"""

# %%
import gc

_loop = next(thing for thing in gc.get_objects()
             if type(thing) is dict and "run_case" in thing and "private_channel" in thing)
_real_run_case = _loop["run_case"]


def _fake_run_case(namespace, request, oracle, inputs_dir):
    if (request.get("params") or {}).get("function") == "softmax":
        x = request["inputs"]["x"]
        return {"ok": True, "outputs": {"out": np.full(x.shape, 1.0 / x.shape[-1]), "arg:x": x}}
    return _real_run_case(namespace, request, oracle, inputs_dir)


_loop["run_case"] = _fake_run_case
