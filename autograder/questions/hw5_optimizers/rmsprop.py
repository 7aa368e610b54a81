"""hw5_optimizers `rmsprop`: its known mistakes, inputs and cases."""
from ..spec import Mistake, Question
from .common import cache_variant, rule_cases


QUESTION = Question("rmsprop", 2, rule_cases("rmsprop"), mistakes=[
    Mistake("decay_rate and 1 - decay_rate swapped", "cache = decay_rate * cache + "
            "(1 - decay_rate) * dw ** 2.", {"rmsprop": cache_variant("rmsprop",
                                                                      "swapped")}),
    Mistake("cache summed like Adagrad", "RMSProp decays the old cache: "
            "decay_rate * cache + (1 - decay_rate) * dw ** 2.",
            {"rmsprop": cache_variant("rmsprop", "accumulated")}),
    Mistake("square root of the cache missing", "divide by np.sqrt(cache) + epsilon.",
            {"rmsprop": cache_variant("rmsprop", "no_sqrt")}),
    Mistake("cache not stored in config", "write the new cache back: config['cache'].",
            {"rmsprop": cache_variant("rmsprop", "not_stored")}),
])


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    'decay_rate and 1 - decay_rate swapped':
        'decay_rate 和 1 - decay_rate 弄反了',
    'cache = decay_rate * cache + (1 - decay_rate) * dw ** 2.':
        'cache = decay_rate * cache + (1 - decay_rate) * dw ** 2。',
    'cache summed like Adagrad':
        '像 Adagrad 那样对 cache 求和',
    'RMSProp decays the old cache: decay_rate * cache + (1 - decay_rate) * dw ** 2.':
        'RMSProp 会让旧的 cache 衰减：decay_rate * cache + (1 - decay_rate) * dw ** 2。',
}
