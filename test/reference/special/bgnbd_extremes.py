#!/usr/bin/python3
"""E[Y(t) | x, t_x, T] and P(alive) for extreme customers at the published CDNOW BG/NBD parameters,
straight from the formulas in /work/shared/notes/domain.md with mpmath at 50 digits (no Euler
transformation, no log-space tricks), for test/unit/math/bgnbd.test.ts.

    /usr/bin/python3 test/reference/special/bgnbd_extremes.py
"""
import mpmath as mp

mp.mp.dps = 50
r, al, a, b = (mp.mpf(v) for v in ("0.2426", "4.4136", "0.7929", "2.4259"))

def conditional(t, x, tx, T, r=r, al=al, a=a, b=b):
    t, x, tx, T = (mp.mpf(v) for v in (t, x, tx, T))
    z = t / (al + T + t)
    core = (a + b + x - 1) / (a - 1) * (1 - ((al + T) / (al + T + t)) ** (r + x) * mp.hyp2f1(r + x, b + x, a + b + x - 1, z))
    den = 1 + (a / (b + x - 1)) * ((al + T) / (al + tx)) ** (r + x) if x > 0 else 1
    return core / den, 1 / den

for case in [(39, 500, 38, 38.86), (39, 500, 1, 38.86), (39, 5000, 38.8, 38.86), (39, 5000, 0.5, 380), (39, 2, 30.43, 38.86)]:
    ey, alive = conditional(*case)
    print(case, "E[Y] =", mp.nstr(ey, 17), "P(alive) =", mp.nstr(alive, 17))

# Low dropout heterogeneity (large a and b = 4a, r = 0.5, alpha = 10, T = 50, t_x = 40 for x > 0).
# (For a = 1e5 mpmath's own series gives nonsense at some z, so the test checks that regime
# against the a, b -> infinity limit instead.)
for a_ in ("320", "1000"):
    for x in (0, 2, 50):
        for t in (1, 300, 3000):
            ey, _ = conditional(t, x, 40 if x else 0, 50, r=mp.mpf("0.5"), al=mp.mpf(10), a=mp.mpf(a_), b=4 * mp.mpf(a_))
            print(f"[{a_}, {x}, {t}, {mp.nstr(ey, 17)}],")
