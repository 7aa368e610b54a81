"""Every contract error the drivers can raise reaches a Chinese student in Chinese.

The drivers run in the sandbox and write English (they cannot import autograder.i18n);
i18n/worker_zh.py's patterns rewrite it. The messages are collected from the drivers' source
with ast: each `ContractError(...)` message, with each placeholder that is a parameter of
its function filled with what the callers pass (the English of `what`, `layout`, `where`
arguments), and any other placeholder with a sample value. A message is covered when no two
English words are left after worker_text (code spans and quoted names apart).
"""
import ast
import re
from pathlib import Path

import pytest

from autograder.i18n import worker_text

DRIVERS = Path(__file__).resolve().parent.parent / "autograder" / "worker" / "drivers"
SAMPLE = "7"  # a placeholder the callers do not fill: a number, a type or key name, a shape
_CODE = re.compile(r"`[^`]*`|'[^']*'")
_ENGLISH = re.compile(r"[A-Za-z]{3,} [A-Za-z]{2,}")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _render(node, env):
    """The text a message expression makes, each variable `env` knows filled in."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(_render(part, env) for part in node.values)
    if isinstance(node, ast.FormattedValue):
        return _render(node.value, env)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _render(node.left, env) + _render(node.right, env)
    if isinstance(node, ast.IfExp):  # a message's optional tail: the longer branch
        return max(_render(node.body, env), _render(node.orelse, env), key=len)
    if isinstance(node, ast.Name) and node.id in env:
        value = env[node.id]
        if isinstance(value, ast.AST):  # a local variable: what it was assigned
            return _render(value, {**env, node.id: SAMPLE})
        return value
    return SAMPLE


def _local_assignments(function):
    """{name: expression} of the function's `name = expression` lines (a message's parts)."""
    return {node.targets[0].id: node.value for node in ast.walk(function)
            if isinstance(node, ast.Assign) and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)}


def _texts(node, env):
    """The literal text of an argument, or None when it is not a string."""
    if isinstance(node, (ast.Constant, ast.JoinedStr)) and (
            not isinstance(node, ast.Constant) or isinstance(node.value, str)):
        return _render(node, env)
    if isinstance(node, ast.Name) and node.id in env:
        return env[node.id]
    return None


def driver_messages():
    """(where, English message) for every ContractError the drivers' source can raise."""
    trees = {path.name: ast.parse(path.read_text(encoding="utf-8"))
             for path in sorted(DRIVERS.glob("*.py"))}
    constants = {}  # module-level string constants (signatures, layouts)
    functions = {}  # name -> FunctionDef
    for tree in trees.values():
        for node in tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                    and isinstance(node.targets[0], ast.Name):
                text = _texts(node.value, constants)
                if text is not None:
                    constants[node.targets[0].id] = text
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                functions.setdefault(node.name, node)
    # what each function's string parameters are given by its callers
    given = {name: [] for name in functions}
    for tree in trees.values():
        for caller in ast.walk(tree):
            if not isinstance(caller, ast.FunctionDef):
                continue
            for call in ast.walk(caller):
                if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) \
                        and call.func.id in functions:
                    params = [arg.arg for arg in functions[call.func.id].args.args]
                    env = {}
                    for param, argument in zip(params, call.args):
                        text = _texts(argument, constants)
                        if text is not None:
                            env[param] = text
                    if env:
                        given[call.func.id].append(env)
    found = set()
    for file, tree in trees.items():
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef):
                continue
            for call in ast.walk(function):
                if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) \
                        and call.func.id == "ContractError" and call.args:
                    for env in given[function.name] or [{}]:
                        message = _render(call.args[0], {**constants,
                                                         **_local_assignments(function), **env})
                        found.add((f"{file}:{call.lineno}", "ContractError: " + message))
    return sorted(found)


def english_left(text):
    return _ENGLISH.findall(_CODE.sub(" ", text))


def test_the_drivers_messages_are_all_collected():
    messages = driver_messages()
    assert len({where for where, _ in messages}) >= 20
    assert any("feedforward(x) for one sample x of shape (2,) should be a single number" in
               message for _, message in messages)  # a caller's `what`, filled in


@pytest.mark.parametrize("where, message", driver_messages())
def test_every_contract_error_has_chinese(where, message):
    chinese = worker_text(message, "zh")
    assert _CJK.search(chinese) and english_left(chinese) == [], (message, chinese)


def test_english_is_unchanged():
    for _, message in driver_messages():
        assert worker_text(message, "en") == message
