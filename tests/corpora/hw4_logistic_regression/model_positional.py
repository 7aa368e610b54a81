"""model, correct: positional calls, the parameters unpacked in one line, dict(...)."""


def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.005,
          print_cost=False):
    w, b = initialize_with_zeros(len(X_train))
    params, _, costs = optimize(w, b, X_train, Y_train, num_iterations, learning_rate,
                                print_cost)
    w, b = params["w"], params["b"]
    return dict(costs=costs, Y_prediction_test=predict(w, b, X_test),
                Y_prediction_train=predict(w, b, X_train), w=w, b=b)
