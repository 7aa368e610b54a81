"""model, correct: keyword arguments everywhere, the dict built in another order with extra
entries (learning_rate, num_iterations), accuracies printed like the course does."""


def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.005,
          print_cost=False):
    w, b = initialize_with_zeros(dim=X_train.shape[0])
    parameters, grads, costs = optimize(w=w, b=b, X=X_train, Y=Y_train,
                                        num_iterations=num_iterations,
                                        learning_rate=learning_rate, print_cost=print_cost)
    w = parameters["w"]
    b = parameters["b"]
    Y_prediction_train = predict(w, b, X_train)
    Y_prediction_test = predict(w, b, X_test)
    if print_cost:
        print("train accuracy: {} %".format(100 - np.mean(np.abs(Y_prediction_train - Y_train)) * 100))
        print("test accuracy: {} %".format(100 - np.mean(np.abs(Y_prediction_test - Y_test)) * 100))
    return {"w": w, "b": b, "learning_rate": learning_rate, "num_iterations": num_iterations,
            "Y_prediction_train": Y_prediction_train, "Y_prediction_test": Y_prediction_test,
            "costs": costs}
