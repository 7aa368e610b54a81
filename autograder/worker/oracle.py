"""Proxies that let a submission's code call a dependency computed on the trusted side.

While a question that builds on another one is graded (SimpleNet on softmax, optimize on
propagate, ...), the dependency's name in the notebook is replaced by a proxy. Calling the
proxy sends the arguments to the trusted side, which computes the answer with the reference
and sends it back; so an earlier mistake does not cost points twice. The trusted side
answers only the names declared for the question being graded.
"""
from . import wire


class OracleError(Exception):
    """The trusted side refused or could not compute a dependency (`name`)."""

    def __init__(self, message, name=None):
        super().__init__(message)
        self.name = name


class Oracle:
    """The worker's end of the oracle. `proxy_classes` maps a class name to a function
    oracle -> a class standing in for it (drivers.PROXY_CLASSES); other names get a
    FunctionProxy."""

    def __init__(self, requests, replies, proxy_classes=None):
        self._requests = requests
        self._replies = replies
        self._proxy_classes = dict(proxy_classes or {})

    def call(self, name, *args, **kwargs):
        wire.send(self._replies, {"op": "oracle", "name": name, "args": list(args),
                                  "kwargs": kwargs}, wire.MAX_REPLY_BYTES)
        reply = wire.receive(self._requests)
        if not reply.get("ok"):
            raise OracleError(reply.get("error", "the dependency could not be computed"),
                              name.split(".")[0])
        return reply["value"]

    def proxy(self, name):
        if name in self._proxy_classes:
            return self._proxy_classes[name](self)
        return FunctionProxy(self, name)


class FunctionProxy:
    """Calls `name` on the trusted side; arguments must be plain data (arrays, numbers)."""

    def __init__(self, oracle, name):
        self._oracle = oracle
        self.__name__ = name

    def __call__(self, *args, **kwargs):
        return self._oracle.call(self.__name__, *args, **kwargs)
