"""The seccomp filter bubblewrap installs in every sandbox (`bwrap --seccomp FD`).

A classic-BPF program, built here because it is a dozen instructions: it refuses, with
EPERM, the system calls that would let one sandbox leave state for the next or grow past
its limits, and lets everything else through.

  - add_key, request_key, keyctl: the kernel keyrings outlive a sandbox (a user's keyring
    belongs to the uid, not to the process), so a key planted by one submission could be
    read by a later one;
  - unshare and clone with CLONE_NEWUSER: a nested user namespace (kernel attack
    surface; bubblewrap >= 0.8 also gets --disable-userns when it makes the namespace);
    clone3 answers ENOSYS, as in Docker's profile, so that the C library falls back to
    clone, whose flags can be checked;
  - memfd_create and shmget: memory held by a memfd or a SysV segment is not mapped, so
    the per-process address-space cap does not count it.

Only x86_64 and aarch64 are known; elsewhere `program()` returns None and no filter is
installed (docs/SECURITY.md). A system call of another ABI (i386 or x32 on x86_64) is
refused outright.
"""
import errno
import platform
import struct

# linux/audit.h, linux/seccomp.h, linux/filter.h
AUDIT_ARCH = {"x86_64": 0xC000003E, "aarch64": 0xC00000B7}
SYSCALLS = {  # name -> number, per architecture (asm/unistd.h)
    "x86_64": {"add_key": 248, "request_key": 249, "keyctl": 250, "unshare": 272,
               "clone": 56, "clone3": 435, "memfd_create": 319, "shmget": 29},
    "aarch64": {"add_key": 217, "request_key": 218, "keyctl": 219, "unshare": 97,
                "clone": 220, "clone3": 435, "memfd_create": 279, "shmget": 194},
}
REFUSED = ("add_key", "request_key", "keyctl", "memfd_create", "shmget")
CLONE_NEWUSER = 0x10000000
X32_SYSCALL_BIT = 0x40000000

RET_ALLOW = 0x7FFF0000
RET_ERRNO = 0x00050000
LD_W_ABS = 0x20      # BPF_LD | BPF_W | BPF_ABS
JEQ_K = 0x15         # BPF_JMP | BPF_JEQ | BPF_K
JGE_K = 0x35         # BPF_JMP | BPF_JGE | BPF_K
JSET_K = 0x45        # BPF_JMP | BPF_JSET | BPF_K
RET_K = 0x06         # BPF_RET | BPF_K
OFFSET_NR, OFFSET_ARCH, OFFSET_ARG0 = 0, 4, 16   # struct seccomp_data (little-endian)


def program(machine=None):
    """The filter as bytes (struct sock_filter[]), or None on an unknown architecture."""
    machine = machine or platform.machine()
    if machine not in SYSCALLS:
        return None
    numbers = SYSCALLS[machine]
    # (code, jump-if-true label, jump-if-false label, k); labels resolve to offsets below
    code = [(LD_W_ABS, None, None, OFFSET_ARCH),
            (JEQ_K, None, "refuse", AUDIT_ARCH[machine]),
            (LD_W_ABS, None, None, OFFSET_NR)]
    if machine == "x86_64":
        code.append((JGE_K, "refuse", None, X32_SYSCALL_BIT))
    for name in REFUSED:
        code.append((JEQ_K, "refuse", None, numbers[name]))
    code += [(JEQ_K, "no_clone3", None, numbers["clone3"]),
             (JEQ_K, "check_flags", None, numbers["unshare"]),
             (JEQ_K, "check_flags", None, numbers["clone"]),
             (RET_K, None, None, RET_ALLOW),
             ("check_flags", LD_W_ABS, None, None, OFFSET_ARG0),
             (JSET_K, "refuse", None, CLONE_NEWUSER),
             (RET_K, None, None, RET_ALLOW),
             ("no_clone3", RET_K, None, None, RET_ERRNO | errno.ENOSYS),
             ("refuse", RET_K, None, None, RET_ERRNO | errno.EPERM)]
    labels, instructions = {}, []
    for entry in code:
        if isinstance(entry[0], str):
            labels[entry[0]] = len(instructions)
            entry = entry[1:]
        instructions.append(entry)

    def offset(label, position):
        return 0 if label is None else labels[label] - position - 1

    return b"".join(struct.pack("<HBBI", op, offset(true, position), offset(false, position), k)
                    for position, (op, true, false, k) in enumerate(instructions))
