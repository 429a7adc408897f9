#!/usr/bin/env python3
"""The Monte Carlo of `reckon train --mfu LOW..HIGH --samples N`, written with NumPy, for timing comparisons.

Usage:
    reckon train --model gpt-3 --gpu h100-sxm --gpus 1024 --mfu 0.45 --format json > scenario.json
    python3 scripts/montecarlo_numpy.py scenario.json 0.35 0.55 1000000 1

It reads the deterministic scenario (compute, peak, GPU count, failure overhead, prices, energy) from the JSON of
`reckon train --format json`, draws the MFU as Reckon reads `LOW..HIGH` (a lognormal whose 5th and 95th percentiles
are LOW and HIGH), evaluates the seven results of `reckon train --samples` for every sample, and prints their
percentiles (p5, p25, p50, p75, p95; linear interpolation, Hyndman & Fan type 7, as Reckon) and means.

Every result of `reckon train` is the compute time times a constant once the MFU is drawn:
    t_wall = C / (n · F_peak · MFU) · f_fail
    GPU-hours = n · t_wall,  rental = GPU-hours · price,  energy = n · TDP · u · PUE · t_wall,
    ownership = n · P · t_wall / life + energy · tariff,  CO2 = energy · grid
so the script takes each result's value per wall-clock day from the scenario and scales it. Same model, NumPy's
random generator (PCG64) instead of Reckon's: the percentiles agree within Monte Carlo error, not bit for bit.
"""
import json
import sys

import numpy as np

Z95 = 1.6448536269514722  # Φ⁻¹(0.95)


def main() -> None:
    path, low, high, samples, seed = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), \
        int(sys.argv[5])
    with open(path) as f:
        s = json.load(f)
    days = s["wall_clock_days"]
    per_day = {  # each result per wall-clock day of the point scenario (linear in t_wall)
        "wall_clock_days": 1.0,
        "accelerator_hours": s["accelerator_hours"] / days,
        "cost_usd": (s["cost_usd"] or 0) / days,
        "ownership_cost_usd": (s["ownership_cost_usd"] or 0) / days,
        "energy_kwh": (s["energy_kwh"] or 0) / days,
        "co2_kg": (s["co2_kg"] or 0) / days,
    }
    # t_wall in days as a function of the MFU: C / (n · F_peak · MFU) · f_fail / 86,400.
    scale = s["compute_flop"] / (s["gpus"] * s["peak_flops_per_gpu"]) * s["failure_overhead"] / 86_400

    mu = (np.log(low) + np.log(high)) / 2
    sigma = (np.log(high) - np.log(low)) / (2 * Z95)
    rng = np.random.default_rng(seed)
    mfu = np.minimum(np.exp(mu + sigma * rng.standard_normal(samples)), 1.0)
    wall_days = scale / mfu

    columns = {"compute_flop": np.full(samples, s["compute_flop"])}
    for key, k in per_day.items():
        columns[key] = wall_days * k
    levels = [5, 25, 50, 75, 95]
    print(f"{samples} samples, seed {seed}, mfu = {low}..{high} (lognormal p5/p95)")
    print(f"{'result':<20}" + "".join(f"{'p' + str(p):>14}" for p in levels) + f"{'mean':>14}")
    for key, column in columns.items():
        q = np.percentile(column, levels)
        print(f"{key:<20}" + "".join(f"{x:>14.6g}" for x in q) + f"{column.mean():>14.6g}")


if __name__ == "__main__":
    main()
