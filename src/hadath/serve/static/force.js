// A small force-directed layout for the actor network (no library: nothing to download or pin).
// Nodes repel each other (Coulomb), edges pull their ends together (springs, stronger for heavier
// edges, weaker between hubs so that a dense core does not collapse), a weak pull keeps everything
// near the centre. Once fitted into the drawing, circles still closer than their radii and a gap
// are pushed apart. The start is a circle in a fixed order: the same data gives the same picture.
"use strict";

/**
 * @param {{id: string, r: number}[]} nodes
 * @param {{source: string, target: string, weight: number}[]} links  weight in (0, 1]
 * @param {number} W  width of the drawing
 * @param {number} H  height of the drawing
 * @param {number} [iterations]
 * @returns {Object<string, [number, number]>} position of each node id, inside W×H with a margin
 */
function forceLayout(nodes, links, W, H, iterations = 400) {
  const n = nodes.length, pos = {};
  if (!n) return pos;
  const x = new Float64Array(n), y = new Float64Array(n), vx = new Float64Array(n), vy = new Float64Array(n);
  const idx = {};
  nodes.forEach((nd, i) => {
    idx[nd.id] = i;
    const a = 2 * Math.PI * i / n;
    x[i] = Math.cos(a) * 200 + (i % 3) * 7;  // the jitter breaks the circle's symmetry
    y[i] = Math.sin(a) * 200 - (i % 5) * 5;
  });
  const springs = links.filter(l => l.source in idx && l.target in idx && l.source !== l.target)
    .map(l => [idx[l.source], idx[l.target], l.weight]);
  const degree = new Float64Array(n).fill(1);
  for (const [a, b] of springs) { degree[a]++; degree[b]++; }
  const k = Math.sqrt((W * H) / n) * 0.6;  // ideal distance between nodes
  for (let it = 0; it < iterations; it++) {
    const cool = 1 - it / iterations;       // the step shrinks: the layout settles
    const fx = new Float64Array(n), fy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = x[i] - x[j], dy = y[i] - y[j], d2 = dx * dx + dy * dy;
        if (d2 < 1e-6) { dx = 0.1 * (i - j); dy = 0.1; d2 = dx * dx + dy * dy; }
        const d = Math.sqrt(d2), minD = nodes[i].r + nodes[j].r + 12;
        let f = (k * k) / d;                 // repulsion
        if (d < minD) f += (minD - d) * 4;   // collision
        fx[i] += dx / d * f; fy[i] += dy / d * f; fx[j] -= dx / d * f; fy[j] -= dy / d * f;
      }
    }
    for (const [a, b, w] of springs) {
      const dx = x[a] - x[b], dy = y[a] - y[b], d = Math.sqrt(dx * dx + dy * dy) || 0.01;
      const f = (d * d) / k * (0.3 + 0.7 * w) / Math.sqrt(Math.min(degree[a], degree[b]));  // attraction
      fx[a] -= dx / d * f; fy[a] -= dy / d * f; fx[b] += dx / d * f; fy[b] += dy / d * f;
    }
    for (let i = 0; i < n; i++) {
      fx[i] -= x[i] * 0.05 * k / 10; fy[i] -= y[i] * 0.05 * k / 10;  // gravity towards the centre
      vx[i] = (vx[i] + fx[i] * 0.02) * 0.6; vy[i] = (vy[i] + fy[i] * 0.02) * 0.6;
      const sp = Math.hypot(vx[i], vy[i]), cap = 30 * cool + 0.5;
      if (sp > cap) { vx[i] *= cap / sp; vy[i] *= cap / sp; }
      x[i] += vx[i]; y[i] += vy[i];
    }
  }
  // fit into the drawing, keeping room for the largest circle and its label
  const margin = Math.max(...nodes.map(nd => nd.r)) + 24;
  const x0 = Math.min(...x), x1 = Math.max(...x), y0 = Math.min(...y), y1 = Math.max(...y);
  const s = Math.min((W - 2 * margin) / ((x1 - x0) || 1), (H - 2 * margin) / ((y1 - y0) || 1));
  const ox = (W - (x1 - x0) * s) / 2, oy = (H - (y1 - y0) * s) / 2;
  for (let i = 0; i < n; i++) { x[i] = ox + (x[i] - x0) * s; y[i] = oy + (y[i] - y0) * s; }
  // in the drawing's units: move apart the circles that still touch, half the overlap each
  for (let pass = 0; pass < 100; pass++) {
    let moved = false;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = x[j] - x[i], dy = y[j] - y[i], d = Math.hypot(dx, dy) || 0.01;
        const gap = nodes[i].r + nodes[j].r + 14 - d;
        if (gap > 0) {
          const ux = (d > 0.01 ? dx / d : 1) * gap / 2, uy = (d > 0.01 ? dy / d : 0) * gap / 2;
          x[i] -= ux; y[i] -= uy; x[j] += ux; y[j] += uy; moved = true;
        }
      }
    }
    for (let i = 0; i < n; i++) {
      x[i] = Math.max(margin, Math.min(W - margin, x[i])); y[i] = Math.max(margin, Math.min(H - margin, y[i]));
    }
    if (!moved) break;
  }
  nodes.forEach((nd, i) => { pos[nd.id] = [x[i], y[i]]; });
  return pos;
}
