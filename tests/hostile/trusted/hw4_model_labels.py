"""Attack (hw4_logistic_regression): model trains nothing. It returns w = 0, b = 0 and, as
its "predictions", the labels it was handed (Y_train and Y_test): accuracy computed from
the returned predictions would be 100 %.

Expected: the accuracy is computed on the trusted side from the returned w and b with the
reference predict; w = 0 predicts "non-cat" everywhere, so the cat / non-cat case fails on
the training accuracy ("training accuracy") and the small-data case on its values: model
scores zero.
"""

# %%
def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.005,
          print_cost=False):
    return {"costs": [0.5] * -(-num_iterations // 100), "Y_prediction_test": Y_test.copy(),
            "Y_prediction_train": Y_train.copy(), "w": np.zeros((X_train.shape[0], 1)),
            "b": 0.0}
