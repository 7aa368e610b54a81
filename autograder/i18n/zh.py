"""Chinese for the grader's own sentences, keyed by the English str.format template.

Every `tr("...")` in autograder/ has its entry here, with the same `{placeholders}` and
the same `code spans`; tests/test_i18n.py checks both. Written as a teacher of the course
would say it to a student, with the field's usual terms; code and numbers stay as they are.
"""

ZH = {
    # joining words
    ", ": "、",
    "; ": "；",
    "; or ": "；或 ",
    "{items} and {last}": "{items} 和 {last}",
    "{line}. {sentence}.": "{line}。{sentence}。",
    "{name} ({advice})": "{name}（{advice}）",
    "{case}, {what}": "{case}，{what}",
    "{case}: {label}": "{case}：{label}",
    "{what}: {problem}": "{what}：{problem}",

    # a case and its line (grade.py, naming.py)
    "hidden case {number} ({label})": "隐藏用例 {number}（{label}）",
    "public case {number} ({label})": "公开用例 {number}（{label}）",
    "hidden case {number}": "隐藏用例 {number}",
    "public case {number}": "公开用例 {number}",
    "passed  {case}": "通过  {case}",
    "FAILED  {case}: {problem}": "未通过  {case}：{problem}",
    "{score:g} / {points:g} points": "{score:g} / {points:g} 分",
    "Not graded: {problem}.": "未评分：{problem}。",
    "{cell} was skipped: {problem}": "{cell}被跳过：{problem}",
    "it {message} (an infinite loop, or too slow)": "它{message}（可能是死循环，或运行太慢）",
    "it raised {message}": "它抛出了异常 {message}",
    "the call {message} (an infinite loop, or far too slow)":
        "调用{message}（可能是死循环，或运行慢得多）",
    "the call crashed: {message}": "调用导致进程崩溃：{message}",
    "raised {message}": "抛出了异常 {message}",

    # comparing outputs (checks.py, judge.py, shown.py)
    "returned {description}, expected numbers": "返回了 {description}，应返回数值",
    "returned a dict, expected numbers": "返回了一个字典（dict），应返回数值",
    "returned None (is a `return` missing?)": "返回了 None（是不是漏写了 `return`？）",
    "returned a string, expected numbers": "返回了一个字符串，应返回数值",
    "returned a ragged or non-numeric list, expected numbers":
        "返回了长短不一或含非数值元素的列表，应返回数值",
    "returned shape {got}, expected shape {expected}": "返回的形状是 {got}，应为 {expected}",
    "returned nan or inf where finite numbers were expected":
        "返回了 nan 或 inf，而这里应是有限的数值",
    "{wrong} of {size} values are off (largest relative error {error:.1e}; tolerance "
    "rtol={rtol:g}, atol={atol:g})":
        "{size} 个值中有 {wrong} 个不对（最大相对误差 {error:.1e}；容差 rtol={rtol:g}，"
        "atol={atol:g}）",
    "relative error {error:.1e} is above the limit of {limit:g}":
        "相对误差 {error:.1e} 超过了上限 {limit:g}",
    "{wrong} of {size} values differ from the expected ones": "{size} 个值中有 {wrong} 个与期望值不同",
    "{what} is not a single finite number": "{what}不是单个有限的数",
    "{what} {value:.3f} is below the threshold {threshold:g}": "{what} {value:.3f} 低于阈值 {threshold:g}",
    "{what} {value:.4g} is above the threshold {threshold:g}": "{what} {value:.4g} 高于阈值 {threshold:g}",
    "returned {size} {what} (shape {shape}), expected a list of {length}":
        "返回了 {size} 个{what}（形状 {shape}），应为长度 {length} 的列表",
    "some {what} are nan or inf": "部分{what}是 nan 或 inf",
    "the driver returned no outputs": "评分驱动没有得到任何输出",
    "no value for {what}": "没有得到{what}",
    "no value for {what} ({why})": "没有得到{what}（{why}）",
    "the returned value": "返回值",
    "the returned values": "返回的值",
    "argument `{name}` after the call (inputs must not be modified)":
        "调用后的参数 `{name}`（函数不应修改传入的参数）",
    "; expected {expected}, got {got}": "；期望 {expected}，得到 {got}",
    "; first differing entries: {entries}": "；最先不同的几个元素：{entries}",
    "at {index} expected {expected}, got {got}": "位置 {index} 期望 {expected}，得到 {got}",

    # known mistakes (naming.py)
    "This looks like": "这看起来像",
    "This looks like a known mistake, {name}: {advice}": "这看起来像一个常见错误——{name}：{advice}",
    "This looks like one of these known mistakes: {names}": "这看起来像以下常见错误之一：{names}",
    "No known mistake explains every failed case; the closest is {name} ({advice}), but it "
    "differs on {difference}":
        "没有哪个常见错误能解释所有未通过的用例；最接近的是{name}（{advice}），但它在{difference}上不一致",
    "an {error} the mistake raises": "该错误会抛出的 {error}",
    "the {error} your code raises": "你的代码抛出的 {error}",
    "the outputs": "输出",

    # functions the reference stands in for (dependencies.py)
    "`{name}` (which returns {returns})": "`{name}`（它返回 {returns}）",
    "While `{question}` is graded, the grader's own {names} stands in for yours, so your code "
    "must work with it as the assignment specifies":
        "评测 `{question}` 时，评分程序用自己的 {names} 代替你的实现，因此你的代码必须按作业规定的方式与它配合使用",
    "While `{question}` is graded, the grader's own {names} stand in for yours, so your code "
    "must work with them as the assignment specifies":
        "评测 `{question}` 时，评分程序用自己的 {names} 代替你的实现，因此你的代码必须按作业规定的方式与它们配合使用",

    # the notebook's given helpers (helper_check.py)
    "it raises an error": "它会抛出异常",
    "Warning: your notebook's own `{name}` does not behave like the one the assignment gives "
    "({problem}). `{question}` was graded with the given `{name}`, but your notebook runs with "
    "yours: restore the given code.":
        "警告：你笔记本中的 `{name}` 与作业给出的版本行为不一致（{problem}）。评测 `{question}` 时"
        "使用的是作业给出的 `{name}`，但你的笔记本运行的是你自己的版本：请恢复作业给出的代码。",

    # numerical differentiation (evaluations.py)
    "f was never called: a numerical derivative evaluates f near x (at x + h and x - h)":
        "f 从未被调用：数值微分要在 x 附近计算 f（即 x + h 和 x - h 处）",
    "f was called with an array of shape {shape}; a numerical derivative at x evaluates f at "
    "points shaped like x {x_shape}":
        "f 被传入了形状为 {shape} 的数组；在 x 处做数值微分时，f 的输入应与 x 形状相同 {x_shape}",
    "f was evaluated {distance:.3g} away from x; a numerical derivative at x evaluates f only "
    "near x (x + h and x - h, h = 1e-4)":
        "f 在距 x 为 {distance:.3g} 的地方被计算；在 x 处做数值微分只应在 x 附近计算 f"
        "（x + h 和 x - h，h = 1e-4）",
    "entry {index} of x": "x 的第 {index} 个元素",
    "f was never evaluated with {where} moved: a numerical derivative evaluates f at x + h and "
    "x - h for every entry":
        "计算 f 时从未改变过{where}：数值微分要对每个元素分别在 x + h 和 x - h 处计算 f",

    # sizes a case allows (budget.py) and the dependency oracle (grade.py)
    "the arguments": "参数",
    "the arguments of `{name}`": "`{name}` 的参数",
    "the answer of `{name}`": "`{name}` 的返回值",
    "{what} hold {count} values; this case allows at most {elements}":
        "{what}共含 {count} 个值；本用例最多允许 {elements} 个",
    "{what} include the whole number {number}; this case allows at most {elements}":
        "{what}中含有整数 {number}；本用例最多允许 {elements}",
    "{what} include an array of {ndim} dimensions (shape {shape}); this case uses at most {most}":
        "{what}中含有 {ndim} 维数组（形状 {shape}）；本用例最多用到 {most} 维",
    "{what} include an array of shape {shape}; this case allows at most {elements} values in "
    "one array":
        "{what}中含有形状为 {shape} 的数组；本用例每个数组最多允许 {elements} 个值",
    "{what} include an array of shape {shape}: an axis of length {length} matches nothing in "
    "this case's inputs":
        "{what}中含有形状为 {shape} 的数组：长度为 {length} 的轴与本用例的输入都对不上",
    "{what} include arrays of shapes {first} and {second}, which combine into {size} values; "
    "this case allows at most {elements}":
        "{what}中含有形状为 {first} 和 {second} 的数组，二者广播后共 {size} 个值；本用例最多允许 {elements} 个",
    "values are nested more than {depth} deep": "数据的嵌套层数超过了 {depth} 层",
    "`{name}` is not provided while `{question}` is graded": "评测 `{question}` 时不提供 `{name}`",
    "`{name}` was called with something other than arrays and numbers":
        "调用 `{name}` 时传入了数组和数值以外的东西",
    "this case has no test function to pass on": "本用例没有可传递的测试函数",
    "the grader did not compute `{name}` for these values: {reason}":
        "评分程序没有用这些值计算 `{name}`：{reason}",

    # the feedback page (pages/feedback.py)
    "feedback from nngrader": "nngrader 评分反馈",
    "{name}: {assignment} feedback": "{name}：{assignment} 评分反馈",
    "Not graded: the grader failed on this submission.": "未评分：评分程序在这份作业上出了故障。",
    "This is not a score; it will be graded again.": "这不是你的成绩；这份作业会被重新评分。",
    "While your notebook ran:": "运行你的笔记本时：",
    "question": "题目",
    "score": "得分",
    "Known mistake: {name}.": "常见错误：{name}。",
    "Where to look:": "请检查：",
    "your notebook does not define `{name}` at the top level of a code cell":
        "你的笔记本没有在代码单元格的顶层定义 `{name}`",
    "code cell {cell} (counting code cells from the top) defines `{name}`: `{line}`":
        "第 {cell} 个代码单元格（从上往下数代码单元格）定义了 `{name}`：`{line}`",
    "training curve of {case}: your notebook against the reference":
        "{case}的训练曲线：你的笔记本与参考实现的对比",

    # the class report (pages/class_report.py)
    "Class report: {assignment}": "全班报告：{assignment}",
    "{graded} graded submissions": "已评分 {graded} 份作业",
    ", {faults} not graded (grader faults, listed below)": "，{faults} 份未评分（评分程序故障，见下文）",
    "Median {median} / {possible}, mean {mean}, lowest {lowest}, highest {highest}.":
        "中位数 {median} / {possible}，平均分 {mean}，最低分 {lowest}，最高分 {highest}。",
    "Score distribution": "总分分布",
    "histogram of total scores": "总分直方图",
    "No submission has a score yet.": "还没有任何作业得到分数。",
    "Questions": "各题情况",
    "points": "分值",
    "mean": "平均分",
    "std": "标准差",
    "range": "范围",
    "full marks": "满分比例",
    "spread of scores per question": "各题得分的分布",
    "Known mistakes": "常见错误",
    "No known mistake was found.": "没有发现常见错误。",
    "How many students made each mistake (a student counts once per mistake): what to reteach.":
        "每个常见错误有多少学生犯过（每位学生每种错误只计一次）：据此决定哪些内容需要再讲。",
    "students": "人数",
    "mistake": "错误",
    "advice given": "给出的建议",
    "lost points with no known mistake named (see their pages)":
        "失分，但没有识别出常见错误（请看他们各自的反馈页）",
    "Grader faults": "评分程序故障",
    "These submissions were not graded: the grader failed, not the student. They have no "
    "score, are left out of every figure above, and are graded again on the next run.":
        "以下作业未被评分：出错的是评分程序，不是学生。它们没有分数，不计入上面的任何图表，"
        "下次运行时会重新评分。",
    "submission": "作业",
    "what failed": "出错原因",
    "Submissions": "全部作业",
    "total / {possible}": "总分 / {possible}",

    # the submission's budget (submission_budget.py, grade.py)
    "not run: {why}": "未运行：{why}",
    "stopped: {why}": "已中止：{why}",
    "{cell} was not run: {reason}.": "{cell}没有运行：{reason}。",
    "{count} cells, from {first} on, were not run: {reason}.": "从{first}起的 {count} 个单元格没有运行：{reason}。",
    "grading this submission used up its time budget of {seconds:g} s": "评测这份作业已用完它的时间预算 {seconds:g} 秒",
    "the notebook had already crashed or hung the grading process {count} times, the most one submission may":
        "这个笔记本已经让评分进程崩溃或卡死了 {count} 次，达到了一份作业允许的上限",

    # a submission the grader failed on (batch.py)
    "its result could not be read back": "它的评分结果无法读回",
    "its result could not be written: {error}": "它的评分结果无法写入：{error}",
    "the process grading it died twice (killed by the system, for example when memory ran out, or crashed)":
        "评分它的进程两次意外终止（被系统杀掉，例如内存耗尽，或进程崩溃）",
    "no grading process could start": "没有任何评分进程能够启动",

    # the command line's lines during and after a batch (console.py)
    "grading ({done} already current)": "正在评分（{done} 份已是最新结果）",
    "error: {problem}": "错误：{problem}",
    "error: nothing to grade": "错误：没有可评分的作业",
    "sandbox: {sandbox}": "沙箱：{sandbox}",
    "{name}: NOT GRADED (a fault of the grader)": "{name}：未评分（评分程序出了故障）",
    "{name}: {score:g} / {possible:g}": "{name}：{score:g} / {possible:g}",
    "results in {outdir}/ (grades.csv)": "评分结果在 {outdir}/（grades.csv）",
    "{count} submission(s) NOT graded because of a fault of the grader (no score was given; run the same command again to grade them):":
        "{count} 份作业因评分程序出故障而未评分（没有给出成绩；再运行一次同样的命令即可为它们评分）：",
    "{count} argument(s) or student(s) were not graded (listed above as errors)":
        "{count} 个参数或学生未评分（见上方的错误行）",
    "warning: {message}": "警告：{message}",
    "bubblewrap (bwrap) is not installed, so submissions run without the sandbox: they can read files and use the network (docs/SECURITY.md). Install it with `apt-get install bubblewrap`, or pass `--sandbox none` to silence this warning.":
        "没有安装 bubblewrap（bwrap），作业将在沙箱之外运行：它们可以读取文件、访问网络"
        "（见 docs/SECURITY.md）。请用 `apt-get install bubblewrap` 安装它，或者传入 "
        "`--sandbox none` 以不再显示这条警告。",

    # what a batch was given (submissions.py)
    "{argument}: the pattern matched no file": "{argument}：这个通配模式没有匹配到任何文件",
    "{argument}: no such file or folder": "{argument}：没有这个文件或文件夹",
    "{argument}: no notebook ({notebook}) or script ({script}) under this folder":
        "{argument}：这个文件夹下没有笔记本（{notebook}）或脚本（{script}）",
    "{path}: cannot read it ({reason})": "{path}：无法读取（{reason}）",
    "{student} is not graded: {count} files belong to this student ({names}); keep one, or give one of them alone":
        "{student} 未评分：有 {count} 个文件属于这名学生（{names}）；请只保留一个，或单独给出其中一个",

    # the sandbox and its check before a batch (session.py, sandbox.py, preflight.py)
    "bubblewrap {version} at {path}": "bubblewrap {version}（位于 {path}）",
    "no sandbox (--sandbox none): submissions run as plain processes":
        "不使用沙箱（--sandbox none）：作业以普通进程运行",
    "the grading worker did not start ({program}): {how}": "评分进程没有启动（{program}）：{how}",
    "the grading worker did not start: {program}: {error}": "评分进程没有启动：{program}：{error}",
    "; it said: {said}": "；它的输出是：{said}",
    "{problem}. {advice}": "{problem}。{advice}",
    ". {advice}": "。{advice}",
    "the sandbox cannot start: {problem}. {advice}": "沙箱无法启动：{problem}。{advice}",
    "the sandbox started but could not run a cell: {problem}":
        "沙箱启动了，但无法运行单元格：{problem}",
    "What to do: install bubblewrap (apt-get install bubblewrap, or set NNGRADER_BWRAP to its "
    "path); when the grader does not run as root, allow unprivileged user namespaces (sysctl -w "
    "kernel.unprivileged_userns_clone=1, user.max_user_namespaces=15000, and on Ubuntu 24.04 "
    "kernel.apparmor_restrict_unprivileged_userns=0), or run the grader as root; inside a "
    "container, allow it to create namespaces. For submissions you trust only, `--sandbox none` "
    "grades without the sandbox (docs/SECURITY.md).":
        "解决办法：安装 bubblewrap（apt-get install bubblewrap，或把环境变量 NNGRADER_BWRAP "
        "设为它的路径）；评分程序不以 root 身份运行时，请允许非特权用户命名空间（sysctl -w "
        "kernel.unprivileged_userns_clone=1、user.max_user_namespaces=15000，在 Ubuntu 24.04 "
        "上还需 kernel.apparmor_restrict_unprivileged_userns=0），或者以 root 身份运行评分程序；"
        "在容器中运行时，请允许容器创建命名空间。只有对你信任的作业，才可以用 `--sandbox none` "
        "在沙箱之外评分（见 docs/SECURITY.md）。",
    "`bwrap` was not found on PATH (apt-get install bubblewrap)":
        "在 PATH 中找不到 `bwrap`（请用 apt-get install bubblewrap 安装）",
    "--sandbox bubblewrap was asked for, but `bwrap` is not installed (apt-get install bubblewrap)":
        "指定了 --sandbox bubblewrap，但没有安装 `bwrap`（请用 apt-get install bubblewrap 安装）",
    "{problem} Nothing was graded.": "{problem}没有为任何作业评分。",
    "the grading worker cannot start: {problem}": "评分进程无法启动：{problem}",
    "the sandboxed worker cannot read the data folder ({folder}) or the grader's inputs: "
    "{problem}. Make them readable by everyone (chmod -R a+rX), or see docs/SECURITY.md. "
    "Nothing was graded.":
        "沙箱中的评分进程无法读取数据文件夹（{folder}）或评分程序的输入文件：{problem}。"
        "请让所有用户都能读取它们（chmod -R a+rX），或参阅 docs/SECURITY.md。没有为任何作业评分。",

    # a cluster that cannot grade (cluster.py)
    "cannot reach the Dask scheduler at {address}: {problem}. Nothing was graded.":
        "无法连接位于 {address} 的 Dask 调度器：{problem}。没有为任何作业评分。",

    "every Dask worker that graded it died (killed by the system, for example when memory ran "
    "out, or crashed)":
        "评分它的每个 Dask 工作进程都意外终止了（被系统杀掉，例如内存耗尽，或进程崩溃）",
    "the Dask worker runs another version of the kit (install the same nngrader on every node)":
        "Dask 工作进程运行的是另一个版本的工具包（请在每个节点上安装相同版本的 nngrader）",

    # the data folder (data.py)
    "The kit's copy is data/ in its repository (restore it with `git checkout -- data`; see "
    "data/README.md); {variable} or --data may name another folder with catvnoncat/ and mnist/.":
        "本工具包自带的数据在其仓库的 data/ 中（可用 `git checkout -- data` 恢复；见 "
        "data/README.md）；也可以用 {variable} 或 --data 指定另一个含有 catvnoncat/ 和 mnist/ 的文件夹。",
    "data folder {folder} does not exist or is not a folder. {fix}":
        "数据文件夹 {folder} 不存在，或者不是文件夹。{fix}",
    "{path}: file not found (expected {relative}). {fix}": "{path}：找不到文件（应为 {relative}）。{fix}",
    "truncated (incomplete copy or download?)": "被截断了（复制或下载不完整？）",
    "too long": "过长",
    "{path}: {found} bytes, expected {size}: the file is {hint}. Copy the original file again. "
    "{fix}":
        "{path}：{found} 字节，应为 {size} 字节：文件{hint}。请重新复制原始文件。{fix}",
    "{path}: sha256 {digest}, expected {sha256}: not the original file. Copy the original file "
    "again. {fix}":
        "{path}：sha256 为 {digest}，应为 {sha256}：不是原始文件。请重新复制原始文件。{fix}",
    "{path}: {what} has shape {shape} and dtype {dtype}, expected shape {expected} and dtype "
    "kind '{kind}'. {fix}":
        "{path}：{what} 的形状是 {shape}、数据类型是 {dtype}，应为形状 {expected}、数据类型种类 "
        "'{kind}'。{fix}",
    "the IDX data": "IDX 数据",
    "{path}: cannot read '{split}_set_x', '{split}_set_y' and 'list_classes' ({problem}). {fix}":
        "{path}：无法读取 '{split}_set_x'、'{split}_set_y' 和 'list_classes'（{problem}）。{fix}",
    "{path}: file not found; the notebooks read it. Write it from the HDF5 files beside it with "
    "`nngrader data --folder {folder}`.":
        "{path}：找不到文件，而笔记本要读取它。请用 `nngrader data --folder {folder}` "
        "从它旁边的 HDF5 文件生成。",
    "{path}: not a readable gzipped IDX file ({problem}). {fix}":
        "{path}：不是可读取的 gzip 压缩 IDX 文件（{problem}）。{fix}",
    "no data folder: {kit_data} is missing and {variable} is not set. {fix}":
        "没有数据文件夹：{kit_data} 不存在，也没有设置 {variable}。{fix}",

    # `nngrader verify` (verify.py)
    "missing": "缺失",
    "{submission}: {question}: {tool} {tool_score}, nngrader {trusted_score}":
        "{submission}：{question}：{tool} {tool_score}，nngrader {trusted_score}",
    "no tool results": "没有任何工具的结果",
    "{assignment}: {count} submissions re-graded (seed {seed}), compared with {tools}":
        "{assignment}：重新评分了 {count} 份作业（种子 {seed}），与 {tools} 的分数比较",
    "  DISAGREE  {item}": "  不一致  {item}",
    "  every score agrees": "  所有分数都一致",
    "  {count} disagreement(s)": "  {count} 处不一致",
    "{student} has more than one notebook for {assignment}": "{student} 的 {assignment} 笔记本不止一个",
    "{path} holds one result but there are {count} submissions: give a folder of <name>.json or "
    "<name>/results.json":
        "{path} 只含一份结果，但有 {count} 份作业：请给出含 <name>.json 或 <name>/results.json 的文件夹",

    # a submission that cannot be graded as given (notebooks.py)
    "cannot read {name}: {reason}": "无法读取 {name}：{reason}",
    "{name} is empty": "{name} 是空文件",
    "{name} is larger than the {limit} bytes a submission file may have":
        "{name} 超过了一份作业文件允许的 {limit} 字节",
    "{name}: expected a .ipynb notebook or a .py script": "{name}：应为 .ipynb 笔记本或 .py 脚本",
    "{name} has {count} code cells, more than the {limit} a submission may have":
        "{name} 有 {count} 个代码单元格，超过了一份作业允许的 {limit} 个",
    "{name} has {count} characters of code, more than the {limit} a submission may have":
        "{name} 有 {count} 个字符的代码，超过了一份作业允许的 {limit} 个",
    "{name} is {kind}, not a regular file: submit the notebook file itself":
        "{name} 是{kind}，不是普通文件：请提交笔记本文件本身",
    "{name} is {kind}, not a regular file": "{name} 是{kind}，不是普通文件",
    "a symbolic link": "符号链接",
    "a folder": "文件夹",
    "a named pipe (FIFO)": "命名管道（FIFO）",
    "a device or socket": "设备或套接字",
    "{name} is not a Jupyter notebook (not valid JSON: {reason} at line {line})":
        "{name} 不是 Jupyter 笔记本（不是有效的 JSON：第 {line} 行 {reason}）",
    "{name} is not a Jupyter notebook (its JSON is nested too deeply)":
        "{name} 不是 Jupyter 笔记本（它的 JSON 嵌套层数太深）",
    "{name} is not a Jupyter notebook (no list of cells; only nbformat 4 notebooks are graded)":
        "{name} 不是 Jupyter 笔记本（没有单元格列表；只评测 nbformat 4 格式的笔记本）",
    "{name}: cell {number} is not a notebook cell": "{name}：第 {number} 个单元格不是笔记本单元格",
    "{name}: cell {number} has a source that is not text": "{name}：第 {number} 个单元格的源代码不是文本",

    # a dependency or a derived output computed for the submission (questions/hw2, hw4)
    "{name} was called with b of shape {shape}; b is a number (was it computed from w, as in "
    "`b = w - learning_rate * db`?)":
        "调用 {name} 时传入的 b 形状为 {shape}；b 应是一个数（它是不是由 w 算出来的，比如写成了 "
        "`b = w - learning_rate * db`？）",
    "{name} was called with w of shape {w_shape} and X of shape {x_shape}; w needs shape "
    "(X.shape[0], 1), one row per feature":
        "调用 {name} 时传入的 w 形状为 {w_shape}、X 形状为 {x_shape}；w 的形状应为 (X.shape[0], 1)，"
        "每个特征一行",
    "the returned w has shape {w_shape} and b shape {b_shape}; the accuracy needs w of shape "
    "({features}, 1) and a number b":
        "返回的 w 形状为 {w_shape}、b 形状为 {b_shape}；计算准确率需要形状为 ({features}, 1) 的 w "
        "和一个数 b",
    "network.params should have exactly the keys W1, b1, W2, b2":
        "network.params 应恰好以 W1、b1、W2、b2 为键",
    "network.numerical_gradient is far too slow for a 784-50-10 network (two loss evaluations "
    "per parameter); train with network.gradient":
        "对 784-50-10 的网络，network.numerical_gradient 太慢了（每个参数要计算两次损失）；"
        "训练时请用 network.gradient",
}
