#!/usr/bin/env python3
"""Writes Tests/SalesOpsDecisionTests/Fixtures/mcdm-reference.json from pymcdm.

The Swift tests read the checked-in JSON and need no Python; run this only to regenerate it:

    python3 -m venv /tmp/mcdm && /tmp/mcdm/bin/pip install 'pymcdm==1.4.*'
    /tmp/mcdm/bin/python scripts/generate-mcdm-reference.py

Every method (WSM, WPM, TOPSIS, VIKOR) runs with every normalisation it accepts (min-max, vector,
sum, max; VIKOR also with its own default), on several matrices: a textbook one, random ones with
a fixed seed including cost criteria, two alternatives, many alternatives. Entropy and CRITIC
weights and AHP eigenvector weights are included too.
"""
import importlib.metadata
import json
import pathlib
import warnings

import numpy as np
from pymcdm import methods, normalizations, weights
from pymcdm.helpers import normalize_matrix
from pymcdm.weights.subjective import AHP

OUT = pathlib.Path(__file__).resolve().parent.parent / "Tests/SalesOpsDecisionTests/Fixtures/mcdm-reference.json"

NORMALIZATIONS = {
    "minMax": normalizations.minmax_normalization,
    "vector": normalizations.vector_normalization,
    "sum": normalizations.sum_normalization,
    "max": normalizations.max_normalization,
}
METHODS = {
    "wsm": lambda n: methods.WSM(n),
    "wpm": lambda n: methods.WPM(n),
    "topsis": lambda n: methods.TOPSIS(n),
    "vikor": lambda n: methods.VIKOR(n, v=0.5),
}


def textbook():
    # Hwang & Yoon (1981), fighter aircraft selection: maximum speed, ferry range, maximum
    # payload, purchasing cost (the one cost criterion), reliability, manoeuvrability.
    return {
        "name": "textbook-hwang-yoon-aircraft",
        "matrix": [
            [2.0, 1500, 20000, 5.5, 5, 9],
            [2.5, 2700, 18000, 6.5, 3, 5],
            [1.8, 2000, 21000, 4.5, 7, 7],
            [2.2, 1800, 20000, 5.0, 5, 5],
        ],
        "types": [1, 1, 1, -1, 1, 1],
        "weights": [0.2, 0.1, 0.1, 0.1, 0.2, 0.3],
    }


def random_case(name, rng, alternatives, criteria, cost_share=0.4, low=1.0, high=100.0):
    matrix = rng.uniform(low, high, size=(alternatives, criteria))
    types = np.where(rng.uniform(size=criteria) < cost_share, -1, 1)
    types[0] = 1
    types[-1] = -1  # at least one of each
    w = rng.uniform(0.05, 1.0, size=criteria)
    w = w / w.sum()
    return {"name": name, "matrix": matrix.tolist(), "types": types.tolist(), "weights": w.tolist()}


def finite(values):
    return bool(np.all(np.isfinite(values)))


def evaluate(case):
    matrix = np.array(case["matrix"], dtype=float)
    types = np.array(case["types"])
    w = np.array(case["weights"], dtype=float)
    results = []
    for method_name, make in METHODS.items():
        options = list(NORMALIZATIONS.items())
        if method_name == "vikor":
            options.append(("default", None))
        for norm_name, norm in options:
            method = make(norm)
            prefs = method(matrix, w, types)
            if not finite(prefs):
                continue
            results.append({
                "method": method_name,
                "normalization": norm_name,
                "scores": prefs.tolist(),
                "ranks": method.rank(prefs).tolist(),
            })
    normalized = {
        name: normalize_matrix(matrix, fn, types).tolist() for name, fn in NORMALIZATIONS.items()
    }
    out = dict(case)
    out["results"] = results
    out["normalized"] = normalized
    out["entropyWeights"] = weights.entropy_weights(matrix).tolist()
    out["criticWeights"] = weights.critic_weights(matrix).tolist()
    return out


def ahp_cases():
    matrices = {
        "saaty-3": [[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]],
        "consistent-4": [[1, 2, 4, 8], [1 / 2, 1, 2, 4], [1 / 4, 1 / 2, 1, 2], [1 / 8, 1 / 4, 1 / 2, 1]],
        "inconsistent-4": [[1, 9, 1 / 3, 5], [1 / 9, 1, 7, 1 / 5], [3, 1 / 7, 1, 3], [1 / 5, 5, 1 / 3, 1]],
        "five": [[1, 3, 7, 5, 9], [1 / 3, 1, 3, 2, 5], [1 / 7, 1 / 3, 1, 1 / 2, 3],
                 [1 / 5, 1 / 2, 2, 1, 4], [1 / 9, 1 / 5, 1 / 3, 1 / 4, 1]],
    }
    out = []
    for name, m in matrices.items():
        m = np.array(m, dtype=float)
        ahp = AHP(matrix=m)
        w = ahp()
        n = m.shape[0]
        # pymcdm's CR divides by its own random-index table; CI itself is table-free.
        ci = ahp.get_cr() * AHP.RI_M[n - 1] if n >= 3 else 0.0
        lam = max(np.linalg.eig(m)[0].real)
        out.append({"name": name, "matrix": m.tolist(), "weights": w.tolist(),
                    "consistencyIndex": float(ci), "principalEigenvalue": float(lam)})
    return out


def main():
    warnings.simplefilter("ignore")
    rng = np.random.default_rng(20240611)
    cases = [
        textbook(),
        random_case("random-6x4", rng, 6, 4),
        random_case("random-10x7", rng, 10, 7),
        random_case("two-alternatives", rng, 2, 5),
        random_case("many-alternatives-200x12", rng, 200, 12),
        random_case("all-cost-8x5", rng, 8, 5, cost_share=1.0),
        random_case("wide-range-15x6", rng, 15, 6, low=0.01, high=1e6),
    ]
    cases[5]["types"] = [-1] * 5
    data = {
        "generator": "scripts/generate-mcdm-reference.py",
        "pymcdm": importlib.metadata.version("pymcdm"),
        "numpy": np.__version__,
        "cases": [evaluate(c) for c in cases],
        "ahp": ahp_cases(),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, indent=1) + "\n")
    total = sum(len(c["results"]) for c in data["cases"])
    print(f"wrote {OUT} ({len(data['cases'])} matrices, {total} method results, {len(data['ahp'])} AHP matrices)")


if __name__ == "__main__":
    main()
