#!/usr/bin/python3
"""Converts face-api's TF.js weights (npm @vladmandic/face-api) to ONNX opset-13 graphs.

Usage: tfjs2onnx.py MODEL_DIR OUT_DIR

Writes ssd_mobilenetv1.onnx, tiny_face_detector.onnx, face_landmark_68.onnx and
face_recognition.onnx. Each graph takes NCHW float32 RGB pixel values 0..255 (already padded to a
square and resized, exactly as face-api does it; OpenTVS does that in Java) and applies face-api's
input normalisation itself. The SSD graph outputs the raw box encodings, the class logits and its
anchors (face-api's Output/extra_dim); box decoding and NMS are done in Java, as face-api does in JS.
uint8-quantized weights are dequantized as q * scale + min. TF 'same' padding is written as explicit
pads (pad before = total / 2, rounded down), as TensorFlow does.
"""
import json
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

BYTES = {'float32': 4, 'int32': 4, 'uint8': 1, 'uint16': 2}


def load_weights(model_dir, name):
    with open(os.path.join(model_dir, name + '-weights_manifest.json')) as f:
        manifest = json.load(f)
    weights = {}
    for group in manifest:
        data = b''.join(open(os.path.join(model_dir, p), 'rb').read() for p in group['paths'])
        offset = 0
        for w in group['weights']:
            count = int(np.prod(w['shape'])) if w['shape'] else 1
            q = w.get('quantization')
            if q:
                dtype = np.uint8 if q['dtype'] == 'uint8' else np.uint16
                size = count * BYTES[q['dtype']]
                raw = np.frombuffer(data, dtype=dtype, count=count, offset=offset)
                values = (raw.astype(np.float32) * np.float32(q['scale']) + np.float32(q['min'])).astype(np.float32)
            else:
                size = count * BYTES[w['dtype']]
                values = np.frombuffer(data, dtype=np.float32 if w['dtype'] == 'float32' else np.int32,
                                       count=count, offset=offset).astype(np.float32)
            weights[w['name']] = values.reshape(w['shape'])
            offset += size
        if offset != len(data):
            raise SystemExit(f'{name}: manifest describes {offset} bytes, the weights file has {len(data)}')
    return weights


def same_pads(size, kernel, stride):
    out = -(-size // stride)
    total = max((out - 1) * stride + kernel - size, 0)
    return out, total // 2, total - total // 2


class Graph:
    def __init__(self, weights, size, mean):
        self.w = weights
        self.nodes = []
        self.inits = []
        self.n = 0
        self.size = size
        self.channels = 3
        if mean is None:  # SSD MobileNetV1: x / 127.5 - 1
            half = self.const('div', np.array(127.5, np.float32))
            self.x = self.op('Sub', [self.op('Div', ['input', half]), self.const('one', np.array(1, np.float32))])
        else:
            x = self.const('mean', np.array(mean, np.float32).reshape(1, 3, 1, 1))
            d = self.const('div255', np.array(255, np.float32))
            self.x = self.op('Div', [self.op('Sub', ['input', x]), d])

    def name(self, prefix):
        self.n += 1
        return f'{prefix}_{self.n}'

    def const(self, name, value):
        name = self.name(name.replace('/', '_'))
        self.inits.append(numpy_helper.from_array(np.ascontiguousarray(value, np.float32), name))
        return name

    def op(self, kind, inputs, **attrs):
        out = self.name(kind.lower())
        self.nodes.append(helper.make_node(kind, inputs, [out], **attrs))
        return out

    def conv(self, x, filters, bias, stride=1, padding='valid', group=1):
        k = filters.shape[0]
        if group == 1:
            w = filters.transpose(3, 2, 0, 1)  # [kh, kw, in, out] -> [out, in, kh, kw]
        else:
            w = filters.transpose(2, 3, 0, 1)  # depthwise [kh, kw, in, 1] -> [in, 1, kh, kw]
        if padding == 'same':
            out, before, after = same_pads(self.size, k, stride)
            pads = [before, before, after, after]
        else:
            out, pads = (self.size - k) // stride + 1, [0, 0, 0, 0]
        inputs = [x, self.const('w', w)] + ([self.const('b', bias)] if bias is not None else [])
        self.size = out
        self.channels = w.shape[0]
        return self.op('Conv', inputs, kernel_shape=[k, k], strides=[stride, stride], pads=pads, group=group)

    def pad1(self, x):
        self.size += 2
        pads = self.const('pads', np.array([0, 0, 1, 1, 0, 0, 1, 1], np.float32))
        cast = self.op('Cast', [pads], to=TensorProto.INT64)
        return self.op('Pad', [x, cast])

    def pool(self, kind, x, k, stride, padding='valid'):
        if padding == 'same':
            out, before, after = same_pads(self.size, k, stride)
            pads = [before, before, after, after]
        else:
            out, pads = (self.size - k) // stride + 1, [0, 0, 0, 0]
        self.size = out
        return self.op(kind, [x], kernel_shape=[k, k], strides=[stride, stride], pads=pads)

    def separable(self, x, prefix, stride, padding):
        c = self.channels
        x = self.conv(x, self.w[prefix + '/depthwise_filter'], None, stride, padding, group=c)
        return self.conv(x, self.w[prefix + '/pointwise_filter'], self.w[prefix + '/bias'])

    def leaky(self, x):
        return self.op('LeakyRelu', [x], alpha=0.10000000149011612)

    def save(self, out, output_path, output_shape, more=()):
        outputs = [(out, output_shape)] + list(more)
        graph = helper.make_graph(
            self.nodes, os.path.basename(output_path),
            [helper.make_tensor_value_info('input', TensorProto.FLOAT, [None, 3, None, None])],
            [helper.make_tensor_value_info(o, TensorProto.FLOAT, shape) for o, shape in outputs], self.inits)
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid('', 13)],
                                  producer_name='opentvs-tfjs2onnx')
        onnx.checker.check_model(model)
        onnx.save(model, output_path)


