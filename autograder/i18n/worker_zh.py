"""Chinese for the sentences the sandboxed worker and the session write in English (the
worker cannot import this package): (pattern, replacement) pairs that worker_text applies
in order, each to every place it matches. What a pattern captures (names, code, numbers,
exception text) is put back unchanged. A sentence no pattern knows stays English.
"""
import re

_CODE = r"(`[^`\n]*`)"
_NAME = r"`([^`\n]*)`"

WORKER_ZH = [(re.compile(pattern), chinese) for pattern, chinese in [
    # where an exception was raised (worker/drivers/base.py: describe_exception, cell_title)
    (r" \(line (\d+) of the cell that begins " + _CODE + r"\)", r"（以 \2 开头的单元格的第 \1 行）"),
    (r" \(line (\d+) of code cell (\d+)\)", r"（第 \2 个代码单元格的第 \1 行）"),
    (r" \(line (\d+) of a notebook cell\)", r"（某个笔记本单元格的第 \1 行）"),
    (r"[Tt]he cell that begins " + _CODE, r"以 \1 开头的单元格"),
    (r"\b[Cc]ode cell (\d+)\b", r"第 \1 个代码单元格"),
    (r"\b[Aa] notebook cell\b", "某个笔记本单元格"),
    (r"the stub has not been filled in yet", "这个函数还没有实现（仍是作业给出的空框架）"),
    (r"the grader could not compute a dependency", "评分程序无法计算所依赖的函数"),
    (r" \(in the grader's own " + _CODE + r", which stands in for yours\)",
     r"（发生在评分程序代替你的实现的 \1 中）"),
    # the contract (worker/drivers/base.py: lookup)
    (_CODE + r" is not defined at the top level of the notebook \(expected a (\w+) named "
     + _CODE + r"; did its cell raise an error\?\)",
     r"笔记本的顶层没有定义 \1（应为名为 \3 的 \2；是不是它所在的单元格运行出错了？）"),
    (_CODE + r" should be a (\w+), found a (\w+)", r"\1 应该是 \2，实际是 \3"),
    (r"expected the signature (.+?) \((.*)\)$", r"函数签名应为 \1（\2）"),
    # worker/drivers/base.py: call_function with `keys`
    (_CODE + r" should return a dict with the keys (.+?); it has no (.+)$",
     r"\1 应返回以 \2 为键的字典；其中缺少 \3"),
    (_CODE + r" should return a dict with the keys (.+?); found (\w+)$",
     r"\1 应返回以 \2 为键的字典，实际返回的是 \3"),
    # the process (session.py)
    (r"did not finish within ([\d.e+-]+) s", r"没有在 \1 秒内完成"),
    (r"the process was killed by (\w+)", r"进程被信号 \1 终止"),
    (r"the process exited with status (-?\d+)", r"进程以状态码 \1 退出"),
    (r"the process broke the grading protocol", "进程破坏了评分通信协议"),
    (r"the grading worker did not start", "评分进程没有启动"),
]]
