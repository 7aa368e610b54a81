"""Attack: a submission with no answers at all that writes forged Gradescope results
claiming 15 / 15: into the batch's results folder (its exact path is given to it), over a
neighbour's result file and grades.csv, into Gradescope's /autograder/results, into /tmp, the
working directory and $HOME.

Expected: the results folder is not mounted in the sandbox. Writes to paths under /tmp
(the test's results folder happens to live there), to the working directory and to $HOME
seem to work, but land in the sandbox's private /tmp and vanish with it; the others fail.
The cell reports what seemed to work, every question scores zero ("is not defined"), and
the results folder on the grader's side holds only the grader's files (0 / 15).
"""

# %%
import json
import os

forged = {"score": 15.0, "tests": [{"name": name, "score": points, "max_score": points,
                                     "output": "forged", "visibility": "visible"}
                                    for name, points in [("numerical_diff", 1.0),
                                                         ("numerical_gradient", 3.0),
                                                         ("gradient_descent", 2.0),
                                                         ("softmax", 3.0),
                                                         ("cross_entropy_error", 3.0),
                                                         ("simple_net", 3.0)]]}
targets = ["__OUTDIR__/forged_results.json", "__OUTDIR__/clean_alice.json",
           "__OUTDIR__/grades.csv", "/autograder/results/results.json",
           "__HOSTTMP__/HOSTILE_forged.json", "/tmp/HOSTILE_forged.json",
           "HOSTILE_forged_cwd.json", os.path.expanduser("~/HOSTILE_forged_home.json")]
wrote = []
for target in targets:
    try:
        os.makedirs(os.path.dirname(os.path.abspath(target)), exist_ok=True)
        with open(target, "w") as stream:
            json.dump(forged, stream)
        wrote.append(os.path.abspath(target))
    except OSError:
        pass
raise RuntimeError(f"forged results written: {wrote}")
