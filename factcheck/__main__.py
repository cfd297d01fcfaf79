"""``python -m factcheck``, and the ``factcheck`` console script."""

import gc

# Loading factcheck and its libraries makes a few hundred thousand objects that live as
# long as the process, and almost no garbage: the cycle collector ran some 200 times
# over them, 50 ms of a one-second check. It is off while they load, and what they
# made is set aside (frozen) so that later collections only look at what the check
# itself creates.
_collecting = gc.isenabled()
gc.disable()
try:
    from factcheck.cli import main
finally:
    if _collecting:
        gc.enable()
gc.freeze()

if __name__ == "__main__":
    main()
