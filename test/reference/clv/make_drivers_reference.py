#!/usr/bin/python3
"""Reference fit of the churn-driver regression (src/analysis/clv/drivers.ts), with scikit-learn.

Run with Debian's python3 (python3-sklearn, python3-pandas, python3-numpy):
    /usr/bin/python3 test/reference/clv/make_drivers_reference.py

Writes, beside this file:
  churn_drivers.csv       1,500 simulated buyers (numpy seed 7): id, churn label, the per-customer
                          inputs of the regression and three categories (channel with rare values,
                          gender with missing values, segment)
  churn_drivers.json      sklearn's coefficients and AUCs on that file

The design restates drivers.ts / math/logistic-design.ts in pandas, independently of their code:
  recency   = days_since_last                    (standardised: population std, as StandardScaler)
  frequency = log(1 + purchases)
  monetary  = log(1 + max(0, revenue))
  tenure    = tenure_days
  categories: a missing value is the level "unknown"; values with fewer than 10 rows, or past the
              8 most frequent values, are pooled as "other"; levels are ranked by count (ties by id
              "v:<value>" / "other" / "unknown", ascending); the first real value is the reference
              (dropped), never the "other" or "unknown" pool
  holdout:    FNV-1a 32-bit hash of "<seed>:<id>" (offset basis 0x811c9dc5, prime 0x01000193), passed
              through murmur3's fmix32 finaliser, / 2^32 < 0.3; the model is fitted on the other rows
  model:      LogisticRegression(penalty="l2", C=1 / l2, solver="newton-cholesky", tol=1e-12) on the
              training rows (sklearn's Newton solver, new in 1.2; the intercept is not penalised, as in
              drivers.ts); also penalty=None on all rows. The default lbfgs solver's fit is recorded
              too ("lbfgs"): it stops on a relative decrease of the loss (ftol = 64 eps) and lands
              within about 1e-4 of the optimum, so the tests compare with it only loosely.
  AUC:        roc_auc_score on the holdout and on the training rows
"""
import json
import os

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20240607  # DEFAULT_CLV.drivers.seed
HOLDOUT = 0.3
L2 = 1.0


def simulate(n=1500, seed=7):
    rng = np.random.default_rng(seed)
    tenure = rng.integers(30, 720, n)
    purchases = 1 + rng.geometric(0.35, n) - 1 + rng.poisson(tenure / 200)
    since = np.minimum(tenure, rng.exponential(90, n).astype(int))
    revenue = np.round(purchases * rng.lognormal(3.5, 0.6, n), 2)
    revenue[rng.random(n) < 0.01] *= -0.1  # a few netted returns: revenue below zero
    channel = rng.choice(["web", "app", "store", "referral", "fax", "kiosk"], n, p=[0.4, 0.3, 0.15, 0.135, 0.009, 0.006])
    gender = rng.choice(["f", "m", None], n, p=[0.55, 0.4, 0.05])
    segment = rng.choice(["champions", "at_risk", "lost", "new_customers"], n, p=[0.2, 0.3, 0.3, 0.2])
    eta = (
        -0.6
        + 0.012 * (since - 90)
        - 0.5 * (np.log1p(purchases) - 1)
        - 0.2 * (np.log1p(np.maximum(0, revenue)) - 4)
        + 0.001 * (tenure - 360)
        + np.select([channel == "app", channel == "store", channel == "referral"], [0.4, -0.5, -0.8], 0)
        + np.where(segment == "lost", 0.7, 0)
    )
    churn = (rng.random(n) < 1 / (1 + np.exp(-eta))).astype(int)
    ids = [f"C{i:05d}" for i in range(n)]
    return pd.DataFrame(
        {
            "id": ids,
            "churn": churn,
            "days_since_last": since,
            "purchases": purchases,
            "revenue": revenue,
            "tenure_days": tenure,
            "channel": channel,
            "gender": gender,
            "segment": segment,
        }
    )


def fnv1a(text):
    h = 0x811C9DC5
    for ch in text:
        h ^= ord(ch)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def fmix32(h):
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & 0xFFFFFFFF
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & 0xFFFFFFFF
    h ^= h >> 16
    return h


