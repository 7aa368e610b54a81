"""What several questions of hw2_two_layer_net share: tolerances, the small net's inputs."""
import numpy as np

from ...checks import Close

UNCHANGED = Close(rtol=1e-12, atol=1e-12)
VALUES = Close(rtol=1e-6, atol=1e-10)
SMALL = (4, 5, 3)  # input, hidden, output sizes of the net the methods are tested on


def net_inputs(batch, labels=False, weight_scale=1.0):
    """Params of a SMALL net, a batch x (batch, D) and targets t one-hot (or labels)."""
    def inputs(rng):
        D, H, C = SMALL
        values = {"W1": weight_scale * rng.normal(size=(D, H)), "b1": 0.5 * rng.normal(size=H),
                  "W2": weight_scale * rng.normal(size=(H, C)), "b2": 0.5 * rng.normal(size=C),
                  "x": rng.normal(size=(batch, D))}
        classes = rng.integers(0, C, size=batch)
        values["t"] = classes if labels else np.eye(C)[classes]
        return values
    return inputs
