"""How the class did: one PNG with the distribution of totals and each question's mean.

Written next to grades.csv after a batch (`OUTDIR/class_report.png`), from the results
themselves, so an instructor sees at a glance which questions the class struggled with.
"""
from pathlib import Path

import numpy as np


def class_report(rows, questions, path):
    """Plot results and save a PNG at `path`.

    rows: [(submission name, Gradescope result dict or None)]
    questions: [(question name, max points)] in assignment order
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    results = [result for _, result in rows if result]
    possible = sum(points for _, points in questions)
    totals = np.array([result["score"] for result in results], dtype=float)
    means = question_means(results, questions)

    figure, (left, right) = plt.subplots(1, 2, figsize=(12, 4.5))
    left.hist(totals, bins=np.linspace(0, possible, 11), color="#4c72b0", edgecolor="white")
    left.set_xlabel(f"total score (out of {possible:g})")
    left.set_ylabel("submissions")
    left.set_title(f"{len(results)} submissions, median {np.median(totals) if totals.size else 0:g}")
    positions = np.arange(len(questions))
    right.barh(positions, means * 100, color="#55a868")
    right.set_yticks(positions, [name for name, _ in questions])
    right.invert_yaxis()
    right.set_xlim(0, 100)
    right.set_xlabel("mean score (% of the question's points)")
    right.set_title("by question")
    figure.tight_layout()
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    temporary = Path(path).with_suffix(".tmp.png")
    figure.savefig(temporary, dpi=100)
    plt.close(figure)
    temporary.replace(path)
    return Path(path)


def question_means(results, questions):
    """Mean fraction of each question's points over `results`: (Q,) in [0, 1]."""
    if not results:
        return np.zeros(len(questions))
    fractions = [[_score(result, name) / points for name, points in questions]
                 for result in results]
    return np.asarray(fractions, dtype=float).mean(axis=0)


def _score(result, question):
    for test in result["tests"]:
        if test["name"] == question:
            return float(test["score"])
    return 0.0