def tiny_face_detector(w, path):
    g = Graph(w, 416, [117.001, 114.697, 97.404])
    x = g.leaky(g.conv(g.x, w['conv0/filters'], w['conv0/bias']))
    x = g.pool('MaxPool', x, 2, 2, 'same')
    for i in range(1, 6):
        x = g.leaky(g.separable(g.pad1(x), f'conv{i}', 1, 'valid'))
        x = g.pool('MaxPool', x, 2, 2 if i < 5 else 1, 'same')
    x = g.conv(x, w['conv8/filters'], w['conv8/bias'])
    g.save(x, path, [None, 25, 13, 13])


def face_landmark_68(w, path):
    g = Graph(w, 112, [122.782, 117.001, 104.298])
    x = g.x
    for d in range(4):
        p = f'dense{d}'
        if d == 0:
            out1 = g.op('Relu', [g.conv(x, w[p + '/conv0/filters'], w[p + '/conv0/bias'], 2, 'same')])
        else:
            out1 = g.op('Relu', [g.separable(x, p + '/conv0', 2, 'same')])
        out2 = g.separable(out1, p + '/conv1', 1, 'same')
        in3 = g.op('Relu', [g.op('Add', [out1, out2])])
        out3 = g.separable(in3, p + '/conv2', 1, 'same')
        in4 = g.op('Relu', [g.op('Add', [out1, g.op('Add', [out2, out3])])])
        out4 = g.separable(in4, p + '/conv3', 1, 'same')
        x = g.op('Relu', [g.op('Add', [out1, g.op('Add', [out2, g.op('Add', [out3, out4])])])])
    x = g.pool('AveragePool', x, 7, 2)
    x = g.op('Flatten', [x])
    x = g.op('Add', [g.op('MatMul', [x, g.const('fc_w', w['fc/weights'])]), g.const('fc_b', w['fc/bias'])])
    g.save(x, path, [None, 136])


def face_recognition(w, path):
    g = Graph(w, 150, [122.782, 117.001, 104.298])

    def conv_layer(x, prefix, stride, relu, padding):
        x = g.conv(x, w[prefix + '/conv/filters'], w[prefix + '/conv/bias'], stride, padding)
        x = g.op('Add', [g.op('Mul', [x, g.const('s', w[prefix + '/scale/weights'].reshape(1, -1, 1, 1))]),
                         g.const('sb', w[prefix + '/scale/biases'].reshape(1, -1, 1, 1))])
        return g.op('Relu', [x]) if relu else x

    def residual(x, prefix):
        out = conv_layer(x, prefix + '/conv1', 1, True, 'same')
        out = conv_layer(out, prefix + '/conv2', 1, False, 'same')
        return g.op('Relu', [g.op('Add', [out, x])])

    def residual_down(x, prefix):
        size_in, channels_in = g.size, g.channels
        out = conv_layer(x, prefix + '/conv1', 2, True, 'valid')
        out = conv_layer(out, prefix + '/conv2', 1, False, 'same')
        pooled_size = (size_in - 2) // 2 + 1
        pooled = g.op('AveragePool', [x], kernel_shape=[2, 2], strides=[2, 2])
        if pooled_size != g.size:  # face-api appends a zero row and column to the conv branch
            pads = g.const('pads', np.array([0, 0, 0, 0, 0, 0, 1, 1], np.float32))
            out = g.op('Pad', [out, g.op('Cast', [pads], to=TensorProto.INT64)])
            g.size = pooled_size
        if channels_in != g.channels:  # and zero channels to the pooled branch
            pads = g.const('pads', np.array([0, 0, 0, 0, 0, g.channels - channels_in, 0, 0], np.float32))
            pooled = g.op('Pad', [pooled, g.op('Cast', [pads], to=TensorProto.INT64)])
        return g.op('Relu', [g.op('Add', [pooled, out])])

    x = conv_layer(g.x, 'conv32_down', 2, True, 'valid')
    x = g.pool('MaxPool', x, 3, 2)
    for name in ['conv32_1', 'conv32_2', 'conv32_3']:
        x = residual(x, name)
    x = residual_down(x, 'conv64_down')
    for name in ['conv64_1', 'conv64_2', 'conv64_3']:
        x = residual(x, name)
    x = residual_down(x, 'conv128_down')
    for name in ['conv128_1', 'conv128_2']:
        x = residual(x, name)
    x = residual_down(x, 'conv256_down')
    for name in ['conv256_1', 'conv256_2']:
        x = residual(x, name)
    x = residual_down(x, 'conv256_down_out')
    x = g.op('ReduceMean', [x], axes=[2, 3], keepdims=0)
    x = g.op('MatMul', [x, g.const('fc', w['fc'])])
    g.save(x, path, [None, 128])


