"""Chinese for what several questions of hw5_optimizers declare alike;
each question's own texts are translated in its module (see __init__.py)."""

ZH = {
    'a fresh config (none passed), 3 steps':
        '新的 config（不传入），3 步',
    'a fresh config, 5 steps':
        '新的 config，5 步',
    'user-given hyper-parameters in config, 3 steps':
        'config 中给出了超参数，3 步',
    'resuming from a given state, 2 steps':
        '从给定的状态继续，2 步',
    'square root of the cache missing':
        '漏掉了对 cache 开平方根',
    'divide by np.sqrt(cache) + epsilon.':
        '要除以 np.sqrt(cache) + epsilon。',
    'cache not stored in config':
        'cache 没有存回 config',
    "write the new cache back: config['cache'].":
        "把新的 cache 写回 config['cache']。",
    'tiny gradient entries (below epsilon), 3 steps':
        '梯度元素极小（小于 epsilon），3 步',
    'with gradient entries below epsilon, next_w follows no accepted form: divide by np.sqrt(cache) + epsilon (or leave epsilon out, or put it inside the root)':
        '梯度元素小于 epsilon 时，next_w 不符合任何一种可接受的写法：应除以 np.sqrt(cache) + epsilon（或者不加 epsilon，或者把它放在根号里面）',
}