def one_hot(values, max_levels=8, min_count=10):
    counts = values.dropna().value_counts()
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    kept = [v for v, c in ranked if c >= min_count][:max_levels]
    ids = values.map(lambda v: "unknown" if v is None or (isinstance(v, float) and np.isnan(v)) else ("v:" + v if v in kept else "other"))
    tally = ids.value_counts()
    levels = sorted(tally.items(), key=lambda kv: (-kv[1], kv[0]))
    values_only = [lid for lid, _ in levels if lid.startswith("v:")]
    reference = values_only[0] if values_only else levels[0][0]
    cols = {}
    for lid, count in levels:
        if lid != reference:
            cols[lid] = (ids == lid).astype(float).to_numpy()
    return reference, cols, {lid: int(c) for lid, c in levels}


def design(df, categories):
    numeric = {
        "recency": df["days_since_last"].astype(float),
        "frequency": np.log1p(df["purchases"].astype(float)),
        "monetary": np.log1p(np.maximum(0, df["revenue"].astype(float))),
        "tenure": df["tenure_days"].astype(float),
    }
    names, cols = [], []
    for name, v in numeric.items():
        v = v.to_numpy()
        sd = v.std(ddof=0)
        names.append(name)
        cols.append((v - v.mean()) / (sd if sd > 0 else 1))
    refs = {}
    for c in categories:
        ref, dummies, counts = one_hot(df[c].where(df[c].notna(), None))
        refs[c] = {"reference": ref, "counts": counts}
        for lid, col in dummies.items():
            names.append(f"{c}={lid}")
            cols.append(col)
    return names, np.column_stack(cols), refs


def main():
    df = simulate()
    df.to_csv(os.path.join(HERE, "churn_drivers.csv"), index=False)
    df = pd.read_csv(os.path.join(HERE, "churn_drivers.csv"), dtype={"gender": object}, keep_default_na=True)
    df["gender"] = df["gender"].where(df["gender"].notna(), None)
    categories = ["channel", "gender", "segment"]
    names, x, refs = design(df, categories)
    y = df["churn"].to_numpy()
    hold = np.array([fmix32(fnv1a(f"{SEED}:{i}")) / 2**32 < HOLDOUT for i in df["id"]])
    penalised = LogisticRegression(penalty="l2", C=1 / L2, solver="newton-cholesky", tol=1e-12, max_iter=1000).fit(x[~hold], y[~hold])
    plain = LogisticRegression(penalty=None, solver="newton-cholesky", tol=1e-12, max_iter=1000).fit(x, y)
    lbfgs = LogisticRegression(penalty="l2", C=1 / L2, tol=1e-12, max_iter=100_000).fit(x[~hold], y[~hold])
    out = {
        "sklearn": __import__("sklearn").__version__,
        "rows": int(len(df)),
        "churned": int(y.sum()),
        "holdout": int(hold.sum()),
        "train": int((~hold).sum()),
        "names": names,
        "references": refs,
        "penalised": {
            "l2": L2,
            "intercept": float(penalised.intercept_[0]),
            "coefficients": dict(zip(names, map(float, penalised.coef_[0]))),
            "aucHoldout": float(roc_auc_score(y[hold], penalised.decision_function(x[hold]))),
            "aucTraining": float(roc_auc_score(y[~hold], penalised.decision_function(x[~hold]))),
        },
        "lbfgs": {
            "intercept": float(lbfgs.intercept_[0]),
            "coefficients": dict(zip(names, map(float, lbfgs.coef_[0]))),
        },
        "plain": {
            "intercept": float(plain.intercept_[0]),
            "coefficients": dict(zip(names, map(float, plain.coef_[0]))),
            "aucTraining": float(roc_auc_score(y, plain.decision_function(x))),
        },
    }
    with open(os.path.join(HERE, "churn_drivers.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print(json.dumps({k: out[k] for k in ("rows", "churned", "holdout", "train")}), len(names), "columns")


if __name__ == "__main__":
    main()
