"""Chinese for what several questions of hw2_two_layer_net declare alike;
each question's own texts are translated in its module (see __init__.py)."""

ZH = {
    "the network's params and batch":
        '网络的参数 params 和这一批数据',
}
