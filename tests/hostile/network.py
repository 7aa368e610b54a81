"""Attack: use the network. Connect to a port the grader's host is listening on at
127.0.0.1 (its number is given to the submission), to any loopback port, and to an outside
address (192.0.2.1, a documentation address; the attempt must fail at once because the
sandbox has no network), and send one UDP datagram there.

Expected: the sandbox has its own network namespace with nothing but a loopback: every
attempt fails at once, the cell reports "reached: []" and is skipped, the host's listener
never sees a connection, and every question keeps full marks (15 / 15).
"""

# %%
import socket

reached = []
for address in [("127.0.0.1", __PORT__), ("127.0.0.1", 22), ("127.0.0.1", 80),
                ("192.0.2.1", 80)]:
    try:
        socket.create_connection(address, timeout=1).close()
        reached.append(address)
    except OSError:
        pass
try:
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.sendto(b"hostile", ("192.0.2.1", 9))
    reached.append("udp")
except OSError:
    pass
raise RuntimeError(f"reached: {reached}")
