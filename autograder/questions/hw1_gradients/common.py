"""What several questions of hw1_gradients share: tolerances, input makers, helpers."""
from ...checks import Close, RelativeError


UNCHANGED = Close(rtol=1e-12, atol=1e-12)
GRADIENT = RelativeError(1e-6)


def coefficients(rng, shape=()):
    return {"a": rng.uniform(0.5, 2.0, size=shape), "b": rng.uniform(-1.0, 1.0, size=shape)}


