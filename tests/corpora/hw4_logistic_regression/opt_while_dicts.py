"""optimize, correct: a while loop, the parameters kept in a dict, the costs as floats."""


def optimize(w, b, X, Y, num_iterations, learning_rate, print_cost=False):
    params = {"w": w.copy(), "b": b}
    costs, i = [], 0
    while i < num_iterations:
        grads, cost = propagate(params["w"], params["b"], X, Y)
        if i % 100 == 0:
            costs.append(float(np.squeeze(cost)))
            if print_cost:
                print(f"Cost after iteration {i}: {float(np.squeeze(cost)):.6f}")
        params = {"w": params["w"] - learning_rate * grads["dw"],
                  "b": params["b"] - learning_rate * grads["db"]}
        i += 1
    return params, grads, costs
