// Upstream reference vectors: runs @vladmandic/face-api's own pipeline (TF.js WASM backend) on the
// package's demo/sample1..6.jpg and, when given, Debian python3-skimage's astronaut.png, and writes
// per image and per detector every face's box, score, 68 landmarks, dlib-aligned box and descriptor.
// Usage: node reference.mjs OUT.json [DEBIAN_ROOT]
//   DEBIAN_ROOT: directory that holds usr/lib/python3/dist-packages/skimage/data/astronaut.png
//   ('/' when python3-skimage is installed, or a dpkg-deb -x extraction of the .deb).
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  tf, faceapi, initBackend, decodeRgb, toTensor, sha256, readBytes,
  packageRoot, modelDir, MODEL_FILES, ssdOptions, tinyOptions,
} from './common.mjs';

const ASTRONAUT = '/usr/lib/python3/dist-packages/skimage/data/astronaut.png';
const ASTRONAUT_DEB = 'python3-skimage_0.19.3-8_all.deb';

const [out, debianRoot] = process.argv.slice(2);
if (!out) {
  console.error('usage: node reference.mjs OUT.json [DEBIAN_ROOT]');
  process.exit(2);
}

// float32 values written with the fewest digits that still read back as the same float32
const f32 = (v) => Number(Math.fround(v).toPrecision(9));
const rect = (b) => ({ x: b.x, y: b.y, width: b.width, height: b.height });

async function facesOf(tensor, width, height, detector) {
  const options = detector === 'ssdMobilenetv1' ? ssdOptions() : tinyOptions();
  const results = await faceapi.detectAllFaces(tensor, options).withFaceLandmarks().withFaceDescriptors();
  const faces = [];
  for (const r of results) {
    const aligned = r.landmarks.align(null, { useDlibAlignment: true });
    // the descriptor again, by hand, exactly as computeFaceDescriptor is fed by withFaceDescriptors
    const [crop] = await faceapi.extractFaceTensors(tensor, [aligned]);
    const again = await faceapi.nets.faceRecognitionNet.computeFaceDescriptor(crop);
    crop.dispose();
    for (let i = 0; i < 128; i++) {
      if (again[i] !== r.descriptor[i]) throw new Error(`descriptor mismatch at ${i}`);
    }
    const cropBox = aligned.clipAtImageBorders(width, height);
    faces.push({
      box: rect(r.detection.box),
      score: r.detection.score,
      landmarks: r.landmarks.positions.map((p) => [p.x, p.y]),
      alignedBox: rect(aligned),
      cropBox: rect(cropBox),
      descriptor: Array.from(r.descriptor, f32),
    });
  }
  return faces;
}

async function main() {
  const runtime = await initBackend();
  const models = MODEL_FILES.map((f) => ({ file: `model/${f}`, sha256: sha256(readBytes(path.join(modelDir, f))) }));
  const images = [];
  for (let i = 1; i <= 6; i++) images.push({ file: `demo/sample${i}.jpg`, source: 'npm', abs: path.join(packageRoot, 'demo', `sample${i}.jpg`) });
  const astronaut = debianRoot ? path.join(debianRoot, ASTRONAUT) : ASTRONAUT;
  if (existsSync(astronaut)) images.push({ file: ASTRONAUT, source: 'debian', debianPackage: ASTRONAUT_DEB, abs: astronaut });
  else console.error(`note: ${astronaut} not present, astronaut skipped`);

  const entries = [];
  for (const img of images) {
    const bytes = readBytes(img.abs);
    const decoded = decodeRgb(bytes);
    const tensor = toTensor(decoded);
    const entry = {
      file: img.file,
      source: img.source,
      ...(img.debianPackage ? { debianPackage: img.debianPackage } : {}),
      sha256: sha256(bytes),
      format: decoded.format,
      width: decoded.width,
      height: decoded.height,
      decodedRgbSha256: sha256(decoded.rgb),
      detectors: {
        ssdMobilenetv1: await facesOf(tensor, decoded.width, decoded.height, 'ssdMobilenetv1'),
        tinyFaceDetector: await facesOf(tensor, decoded.width, decoded.height, 'tinyFaceDetector'),
      },
    };
    tensor.dispose();
    console.error(`${img.file}: ${decoded.width}x${decoded.height}, ssd ${entry.detectors.ssdMobilenetv1.length} faces, tiny ${entry.detectors.tinyFaceDetector.length} faces`);
    entries.push(entry);
  }

  const doc = {
    generator: 'server-config/face-reference/make-reference.sh (reference.mjs)',
    package: '@vladmandic/face-api@1.7.15',
    runtime,
    decoders: { jpeg: 'jpeg-js@0.4.4 (no EXIF orientation)', png: 'pngjs@7.0.0 (alpha dropped)' },
    pipeline: {
      input: 'int32 RGB tensor [height,width,3] of the decoded pixels',
      ssdMobilenetv1: { minConfidence: 0.5, maxResults: 100 },
      tinyFaceDetector: { inputSize: 416, scoreThreshold: 0.5 },
      landmarks: 'faceLandmark68Net on the detector box crop (withFaceLandmarks); positions in image pixels',
      alignedBox: "landmarks.align(null, {useDlibAlignment: true}) as returned (image pixels)",
      cropBox: 'alignedBox.clipAtImageBorders(width, height): the pixels extractFaceTensors hands to computeFaceDescriptor',
      descriptor: 'faceRecognitionNet.computeFaceDescriptor of that crop (withFaceDescriptors), float32',
    },
    units: 'boxes {x,y,width,height} and landmarks [x,y] in pixels of the decoded image, origin top left',
    models,
    images: entries,
  };
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  writeFileSync(out, JSON.stringify(doc, null, 1) + '\n');
  console.error(`wrote ${out}`);
  tf.engine().disposeVariables();
}

main().catch((e) => { console.error(e); process.exit(1); });
