#!/usr/bin/python3
"""Reference numbers for the value chapter, computed with pandas independently of Clientele.

Run with Debian's python3 (apt-get install -y python3-pandas):
    /usr/bin/python3 test/reference/value/make_reference.py

For Online Retail and CDNOW master it restates the app's DEFAULT cleaning rules (as
test/reference/cleaning/make_reference.py does, from src/analysis/clean/options.ts, not from its SQL):
  duplicate       row equal to an earlier row in every column (as text)
  cancellation    InvoiceNo = 'C' + digit..., or quantity < 0
  non-positive-quantity  quantity <= 0
  non-positive-price     unit price <= 0 (CDNOW: no unit price, so the line amount <= 0)
  test-row        'test', 'adjust' or 'bad debt' in lower(Description + ' ' + StockCode)
  missing-customer  empty customer id
A line is kept when no rule matches (outliers are only flagged by default). Then, per customer
(domain.md, RFM convention):
  analysis date  = the day after the last kept line's date
  recency        = analysis date - date of the last purchase, in days
  frequency      = distinct InvoiceNo (Online Retail); kept rows (CDNOW: one row = one order)
  monetary       = sum of the line amounts
and
  rank scores    pandas qcut(rank(method="first"), 5) after sorting by (value, customer_id), the
                 monetary value rounded to 6 decimals; R labels reversed (recent = 5)
  quantile edges numpy.quantile (linear = R type 7) at 0.2/0.4/0.6/0.8, and + 1 as the rfm package does
  named segments the rfm package's rules (domain.md) on the quantile scores
  eight classes  high R = recency < basis, high F = frequency > basis, high M = monetary > basis
                 (basis = mean or median)
  top shares     revenue share of the ceil(p*n) biggest customers
  gini           2 * sum(i * x_i) / (n * sum(x)) - (n + 1) / n, x ascending, i from 1

It writes <name>.csv (customer_id, recency, frequency, monetary, r, f, m: the rank scores) and
<name>.json beside this script.
"""
import json
import os

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', '..', 'data')
PROBS = [0.2, 0.4, 0.6, 0.8]
RULES = [
    ('champions', (5, 5), (5, 5), (5, 5)),
    ('potential_loyalist', (3, 5), (3, 5), (2, 5)),
    ('loyal_customers', (2, 4), (2, 4), (2, 4)),
    ('promising', (3, 4), (1, 3), (3, 5)),
    ('new_customers', (4, 5), (1, 3), (1, 5)),
    ('cant_lose_them', (1, 2), (3, 4), (4, 5)),
    ('at_risk', (1, 2), (2, 5), (4, 5)),
    ('need_attention', (1, 3), (3, 5), (3, 5)),
    ('about_to_sleep', (2, 3), (1, 3), (1, 4)),
    ('lost', (1, 1), (1, 5), (1, 5)),
]
EIGHT = {
    ('h', 'h', 'h'): 'important_value',
    ('h', 'l', 'h'): 'important_develop',
    ('l', 'h', 'h'): 'important_keep',
    ('l', 'l', 'h'): 'important_win_back',
    ('h', 'h', 'l'): 'general_value',
    ('h', 'l', 'l'): 'general_develop',
    ('l', 'h', 'l'): 'general_keep',
    ('l', 'l', 'l'): 'general_win_back',
}


def first_reason_kept(flags):
    any_flag = None
    for f in flags.values():
        any_flag = f if any_flag is None else (any_flag | f)
    return ~any_flag


def online_retail():
    df = pd.read_csv(os.path.join(DATA, 'online_retail', 'online_retail.csv.gz'), dtype=str, keep_default_na=False)
    q = pd.to_numeric(df.Quantity)
    p = pd.to_numeric(df.UnitPrice)
    text = (df.Description + ' ' + df.StockCode.str.upper()).str.lower()
    kept = first_reason_kept({
        'duplicate': df.duplicated(keep='first'),
        'cancellation': df.InvoiceNo.str.match(r'^C[0-9]') | (q < 0),
        'non-positive-quantity': q <= 0,
        'non-positive-price': p <= 0,
        'test-row': text.str.contains('test|adjust|bad debt', regex=True),
        'missing-customer': df.CustomerID.str.strip() == '',
    })
    lines = pd.DataFrame({
        'customer_id': df.CustomerID.str.replace(r'\.0+$', '', regex=True),
        'order': df.InvoiceNo,
        'date': pd.to_datetime(df.InvoiceDate).dt.normalize(),
        'amount': q * p,
    })[kept]
    return customers(lines)


