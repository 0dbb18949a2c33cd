#!/usr/bin/env python3
"""Generate VMA differential test cases from the real kernel of this machine.

Drives tests/tools/vma-harness.c (a static binary run under `setarch -R`) over a pipe with random
sequences of anonymous private mmap, MAP_FIXED mmap, munmap, mprotect and one-byte writes, and
writes for each sequence:

  caseNNNN.mms       the same operations as an mmscope scenario
  caseNNNN.expected  the kernel's final /proc/self/maps lines whose range lies within
                     [0x10000000, 0x7ffff7ff7000), verbatim

Everything is deterministic given --seed (each case has its own generator seeded from the seed
and its number), apart from the kernel itself.

  python3 tests/tools/gen-vma-cases.py --out tests/data/vma-cases --first 6001 --count 300 --seed 6001
  python3 tests/tools/gen-vma-cases.py --check tests/data/vma-cases     # replay all .mms, compare

Only the Python standard library is used.
"""

import argparse
import errno
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

PAGE = 4096
TOP = 0x7FFFF7FF7000  # [vvar] of a static non-PIE binary under setarch -R
LOW = 0x10000000  # lower end of the compared range
PROTS = ["---", "r--", "rw-", "r-x", "rwx"]
HERE = os.path.dirname(os.path.abspath(__file__))


