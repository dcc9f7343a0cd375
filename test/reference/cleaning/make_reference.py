#!/usr/bin/env python3
"""Reference numbers for the cleaning step, computed with pandas independently of Clientele.

Run with Debian's python3 (apt-get install python3-pandas):
    /usr/bin/python3 test/reference/cleaning/make_reference.py
It writes reference.json beside this script. The rules are the app's defaults, restated here
from their definitions (src/analysis/clean/options.ts), not from its SQL:
  duplicate      row equal to an earlier row in every column (as text)
  cancellation   InvoiceNo = 'C' + digit..., or Quantity < 0
  non-positive-quantity  Quantity <= 0
  non-positive-price     UnitPrice <= 0
  test-row       'test', 'adjust' or 'bad debt' in lower(Description + ' ' + StockCode)
  missing-customer       empty CustomerID (kept for order totals)
Each row gets the first rule that matches, in that order. Outliers are only flagged by default.
"""
import json
import os
import re

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', '..', 'data')
ORDER = ['duplicate', 'cancellation', 'non-positive-quantity', 'non-positive-price', 'test-row', 'missing-customer']


def first_reason(flags):
    reason = pd.Series([None] * len(flags['duplicate']), dtype=object)
    for name in reversed(ORDER):
        reason = reason.mask(flags[name], name)
    return reason


def online_retail():
    df = pd.read_csv(os.path.join(DATA, 'online_retail', 'online_retail.csv.gz'), dtype=str, keep_default_na=False)
    q = pd.to_numeric(df.Quantity)
    p = pd.to_numeric(df.UnitPrice)
    text = (df.Description + ' ' + df.StockCode.str.upper()).str.lower()
    flags = {
        'duplicate': df.duplicated(keep='first'),
        'cancellation': df.InvoiceNo.str.match(r'^C[0-9]') | (q < 0),
        'non-positive-quantity': q <= 0,
        'non-positive-price': p <= 0,
        'test-row': text.str.contains('test|adjust|bad debt', regex=True),
        'missing-customer': df.CustomerID.str.strip() == '',
    }
    reason = first_reason(flags)
    kept = reason.isna()
    orders_kept = kept | (reason == 'missing-customer')
    revenue = q * p
    customer_ids = df.CustomerID.str.replace(r'\.0+$', '', regex=True)
    return {
        'rows_in': int(len(df)),
        'matches': {k: int(v.sum()) for k, v in flags.items()},
        'set_aside': {k: int((reason == k).sum()) for k in ORDER if (reason == k).sum() > 0},
        'kept': int(kept.sum()),
        'customers': int(customer_ids[kept].nunique()),
        'customer_revenue': float(revenue[kept].sum()),
        'invoices_customer': int(df.InvoiceNo[kept].nunique()),
        'order_lines': int(orders_kept.sum()),
        'orders': int(df.InvoiceNo[orders_kept].nunique()),
        'order_revenue': float(revenue[orders_kept].sum()),
        'cancellation_prefix_rows': int(df.InvoiceNo.str.match(r'^C[0-9]').sum()),
        'cancellation_invoices': int(df.InvoiceNo[df.InvoiceNo.str.match(r'^C[0-9]')].nunique()),
    }


def cdnow():
    df = pd.read_csv(os.path.join(DATA, 'cdnow', 'CDNOW_master.txt'), sep=r'\s+', dtype=str)
    dollars = pd.to_numeric(df.dollar_value)
    cds = pd.to_numeric(df.number_of_cds)
    flags = {
        'duplicate': df.duplicated(keep='first'),
        'cancellation': cds < 0,
        'non-positive-quantity': cds <= 0,
        # No unit price column: a line's amount is its price signal.
        'non-positive-price': dollars <= 0,
        'test-row': pd.Series([False] * len(df)),
        'missing-customer': df.customer_id.str.strip() == '',
    }
    reason = first_reason(flags)
    kept = reason.isna()
    return {
        'rows_in': int(len(df)),
        'matches': {k: int(v.sum()) for k, v in flags.items()},
        'set_aside': {k: int((reason == k).sum()) for k in ORDER if (reason == k).sum() > 0},
        'kept': int(kept.sum()),
        'customers': int(df.customer_id[kept].nunique()),
        'customer_revenue': float(dollars[kept].sum()),
    }


if __name__ == '__main__':
    out = {
        'generated_by': 'test/reference/cleaning/make_reference.py',
        'pandas': pd.__version__,
        'online_retail': online_retail(),
        'cdnow_master': cdnow(),
    }
    with open(os.path.join(HERE, 'reference.json'), 'w') as f:
        json.dump(out, f, indent=2)
    print(json.dumps(out, indent=2))
