"""model, bug: optimize called with fixed numbers (2000, 0.005) instead of model's own
num_iterations and learning_rate. Fails the small case (300 iterations at 0.1); the cat case
uses exactly those numbers and passes: 1.5 of 3."""


def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.005,
          print_cost=False):
    w, b = initialize_with_zeros(X_train.shape[0])
    params, grads, costs = optimize(w, b, X_train, Y_train, 2000, 0.005, print_cost)
    w, b = params["w"], params["b"]
    return {"costs": costs, "Y_prediction_test": predict(w, b, X_test),
            "Y_prediction_train": predict(w, b, X_train), "w": w, "b": b}
