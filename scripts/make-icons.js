#!/usr/bin/env node
/**
 * Draws the add-in's icons (a checkmark on a document) and writes them to assets/ as PNG.
 * Node only: shapes are signed-distance functions, sampled 4×4 per pixel for smooth edges,
 * and encoded by a minimal PNG writer (RGBA, zlib). Run after changing the design:
 *   node scripts/make-icons.js
 */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const ICON_SIZES = [16, 32, 64, 80, 128];
const LOGO_SIZE = 256;
const SUPERSAMPLE = 4;

// Calm teal, a lighter tint for the folded corner, white for the checkmark.
const BODY = [0x1b, 0x6e, 0x7e];
const FOLD = [0x8c, 0xc3, 0xcc];
const MARK = [0xff, 0xff, 0xff];

// --- Geometry in a 0..1 unit square (y grows downwards) -------------------------------

const DOC = { left: 0.16, top: 0.06, right: 0.84, bottom: 0.94, radius: 0.08, fold: 0.22 };
const CHECK = [
  [0.31, 0.56],
  [0.45, 0.7],
  [0.7, 0.4],
];
const CHECK_HALF_WIDTH = 0.065;

function roundedRectDistance(x, y, r) {
  const cx = (DOC.left + DOC.right) / 2;
  const cy = (DOC.top + DOC.bottom) / 2;
  const hx = (DOC.right - DOC.left) / 2 - r;
  const hy = (DOC.bottom - DOC.top) / 2 - r;
  const dx = Math.abs(x - cx) - hx;
  const dy = Math.abs(y - cy) - hy;
  const outside = Math.hypot(Math.max(dx, 0), Math.max(dy, 0));
  return outside + Math.min(Math.max(dx, dy), 0) - r;
}

/** Inside the document: a rounded rectangle with its top-right corner cut off diagonally. */
function insideDocument(x, y) {
  const cut = x - DOC.right + DOC.fold - (y - DOC.top) > 0;
  return roundedRectDistance(x, y, DOC.radius) <= 0 && !cut;
}

/** The folded corner: the triangle below the diagonal cut. */
function insideFold(x, y) {
  const fx = DOC.right - DOC.fold;
  const fy = DOC.top + DOC.fold;
  return x >= fx && y <= fy && x - fx <= y - DOC.top && x <= DOC.right && y >= DOC.top;
}

function segmentDistance(x, y, [ax, ay], [bx, by]) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (ax + t * vx), y - (ay + t * vy));
}

function onCheckmark(x, y) {
  const d = Math.min(segmentDistance(x, y, CHECK[0], CHECK[1]), segmentDistance(x, y, CHECK[1], CHECK[2]));
  return d <= CHECK_HALF_WIDTH;
}

/** Colour of one sample point, or null where the icon is transparent. */
function sample(x, y) {
  if (onCheckmark(x, y) && insideDocument(x, y)) return MARK;
  if (insideFold(x, y)) return FOLD;
  if (insideDocument(x, y)) return BODY;
  return null;
}

/** RGBA pixels (straight alpha), averaging SUPERSAMPLE² samples per pixel. */
function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const colour = sample((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        pixels[i] = Math.round(r / covered);
        pixels[i + 1] = Math.round(g / covered);
        pixels[i + 2] = Math.round(b / covered);
        pixels[i + 3] = Math.round((255 * covered) / n);
      }
    }
  }
  return pixels;
}

// --- PNG encoding ------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  // compression, filter and interlace methods stay 0
  const stride = size * 4;
  const scanlines = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    scanlines[y * (stride + 1)] = 0; // filter: none
    rgba.copy(scanlines, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main() {
  const assets = path.resolve(__dirname, '..', 'assets');
  fs.mkdirSync(assets, { recursive: true });
  const outputs = [...ICON_SIZES.map((size) => [`icon-${size}.png`, size]), ['logo.png', LOGO_SIZE]];
  for (const [name, size] of outputs) {
    const png = encodePng(size, render(size));
    fs.writeFileSync(path.join(assets, name), png);
    console.log(`assets/${name}: ${size}×${size}, ${png.length} byte`);
  }
}

main();
