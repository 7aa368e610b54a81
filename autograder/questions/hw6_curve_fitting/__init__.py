"""hw6_curve_fitting: a cubic fitted to sin(x) by hand-derived gradients, losses, CNN sizes.

fit_cubic: students start a, b, c, d from different draws (the seed uses np.random.rand),
so the coefficients are never compared with the reference's. Instead:
  * the seed's fit (sin(x) on 2000 points of [-pi, pi], learning rate 1e-6, 2000 epochs)
    must end within THRESHOLDS["fit_cubic"]["max_loss_ratio"] of the least-squares
    optimum (autograder/calibration.py), with 2000 finite losses that never rise; no
    reference run is needed (the reference takes 0.5 to 1.5 s);
  * short runs (21 to 39 epochs) on random data pin the step itself, whatever the start:
    every epoch is the affine map p <- (I - 2 s lr X^T X) p + 2 s lr X^T y, so the trusted
    side recovers p0 from the returned coefficients for each candidate gradient scale s and
    keeps the s whose loss at p0 is losses[0], summed or averaged. s = 1 with the summed
    loss is right; s = 0.5 (factor 2 missing), 1/N (mean instead of sum), -1 (ascent), the
    averaged loss and a wrong number of losses are named mistakes. A wrong power in one
    derivative matches no s and fails unnamed. On the seed's fit alone a missing factor 2
    only sometimes exceeds the threshold (loss ratio 1.15 to 3.8 over starts).
l1_loss / mse_loss: only "mean" and "sum" are graded. The contract defines no other
reduction; the reference raises ValueError for one, but a submission that does something
else with an invalid reduction is not penalised.
conv_output_size and cnn_param_count return integers: Exactly.
"""
from ..spec import Assignment
from . import fit_cubic, l1_loss, mse_loss, conv_output_size, cnn_param_count

ASSIGNMENT = Assignment(
    "hw6_curve_fitting",
    [fit_cubic.QUESTION,
     l1_loss.QUESTION,
     mse_loss.QUESTION,
     conv_output_size.QUESTION,
     cnn_param_count.QUESTION],
    reference_modules=("curve_fitting",), seed=6006, drivers="hw6")
