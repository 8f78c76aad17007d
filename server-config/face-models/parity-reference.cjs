// Upstream reference vectors for FaceApiParityTest (run once; never used at build or run time).
//
// Runs the upstream JavaScript pipeline (@vladmandic/face-api 1.7.15 on @tensorflow/tfjs 4.22.0,
// WASM backend) on face-api's demo photos as decoded by OpenTVS (PNG files written by
// org.opentvs.biometric.faceapi.ParityImages, so both pipelines see identical pixels) and writes,
// per image and face: the tiny detector's box and score (inputSize 416, scoreThreshold 0.5), the SSD
// MobileNetV1 detection overlapping it most (minConfidence 0.5), the 68 landmarks in image pixels,
// the dlib-aligned box and the 128-d descriptor of that crop (`faces`); and the same for every face
// the SSD MobileNetV1 pipeline finds (`ssdFaces`). See README "Face engine" for the command.
//
// Usage (in a scratch directory with
//   npm install --no-save @tensorflow/tfjs@4.22.0 @tensorflow/tfjs-backend-wasm@4.22.0 @vladmandic/face-api@1.7.15 pngjs@7.0.0):
//   node parity-reference.cjs PACKAGE_ROOT PNG_DIR OUT.json
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const tf = require('@tensorflow/tfjs');
const wasm = require('@tensorflow/tfjs-backend-wasm');
const { PNG } = require('pngjs');
const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js');

const SAMPLES = [1, 2, 3, 4, 5, 6].map((i) => `demo/sample${i}.jpg`);
const box = (b) => ({ x: b.x, y: b.y, width: b.width, height: b.height });
const iou = (a, b) => {
  const w = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
  const h = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  return (w * h) / (a.width * a.height + b.width * b.height - w * h);
};

async function main() {
  const [root, pngDir, out] = process.argv.slice(2);
  wasm.setWasmPaths(path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm')), '/'), false);
  await tf.setBackend('wasm');
  await tf.ready();
  const models = path.join(root, 'model');
  await faceapi.nets.tinyFaceDetector.loadFromDisk(models);
  await faceapi.nets.ssdMobilenetv1.loadFromDisk(models);
  await faceapi.nets.faceLandmark68Net.loadFromDisk(models);
  await faceapi.nets.faceRecognitionNet.loadFromDisk(models);
  const images = [];
  for (const file of SAMPLES) {
    const png = PNG.sync.read(fs.readFileSync(path.join(pngDir, path.basename(file, '.jpg') + '.png')));
    const rgb = Buffer.alloc(png.width * png.height * 3);
    for (let i = 0; i < png.width * png.height; i++) {
      for (let c = 0; c < 3; c++) rgb[i * 3 + c] = png.data[i * 4 + c];
    }
    const tensor = tf.tensor3d(Int32Array.from(rgb), [png.height, png.width, 3], 'int32');
    const found = await faceapi.detectAllFaces(tensor, new faceapi.TinyFaceDetectorOptions({ inputSize: 416, scoreThreshold: 0.5 }))
      .withFaceLandmarks().withFaceDescriptors();
    const ssdFound = await faceapi.detectAllFaces(tensor, new faceapi.SsdMobilenetv1Options({ minConfidence: 0.5 }))
      .withFaceLandmarks().withFaceDescriptors();
    const ssd = ssdFound.map((r) => ({ box: box(r.detection.box), score: r.detection.score }));
    tensor.dispose();
    const ssdFaces = ssdFound.map((r) => ({
      ssd: { box: box(r.detection.box), score: r.detection.score },
      landmarks: r.landmarks.positions.map((p) => [p.x, p.y]),
      alignedBox: box(r.landmarks.align(null, { useDlibAlignment: true })),
      descriptor: Array.from(r.descriptor),
    }));
    const faces = found.map((r) => {
      const tiny = { box: box(r.detection.box), score: r.detection.score };
      const best = ssd.reduce((m, d) => (m && iou(m.box, tiny.box) >= iou(d.box, tiny.box) ? m : d), null);
      return {
        tiny,
        ssd: best && iou(best.box, tiny.box) > 0.3 ? best : null,
        landmarks: r.landmarks.positions.map((p) => [p.x, p.y]),
        alignedBox: box(r.landmarks.align(null, { useDlibAlignment: true })),
        descriptor: Array.from(r.descriptor),
      };
    });
    images.push({
      file,
      sha256: crypto.createHash('sha256').update(fs.readFileSync(path.join(root, file))).digest('hex'),
      pixelsSha256: crypto.createHash('sha256').update(rgb).digest('hex'),
      width: png.width,
      height: png.height,
      faces,
      ssd,
      ssdFaces,
    });
  }
  const reference = {
    generator: 'server-config/face-models/parity-reference.cjs',
    package: '@vladmandic/face-api@1.7.15',
    tfjs: `${tf.version_core} ${tf.getBackend()}`,
    pixels: 'decoded by OpenTVS (FaceImages, ImageIO) and passed to face-api as an int32 tensor',
    images,
  };
  fs.writeFileSync(out, `${JSON.stringify(reference, null, 1)}\n`);
}

main().catch((e) => { console.error(e); process.exit(1); });
