"""Calibrate the thresholds of the questions graded by an accuracy or a loss.

Runs the reference over several seeds for each such question and prints, per
metric: mean, worst case, the threshold a fixed rule proposes, the threshold in
autograder/calibration.py (THRESHOLDS) and the margin between that threshold and
the worst case. What a seed changes:
  train_mnist  initial weights (std 0.01 normal draws from default_rng(seed)) and
               the order of the training rows (a default_rng(seed) permutation;
               train draws its batches from a fixed generator, so this changes
               the batch sequence); on data.mnist_grading_subset() (the kit's
               MNIST, or $NNGRADER_DATA's).
  model        nothing: zero initialisation, full-batch descent (run once).
  fit_cubic    the `seed` argument (the starting coefficients).
  neuron       weights and bias (normal draws from default_rng(seed)); the
               threshold applies to the grading start of THRESHOLDS, run once.
Rules: accuracy threshold = worst - 0.03 rounded down to 0.01; loss threshold
= 1.5 x worst (2 significant digits); fit_cubic ratio threshold
= 1 + 2 x (worst - 1) rounded up to 0.01.

BLAS runs on one thread: on a busy machine OpenBLAS's spinning threads make
timings swing by 10x (the grading sandbox should set OPENBLAS_NUM_THREADS=1).

Usage: python benchmarks/calibrate.py [SEEDS]   (NNGRADER_DATA may name another data folder)
"""
import math
import sys
import time

import numpy as np
from threadpoolctl import threadpool_limits

from autograder import data
from autograder.calibration import NEURON_DATA, THRESHOLDS
from reference.curve_fitting import fit_cubic
from reference.logistic_regression import model
from reference.neuron import Neuron
from reference.two_layer_net import TwoLayerNet, train


def run_train_mnist(seed, subset):
    x_train, t_train, x_test, t_test = subset
    settings = THRESHOLDS["train_mnist"]
    rng = np.random.default_rng(seed)
    network = TwoLayerNet(784, settings["hidden_size"], 10)
    for key in ("W1", "W2"):
        network.params[key] = 0.01 * rng.standard_normal(network.params[key].shape)
    rows = rng.permutation(len(x_train))
    started = time.process_time()
    train(network, x_train[rows], t_train[rows], settings["iters_num"],
          settings["batch_size"], settings["learning_rate"])
    return network.accuracy(x_test, t_test), time.process_time() - started


def run_model():
    X_train, Y_train, X_test, Y_test = data.catvnoncat_flat()
    settings = THRESHOLDS["model"]
    started = time.process_time()
    result = model(X_train, Y_train, X_test, Y_test, settings["num_iterations"],
                   settings["learning_rate"])
    seconds = time.process_time() - started
    return (np.mean(result["Y_prediction_train"] == Y_train),
            np.mean(result["Y_prediction_test"] == Y_test), seconds)


def cubic_loss_ratio(seed):
    settings = THRESHOLDS["fit_cubic"]
    x = np.linspace(-np.pi, np.pi, settings["points"])
    y = np.sin(x)
    powers = np.vander(x, 4, increasing=True)  # columns 1, x, x^2, x^3
    best = np.linalg.lstsq(powers, y, rcond=None)[0]
    started = time.process_time()
    coefficients, _ = fit_cubic(x, y, settings["learning_rate"], settings["epochs"], seed)
    seconds = time.process_time() - started
    loss = np.sum((powers @ np.array(coefficients) - y) ** 2)
    return loss / np.sum((powers @ best - y) ** 2), seconds


def cubic_ratio_from_normal_start(seed):
    """The same ratio from a standard-normal start (`np.random.seed(s); randn(4)`, a common
    student choice and the seed post's own `randn`): gradient descent on a quadratic is
    linear, so the end point is c + M^epochs (w0 - c), with c the least-squares optimum."""
    settings = THRESHOLDS["fit_cubic"]
    x = np.linspace(-np.pi, np.pi, settings["points"])
    y = np.sin(x)
    powers = np.vander(x, 4, increasing=True)
    best = np.linalg.lstsq(powers, y, rcond=None)[0]
    step = np.eye(4) - 2 * settings["learning_rate"] * powers.T @ powers
    start = np.random.RandomState(seed).randn(4)
    end = best + np.linalg.matrix_power(step, settings["epochs"]) @ (start - best)
    return np.sum((powers @ end - y) ** 2) / np.sum((powers @ best - y) ** 2)


