"""model, bug: the parameters optimize returns are never read, so predict uses the zeros."""


def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.005,
          print_cost=False):
    w, b = initialize_with_zeros(X_train.shape[0])
    parameters, grads, costs = optimize(w, b, X_train, Y_train, num_iterations, learning_rate)
    Y_prediction_test = predict(w, b, X_test)
    Y_prediction_train = predict(w, b, X_train)
    return {"costs": costs, "Y_prediction_test": Y_prediction_test,
            "Y_prediction_train": Y_prediction_train, "w": w, "b": b}
