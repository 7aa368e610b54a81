"""Attack: try to get out of the sandbox's unprivileged uid: setuid(0), setgroups, chroot,
mount a file system, signal the sandbox's PID 1 (owned by root), read /etc/shadow, write a
kernel setting under /proc/sys, open raw devices.

Expected: the worker runs as an unprivileged uid with no capabilities and no-new-privileges;
every attempt fails, the cell reports "escalated: []" and is skipped (15 / 15).
"""

# %%
import ctypes
import os

libc = ctypes.CDLL(None, use_errno=True)
attempts = {
    "setuid": lambda: os.setuid(0),
    "setgid": lambda: os.setgid(0),
    "setgroups": lambda: os.setgroups([0]),
    "chroot": lambda: os.chroot("/tmp"),
    "kill pid 1": lambda: os.kill(1, 9),
    "shadow": lambda: open("/etc/shadow").read(),
    "sysctl": lambda: open("/proc/sys/kernel/hostname", "w").write("pwned"),
    "dev mem": lambda: open("/dev/mem", "rb").read(1),
    "dev sda": lambda: open("/dev/sda", "rb").read(1),
}
escalated = []
for name, attempt in attempts.items():
    try:
        attempt()
        escalated.append(name)
    except OSError:
        pass
if libc.mount(b"none", b"/tmp", b"tmpfs", 0, None) == 0:
    escalated.append("mount")
raise RuntimeError(f"escalated: {escalated}")
