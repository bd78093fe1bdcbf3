#!/usr/bin/env python3
"""The in-process peer for TOPSIS: pymcdm ranking 10,000 alternatives × 30 criteria, with and
without its input validation, as `salesops-bench decision` times salesops's TOPSIS.

    python3 bench/peer-pymcdm-topsis.py [RUNS]
"""
import sys
import time

import numpy as np
from pymcdm import methods


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    rng = np.random.default_rng(1)
    matrix = 1 + 999 * rng.random((10_000, 30))
    weights = rng.random(30)
    weights /= weights.sum()
    types = np.array([-1 if k % 3 == 0 else 1 for k in range(30)])
    topsis = methods.TOPSIS()
    for validation in (True, False):
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            topsis(matrix, weights, types, validation=validation)
            times.append(time.perf_counter() - start)
        times.sort()
        print(f"pymcdm TOPSIS 10000 x 30, validation={validation}: median {times[len(times) // 2] * 1000:.2f} ms, "
              f"min {times[0] * 1000:.2f} ms, {runs} runs")


if __name__ == "__main__":
    main()