class Harness:
    """One run of the harness: a fresh process, so a fresh address space."""

    def __init__(self, path):
        self.p = subprocess.Popen(
            ["setarch", "-R", path],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        first = self.maps(all_lines=True)
        vvar = [l for l in first if l.rstrip().endswith("[vvar]")]
        if not vvar or int(vvar[0].split("-")[0], 16) != TOP:
            self.close()
            sys.exit("gen-vma-cases: [vvar] is not at %#x under setarch -R:\n%s"
                     % (TOP, "".join(first)))

    def _send(self, line):
        self.p.stdin.write(line + "\n")
        self.p.stdin.flush()

    def _recv(self):
        r = self.p.stdout.readline()
        if not r:
            sys.exit("gen-vma-cases: the harness died")
        return r

    def cmd(self, line):
        self._send(line)
        return self._recv().strip()

    def maps(self, all_lines=False):
        self._send("Q")
        out = []
        while True:
            r = self._recv()
            if r.strip() == "END":
                break
            if all_lines or in_range(r):
                out.append(r)
        return out

    def close(self):
        try:
            self._send("X")
            self.p.stdin.close()
        except BrokenPipeError:
            pass
        self.p.wait()


def in_range(line):
    m = re.match(r"([0-9a-f]+)-([0-9a-f]+) ", line)
    if not m:
        return False
    return int(m.group(1), 16) >= LOW and int(m.group(2), 16) <= TOP


def parse_vmas(lines):
    vmas = []
    for l in lines:
        a, rest = l.split(" ", 1)
        s, e = a.split("-")
        vmas.append((int(s, 16), int(e, 16), rest[:3]))
    return vmas


def size_str(n):
    assert n % 1024 == 0
    return "%dK" % (n // 1024)


def ename(code):
    return errno.errorcode.get(code, "E%d" % code)


# --------------------------------------------------------------------------------------------
# One operation: its harness command, its scenario statement, and how to read the answer.

def op_mmap(length, prot):
    return ("M %x %s" % (length, prot), "main mmap %s %s private anon" % (size_str(length), prot), "mmap")


def op_fixed(addr, length, prot):
    return ("F %x %x %s" % (addr, length, prot),
            "main mmap %s %s private anon at=%#x fixed" % (size_str(length), prot, addr), "mmap")


def op_munmap(addr, length):
    return ("U %x %x" % (addr, length), "main munmap %#x %s" % (addr, size_str(length)), "rc")


def op_mprotect(addr, length, prot):
    return ("P %x %x %s" % (addr, length, prot),
            "main mprotect %#x %s %s" % (addr, size_str(length), prot), "rc")


def op_write(addr):
    return ("W %x" % addr, "main write %#x" % addr, "write")


def run_op(h, op):
    """Run one op; return the scenario lines (statement, plus `expect errno` on failure)."""
    cmd, stmt, kind = op
    ans = h.cmd(cmd)
    out = [stmt]
    if kind == "mmap":
        if ans.startswith("ERR"):
            out.append("expect errno %s" % ename(int(ans.split()[1])))
    elif kind == "rc":
        if ans != "0":
            out.append("expect errno %s" % ename(int(ans)))
    elif kind == "write":
        if ans != "0":
            out.append("expect main segv")
    return out, ans


# --------------------------------------------------------------------------------------------
# Random choices around the current state.

def pick_prot(rng, merge=False):
    if merge:
        return rng.choice(["r--", "r--", "rw-", "rw-", "rw-", "rwx", "---", "r-x"])
    if rng.random() < 0.03:
        return "-w-"  # mmap and mprotect accept write-only; /proc shows -w-p
    return rng.choice(PROTS)


def pick_anchor(rng, vmas, window):
    """A page address at or near the existing mappings."""
    if not vmas or rng.random() < 0.1:
        return TOP - rng.randint(1, window) * PAGE
    s, e, _ = rng.choice(vmas)
    r = rng.random()
    if r < 0.35:
        return s
    if r < 0.7:
        return e
    return s + rng.randrange((e - s) // PAGE) * PAGE


def pick_range(rng, vmas, window, maxpages=8):
    a = pick_anchor(rng, vmas, window) + rng.randint(-3, 2) * PAGE
    n = rng.randint(1, maxpages)
    a = min(a, TOP - n * PAGE)
    a = max(a, LOW)
    return a, n * PAGE


def pick_span(rng, vmas):
    """A range from the start of one VMA to the end of the same or a later one."""
    i = rng.randrange(len(vmas))
    j = min(len(vmas) - 1, i + rng.randint(0, 3))
    return vmas[i][0], vmas[j][1] - vmas[i][0]


def pick_inside(rng, vmas, maxpages=8):
    """A range inside one run of contiguous VMAs (so mprotect meets no hole)."""
    runs = []
    for s, e, _ in vmas:
        if runs and runs[-1][1] == s:
            runs[-1][1] = e
        else:
            runs.append([s, e])
    s, e = rng.choice(runs)
    pages = (e - s) // PAGE
    n = rng.randint(1, min(pages, maxpages))
    a = s + rng.randint(0, pages - n) * PAGE
    return a, n * PAGE


def writable_pages(vmas):
    pages = []
    for s, e, p in vmas:
        if p[1] == "w":
            pages.extend(range(s, e, PAGE))
    return pages


def odd_op(rng, vmas):
    """A rare op that the kernel rejects or treats specially (EINVAL, zero length, odd size)."""
    a, n = pick_range(rng, vmas, 16)
    r = rng.randrange(6)
    if r == 0:
        return op_munmap(a + 0x800, n)  # unaligned address: EINVAL
    if r == 1:
        return op_mprotect(a + 0x400, n, pick_prot(rng))  # unaligned address: EINVAL
    if r == 2:
        return op_fixed(a + 0x400, n, pick_prot(rng))  # unaligned fixed address: EINVAL
    if r == 3:
        return op_munmap(a, n - PAGE // 2)  # length rounded up to a page
    if r == 4:
        return op_mprotect(a, n - 3 * 1024, pick_prot(rng))  # length rounded up to a page
    return op_mmap(0, pick_prot(rng))  # zero length: EINVAL


def next_op(rng, vmas, mode):
    wp = writable_pages(vmas)
    if mode == "merge":
        # A small window just below [vvar]; many writes (anon_vma) and prot toggles on exact
        # VMA boundaries, so that neighbours become equal and the merge rules decide.
        weights = [("mmap", 10), ("fixed", 22), ("munmap", 6), ("mprotect", 22),
                   ("span", 16), ("write", 24 if wp else 0)]
        window, maxpages = 12, 3
    else:
        weights = [("mmap", 30), ("fixed", 14), ("munmap", 14), ("mprotect", 20),
                   ("span", 6), ("write", 16 if wp else 0), ("odd", 2)]
        window, maxpages = 24, 8
    if not vmas:
        weights = [w for w in weights if w[0] not in ("span",)]
    kinds, ws = zip(*weights)
    k = rng.choices(kinds, ws)[0]
    merge = mode == "merge"
    if k == "mmap":
        return op_mmap(rng.randint(1, maxpages) * PAGE, pick_prot(rng, merge))
    if k == "fixed":
        a, n = pick_range(rng, vmas, window, maxpages)
        if vmas and rng.random() < 0.5:
            # exactly adjacent to an existing VMA, below or above it
            s, e, _ = rng.choice(vmas)
            a = s - n if rng.random() < 0.5 else e
            a = max(LOW, min(a, TOP - n))
        return op_fixed(a, n, pick_prot(rng, merge))
    if k == "munmap":
        return op_munmap(*pick_range(rng, vmas, window, maxpages))
    if k == "mprotect":
        if vmas and rng.random() < 0.6:
            a, n = pick_inside(rng, vmas, maxpages + 1)
        else:
            a, n = pick_range(rng, vmas, window, maxpages)
        return op_mprotect(a, n, pick_prot(rng, merge))
    if k == "span":
        a, n = pick_span(rng, vmas)
        return op_mprotect(a, n, pick_prot(rng, merge))
    if k == "write":
        return op_write(rng.choice(wp))
    return odd_op(rng, vmas)


def gen_case(harness, num, seed):
    rng = random.Random("%s-%d" % (seed, num))
    mode = "merge" if rng.random() < 0.4 else "random"
    nops = rng.randint(8, 25)
    h = Harness(harness)
    lines = ['title "VMA differential case %04d"' % num, "machine arch=x86_64 ram=256M", "spawn main"]
    vmas = []
    for _ in range(nops):
        op = next_op(rng, vmas, mode)
        out, _ = run_op(h, op)
        lines.extend(out)
        vmas = parse_vmas(h.maps())
    final = h.maps()
    h.close()
    return lines, final, mode


# --------------------------------------------------------------------------------------------
# Replay: run existing .mms files (the subset of the language written above) and compare.

SIZE_RE = re.compile(r"^(\d+)(K|KiB|M|MiB)?$")


def parse_size(s):
    if s.startswith("0x"):
        return int(s, 16)
    m = SIZE_RE.match(s)
    mult = {None: 1, "K": 1024, "KiB": 1024, "M": 1 << 20, "MiB": 1 << 20}[m.group(2)]
    return int(m.group(1)) * mult


def replay(harness, path):
    h = Harness(harness)
    problems = []
    last = None  # (lineno, answer, checked)

    def unchecked_failure():
        if last and not last[2] and last[1] != "0" and not re.match(r"^[0-9a-f]{6,}$", last[1]):
            problems.append("%s:%d: the kernel said %s but no expect follows" % (path, last[0], last[1]))

    for lineno, raw in enumerate(open(path), 1):
        t = raw.split("#")[0].split()
        if not t or t[0] in ("title", "machine", "spawn"):
            continue
        if t[0] == "expect":
            want = " ".join(t[1:])
            got = last[1] if last else None
            if t[1] == "errno":
                ok = got is not None and got != "0" and not re.match(r"^[0-9a-f]{6,}$", got)
                ok = ok and ename(int(got.split()[-1])) == t[2]
            else:
                ok = got == "SEGV"
            if not ok:
                problems.append("%s:%d: expected %s, harness said %s" % (path, lineno, want, got))
            if last:
                last = (last[0], last[1], True)
            continue
        unchecked_failure()
        verb = t[1]
        if verb == "mmap":
            length, prot = parse_size(t[2]), t[3]
            at = [x for x in t if x.startswith("at=")]
            cmd = ("F %x %x %s" % (int(at[0][3:], 0), length, prot)) if at else ("M %x %s" % (length, prot))
        elif verb == "munmap":
            cmd = "U %x %x" % (int(t[2], 0), parse_size(t[3]))
        elif verb == "mprotect":
            cmd = "P %x %x %s" % (int(t[2], 0), parse_size(t[3]), t[4])
        elif verb == "write":
            cmd = "W %x" % int(t[2], 0)
        else:
            problems.append("%s:%d: cannot replay %r" % (path, lineno, raw.strip()))
            last = None
            continue
        last = (lineno, h.cmd(cmd), False)
    unchecked_failure()
    final = h.maps()
    h.close()
    exp_path = path[:-4] + ".expected"
    expected = open(exp_path).readlines()
    if final != expected:
        problems.append("%s: final maps differ\n--- expected\n%s--- kernel\n%s"
                        % (exp_path, "".join(expected), "".join(final)))
    return problems


# --------------------------------------------------------------------------------------------

def build_harness(tmpdir):
    src = os.path.join(HERE, "vma-harness.c")
    exe = os.path.join(tmpdir, "vma-harness")
    subprocess.run(["gcc", "-static", "-O2", "-o", exe, src], check=True)
    return exe


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--harness", help="the built harness (default: build tests/tools/vma-harness.c)")
    ap.add_argument("--out", default="tests/data/vma-cases", help="output directory")
    ap.add_argument("--first", type=int, default=6001, help="number of the first case")
    ap.add_argument("--count", type=int, default=300, help="how many cases")
    ap.add_argument("--seed", default="6001", help="seed (any string)")
    ap.add_argument("--check", metavar="DIR", help="replay DIR/*.mms and compare with .expected")
    args = ap.parse_args()

    tmpdir = tempfile.mkdtemp(prefix="vma-harness.")
    try:
        harness = args.harness or build_harness(tmpdir)
        if args.check:
            files = sorted(f for f in os.listdir(args.check) if f.endswith(".mms"))
            bad = 0
            for f in files:
                probs = replay(harness, os.path.join(args.check, f))
                for p in probs:
                    print(p)
                bad += bool(probs)
            print("%d of %d cases reproduce on this kernel (%s)" % (len(files) - bad, len(files), os.uname().release))
            return 1 if bad else 0
        os.makedirs(args.out, exist_ok=True)
        modes = {}
        for num in range(args.first, args.first + args.count):
            lines, final, mode = gen_case(harness, num, args.seed)
            modes[mode] = modes.get(mode, 0) + 1
            base = os.path.join(args.out, "case%04d" % num)
            with open(base + ".mms", "w") as f:
                f.write("\n".join(lines) + "\n")
            with open(base + ".expected", "w") as f:
                f.write("".join(final))
        print("wrote %d cases to %s (%s)" % (args.count, args.out,
              ", ".join("%s %d" % kv for kv in sorted(modes.items()))))
        return 0
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
