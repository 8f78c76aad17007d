// Shared set-up of the upstream face-api pipeline (Node, TF.js WASM backend, offline).
// Used only by the reference and benchmark commands in this directory, never at run time.
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const tf = require('@tensorflow/tfjs');
export const wasm = require('@tensorflow/tfjs-backend-wasm');
export const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js');
const jpeg = require('jpeg-js');
const { PNG } = require('pngjs');

const here = path.dirname(fileURLToPath(import.meta.url));
export const packageRoot = path.join(here, 'node_modules', '@vladmandic', 'face-api');
export const modelDir = path.join(packageRoot, 'model');

export const MODEL_FILES = [
  'ssd_mobilenetv1_model-weights_manifest.json', 'ssd_mobilenetv1_model.bin',
  'tiny_face_detector_model-weights_manifest.json', 'tiny_face_detector_model.bin',
  'face_landmark_68_model-weights_manifest.json', 'face_landmark_68_model.bin',
  'face_recognition_model-weights_manifest.json', 'face_recognition_model.bin',
];

export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** WASM backend from the package's own .wasm files, one thread (Node builds never use threads anyway). */
export async function initBackend() {
  wasm.setWasmPaths(path.join(here, 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist') + path.sep, false);
  wasm.setThreadsCount(1);
  await tf.setBackend('wasm');
  await tf.ready();
  if (tf.getBackend() !== 'wasm') throw new Error(`backend is ${tf.getBackend()}, not wasm`);
  await faceapi.nets.ssdMobilenetv1.loadFromDisk(modelDir);
  await faceapi.nets.tinyFaceDetector.loadFromDisk(modelDir);
  await faceapi.nets.faceLandmark68Net.loadFromDisk(modelDir);
  await faceapi.nets.faceRecognitionNet.loadFromDisk(modelDir);
  return {
    faceApi: faceapi.version,
    tfjs: tf.version_core,
    backend: tf.getBackend(),
    wasmThreads: wasm.getThreadsCount(),
    simd: await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'),
  };
}

/** Decodes JPEG (jpeg-js) or PNG (pngjs) bytes to packed RGB, alpha dropped. EXIF orientation is not applied. */
export function decodeRgb(bytes) {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: false, maxMemoryUsageInMB: 1024 });
    return { width: img.width, height: img.height, rgb: img.data, format: 'jpeg' };
  }
  if (bytes.length > 8 && bytes[0] === 0x89 && bytes[1] === 0x50) {
    const png = PNG.sync.read(Buffer.from(bytes));
    const rgb = new Uint8Array(png.width * png.height * 3);
    for (let i = 0, j = 0; i < rgb.length; i += 3, j += 4) {
      rgb[i] = png.data[j]; rgb[i + 1] = png.data[j + 1]; rgb[i + 2] = png.data[j + 2];
    }
    return { width: png.width, height: png.height, rgb, format: 'png' };
  }
  throw new Error('neither JPEG nor PNG');
}

export function toTensor(img) {
  return tf.tensor3d(img.rgb, [img.height, img.width, 3], 'int32');
}

export const ssdOptions = () => new faceapi.SsdMobilenetv1Options({ minConfidence: 0.5 });
export const tinyOptions = () => new faceapi.TinyFaceDetectorOptions({ inputSize: 416, scoreThreshold: 0.5 });

export const readBytes = (file) => new Uint8Array(readFileSync(file));

/** Where a reference.json image is on this machine: the npm package, installed Debian file, or astronaut.sh's unpacked copy. */
export function locateImage(entry) {
  if (entry.source === 'npm') return path.join(packageRoot, entry.file);
  const cacheHome = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  const candidates = [entry.file, path.join(cacheHome, 'opentvs', 'debian', 'python3-skimage_0.19.3-8', entry.file)];
  return candidates.find((f) => existsSync(f)) ?? null;
}
