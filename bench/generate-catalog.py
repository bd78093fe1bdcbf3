#!/usr/bin/env python3
"""Writes a synthetic catalog for the evaluation benchmark: N tools with M numeric
attributes each, one team, and one Evaluation that ranks every tool on every attribute.

    bench/generate-catalog.py --tools 2000 --criteria 30 --method topsis OUT_DIR

Deterministic (seeded), so salesops and the peer rank the same numbers.
"""
import argparse
import os
import random


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--tools", type=int, default=2000)
    parser.add_argument("--criteria", type=int, default=30)
    parser.add_argument("--method", default="topsis", choices=["wsm", "wpm", "topsis", "vikor"])
    parser.add_argument("--files", type=int, default=20, help="files the tools are spread over")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    per_file = (args.tools + args.files - 1) // args.files
    for f in range(args.files):
        chunk = range(f * per_file, min(args.tools, (f + 1) * per_file))
        if not chunk:
            break
        with open(os.path.join(args.out, f"tools-{f:03d}.yaml"), "w") as out:
            for i in chunk:
                attributes = ", ".join(f"a{k:02d}: {rng.uniform(1, 100):.6f}" for k in range(args.criteria))
                out.write(f"""---
apiVersion: salesops/v1
kind: Tool
metadata: {{ name: tool-{i:05d}, title: Tool {i} }}
spec:
  category: crm
  vendor: Vendor {i}
  pricing:
    currency: USD
    asOf: 2026-09-01
    source: https://example.com/pricing/{i}
    tiers:
      - name: Standard
        pricePerSeat: {{ annual: {rng.randint(10, 200)} }}
        features: [pipeline-management]
  attributes: {{ {attributes} }}
""")
    with open(os.path.join(args.out, "team.yaml"), "w") as out:
        out.write("""apiVersion: salesops/v1
kind: Team
metadata: { name: bench-team }
spec:
  seats: 10
  budget: { perYear: 10000000, currency: USD }
  horizonYears: 3
  mustHave: [pipeline-management]
""")
    directions = ["cost" if k % 3 == 0 else "benefit" for k in range(args.criteria)]
    weights = [rng.randint(1, 9) for _ in range(args.criteria)]
    with open(os.path.join(args.out, "evaluation.yaml"), "w") as out:
        out.write(f"""apiVersion: salesops/v1
kind: Evaluation
metadata: {{ name: bench, title: Benchmark }}
spec:
  team: bench-team
  candidates: {{ categories: [crm] }}
  method: {args.method}
  weighting: direct
  criteria:
""")
        for k in range(args.criteria):
            out.write(f"""    - id: a{k:02d}
      use: attribute
      params: {{ path: spec.attributes.a{k:02d} }}
      direction: {directions[k]}
      weight: {weights[k]}
""")


if __name__ == "__main__":
    main()
