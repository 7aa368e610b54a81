"""Plots for the pages, drawn with matplotlib's Agg backend and embedded as base64 PNG.

    curve_plot(curve, title)          a training curve: the student's against the reference's
    histogram_plot(totals, possible)  the distribution of total scores
    question_plot(fractions, names)   each question's spread of scores (a box per question)

Each returns a `data:image/png;base64,...` URI to put in an <img src>.
"""
import base64
import io

import numpy as np

STUDENT_COLOR = "#c44e52"
REFERENCE_COLOR = "#222222"
HISTOGRAM_COLOR = "#8172b3"


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _data_uri(figure):
    plt = _pyplot()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=80)
    plt.close(figure)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _points(series):
    """(x, y) float arrays from a curves.py series, None values as NaN (gaps)."""
    if not series:
        return None
    x = np.array([np.nan if value is None else value for value in series["x"]], dtype=float)
    y = np.array([np.nan if value is None else value for value in series["y"]], dtype=float)
    return x, y


def curve_plot(curve, title):
    """The student's series (solid) against the reference's (dashed) on one axes."""
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(7, 3.4))
    drawn = []
    for name, series, style in (("reference", curve.get("reference"),
                                 dict(color=REFERENCE_COLOR, linestyle="--", linewidth=1.6)),
                                ("your notebook", curve.get("student"),
                                 dict(color=STUDENT_COLOR, linewidth=2.0))):
        points = _points(series)
        if points is None:
            continue
        x, y = points
        marker = "o" if x.size <= 30 else None
        axes.plot(x, y, label=name, marker=marker, markersize=4, **style)
        if curve.get("kind") == "path" and x.size:
            axes.plot(x[:1], y[:1], marker="s", color=style["color"])  # the start
        drawn.append(y[np.isfinite(y)])
    values = np.concatenate(drawn) if drawn else np.array([])
    if (curve.get("kind") == "line" and values.size and np.all(values > 0)
            and values.max() / values.min() > 100):
        axes.set_yscale("log")
    else:
        axes.ticklabel_format(axis="y", useOffset=False)
    axes.set_xlabel(curve.get("x_label", ""))
    axes.set_ylabel(curve.get("y_label", ""))
    axes.set_title(title.replace("$", r"\$"), fontsize=10)  # no mathtext
    axes.grid(alpha=0.3)
    axes.legend(fontsize=9)
    figure.tight_layout()
    return _data_uri(figure)


def histogram_plot(totals, possible):
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(7, 3.2))
    axes.hist(np.asarray(totals, dtype=float), bins=np.linspace(0, possible, 11),
              color=HISTOGRAM_COLOR, edgecolor="white")
    axes.set_xlabel(f"total score (out of {possible:g})")
    axes.set_ylabel("submissions")
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.set_xlim(0, possible)
    figure.tight_layout()
    return _data_uri(figure)


def question_plot(fractions, names):
    """fractions: (S, Q) share of each question's points per submission, in [0, 1]."""
    plt = _pyplot()
    fractions = np.asarray(fractions, dtype=float).reshape(-1, len(names))
    figure, axes = plt.subplots(figsize=(7, 0.45 * len(names) + 1.2))
    positions = np.arange(len(names))
    import matplotlib

    horizontal = ({"orientation": "horizontal"}  # `vert` is deprecated from 3.10 on
                  if tuple(map(int, matplotlib.__version__.split(".")[:2])) >= (3, 10)
                  else {"vert": False})
    axes.boxplot([fractions[:, q] * 100 for q in positions], positions=positions,
                 widths=0.5, showmeans=True, **horizontal)
    axes.set_yticks(positions, names)
    axes.invert_yaxis()
    axes.set_xlim(-3, 103)
    axes.set_xlabel("score (% of the question's points); triangle = mean")
    figure.tight_layout()
    return _data_uri(figure)
