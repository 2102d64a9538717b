"""The oracle side of ConvolutionShapesTest: each library's law on a convolution's kernel, its fans
taken from the library itself (torch's _calculate_fan_in_and_fan_out and calculate_gain) or written
from its source (Keras's compute_fans, DL4J's ConvolutionParamInitializer), drawn with numpy's
legacy RandomState in the kernel's stored row-major order, as np.random.*(size=dims) does.

Reads a JSON list of cases {law, dims, seed, ...} from argv[1]; prints a JSON list of flat arrays.
"""
import json
import math
import sys

import numpy as np
import torch
from torch.nn import init


def trunc(mean, std, a, b, dims):
    out = np.empty(int(np.prod(dims)))
    for i in range(out.size):
        v = np.random.normal(mean, std)
        while v < a or v > b:
            v = np.random.normal(mean, std)
        out[i] = v
    return out


def keras_fans(dims):
    # keras.src.initializers.random_initializers.compute_fans
    receptive = int(np.prod(dims[:-2]))
    return dims[-2] * receptive, dims[-1] * receptive


def orthogonal(rows, cols, tall_draw):
    a = np.random.normal(0, 1, (max(rows, cols), min(rows, cols)) if tall_draw else (rows, cols))
    if rows < cols and not tall_draw:
        a = a.T
    q, r = np.linalg.qr(a)
    q *= np.sign(np.diag(r))
    if rows < cols:
        q = q.T
    return q


def draw(c):
    d = c["dims"]
    law = c["law"]
    np.random.seed(c["seed"])
    t = torch.empty(*d)
    if law in ("kaiming_normal", "kaiming_uniform"):
        fan = init._calculate_correct_fan(t, c["mode"])
        std = init.calculate_gain(c["nonlinearity"], c["a"]) / math.sqrt(fan)
        if law == "kaiming_normal":
            return np.random.normal(0, std, d)
        bound = math.sqrt(3.0) * std
        return np.random.uniform(-bound, bound, d)
    if law in ("xavier_normal", "xavier_uniform"):
        fan_in, fan_out = init._calculate_fan_in_and_fan_out(t)
        std = c["gain"] * math.sqrt(2.0 / float(fan_in + fan_out))
        if law == "xavier_normal":
            return np.random.normal(0, std, d)
        a = math.sqrt(3.0) * std
        return np.random.uniform(-a, a, d)
    if law == "keras":
        fan_in, fan_out = keras_fans(d)
        n = {"fan_in": fan_in, "fan_out": fan_out, "fan_avg": (fan_in + fan_out) / 2.0}[c["mode"]]
        # Keras: scale /= max(1, n), then sqrt(3·scale) etc.; written as initlab orders the same arithmetic
        if c["distribution"] == "uniform":
            limit = math.sqrt(3.0 * c["scale"] / n)
            return np.random.uniform(-limit, limit, d)
        if c["distribution"] == "untruncated_normal":
            return np.random.normal(0, math.sqrt(c["scale"] / n), d)
        std = math.sqrt(c["scale"] / n) / 0.87962566103423978
        return trunc(0.0, std, -2 * std, 2 * std, d)
    if law == "dl4j":
        # ConvolutionParamInitializer: fanIn = in*kh*kw, fanOut = out*kh*kw / (sh*sw); weights (out, in, kh, kw)
        out, inp, kh, kw = d
        fan_in = inp * kh * kw
        fan_out = out * kh * kw / (c["stride"][0] * c["stride"][1])
        var = {"XAVIER": 2.0 / (fan_in + fan_out), "RELU": 2.0 / fan_in}[c["scheme"]]
        return np.random.normal(0, math.sqrt(var), d)
    if law == "torch_orthogonal":
        rows = d[0]
        return orthogonal(rows, int(np.prod(d)) // rows, False) * c["gain"]
    if law == "keras_orthogonal":
        cols = d[-1]
        return orthogonal(int(np.prod(d)) // cols, cols, True) * c["gain"]
    raise ValueError(law)


print(json.dumps([np.asarray(draw(c)).ravel().tolist() for c in json.loads(sys.argv[1])]))
