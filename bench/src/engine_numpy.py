"""The numpy side of the indicator engine benchmark: the same means, proportions and 95% CIs (t for means,
Wilson for proportions) per indicator x wave x group, from the binary export written by engine.ts.

usage: python3 engine_numpy.py <data.bin> <records> <indicators.json> <out.json>
Prints the compute time in seconds (after loading) on its last line as `seconds <s>`.
"""
import json
import sys
import time

import numpy as np
from scipy import stats

path, count, spec_path, out_path = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
items = 40
raw = np.fromfile(path, dtype=np.int8)
answers = raw[: count * items].reshape(count, items)
wave = raw[count * items : count * items + count]
area = raw[count * items + count : count * items + 2 * count]
age = raw[count * items + 2 * count : count * items + 3 * count]
with open(spec_path) as handle:
    spec = json.load(handle)

started = time.perf_counter()
Z = stats.norm.ppf(0.975)
# Per-respondent values per indicator, NaN where not usable.
values = {}
for indicator in spec["indicators"]:
    columns = answers[:, indicator["columns"]].astype(np.float64)
    columns[columns == 0] = np.nan
    if indicator["kind"] == "mean":
        if indicator["reverse"]:
            columns[:, indicator["reverse"]] = 6.0 - columns[:, indicator["reverse"]]
        usable = np.sum(~np.isnan(columns), axis=1) >= indicator["minItems"]
        with np.errstate(invalid="ignore"):
            per = np.nanmean(np.where(usable[:, None], columns, np.nan), axis=1) if columns.shape[1] > 1 else columns[:, 0]
        values[indicator["id"]] = ("mean", per)
    else:
        column = columns[:, 0]
        if "gte" in indicator:
            success = (column >= indicator["gte"]).astype(np.float64)
        else:
            success = np.isin(column, indicator["anyOf"]).astype(np.float64)
        success[np.isnan(column)] = np.nan
        values[indicator["id"]] = ("proportion", success)

cells = {}
masks = []
for w in range(3):
    in_wave = wave == w
    masks.append((w, "", in_wave))
    for a in range(spec["areas"]):
        masks.append((w, f"area={a}", in_wave & (area == a)))
    for g in range(spec["ages"]):
        masks.append((w, f"age_band={g}", in_wave & (age == g)))
for indicator_id, (kind, per) in values.items():
    usable = ~np.isnan(per)
    for w, group, mask in masks:
        selected = per[mask & usable]
        n = selected.size
        if kind == "mean":
            mean = float(selected.mean())
            sd = float(selected.std(ddof=1))
            half = stats.t.ppf(0.975, n - 1) * sd / np.sqrt(n)
            cells[f"{indicator_id}|{w}|{group}"] = [n, mean, mean - half, mean + half]
        else:
            p = float(selected.mean())
            denominator = 1 + Z * Z / n
            centre = (p + Z * Z / (2 * n)) / denominator
            half = Z * np.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / denominator
            cells[f"{indicator_id}|{w}|{group}"] = [n, p, centre - half, centre + half]
seconds = time.perf_counter() - started
with open(out_path, "w") as handle:
    json.dump(cells, handle)
print(f"seconds {seconds}")