def ssd_mobilenetv1(w, path):
    g = Graph(w, 512, None)
    zero = g.const('zero', np.array(0, np.float32))
    six = g.const('six', np.array(6, np.float32))

    def pointwise(x, prefix, idx, stride):
        p = f'{prefix}/Conv2d_{idx}_pointwise'
        x = g.conv(x, w[p + '/weights'], None, stride, 'same')
        x = g.op('Add', [x, g.const('off', w[p + '/convolution_bn_offset'].reshape(1, -1, 1, 1))])
        return g.op('Clip', [x, zero, six])

    def depthwise(x, idx, stride):
        p = f'MobilenetV1/Conv2d_{idx}_depthwise'
        x = g.conv(x, w[p + '/depthwise_weights'], None, stride, 'same', group=g.channels)
        x = g.op('BatchNormalization', [x, g.const('gamma', w[p + '/BatchNorm/gamma']), g.const('beta', w[p + '/BatchNorm/beta']),
                                        g.const('mean', w[p + '/BatchNorm/moving_mean']),
                                        g.const('var', w[p + '/BatchNorm/moving_variance'])], epsilon=0.0010000000474974513)
        return g.op('Clip', [x, zero, six])

    x = pointwise(g.x, 'MobilenetV1', 0, 2)
    conv11 = None
    for idx in range(1, 14):
        x = depthwise(x, idx, 2 if idx in (2, 4, 6, 12) else 1)
        x = pointwise(x, 'MobilenetV1', idx, 1)
        if idx == 11:
            conv11, conv11_size = x, g.size
    features, features_size = x, g.size
    layers = [(conv11, conv11_size), (features, features_size)]
    for idx in range(8):
        x = pointwise(x, 'Prediction', idx, 2 if idx % 2 else 1)
        if idx % 2:
            layers.append((x, g.size))
    boxes, classes = [], []
    shape4 = g.const('shape4', np.array([1, -1, 4], np.float32))
    shape3 = g.const('shape3', np.array([1, -1, 3], np.float32))
    for idx, (layer, size) in enumerate(layers):
        p = f'Prediction/BoxPredictor_{idx}'
        for kind, target, shape in (('BoxEncodingPredictor', boxes, shape4), ('ClassPredictor', classes, shape3)):
            g.size = size
            y = g.conv(layer, w[f'{p}/{kind}/weights'], w[f'{p}/{kind}/biases'], 1, 'same')
            y = g.op('Transpose', [y], perm=[0, 2, 3, 1])  # NHWC order, as TF.js reshapes it
            target.append(g.op('Reshape', [y, g.op('Cast', [shape], to=TensorProto.INT64)]))
    box_out = g.op('Concat', boxes, axis=1)
    class_out = g.op('Concat', classes, axis=1)
    anchors = g.op('Identity', [g.const('anchors', w['Output/extra_dim'].reshape(-1, 4))])
    g.save(box_out, path, [1, 5118, 4], more=[(class_out, [1, 5118, 3]), (anchors, [5118, 4])])


def main():
    if len(sys.argv) != 3:
        raise SystemExit('usage: tfjs2onnx.py MODEL_DIR OUT_DIR')
    model_dir, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    ssd_mobilenetv1(load_weights(model_dir, 'ssd_mobilenetv1_model'), os.path.join(out_dir, 'ssd_mobilenetv1.onnx'))
    tiny_face_detector(load_weights(model_dir, 'tiny_face_detector_model'), os.path.join(out_dir, 'tiny_face_detector.onnx'))
    face_landmark_68(load_weights(model_dir, 'face_landmark_68_model'), os.path.join(out_dir, 'face_landmark_68.onnx'))
    face_recognition(load_weights(model_dir, 'face_recognition_model'), os.path.join(out_dir, 'face_recognition.onnx'))


if __name__ == '__main__':
    main()
