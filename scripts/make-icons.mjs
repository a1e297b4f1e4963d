#!/usr/bin/env node
// Writes the Teams app icons (appPackage/color.png 192x192, appPackage/outline.png 32x32 white on transparent)
// as PNGs with node:zlib only: an envelope with a return arrow, drawn from simple shapes.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function png(size, pixel) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = [];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x += 1) Buffer.from(pixel(x, y)).copy(row, 1 + x * 4);
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in unit coordinates (0..1): an envelope outline with its flap, and a return arrow below-left.
function onEnvelope(u, v, stroke) {
  const inX = u >= 0.18 && u <= 0.82;
  const inY = v >= 0.28 && v <= 0.68;
  const border =
    inX && inY && (u - 0.18 < stroke || 0.82 - u < stroke || v - 0.28 < stroke || 0.68 - v < stroke);
  // Flap: two lines from the top corners to the centre (0.5, 0.5).
  const flapLeft = Math.abs(v - 0.28 - (u - 0.18) * (0.22 / 0.32)) < stroke && u <= 0.5 && u >= 0.18;
  const flapRight = Math.abs(v - 0.28 - (0.82 - u) * (0.22 / 0.32)) < stroke && u >= 0.5 && u <= 0.82;
  return border || flapLeft || flapRight;
}
function onArrow(u, v, stroke) {
  const shaft = v >= 0.8 - stroke && v <= 0.8 + stroke && u >= 0.3 && u <= 0.7;
  const headUp = Math.abs(v - 0.8 + (u - 0.3)) < stroke && u >= 0.3 && u <= 0.4;
  const headDown = Math.abs(v - 0.8 - (u - 0.3)) < stroke && u >= 0.3 && u <= 0.4;
  return shaft || headUp || headDown;
}

const WHITE = [255, 255, 255, 255];
const ACCENT = [0x0f, 0x6c, 0xbd, 255];
const CLEAR = [0, 0, 0, 0];

const color = png(192, (x, y) => {
  const u = (x + 0.5) / 192;
  const v = (y + 0.5) / 192;
  return onEnvelope(u, v, 0.035) || onArrow(u, v, 0.03) ? WHITE : ACCENT;
});
const outline = png(32, (x, y) => {
  const u = (x + 0.5) / 32;
  const v = (y + 0.5) / 32;
  return onEnvelope(u, v, 0.05) || onArrow(u, v, 0.045) ? WHITE : CLEAR;
});

fs.writeFileSync(path.join(root, 'appPackage', 'color.png'), color);
fs.writeFileSync(path.join(root, 'appPackage', 'outline.png'), outline);
console.log('wrote appPackage/color.png (192x192) and appPackage/outline.png (32x32)');
