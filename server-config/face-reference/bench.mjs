// Benchmark of the upstream JavaScript pipeline: JPEG bytes -> decode -> detect -> 68 landmarks ->
// dlib alignment -> 128-d descriptor, for 640x480 JPEGs with one face, one at a time.
// Usage: node bench.mjs [ITERATIONS=200] [ssd|tiny] [IMAGE_DIR]
//   IMAGE_DIR (default $XDG_CACHE_HOME or ~/.cache, /opentvs/face-bench-640x480): made here when empty,
//   deterministically, from the reference faces (src/test/resources/faceapi/reference.json): for each
//   SSD face a 4:3 crop 2.2 face-widths wide around the face box, bilinear resize to 640x480, JPEG
//   quality 90; a crop in which SSD MobileNetV1 does not find exactly one face is left out. Every image
//   is timed through the whole pipeline whatever it finds; how many faces were found is printed
//   (TinyFaceDetector at scoreThreshold 0.5 misses most of these close-up faces).
// The TF.js WASM backend is single-threaded in Node (WASM_HAS_MULTITHREAD_SUPPORT is false there);
// setThreadsCount(1) is set anyway and the count in use is printed. Pin to one core with taskset -c N.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import {
  tf, faceapi, initBackend, decodeRgb, toTensor, readBytes, locateImage, ssdOptions, tinyOptions,
} from './common.mjs';

const require = createRequire(import.meta.url);
const jpeg = require('jpeg-js');
const here = path.dirname(fileURLToPath(import.meta.url));
const referenceJson = path.join(here, '..', '..', 'src', 'test', 'resources', 'faceapi', 'reference.json');

const iterations = Number(process.argv[2] ?? 200);
const detector = process.argv[3] ?? 'ssd';
const cacheHome = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
const imageDir = process.argv[4] ?? path.join(cacheHome, 'opentvs', 'face-bench-640x480');
if (!Number.isInteger(iterations) || iterations < 1 || !['ssd', 'tiny'].includes(detector)) {
  console.error('usage: node bench.mjs [ITERATIONS] [ssd|tiny] [IMAGE_DIR]');
  process.exit(2);
}

const W = 640;
const H = 480;

/** Bilinear resize of an RGB region (half-pixel centres, edge clamped) to W x H. */
function cropResize(img, cx, cy, cw, ch) {
  const out = new Uint8Array(W * H * 3);
  const sx = cw / W;
  const sy = ch / H;
  for (let y = 0; y < H; y++) {
    const fy = Math.min(Math.max(cy + (y + 0.5) * sy - 0.5, 0), img.height - 1);
    const y0 = Math.floor(fy);
    const y1 = Math.min(y0 + 1, img.height - 1);
    const wy = fy - y0;
    for (let x = 0; x < W; x++) {
      const fx = Math.min(Math.max(cx + (x + 0.5) * sx - 0.5, 0), img.width - 1);
      const x0 = Math.floor(fx);
      const x1 = Math.min(x0 + 1, img.width - 1);
      const wx = fx - x0;
      for (let c = 0; c < 3; c++) {
        const p00 = img.rgb[(y0 * img.width + x0) * 3 + c];
        const p01 = img.rgb[(y0 * img.width + x1) * 3 + c];
        const p10 = img.rgb[(y1 * img.width + x0) * 3 + c];
        const p11 = img.rgb[(y1 * img.width + x1) * 3 + c];
        const v = (p00 * (1 - wx) + p01 * wx) * (1 - wy) + (p10 * (1 - wx) + p11 * wx) * wy;
        out[(y * W + x) * 3 + c] = Math.round(v);
      }
    }
  }
  return out;
}

function toRgba(rgb) {
  const rgba = Buffer.alloc(W * H * 4);
  for (let i = 0, j = 0; i < rgb.length; i += 3, j += 4) {
    rgba[j] = rgb[i]; rgba[j + 1] = rgb[i + 1]; rgba[j + 2] = rgb[i + 2]; rgba[j + 3] = 255;
  }
  return rgba;
}

async function makeImages() {
  const ref = JSON.parse(readFileSync(referenceJson, 'utf8'));
  mkdirSync(imageDir, { recursive: true });
  let kept = 0;
  for (const entry of ref.images) {
    const file = locateImage(entry);
    if (!file || !existsSync(file)) { console.error(`note: ${entry.file} not present, skipped`); continue; }
    const img = decodeRgb(readBytes(file));
    const stem = path.basename(entry.file).replace(/\.[a-z]+$/, '');
    for (const [i, face] of entry.detectors.ssdMobilenetv1.entries()) {
      const cw = Math.min(face.box.width * 2.2, img.width, (img.height * W) / H);
      const ch = (cw * H) / W;
      const cx = Math.min(Math.max(face.box.x + face.box.width / 2 - cw / 2, 0), img.width - cw);
      const cy = Math.min(Math.max(face.box.y + face.box.height / 2 - ch / 2, 0), img.height - ch);
      const rgb = cropResize(img, cx, cy, cw, ch);
      const t = tf.tensor3d(rgb, [H, W, 3], 'int32');
      const found = await faceapi.detectAllFaces(t, ssdOptions());
      t.dispose();
      if (found.length !== 1) { console.error(`${stem} face ${i}: ${found.length} faces in the crop, left out`); continue; }
      const bytes = jpeg.encode({ data: toRgba(rgb), width: W, height: H }, 90).data;
      writeFileSync(path.join(imageDir, `${stem}-face${i}.jpg`), bytes);
      kept++;
    }
  }
  console.error(`wrote ${kept} images to ${imageDir}`);
}

async function pipeline(bytes, options) {
  const img = decodeRgb(bytes);
  const t = toTensor(img);
  const faces = await faceapi.detectAllFaces(t, options).withFaceLandmarks().withFaceDescriptors();
  t.dispose();
  return faces.length;
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main() {
  const runtime = await initBackend();
  const list = () => (existsSync(imageDir) ? readdirSync(imageDir).filter((f) => f.endsWith('.jpg')).sort() : []);
  if (list().length === 0) await makeImages();
  const files = list();
  const images = files.map((f) => readBytes(path.join(imageDir, f)));
  const options = detector === 'ssd' ? ssdOptions() : tinyOptions();
  console.log(`face-api ${runtime.faceApi}, tfjs ${runtime.tfjs}, backend ${runtime.backend}, simd ${runtime.simd}, threads ${runtime.wasmThreads}, node ${process.version}`);
  console.log(`detector ${detector === 'ssd' ? 'SSD MobileNetV1 (minConfidence 0.5)' : 'TinyFaceDetector (inputSize 416, scoreThreshold 0.5)'}; ${images.length} images 640x480 from ${imageDir}`);
  for (let i = 0; i < Math.min(20, iterations); i++) await pipeline(images[i % images.length], options); // warm-up
  const ms = [];
  const cpu = [];
  const counts = new Map();
  for (let i = 0; i < iterations; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const n = await pipeline(images[i % images.length], options);
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const summary = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    return `p50 ${pct(sorted, 50).toFixed(1)} ms, p95 ${pct(sorted, 95).toFixed(1)} ms, mean ${mean.toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`;
  };
  console.log(`image bytes -> descriptor, ${iterations} iterations: wall ${summary(ms)}`);
  console.log(`  process CPU time per image (all threads): ${summary(cpu)}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`  faces found per image: ${[...counts.entries()].sort((a, b) => a[0] - b[0]).map(([n, k]) => `${n} face(s) x${k}`).join(', ')}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
