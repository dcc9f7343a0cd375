#!/usr/bin/python3
"""Reference monthly cohort matrices, computed with pandas independently of Clientele.

Run with Debian's python3 (apt-get install -y python3-pandas):
    /usr/bin/python3 test/reference/lifecycle/make_reference.py

For Online Retail and CDNOW master it restates the app's DEFAULT cleaning rules (as
test/reference/cleaning/make_reference.py does, from src/analysis/clean/options.ts, not from its SQL):
  duplicate       row equal to an earlier row in every column (as text)
  cancellation    InvoiceNo = 'C' + digit..., or quantity < 0
  non-positive-quantity  quantity <= 0
  non-positive-price     unit price <= 0 (CDNOW: no unit price, so the line amount <= 0)
  test-row        'test', 'adjust' or 'bad debt' in lower(Description + ' ' + StockCode)
  missing-customer  empty customer id
A line is kept when no rule matches (outliers are only flagged by default; cancellations are set
aside, so no netted lines). Then (domain.md, "Retention and funnels"):
  month       year * 12 + month - 1 of the line's timestamp (wall clock)
  cohort      month of the customer's first kept line
  k           month - cohort; last = the month of the last kept line; cohort c has columns k = 0 .. last - c
  active      customers of the cohort with a line in month c + k
  on_or_after customers of the cohort with a line in any month >= c + k (denominator: the cohort size;
              only cohorts with c + k <= last have a cell at k)
  revenue     sum of the line amounts of the cohort's customers in month c + k
  orders      distinct InvoiceNo (CDNOW: kept rows, one row = one order)
It writes reference.json beside this script.
"""
import json
import os

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', '..', 'data')


def kept_mask(flags):
    any_flag = None
    for f in flags.values():
        any_flag = f if any_flag is None else (any_flag | f)
    return ~any_flag


def online_retail():
    df = pd.read_csv(os.path.join(DATA, 'online_retail', 'online_retail.csv.gz'), dtype=str, keep_default_na=False)
    q = pd.to_numeric(df.Quantity)
    p = pd.to_numeric(df.UnitPrice)
    text = (df.Description + ' ' + df.StockCode.str.upper()).str.lower()
    kept = kept_mask({
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
        'time': pd.to_datetime(df.InvoiceDate),
        'amount': q * p,
    })[kept]
    return matrices(lines)


def cdnow():
    df = pd.read_csv(os.path.join(DATA, 'cdnow', 'CDNOW_master.txt'), sep=r'\s+', dtype=str)
    dollars = pd.to_numeric(df.dollar_value)
    cds = pd.to_numeric(df.number_of_cds)
    kept = kept_mask({
        'duplicate': df.duplicated(keep='first'),
        'cancellation': cds < 0,
        'non-positive-quantity': cds <= 0,
        'non-positive-price': dollars <= 0,
        'missing-customer': df.customer_id.str.strip() == '',
    })
    lines = pd.DataFrame({
        'customer_id': df.customer_id,
        'order': np.arange(len(df)).astype(str),
        'time': pd.to_datetime(df.date, format='%Y%m%d'),
        'amount': dollars,
    })[kept]
    return matrices(lines)


def label(m):
    return '%04d-%02d' % (m // 12, m % 12 + 1)


def matrices(lines):
    lines = lines.copy()
    lines['month'] = lines.time.dt.year * 12 + lines.time.dt.month - 1
    first = lines.groupby('customer_id').month.min().rename('cohort')
    lines = lines.join(first, on='customer_id')
    last = int(lines.month.max())
    months_of = lines.groupby('customer_id').month.apply(lambda s: sorted(set(s)))
    cohorts = {}
    for c, members in first.groupby(first):
        c = int(c)
        ids = members.index
        mine = lines[lines.customer_id.isin(ids)]
        n = last - c + 1
        active, after, revenue, orders = [], [], [], []
        for k in range(n):
            m = c + k
            at = mine[mine.month == m]
            active.append(int(at.customer_id.nunique()))
            after.append(int(sum(1 for i in ids if any(x >= m for x in months_of[i]))))
            revenue.append(round(float(at.amount.sum()), 6))
            orders.append(int(at.order.nunique()))
        cohorts[label(c)] = {'size': int(len(ids)), 'active': active, 'on_or_after': after, 'revenue': revenue, 'orders': orders}
    return {'first': label(int(first.min())), 'last': label(last), 'customers': int(len(first)), 'cohorts': cohorts}


if __name__ == '__main__':
    out = {
        'generated_by': 'test/reference/lifecycle/make_reference.py',
        'pandas': pd.__version__,
        'online_retail': online_retail(),
        'cdnow_master': cdnow(),
    }
    with open(os.path.join(HERE, 'reference.json'), 'w') as f:
        json.dump(out, f)
    print({k: (v['first'], v['last'], v['customers'], len(v['cohorts'])) for k, v in out.items() if isinstance(v, dict)})
