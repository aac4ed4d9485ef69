"""The numpy/scipy side of bench/run.ts: the same work on the same data files, timed the same way (best of several runs).

Usage: python3 compare.py DIR (DIR holds describe.f64, scale.f64, cluster.f64 written by run.ts).
Prints one JSON object with timings (best of runs after a warm-up) and results; writes ward-linkage.f64.
"""

import json
import sys
import time
from pathlib import Path

import numpy as np
import scipy
from scipy import stats
from scipy.cluster.hierarchy import linkage

folder = Path(sys.argv[1])
ITEMS = 10
COLUMNS = 8


def best(runs, f, warm_up=True):
    result = f() if warm_up else None
    fastest = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        result = f()
        fastest = min(fastest, time.perf_counter() - start)
    return fastest * 1000, result


def describe(x):
    v = x[~np.isnan(x)]
    n = v.size
    mean = v.mean()
    sd = v.std(ddof=1)
    q1, median, q3 = np.percentile(v, [25, 50, 75])
    lo, hi = stats.t.interval(0.95, n - 1, loc=mean, scale=sd / np.sqrt(n))
    return {"n": n, "mean": mean, "sd": sd, "min": v.min(), "max": v.max(), "median": median, "q1": q1, "q3": q3,
            "ci95": [lo, hi]}


def alpha(x):
    m = x.reshape(-1, ITEMS)
    m = m[~np.isnan(m).any(axis=1)]
    k = m.shape[1]
    item_var = m.var(axis=0, ddof=1)
    total = m.sum(axis=1)
    a = k / (k - 1) * (1 - item_var.sum() / total.var(ddof=1))
    deleted = [(k - 1) / (k - 2) * (1 - (item_var.sum() - item_var[j]) / (total - m[:, j]).var(ddof=1))
               for j in range(k)]
    return {"alpha": a, "n": int(m.shape[0]), "deleted": deleted}


x = np.fromfile(folder / "describe.f64", dtype="<f8")
describe_ms, d = best(5, lambda: describe(x))
s = np.fromfile(folder / "scale.f64", dtype="<f8")
alpha_ms, a = best(5, lambda: alpha(s))
c = np.fromfile(folder / "cluster.f64", dtype="<f8").reshape(-1, COLUMNS)
ward_ms, z = best(2, lambda: linkage(c, method="ward"), warm_up=False)
z.astype("<f8").tofile(folder / "ward-linkage.f64")

print(json.dumps({
    "versions": f"python {sys.version.split()[0]}, numpy {np.__version__}, scipy {scipy.__version__}",
    "describe": {"ms": describe_ms, **{k: float(v) for k, v in d.items() if k != "ci95"}},
    "alpha": {"ms": alpha_ms, "alpha": float(a["alpha"]), "n": a["n"], "deleted": [float(v) for v in a["deleted"]]},
    "ward": {"ms": ward_ms},
}))
