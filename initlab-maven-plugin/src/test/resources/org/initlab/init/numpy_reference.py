"""numpy's side of NumpyCrossCheckTest: the same initializers written with numpy's legacy
RandomState, each formula derived independently from the libraries' documentation.

Reads lines "<seed> <rows> <cols> <spec>" on stdin (rows = fan_in, layout in-out) and prints,
for each, the weights in row-major order as repr() floats on one line.
"""
import math
import sys

import numpy as np


def trunc(mean, std, a, b, shape):
    # redraw mean + std*gauss until it lies in [a, b], one scalar draw at a time
    out = np.empty(shape[0] * shape[1])
    for i in range(out.size):
        v = np.random.normal(mean, std)
        while v < a or v > b:
            v = np.random.normal(mean, std)
        out[i] = v
    return out.reshape(shape)


def orthogonal(gain, shape):
    rows, cols = shape
    a = np.random.normal(0, 1, (rows, cols))
    if rows < cols:
        a = a.T
    q, r = np.linalg.qr(a)
    q *= np.sign(np.diag(r))
    if rows < cols:
        q = q.T
    return gain * q


def keras_orthogonal(gain, shape):
    # keras.initializers.Orthogonal: draw the tall (max, min) matrix itself, not its transpose
    rows, cols = shape
    a = np.random.normal(0, 1, (max(rows, cols), min(rows, cols)))
    q, r = np.linalg.qr(a)
    q *= np.sign(np.diag(r))
    if rows < cols:
        q = q.T
    return gain * q


def tf1_vs(factor, n, uniform, shape):
    # tf.contrib.layers.variance_scaling_initializer as TF 1.15's code has it (not its docstring)
    if uniform:
        limit = math.sqrt(3.0 * factor / n)
        return np.random.uniform(-limit, limit, shape)
    trunc_stddev = math.sqrt(1.3 * factor / n)
    return trunc(0.0, trunc_stddev, -2 * trunc_stddev, 2 * trunc_stddev, shape)


def bilinear(shape, before_5713):
    # caffe::BilinearFiller on one row; a row of k*k values is a k x k kernel, else a 1-d kernel
    rows, cols = shape
    k = int(round(math.sqrt(cols)))
    square = k * k == cols
    if not square:
        k = cols
    f = math.ceil(k / 2.)
    c = (2 * f - 1 - f % 2) / (2. * f) if before_5713 else (k - 1) / (2. * f)
    i = np.arange(cols)
    x, y = i % k, i // k
    w = (1 - np.abs(x / f - c)) * ((1 - np.abs(y / f - c)) if square else 1.0)
    return np.tile(w, (rows, 1))


def sparse(sparsity, std, shape):
    rows, cols = shape
    w = np.random.normal(0, std, shape)
    zeros = int(math.ceil(sparsity * rows))
    for c in range(cols):
        w[np.random.permutation(rows)[:zeros], c] = 0
    return w


def sym_uniform(bound, shape):
    return np.random.uniform(-bound, bound, shape)


def keras_vs(scale, n, distribution, shape):
    if distribution == "uniform":
        return sym_uniform(math.sqrt(3.0 * scale / n), shape)
    if distribution == "untruncated_normal":
        return np.random.normal(0, math.sqrt(scale / n), shape)
    std = math.sqrt(scale / n) / 0.87962566103423978
    return trunc(0.0, std, -2 * std, 2 * std, shape)


def kaiming_std(a, fan, gain=None):
    g = math.sqrt(2.0 / (1 + a ** 2)) if gain is None else gain
    return g / math.sqrt(fan)


