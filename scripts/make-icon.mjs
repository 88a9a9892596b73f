// Draws images/icon.png (the extension's Marketplace icon, 128×128) with no dependency: an anti-aliased
// raster of what Virtwire shows — a pod interface wired through a bridge to a guest NIC — encoded as PNG
// with node:zlib. Run it again after changing the drawing: `node scripts/make-icon.mjs`.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZE = 128;
const SS = 4; // supersampling per axis
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const BG_TOP = [0x1d, 0x35, 0x57];
const BG_BOTTOM = [0x0b, 0x1d, 0x33];
const WIRE = [0x8e, 0xca, 0xe6];
const POD = [0x2a, 0x9d, 0x8f];
const BRIDGE = [0xe9, 0xc4, 0x6a];
const GUEST = [0xf4, 0xa2, 0x61];
const WHITE = [0xf1, 0xfa, 0xee];

/** Signed distance to a rounded rectangle centred at (cx, cy). */
function roundRect(x, y, cx, cy, hw, hh, r) {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}
const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;
function segment(x, y, ax, ay, bx, by, r) {
  const px = x - ax;
  const py = y - ay;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * t, py - dy * t) - r;
}

/** Layers from bottom to top: [signed distance function, colour]. */
const layers = [
  // the wires: pod → bridge → guest, and the bridge's second port down to a tap
  [(x, y) => segment(x, y, 30, 44, 64, 64, 3.2), WIRE],
  [(x, y) => segment(x, y, 64, 64, 98, 44, 3.2), WIRE],
  [(x, y) => segment(x, y, 64, 64, 64, 98, 3.2), WIRE],
  [(x, y) => circle(x, y, 30, 44, 13), POD],
  [(x, y) => circle(x, y, 30, 44, 5), WHITE],
  [(x, y) => roundRect(x, y, 64, 64, 15, 10, 4), BRIDGE],
  [(x, y) => roundRect(x, y, 64, 64, 8, 2.2, 1), BG_BOTTOM],
  [(x, y) => roundRect(x, y, 98, 44, 13, 13, 4), GUEST],
  [(x, y) => roundRect(x, y, 98, 44, 6, 6, 1.5), WHITE],
  [(x, y) => circle(x, y, 64, 99, 9), WIRE],
  [(x, y) => circle(x, y, 64, 99, 3.5), BG_BOTTOM],
];

function pixel(px, py) {
  let acc = [0, 0, 0, 0];
  for (let sy = 0; sy < SS; sy++) {
    for (let sx = 0; sx < SS; sx++) {
      const x = px + (sx + 0.5) / SS;
      const y = py + (sy + 0.5) / SS;
      if (roundRect(x, y, 64, 64, 62, 62, 20) > 0) continue; // outside the tile: transparent
      const t = y / SIZE;
      let c = BG_TOP.map((v, i) => v + (BG_BOTTOM[i] - v) * t);
      for (const [sdf, colour] of layers) if (sdf(x, y) <= 0) c = colour;
      acc = [acc[0] + c[0], acc[1] + c[1], acc[2] + c[2], acc[3] + 255];
    }
  }
  const n = SS * SS;
  const a = acc[3] / n;
  // straight (not premultiplied) alpha: average the colour over the covered samples only
  const covered = acc[3] / 255 || 1;
  return [acc[0] / covered, acc[1] / covered, acc[2] / covered, a].map((v) => Math.round(Math.max(0, Math.min(255, v))));
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

export function iconPng() {
  const rows = [];
  for (let y = 0; y < SIZE; y++) {
    const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0, then RGBA
    for (let x = 0; x < SIZE; x++) Buffer.from(pixel(x, y)).copy(row, 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0);
  ihdr.writeUInt32BE(SIZE, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = join(ROOT, 'images/icon.png');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, iconPng());
console.log(`wrote ${out}`);
