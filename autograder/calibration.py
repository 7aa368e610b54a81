"""Grading hyper-parameters and pass thresholds of the questions graded by accuracy or loss.

The numbers come from benchmarks/calibrate.py (the reference over several seeds;
that script prints mean, worst case and margin for each threshold). Re-run it
after changing anything here.
"""

# hw3: the seed's four people, two centred body measurements each -> 1 = female.
NEURON_DATA = (
    [[-2, -1], [25, 6], [17, 4], [-15, -6]],
    [1, 0, 0, 1],
)

THRESHOLDS = {
    # hw2: train(TwoLayerNet(784, 50, 10), ...) on data.mnist_grading_subset(),
    # graded by accuracy on its 1000 test rows. 200 steps at learning rate 0.7 (not 500
    # at 0.2): while train_mnist is graded every step is an oracle round trip, and the
    # shorter run is as accurate. calibrate.py's run_train_mnist over seeds 0-39: mean
    # 0.906, worst 0.881 on the kit's MNIST (data/mnist, the original files); all
    # losses finite. (300 at 0.5: worst 0.880; 500 at 0.2 over seeds 0-9: worst 0.888.)
    # Rule: worst - 0.03 -> 0.85.
    "train_mnist": {"hidden_size": 50, "iters_num": 200, "batch_size": 100,
                    "learning_rate": 0.7, "min_test_accuracy": 0.85},
    # hw4: model(*data.catvnoncat_flat(), ...); the seed reports 99 % / 70 %.
    "model": {"num_iterations": 2000, "learning_rate": 0.005,
              "min_train_accuracy": 0.96, "min_test_accuracy": 0.68},
    # hw6: fit_cubic on x = linspace(-pi, pi, points), y = sin(x); the loss of
    # the returned coefficients divided by the least-squares optimum's loss.
    # 2000 epochs at 1e-6 are far from converged, so the ratio depends on the start the
    # student drew: starts in [0, 1) end at most at 1.08, but standard-normal starts (the
    # seed post's randn; np.random.seed(0); randn(4) ends at 1.26) reach 1.94 in 400
    # draws. Rule: 1 + 2 x (worst - 1) -> 3.0. Wrong gradients are caught by the short
    # exact runs of the hw6 cases, not by this threshold.
    "fit_cubic": {"points": 2000, "learning_rate": 1e-6, "epochs": 2000,
                  "max_loss_ratio": 3.0},
    # hw3: Neuron() with weights / bias set to the start below, then
    # train(*NEURON_DATA, ...); the last epoch's loss. Set the start: from
    # standard-normal starts about 1 run in 1000 saturates (loss 0.97 at the end).
    "neuron": {"learn_rate": 0.1, "epochs": 1000, "start_weights": [0.0, 0.0],
               "start_bias": 0.0, "max_final_loss": 3.5e-4},
}
