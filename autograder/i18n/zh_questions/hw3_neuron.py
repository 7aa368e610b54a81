"""Chinese for what several questions of hw3_neuron declare alike;
each question's own texts are translated in its module (see __init__.py)."""

ZH = {
    'one number':
        '单个数',
    'a 2-D array':
        '二维数组',
}