CASES = {
    "xavier_normal": lambda i, o: np.random.normal(0, 1 * math.sqrt(2.0 / (i + o)), (i, o)),
    "xavier_uniform": lambda i, o: (lambda b: np.random.uniform(-b, b, (i, o)))(
        math.sqrt(3.0) * (1 * math.sqrt(2.0 / (i + o)))),
    "kaiming_normal": lambda i, o: np.random.normal(0, kaiming_std(0, i), (i, o)),
    "kaiming_uniform": lambda i, o: (lambda b: np.random.uniform(-b, b, (i, o)))(math.sqrt(3.0) * kaiming_std(0, i)),
    "kaiming_normal(mode=fan_out, nonlinearity=relu)": lambda i, o: np.random.normal(
        0, kaiming_std(0, o, math.sqrt(2.0)), (i, o)),
    "normal(mean=0.5, std=2)": lambda i, o: np.random.normal(0.5, 2.0, (i, o)),
    "uniform(a=-1, b=3)": lambda i, o: np.random.uniform(-1.0, 3.0, (i, o)),
    "constant(val=0.3)": lambda i, o: np.full((i, o), 0.3),
    "keras:constant(value=-0.7)": lambda i, o: np.full((i, o), -0.7),
    "keras:orthogonal": lambda i, o: keras_orthogonal(1.0, (i, o)),
    "keras:orthogonal(gain=2)": lambda i, o: keras_orthogonal(2.0, (i, o)),
    "variance_scaling(distribution=normal)": lambda i, o: keras_vs(1.0, i, "truncated_normal", (i, o)),
    "variance_scaling(scale=2, mode=fan_avg, distribution=Normal)": lambda i, o: keras_vs(2.0, (i + o) / 2.0, "truncated_normal", (i, o)),
    # TensorFlow 1: xavier_initializer = variance_scaling_initializer(factor=1.0, mode='FAN_AVG', uniform)
    "tf1:xavier_initializer": lambda i, o: tf1_vs(1.0, (i + o) / 2.0, True, (i, o)),
    "tf1:xavier_initializer(uniform=False)": lambda i, o: tf1_vs(1.0, (i + o) / 2.0, False, (i, o)),
    "tf1:xavier_initializer_conv2d(uniform=False)": lambda i, o: tf1_vs(1.0, (i + o) / 2.0, False, (i, o)),
    # the first contrib file: stddev = math.sqrt(3.0 / (n_inputs + n_outputs)), truncated
    "tf1:xavier_initializer(uniform=False, version=legacy)": lambda i, o: (lambda s: trunc(0.0, s, -2 * s, 2 * s, (i, o)))(
        math.sqrt(3.0 / (i + o))),
    "tf1:xavier_initializer(version=legacy)": lambda i, o: np.random.uniform(
        -math.sqrt(6.0 / (i + o)), math.sqrt(6.0 / (i + o)), (i, o)),
    "tf1:variance_scaling_initializer": lambda i, o: tf1_vs(2.0, i, False, (i, o)),
    "tf1:variance_scaling_initializer(mode=FAN_OUT)": lambda i, o: tf1_vs(2.0, o, False, (i, o)),
    "tf1:variance_scaling_initializer(factor=1.0, mode=FAN_AVG, uniform=True)": lambda i, o: tf1_vs(1.0, (i + o) / 2.0, True, (i, o)),
    "bilinear": lambda i, o: bilinear((i, o), False),
    "bilinear(variant=caffe-2016)": lambda i, o: bilinear((i, o), True),
    "trunc_normal(mean=0, std=1, a=-1, b=2)": lambda i, o: trunc(0.0, 1.0, -1.0, 2.0, (i, o)),
    "keras:random_normal": lambda i, o: np.random.normal(0.0, 0.05, (i, o)),
    "he_uniform": lambda i, o: (lambda b: np.random.uniform(-b, b, (i, o)))(math.sqrt(3.0 * 2 / i)),
    "XAVIER": lambda i, o: np.random.normal(0, math.sqrt(2.0 / (i + o)), (i, o)),
    "orthogonal": lambda i, o: orthogonal(1.0, (i, o)),
    "orthogonal(gain=2)": lambda i, o: orthogonal(2.0, (i, o)),
    "sparse(sparsity=0.3)": lambda i, o: sparse(0.3, 0.01, (i, o)),
    "zeros": lambda i, o: np.zeros((i, o)),
    "ones": lambda i, o: np.ones((i, o)),
    # Keras VarianceScaling: n = fan_in, fan_out or their mean; truncated normals are cut at 2 stddev
    # after dividing the target stddev by 0.87962566103423978, the std of a standard normal cut at ±2
    "glorot_uniform": lambda i, o: keras_vs(1.0, (i + o) / 2.0, "uniform", (i, o)),
    "glorot_normal": lambda i, o: keras_vs(1.0, (i + o) / 2.0, "truncated_normal", (i, o)),
    "he_normal": lambda i, o: keras_vs(2.0, i, "truncated_normal", (i, o)),
    "lecun_uniform": lambda i, o: keras_vs(1.0, i, "uniform", (i, o)),
    "lecun_normal": lambda i, o: keras_vs(1.0, i, "truncated_normal", (i, o)),
    "variance_scaling(scale=3, mode=fan_out, distribution=untruncated_normal)": lambda i, o: keras_vs(3.0, o, "untruncated_normal", (i, o)),
    "variance_scaling(mode=fan_avg, distribution=uniform)": lambda i, o: keras_vs(1.0, (i + o) / 2.0, "uniform", (i, o)),
    "truncated_normal(mean=0.1, stddev=0.2)": lambda i, o: trunc(0.1, 0.2, 0.1 - 0.4, 0.1 + 0.4, (i, o)),
    "random_uniform": lambda i, o: np.random.uniform(-0.05, 0.05, (i, o)),
    # Deeplearning4j's WeightInit values, with its own fan rules
    "dl4j:NORMAL": lambda i, o: np.random.normal(0, 1 / math.sqrt(i), (i, o)),
    "dl4j:UNIFORM": lambda i, o: np.random.uniform(-1 / math.sqrt(i), 1 / math.sqrt(i), (i, o)),
    "XAVIER_UNIFORM": lambda i, o: sym_uniform(math.sqrt(6.0 / (i + o)), (i, o)),
    "XAVIER_FAN_IN": lambda i, o: np.random.normal(0, 1 / math.sqrt(i), (i, o)),
    "XAVIER_LEGACY": lambda i, o: np.random.normal(0, math.sqrt(1.0 / (i + o)), (i, o)),
    "RELU": lambda i, o: np.random.normal(0, math.sqrt(2.0 / i), (i, o)),
    "RELU_UNIFORM": lambda i, o: sym_uniform(math.sqrt(6.0 / i), (i, o)),
    "LECUN_NORMAL": lambda i, o: np.random.normal(0, 1 / math.sqrt(i), (i, o)),
    "LECUN_UNIFORM": lambda i, o: sym_uniform(3 / math.sqrt(i), (i, o)),
    "SIGMOID_UNIFORM": lambda i, o: sym_uniform(4 * math.sqrt(6.0 / (i + o)), (i, o)),
    "VAR_SCALING_NORMAL_FAN_IN": lambda i, o: trunc(0.0, math.sqrt(1.0 / i), -2 * math.sqrt(1.0 / i), 2 * math.sqrt(1.0 / i), (i, o)),
    "VAR_SCALING_NORMAL_FAN_OUT": lambda i, o: trunc(0.0, math.sqrt(1.0 / o), -2 * math.sqrt(1.0 / o), 2 * math.sqrt(1.0 / o), (i, o)),
    "VAR_SCALING_NORMAL_FAN_AVG": lambda i, o: (lambda s: trunc(0.0, s, -2 * s, 2 * s, (i, o)))(math.sqrt(2.0 / (i + o))),
    "VAR_SCALING_UNIFORM_FAN_IN": lambda i, o: sym_uniform(3 / math.sqrt(i), (i, o)),
    "VAR_SCALING_UNIFORM_FAN_OUT": lambda i, o: sym_uniform(3 / math.sqrt(o), (i, o)),
    "VAR_SCALING_UNIFORM_FAN_AVG": lambda i, o: sym_uniform(3 / math.sqrt((i + o) / 2.0), (i, o)),
}

for line in sys.stdin:
    if not line.strip():
        continue
    seed, rows, cols, spec = line.strip().split(" ", 3)
    np.random.seed(int(seed))
    w = CASES[spec](int(rows), int(cols))
    print(" ".join(repr(float(v)) for v in np.asarray(w, dtype=np.float64).ravel()))
