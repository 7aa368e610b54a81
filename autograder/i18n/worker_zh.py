"""Chinese for the sentences the sandboxed worker and the session write in English (the
worker cannot import this package): (pattern, replacement) pairs that worker_text applies
in order, each to every place it matches. What a pattern captures (names, code, numbers,
exception text) is put back unchanged. A sentence no pattern knows stays English.
"""
import re

_CODE = r"(`[^`\n]*`)"
_NAME = r"`([^`\n]*)`"
# what a contract sentence is about: everything after "ContractError:" (no colon, one line)
_SUBJECT = r"([^:\n]+?)"

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
    (r"the case's input data could not be loaded \(([^)\n]*)\)", r"无法载入这个用例的输入数据（\1）"),
    (r" \(in the grader's own " + _CODE + r", which stands in for yours\)",
     r"（发生在评分程序代替你的实现的 \1 中）"),
    # the contract (worker/drivers/base.py: lookup)
    (r"\b(expected|should be) an? class\b", r"\1 a 类"),
    (r"\b(expected|should be) an? function\b", r"\1 a 函数"),
    (_CODE + r" is not defined at the top level of the notebook \(expected a (\w+) named "
     + _CODE + r"; did its cell raise an error\?\)",
     r"笔记本的顶层没有定义 \1（应为名为 \3 的\2；是不是它所在的单元格运行出错了？）"),
    (_CODE + r" should be a (\w+), found a (\w+)", r"\1 应该是\2，实际是 \3"),
    (r"expected the signature (.+?) \((.*)\)$", r"函数签名应为 \1（\2）"),
    # worker/drivers/base.py: call_function with `keys`
    (_CODE + r" should return a dict with the keys (.+?); it has no (.+)$",
     r"\1 应返回以 \2 为键的字典；其中缺少 \3"),
    (_CODE + r" should return a dict with the keys (.+?); found (\w+)$",
     r"\1 应返回以 \2 为键的字典，实际返回的是 \3"),
    # each assignment's drivers (worker/drivers/hw*.py, signatures.py); `_SUBJECT` is
    # what should be something (a name, `params`, a phrase below), after "ContractError: "
    (r"gradient_descent should return only the final x, an array shaped like init_x; it "
     r"returned a tuple of (\d+) items",
     r"gradient_descent 应只返回最终的 x（与 init_x 形状相同的数组），实际却返回了含 \1 个元素的元组"),
    (r"SimpleNet\(\) should set an attribute `W` holding a \(2, 3\) array, found (.*)",
     r"SimpleNet() 应设置属性 `W`，其值为形状 (2, 3) 的数组，实际是 \1"),
    (_SUBJECT + r" should be a dict with exactly the keys 'W1', 'b1', 'W2', 'b2' \(capital W\), "
     r"found (.*)", r"\1 应为恰好以 'W1'、'b1'、'W2'、'b2' 为键的字典（W 大写），实际是 \2"),
    (r"train should return the list of the iters_num batch losses, returned (.*)",
     r"train 应返回由 iters_num 个批次的损失组成的列表，实际返回了 \1"),
    (r"Neuron\(\) should set `weights`, a numpy array of shape \(2,\), and `bias`, a float; "
     r"found ", r"Neuron() 应设置 `weights`（形状为 (2,) 的 numpy 数组）和 `bias`（浮点数），实际是 "),
    (r" and no `bias`", r"，且没有 `bias`"),
    (r"\bno `weights`", r"没有 `weights`"),
    (_SUBJECT + r" should return the list of the losses of each epoch, it returned (.*)",
     r"\1 应返回由每个 epoch 的损失组成的列表，实际返回了 \2"),
    (_SUBJECT + r" should have the signature (.+?), found (.*)", r"\1 的函数签名应为 \2，实际是 \3"),
    (_SUBJECT + r" should have the signature (.*)", r"\1 的函数签名应为 \2"),
    (_SUBJECT + r" should return (.+?), got 3 values \(was it \(dw, db, cost\)\?\)",
     r"\1 应返回 \2，实际返回了 3 个值（是不是写成了 (dw, db, cost)？）"),
    (_SUBJECT + r" should be a dict with the keys (.+?) \(the contract's return value: (.+)\), "
     r"got (.*)", r"\1 应为以 \2 为键的字典（合约规定的返回值：\3），实际得到 \4"),
    (_SUBJECT + r" should be a dict with the keys (.+?), got (.*)",
     r"\1 应为以 \2 为键的字典，实际得到 \3"),
    (_SUBJECT + r" should have the keys (.+?); missing (.+?) \(found (.*)\)",
     r"\1 应含有键 \2；缺少 \3（实际的键：\4）"),
    (r"`propagate` returned \(cost, grads\); the contract's order is (.*)",
     r"`propagate` 返回的是 (cost, grads)；合约规定的顺序是 \1"),
    (_SUBJECT + r" should return \(next_w, config\) with config a dict, found an? (\w+) in second "
     r"place", r"\1 应返回 (next_w, config)，其中 config 是字典，实际第二项是 \2"),
    (_SUBJECT + r" should return next_w as an array shaped like w, found an? (\w+)",
     r"\1 返回的 next_w 应是与 w 形状相同的数组，实际是 \2"),
    (r"fit_cubic should return \(\(a, b, c, d\), losses\): the first item should hold the 4 "
     r"coefficients", r"fit_cubic 应返回 ((a, b, c, d), losses)：第一项应包含 4 个系数"),
    (_SUBJECT + r" should be a single number, got (.*)", r"\1 应是单个数值，实际得到 \2"),
    (_SUBJECT + r" should return (.+?), (?:got|found) (.*)", r"\1 应返回 \2，实际得到 \3"),
    # ... and the phrases in them: what is named, what was found
    (r"\beach of a, b, c, d\b", "a、b、c、d 中的每一个"),
    (r"feedforward\(x\) for one sample x of shape \(2,\)", "对单个形状为 (2,) 的样本 x 调用 feedforward(x) 的结果"),
    (r"\bthe dict returned by (\w+)\(x, t\)", r"\1(x, t) 返回的字典"),
    (r"\bnetwork\.params after train\b", "train 之后的 network.params"),
    (r"\bthe value model returns\b", "model 的返回值"),
    (r"\) with (grads|params|config) = ", r")，其中 \1 = "),
    (r"\ban array of shape (\([^)]*\)|\d+)", r"形状为 \1 的数组"),
    (r"\ban? (\d+)-item (numpy array|\w+)", r"含 \1 个元素的 \2"),
    (r"\ba (tuple|list) of (\d+) values\b", r"含 \2 个值的 \1"),
    (r"(实际是|实际得到|实际返回了) an? (?=\w)", r"\1 "),
    (r"\bnumpy array\b", "numpy 数组"),
    # the process (session.py)
    (r"did not finish within ([\d.e+-]+) s", r"没有在 \1 秒内完成"),
    (r"the process was killed by (\w+)", r"进程被信号 \1 终止"),
    (r"the process exited with status (-?\d+)", r"进程以状态码 \1 退出"),
    (r"the process broke the grading protocol", "进程破坏了评分通信协议"),
    (r"the grading worker did not start", "评分进程没有启动"),
]]
