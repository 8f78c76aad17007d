/**
 * The built-in reference face engine: face-api's networks (npm {@code @vladmandic/face-api},
 * Davis King's dlib ResNet descriptor) converted to ONNX by {@code server-config/ensure-face-models.sh}
 * and run on ONNX Runtime. Every pre- and post-processing step reproduces face-api exactly, so the
 * templates equal the upstream JavaScript pipeline's ({@code FaceApiParityTest}). Owns no data and
 * no policy: capture quality decisions stay in {@code CaptureQualityGate}.
 */
package org.opentvs.biometric.faceapi;