def cdnow():
    df = pd.read_csv(os.path.join(DATA, 'cdnow', 'CDNOW_master.txt'), sep=r'\s+', dtype=str)
    dollars = pd.to_numeric(df.dollar_value)
    cds = pd.to_numeric(df.number_of_cds)
    kept = first_reason_kept({
        'duplicate': df.duplicated(keep='first'),
        'cancellation': cds < 0,
        'non-positive-quantity': cds <= 0,
        'non-positive-price': dollars <= 0,
        'missing-customer': df.customer_id.str.strip() == '',
    })
    lines = pd.DataFrame({
        'customer_id': df.customer_id,
        'order': np.arange(len(df)).astype(str),  # no order id: one row = one order
        'date': pd.to_datetime(df.date, format='%Y%m%d'),
        'amount': dollars,
    })[kept]
    return customers(lines)


def customers(lines):
    analysis = lines.date.max() + pd.Timedelta(days=1)
    g = lines.groupby('customer_id')
    c = pd.DataFrame({
        'recency': (analysis - g.date.max()).dt.days,
        'frequency': g.order.nunique(),
        'monetary': g.amount.sum(),
    }).reset_index()
    return analysis, c


def rank_scores(c, col, key, reverse):
    s = c.assign(_key=key).sort_values(['_key', 'customer_id'])
    ranks = s['_key'].rank(method='first')
    bins = pd.qcut(ranks, 5, labels=False)
    scores = (5 - bins) if reverse else (bins + 1)
    return scores.reindex(c.index).astype(int)


def quantile_scores(x, edges, reverse):
    reached = sum((x >= e).astype(int) for e in edges)
    return (5 - reached) if reverse else (1 + reached)


def summarise(name, analysis, c):
    c = c.sort_values('customer_id').reset_index(drop=True)
    c['r'] = rank_scores(c, 'recency', c.recency, True)
    c['f'] = rank_scores(c, 'frequency', c.frequency, False)
    c['m'] = rank_scores(c, 'monetary', c.monetary.round(6), False)
    c[['customer_id', 'recency', 'frequency', 'monetary', 'r', 'f', 'm']].to_csv(
        os.path.join(HERE, f'{name}.csv'), index=False, float_format='%.10g'
    )

    quantiles = {k: [float(v) for v in np.quantile(c[k], PROBS)] for k in ['recency', 'frequency', 'monetary']}
    qr = quantile_scores(c.recency, [v + 1 for v in quantiles['recency']], True)
    qf = quantile_scores(c.frequency, [v + 1 for v in quantiles['frequency']], False)
    qm = quantile_scores(c.monetary, [v + 1 for v in quantiles['monetary']], False)
    segment = pd.Series('others', index=c.index)
    open_ = pd.Series(True, index=c.index)
    for sid, (r0, r1), (f0, f1), (m0, m1) in RULES:
        hit = open_ & qr.between(r0, r1) & qf.between(f0, f1) & qm.between(m0, m1)
        segment[hit] = sid
        open_ &= ~hit

    def eight(basis):
        b = {k: getattr(c[k], basis)() for k in ['recency', 'frequency', 'monetary']}
        r = np.where(c.recency < b['recency'], 'h', 'l')
        f = np.where(c.frequency > b['frequency'], 'h', 'l')
        m = np.where(c.monetary > b['monetary'], 'h', 'l')
        classes = pd.Series([EIGHT[t] for t in zip(r, f, m)])
        return {'thresholds': {k: float(v) for k, v in b.items()}, 'counts': {k: int(v) for k, v in classes.value_counts().sort_index().items()}}

    n = len(c)
    x = np.sort(c.monetary.to_numpy())
    total = x.sum()
    desc = x[::-1]
    top = {str(pct): float(desc[: (pct * n + 99) // 100].sum() / total) for pct in [1, 5, 10, 20, 50]}
    i = np.arange(1, n + 1)
    gini = 2 * (i * x).sum() / (n * total) - (n + 1) / n
    return {
        'analysis_date': analysis.strftime('%Y-%m-%d'),
        'customers': int(n),
        'orders': int(c.frequency.sum()),
        'revenue': float(total),
        'quantiles': quantiles,
        'named_counts': {k: int(v) for k, v in segment.value_counts().sort_index().items()},
        'rank_counts': {d: {str(k): int(v) for k, v in c[d].value_counts().sort_index().items()} for d in 'rfm'},
        'eight_class': {'mean': eight('mean'), 'median': eight('median')},
        'top_share': top,
        'gini': float(gini),
        'repeat_customers': int((c.frequency >= 2).sum()),
    }


if __name__ == '__main__':
    out = {'generated_by': 'test/reference/value/make_reference.py', 'pandas': pd.__version__, 'numpy': np.__version__}
    for name, fn in [('online_retail', online_retail), ('cdnow', cdnow)]:
        analysis, c = fn()
        out[name] = summarise(name, analysis, c)
    with open(os.path.join(HERE, 'reference.json'), 'w') as f:
        json.dump(out, f, indent=2)
    print(json.dumps(out, indent=2))
