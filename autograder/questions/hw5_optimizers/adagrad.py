"""hw5_optimizers `adagrad`: its known mistakes, inputs and cases."""
from ..spec import Mistake, Question
from .common import cache_variant, rule_cases


QUESTION = Question("adagrad", 2, rule_cases("adagrad"), mistakes=[
    Mistake("cache not accumulated", "Adagrad adds every squared gradient: "
            "cache = cache + dw ** 2.", {"adagrad": cache_variant("adagrad",
                                                                  "not_accumulated")}),
    Mistake("square root of the cache missing", "divide by np.sqrt(cache) + epsilon.",
            {"adagrad": cache_variant("adagrad", "no_sqrt")}),
    Mistake("cache not stored in config", "write the new cache back: config['cache'].",
            {"adagrad": cache_variant("adagrad", "not_stored")}),
])


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    'cache not accumulated':
        'cache 没有累加',
    'Adagrad adds every squared gradient: cache = cache + dw ** 2.':
        'Adagrad 要累加每一次梯度的平方：cache = cache + dw ** 2。',
}
