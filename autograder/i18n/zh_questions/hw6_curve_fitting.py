"""Chinese for what several questions of hw6_curve_fitting declare alike;
each question's own texts are translated in its module (see __init__.py)."""

ZH = {
    'reduction="mean"':
        'reduction="mean"',
    'reduction="sum"':
        'reduction="sum"',
    'the default reduction':
        '默认的 reduction',
    '(N, C) arrays, reduction="sum"':
        '(N, C) 的数组，reduction="sum"',
    '(N, C) arrays, reduction="mean"':
        '(N, C) 的数组，reduction="mean"',
    'reduction ignored':
        '忽略了 reduction',
    'sum when reduction="sum", average when "mean".':
        'reduction="sum" 时求和，为 "mean" 时求平均。',
    '"mean" and "sum" swapped':
        '"mean" 和 "sum" 弄反了',
    '"mean" averages over all entries, "sum" adds them.':
        '"mean" 对所有元素求平均，"sum" 把它们加起来。',
}
