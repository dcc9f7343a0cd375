#!/usr/bin/python3
"""Reference k-means / silhouette results from scikit-learn for test/unit/math/kmeans-reference.test.ts.

Run with Debian's python3 (apt-get install -y python3-pandas python3-sklearn python3-scipy):

    /usr/bin/python3 test/reference/kmeans/make_reference.py

For each dataset it writes
  <name>.csv   customer_id, recency, frequency, monetary (RFM convention, see /work/shared/notes/domain.md)
               and z_recency, z_frequency, z_monetary: log1p of the three, standardised with StandardScaler,
               rounded to 6 decimals;
  <name>.json  sklearn results on exactly the rounded matrix in the CSV (parsed back from the written text),
               so the TypeScript test clusters the same numbers sklearn did.
"""

import io
import json
import platform
from pathlib import Path

import numpy as np
import pandas as pd
import scipy
import sklearn
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import StandardScaler

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "data"
K_RANGE = range(2, 9)
SAMPLE = 10_000
# Online Retail is small enough to publish sklearn's labels, so the test can compare the silhouette
# implementations on identical labels (no sampling, no k-means differences).
LABELS_FOR = {"online_retail"}


def online_retail() -> pd.DataFrame:
    df = pd.read_csv(
        DATA / "online_retail" / "online_retail.csv.gz",
        dtype={"InvoiceNo": str, "StockCode": str, "CustomerID": "float64"},
        parse_dates=["InvoiceDate"],
    )
    df = df.drop_duplicates()
    df = df[df["CustomerID"].notna() & (df["Quantity"] > 0) & (df["UnitPrice"] > 0)].copy()
    df["customer_id"] = df["CustomerID"].astype(int).astype(str)
    df["date"] = df["InvoiceDate"].dt.normalize()
    df["amount"] = df["Quantity"] * df["UnitPrice"]
    analysis = df["InvoiceDate"].max().normalize() + pd.Timedelta(days=1)
    g = df.groupby("customer_id")
    return pd.DataFrame(
        {
            "recency": (analysis - g["date"].max()).dt.days,
            "frequency": g["InvoiceNo"].nunique(),
            "monetary": g["amount"].sum(),
        }
    ).reset_index()


def cdnow() -> pd.DataFrame:
    df = pd.read_csv(
        DATA / "cdnow" / "CDNOW_master.txt",
        sep=r"\s+",
        skiprows=1,  # the file opens with a header line
        header=None,
        names=["customer_id", "date", "number_of_cds", "dollar_value"],
        dtype={"customer_id": str, "date": str},
    )
    df["date"] = pd.to_datetime(df["date"], format="%Y%m%d")
    analysis = df["date"].max() + pd.Timedelta(days=1)
    g = df.groupby("customer_id")
    return pd.DataFrame(
        {
            "recency": (analysis - g["date"].max()).dt.days,
            "frequency": g.size(),
            "monetary": g["dollar_value"].sum(),
        }
    ).reset_index()


def build(name: str, rfm: pd.DataFrame) -> None:
    rfm = rfm.sort_values("customer_id").reset_index(drop=True)
    logs = np.log1p(rfm[["recency", "frequency", "monetary"]].to_numpy(dtype=float))
    scaler = StandardScaler().fit(logs)
    z = scaler.transform(logs)
    out = pd.DataFrame(
        {
            "customer_id": rfm["customer_id"],
            "recency": rfm["recency"],
            "frequency": rfm["frequency"],
            # 4 decimals, not float_format's 6: the sums are cents (CDNOW) or 3-decimal prices x quantity.
            "monetary": rfm["monetary"].map(lambda v: f"{v:.4f}"),
            "z_recency": z[:, 0],
            "z_frequency": z[:, 1],
            "z_monetary": z[:, 2],
        }
    )
    text = out.to_csv(index=False, float_format="%.6f", lineterminator="\n")
    (HERE / f"{name}.csv").write_text(text)

    # Cluster exactly the numbers the CSV holds.
    X = pd.read_csv(io.StringIO(text), dtype={"customer_id": str})[
        ["z_recency", "z_frequency", "z_monetary"]
    ].to_numpy(dtype=np.float64)
    X = np.ascontiguousarray(X)
    n = X.shape[0]
    per_k = []
    labels_by_k = {}
    for k in K_RANGE:
        km = KMeans(n_clusters=k, n_init=10, random_state=0).fit(X)
        sil = silhouette_score(X, km.labels_, sample_size=min(SAMPLE, n), random_state=0)
        entry = {"k": k, "inertia": float(km.inertia_), "silhouette": float(sil), "iterations": int(km.n_iter_)}
        if n <= SAMPLE:
            # No sampling happened, so this is the exact full-data silhouette of these labels.
            entry["silhouette_full"] = float(sil)
        per_k.append(entry)
        labels_by_k[str(k)] = "".join(str(v) for v in km.labels_)
        print(f"{name} k={k} inertia={km.inertia_:.4f} silhouette={sil:.6f} iter={km.n_iter_}")
    best = max(per_k, key=lambda e: e["silhouette"])
    result = {
        "dataset": name,
        "n": int(n),
        "features": "log1p(recency, frequency, monetary), StandardScaler (population std), rounded to 6 decimals",
        "scaler": {"mean": scaler.mean_.tolist(), "scale": scaler.scale_.tolist()},
        "kmeans": "KMeans(n_clusters=k, n_init=10, random_state=0), algorithm lloyd, tol 1e-4, max_iter 300",
        "silhouette": f"silhouette_score(X, labels, sample_size=min({SAMPLE}, n), random_state=0)",
        "best_k": best["k"],
        "per_k": per_k,
        "versions": {
            "python": platform.python_version(),
            "numpy": np.__version__,
            "pandas": pd.__version__,
            "scipy": scipy.__version__,
            "sklearn": sklearn.__version__,
        },
    }
    if name in LABELS_FOR:
        # One digit per customer, in CSV row order (k <= 8, so labels are single digits).
        result["labels"] = labels_by_k
    (HERE / f"{name}.json").write_text(json.dumps(result, indent=2) + "\n")
    print(f"{name}: n={n}, best k={best['k']}")


if __name__ == "__main__":
    build("online_retail", online_retail())
    build("cdnow", cdnow())