def neuron_final_loss(seed):
    """From a standard-normal start drawn with `seed`, or the grading start for None."""
    settings = THRESHOLDS["neuron"]
    neuron = Neuron()
    if seed is None:
        neuron.weights = np.array(settings["start_weights"], dtype=float)
        neuron.bias = settings["start_bias"]
    else:
        rng = np.random.default_rng(seed)
        neuron.weights = rng.standard_normal(2)
        neuron.bias = float(rng.standard_normal())
    inputs, targets = (np.array(a, dtype=float) for a in NEURON_DATA)
    started = time.process_time()
    losses = neuron.train(inputs, targets, settings["learn_rate"], settings["epochs"])
    return losses[-1], time.process_time() - started


def accuracy_row(name, values, current):
    proposed = math.floor((min(values) - 0.03) * 100) / 100
    return name, np.mean(values), min(values), proposed, current, min(values) - current


def upper_row(name, values, proposed, current):
    return name, np.mean(values), max(values), proposed, current, current - max(values)


def main(seeds):
    rows, times = [], {}
    for label, subset in (("MNIST", data.mnist_grading_subset()),):
        runs = [run_train_mnist(seed, subset) for seed in range(seeds)]
        times[f"train_mnist ({label})"] = [s for _, s in runs]
        rows.append(accuracy_row(f"train_mnist test acc ({label})", [a for a, _ in runs],
                                 THRESHOLDS["train_mnist"]["min_test_accuracy"]))
    train_acc, test_acc, model_seconds = run_model()
    times["model"] = [model_seconds]
    rows.append(accuracy_row("model train acc", [train_acc],
                             THRESHOLDS["model"]["min_train_accuracy"]))
    rows.append(accuracy_row("model test acc", [test_acc],
                             THRESHOLDS["model"]["min_test_accuracy"]))
    runs = [cubic_loss_ratio(seed) for seed in range(3 * seeds)]
    times["fit_cubic"] = [s for _, s in runs]
    worst = max(r for r, _ in runs)
    rows.append(upper_row("fit_cubic loss / least squares", [r for r, _ in runs],
                          math.ceil((1 + 2 * (worst - 1)) * 100) / 100,
                          THRESHOLDS["fit_cubic"]["max_loss_ratio"]))
    ratios = [cubic_ratio_from_normal_start(seed) for seed in range(40 * seeds)]
    worst = max(ratios)
    rows.append(upper_row("fit_cubic ratio (normal starts)", ratios,
                          math.ceil((1 + 2 * (worst - 1)) * 10) / 10,
                          THRESHOLDS["fit_cubic"]["max_loss_ratio"]))
    runs = [neuron_final_loss(seed) for seed in range(10 * seeds)]
    times["neuron"] = [s for _, s in runs]
    worst = max(loss for loss, _ in runs)
    rows.append(upper_row("neuron final loss (random starts)", [loss for loss, _ in runs],
                          float(f"{1.5 * worst:.1e}"),
                          THRESHOLDS["neuron"]["max_final_loss"]))
    start_loss, _ = neuron_final_loss(None)
    rows.append(upper_row("neuron final loss (grading start)", [start_loss],
                          float(f"{1.5 * start_loss:.1e}"),
                          THRESHOLDS["neuron"]["max_final_loss"]))

    print(f"{'metric':36} {'mean':>9} {'worst':>9} {'proposed':>9} {'current':>9} {'margin':>9}")
    for name, *numbers in rows:
        print(f"{name:36}" + "".join(f" {n:9.4g}" for n in numbers))
    print("\nreference CPU time in s (process_time, one BLAS thread), median / slowest:")
    for name, seconds in times.items():
        print(f"  {name:24} {np.median(seconds):.2f} / {max(seconds):.2f}")


if __name__ == "__main__":
    with threadpool_limits(limits=1):
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
