"""hw4_logistic_regression `optimize`: its known mistakes, inputs and cases."""
from reference import logistic_regression as lr

from ..spec import Case, Mistake, Question
from .common import VALUES, checked, problem


def _optimize(return_in_loop=False, cost_every_iteration=False):
    def optimize(w, b, X, Y, num_iterations, learning_rate, print_cost=False):
        costs = []
        for i in range(num_iterations):
            grads, cost = lr.propagate(w, b, X, Y)
            w = w - learning_rate * grads["dw"]
            b = b - learning_rate * grads["db"]
            if i % 100 == 0 or cost_every_iteration:
                costs.append(cost)
            if return_in_loop:
                return {"w": w, "b": b}, grads, costs
        return {"w": w, "b": b}, grads, costs
    return optimize


def _optimize_case(label, n, m, num_iterations, learning_rate, print_cost=False, hidden=True):
    return Case(label, "hw4.optimize", problem(n, m),
                {"w": VALUES, "b": VALUES, "dw": VALUES, "db": VALUES, "costs": VALUES},
                params={"num_iterations": num_iterations, "learning_rate": learning_rate,
                        "print_cost": print_cost}, hidden=hidden,
                timeout=30.0)  # one oracle call (propagate) per iteration


QUESTION = Question("optimize", 3, [
    _optimize_case("201 iterations (costs at 0, 100, 200)", 3, 5, 201, 0.1, hidden=False),
    _optimize_case("101 iterations (costs at 0 and 100)", 4, 7, 101, 0.05),
    _optimize_case("100 iterations (one cost)", 6, 4, 100, 0.2),
    _optimize_case("print_cost=True", 5, 8, 150, 0.01, print_cost=True),
    _optimize_case("print_cost left out (its default)", 4, 6, 120, 0.1, print_cost=None),
], oracle={"propagate": checked(lr.propagate)}, inject=("propagate",), mistakes=[
    # `b = w - learning_rate * db` is named by the checked propagate's error
    Mistake("a `return` inside the loop", "return after the loop: the function stops "
            "after one iteration.", {"optimize": _optimize(return_in_loop=True)}),
    Mistake("a cost recorded every iteration", "record the cost only when "
            "i % 100 == 0.", {"optimize": _optimize(cost_every_iteration=True)}),
])


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    '201 iterations (costs at 0, 100, 200)':
        '迭代 201 次（在第 0、100、200 次记录代价）',
    '101 iterations (costs at 0 and 100)':
        '迭代 101 次（在第 0 和 100 次记录代价）',
    '100 iterations (one cost)':
        '迭代 100 次（一个代价）',
    'print_cost=True':
        'print_cost=True',
    'return after the loop: the function stops after one iteration.':
        '要在循环结束后再返回：现在函数迭代一次就停止了。',
    'a cost recorded every iteration':
        '每次迭代都记录了代价',
    'record the cost only when i % 100 == 0.':
        '只在 i % 100 == 0 时记录代价。',
    'print_cost left out (its default)':
        '不传 print_cost（使用默认值）',
}
