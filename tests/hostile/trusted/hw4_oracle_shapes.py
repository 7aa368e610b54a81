"""Attack (hw4_logistic_regression): model asks its dependencies for huge work:
initialize_with_zeros(10**9) (8 GB of zeros), then predict with w (N, 1), b and X (1, N),
whose product w.T X ... is checked, and a propagate with Y (1, N) against A (N, 1).

Expected: every oracle argument is checked against the case's shapes before anything is
computed: the calls are refused with an error ("this case allows at most"), model
scores zero, the batch goes on, and the grader's memory stays small.
"""

# %%
def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.005,
          print_cost=False):
    for attempt in (lambda: initialize_with_zeros(10**9),
                    lambda: predict(np.ones((20_000, 1)), np.ones((1, 20_000)), X_train)):
        try:
            attempt()
        except Exception as error:
            last = error
    raise last
