#!/usr/bin/env python3
"""The peer for the evaluation benchmark: what a sales-ops analyst would script in Python.
Reads the same catalog folder with PyYAML's C loader, builds the decision matrix from the
Evaluation's `attribute` criteria, ranks with pymcdm at its defaults, prints the top ten.

    bench/peer-pymcdm.py CATALOG_DIR
"""
import glob
import os
import sys

import numpy as np
import yaml
from pymcdm import methods

METHODS = {"wsm": methods.WSM, "wpm": methods.WPM, "topsis": methods.TOPSIS, "vikor": methods.VIKOR}


def main():
    folder = sys.argv[1]
    tools, evaluation = [], None
    for path in sorted(glob.glob(os.path.join(folder, "**", "*.yaml"), recursive=True)):
        with open(path, "rb") as handle:
            for document in yaml.load_all(handle, Loader=yaml.CSafeLoader):
                if document["kind"] == "Tool":
                    tools.append(document)
                elif document["kind"] == "Evaluation":
                    evaluation = document
    criteria = evaluation["spec"]["criteria"]
    names = [tool["metadata"]["name"] for tool in tools]
    matrix = np.array([[tool["spec"]["attributes"][c["params"]["path"].rsplit(".", 1)[1]] for c in criteria] for tool in tools])
    weights = np.array([float(c["weight"]) for c in criteria])
    weights /= weights.sum()
    types = np.array([-1 if c.get("direction") == "cost" else 1 for c in criteria])
    method = METHODS[evaluation["spec"].get("method", "topsis")]()
    preferences = method(matrix, weights, types)
    order = method.rank(preferences)
    ranked = sorted(zip(order, names, preferences))
    for rank, name, score in ranked[:10]:
        print(f"{int(rank)}  {name}  {score:.6f}")


if __name__ == "__main__":
    main()
