"""Build ``hadath/serve/static/world-110m.json`` (country outlines for the dashboard's offline map).

Source: ``countries-110m.json`` of the npm package world-atlas 2.0.2 (TopoJSON of Natural Earth
1:110m admin-0 countries; Natural Earth is public domain, world-atlas is ISC). Usage::

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 tools/build_world_outline.py package/countries-110m.json

Output: ``[{"name", "d"}]`` with one SVG path per country on an equirectangular grid
(x = lon + 180, y = 90 - lat, viewBox 0 0 360 180), rounded to 0.1 degree.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "hadath" / "serve" / "static" / "world-110m.json"


def decode(topo: dict) -> list[dict]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(idx: list[int]) -> list[tuple[float, float]]:
        pts: list[tuple[float, float]] = []
        for i in idx:
            a = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts.extend(a if not pts else a[1:])
        return pts

    out = []
    for g in topo["objects"]["countries"]["geometries"]:
        polys = [g["arcs"]] if g["type"] == "Polygon" else g.get("arcs", []) if g["type"] == "MultiPolygon" else []
        parts = []
        for poly in polys:
            for r in poly:
                pts = ring(r)
                last = None
                seg = []
                for lon, lat in pts:
                    p = (round(lon + 180, 1), round(90 - lat, 1))
                    if p != last:
                        seg.append(p)
                        last = p
                if len(seg) >= 3:
                    parts.append("M" + "L".join(f"{x:g},{y:g}" for x, y in seg) + "Z")
        if parts:
            out.append({"name": g.get("properties", {}).get("name", ""), "d": "".join(parts)})
    return out


def main() -> None:
    topo = json.loads(Path(sys.argv[1]).read_text())
    data = decode(topo)
    OUT.write_text(json.dumps(data, separators=(",", ":")))
    print(f"{OUT}: {len(data)} countries, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
