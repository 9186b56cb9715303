#!/usr/bin/env python3
"""Trims BEA's summary input-output tables (long form, 1997-2015) to what the economy-wide model reads.

Usage: scripts/prepare-io-tables.py BEA_DIR FIRST_YEAR LAST_YEAR OUT_DIR
Writes OUT_DIR/io-total-requirements.csv (domestic industry-by-commodity total requirements, one row per year and
industry, one column per commodity) and OUT_DIR/io-accounts.csv (per year and code: industry output, compensation,
taxes on production less subsidies, gross operating surplus; commodity output, imports, personal consumption and
nonresidential private fixed investment) and OUT_DIR/employment-by-industry.csv (employment by summary industry:
full- and part-time employees, full-time equivalents, persons engaged, with the gross output and compensation they
go with). Values are copied as BEA published them; BEA's "..." (suppressed) and
missing cells are written empty.
"""
import csv
import sys
from collections import OrderedDict

bea, first, last, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]

req = OrderedDict()
cols = OrderedDict()
names = {}
with open(f"{bea}/domestic-requirements-industry-by-commodity-1997-2015.csv", newline="") as f:
    for r in csv.DictReader(f):
        y = int(r["year"])
        if y < first or y > last or not r["row_code"] or not r["column_code"]:
            continue
        cols[r["column_code"]] = r["column_name"]
        names[r["row_code"]] = r["row_name"]
        req.setdefault((y, r["row_code"]), {})[r["column_code"]] = r["value"]
with open(f"{out}/io-total-requirements.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["year", "industry"] + list(cols))
    for (y, code), values in req.items():
        w.writerow([y, code] + [values.get(c, "") for c in cols])

ROWS = {"V001": "compensation", "V002": "taxes", "V003": "surplus"}
COLS = {"F010": "pce", "F02S": "investmentStructures", "F02E": "investmentEquipment",
        "F02N": "investmentIntellectualProperty", "F050": "imports"}
FIELDS = ["industryOutput", "compensation", "taxes", "surplus", "commodityOutput", "imports", "pce",
          "investmentStructures", "investmentEquipment", "investmentIntellectualProperty"]
acc = OrderedDict()
with open(f"{bea}/use-summary-before-redefinitions-1997-2015.csv", newline="") as f:
    for r in csv.DictReader(f):
        y = int(r["year"])
        if y < first or y > last:
            continue
        row, col = r["row_code"], r["column_code"]
        if row in ROWS and col and not col.startswith("F"):
            acc.setdefault((y, col), {})[ROWS[row]] = r["value"]
            names.setdefault(col, r["column_name"])
        elif row == "" and r["row_name"] == "Total Industry Output" and col and not col.startswith("F"):
            acc.setdefault((y, col), {})["industryOutput"] = r["value"]
        elif row and not row.startswith("V") and col in COLS:
            acc.setdefault((y, row), {})[COLS[col]] = r["value"]
            names.setdefault(row, r["row_name"])
        elif row and not row.startswith("V") and col == "" and r["column_name"] == "Total Commodity Output":
            acc.setdefault((y, row), {})["commodityOutput"] = r["value"]
            names.setdefault(row, r["row_name"])
with open(f"{out}/io-accounts.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["year", "code", "name"] + FIELDS)
    for (y, code) in sorted(acc, key=lambda k: (k[0], list(names).index(k[1]))):
        v = acc[(y, code)]
        w.writerow([y, code, names[code]] + [v.get(x, "") for x in FIELDS])

# Employment by industry (NIPA 6.4D, 6.5D, 6.8D matched to the summary industries, with each industry's gross output):
# the employment counts and the output they are divided by; 531 and GFG are aggregates (bea_codes_covered).
EMPLOYMENT = ["year", "bea_code", "bea_codes_covered", "ftpt_employees_thous", "fte_employees_thous",
              "persons_engaged_thous", "gross_output_musd", "compensation_musd"]
with open(f"{bea}/employment-by-industry-2010-2015.csv", newline="") as f, \
        open(f"{out}/employment-by-industry.csv", "w", newline="") as o:
    w = csv.writer(o, lineterminator="\n")
    w.writerow(EMPLOYMENT)
    for r in csv.DictReader(f):
        if first <= int(r["year"]) <= last:
            w.writerow([r[c] for c in EMPLOYMENT])
