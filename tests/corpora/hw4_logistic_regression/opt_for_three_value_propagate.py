"""optimize, bug: written for the student's own propagate, which returned (cost, dw, db)
instead of the contract's (grads, cost): it works in their notebook, not against the
propagate that stands in for it while optimize is graded."""


def optimize(w, b, X, Y, num_iterations, learning_rate, print_cost=False):
    costs = []
    for i in range(num_iterations):
        cost, dw, db = propagate(w, b, X, Y)
        w = w - learning_rate * dw
        b = b - learning_rate * db
        if i % 100 == 0:
            costs.append(cost)
            if print_cost:
                print("Cost after iteration %i: %f" % (i, cost))
    return {"w": w, "b": b}, {"dw": dw, "db": db}, costs
