"""``python -m factcheck``, and the ``factcheck`` console script."""

import gc
import signal

from factcheck import _interrupted_while_starting

# Ctrl-C while the command line loads: one line and exit 130 (see factcheck/__init__.py).
signal.signal(signal.SIGINT, _interrupted_while_starting)

# Loading factcheck and its libraries makes a few hundred thousand objects that live as
# long as the process, and almost no garbage: the cycle collector ran some 200 times
# over them, 50 ms of a one-second check. It is off while they load, and what they
# made is set aside (frozen) so that later collections only look at what the check
# itself creates.
_collecting = gc.isenabled()
gc.disable()
try:
    from factcheck.cli import interrupts
    from factcheck.cli import main as _command_line
finally:
    if _collecting:
        gc.enable()
gc.freeze()
# From here on Ctrl-C raises KeyboardInterrupt, which the command line turns into one
# line and exit code 130 after the run has let go of what it holds.
interrupts.install()


def main() -> None:
    """The ``factcheck`` program: the command line, ending without a last collection."""
    try:
        _command_line()
    finally:
        # The process ends here and the system takes its memory back at once: frozen,
        # what it still holds is not walked by the cycle collector on the way out, which
        # took 0.1 to 0.2 s of a seed check.
        gc.freeze()


if __name__ == "__main__":
    main()
