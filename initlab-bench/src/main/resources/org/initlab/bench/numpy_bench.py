"""The numpy side of initlab's benchmark: the tutorials' workloads written the tutorials' way.

Protocol: argv[1] is the data-set directory (abalone/abalone.data, mnist/*.gz). The first line
printed is {"numpy": version, ...}. Then each line read from stdin names a workload (t1, t2, t3,
mnist); the script loads its data once (untimed), runs it once timed with time.perf_counter, and
prints {"ms": milliseconds, "check": "..."}. "quit" ends. What each workload includes mirrors
what initlab computes for the same experiment; see the README's "Performance" section.
"""
import gzip
import json
import os
import sys
import time

import numpy as np

DATA = sys.argv[1]
_loaded = {}


def data(name, load):
    if name not in _loaded:
        _loaded[name] = load()
    return _loaded[name]


# ---- initlab's STATS: moments and extremes of the finite values, NaN/inf counts, zeros, histogram

def stats(v, bins, value_range=None):
    v = v.ravel()
    finite = np.isfinite(v)
    nan = int(np.count_nonzero(np.isnan(v)))
    inf = v.size - nan - int(np.count_nonzero(finite))
    f = v if nan + inf == 0 else v[finite]
    lo, hi = (f.min(), f.max()) if f.size else (0.0, 1.0)
    hist = np.histogram(f, bins, range=value_range if value_range else (lo, hi))
    return (f.mean(), f.std(), lo, hi, nan, inf, np.count_nonzero(f == 0) / max(f.size, 1), hist)


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def relu(x):
    return np.maximum(0, x)


ACT = {"sigmoid": sigmoid, "tanh": np.tanh, "relu": relu}


# ---- T2: x·W through five layers of 100, per-layer stats of weights, linear outputs, activations

def t2():
    np.random.seed(0)
    x0 = data("gaussian", lambda: np.random.randn(1000, 100))
    scales = [1.0, 0.01, np.sqrt(2 / 200), np.sqrt(2 / 100)]  # normal(1), normal(0.01), xavier_normal, He
    ranges = {"sigmoid": (0, 1), "tanh": (-1, 1), "relu": (0, 1)}
    start = time.perf_counter()
    last = None
    for act in ("sigmoid", "tanh", "relu"):
        for scale in scales:
            np.random.seed(1)
            x = x0
            for _ in range(5):
                w = np.random.randn(100, 100) * scale
                stats(w, 30)
                a = np.dot(x, w)
                stats(a, 30)
                z = ACT[act](a)
                last = stats(z, 30, ranges[act])
                z.std(axis=0).mean()  # the mean per-unit spread initlab records
                x = z
    ms = (time.perf_counter() - start) * 1000
    return ms, "relu/He layer-5 post std %.6f" % last[1]


# ---- T3: Abalone through 8 layers of 16 (…, 1), the tutorial's seed before every layer, float32 weights

def load_abalone():
    rows = []
    with open(os.path.join(DATA, "abalone", "abalone.data")) as f:
        for line in f:
            cells = line.strip().split(",")
            if len(cells) == 9:
                rows.append([{"M": 1, "F": 2, "I": 3}[cells[0]]] + [float(c) for c in cells[1:8]])
    return np.array(rows, dtype=np.float64)


def t3():
    x0 = data("abalone", load_abalone)
    sizes = [8, 16, 16, 16, 16, 16, 16, 16, 1]
    inits = [
        lambda i, o: np.random.randn(i, o),                      # random_normal
        lambda i, o: np.random.randn(i, o) / np.sqrt(i),          # Xavier
        lambda i, o: np.random.randn(i, o) / np.sqrt(i / 2),      # he_init
        lambda i, o: np.random.uniform(0, 1, (i, o)),            # uniform
        lambda i, o: np.random.normal(0, np.sqrt(2 / i), (i, o)),  # MSRA_init
    ]
    start = time.perf_counter()
    last = None
    for act in ("tanh", "relu"):
        for init in inits:
            x = x0
            for l in range(1, len(sizes)):
                np.random.seed(1)
                w = init(sizes[l - 1], sizes[l]).astype(np.float32)
                stats(w, 10)
                a = np.dot(x, w)
                last = stats(a, 10, (-1, 1))
                z = ACT[act](a)
                stats(z, 10)
                z.std(axis=0).mean()
                x = z
    ms = (time.perf_counter() - start) * 1000
    return ms, "relu/MSRA layer-8 pre mean %.6f" % last[0]


# ---- T1: the tutorial's model(): forward, backward, update; 15 000 iterations for each of 3 inits

def make_circles(n, noise, factor=0.8):
    try:
        from sklearn.datasets import make_circles as sk
        return sk(n, noise=noise, factor=factor)
    except ImportError:  # the same construction as scikit-learn's, from numpy's global generator
        n_out, n_in = n // 2, n - n // 2
        lo = np.linspace(0, 2 * np.pi, n_out, endpoint=False)
        li = np.linspace(0, 2 * np.pi, n_in, endpoint=False)
        X = np.vstack([np.append(np.cos(lo), np.cos(li) * factor), np.append(np.sin(lo), np.sin(li) * factor)]).T
        y = np.hstack([np.zeros(n_out, dtype=np.intp), np.ones(n_in, dtype=np.intp)])
        p = np.random.permutation(n)
        X, y = X[p], y[p]
        return X + np.random.normal(scale=noise, size=X.shape), y


def load_circles():
    np.random.seed(1)
    tx, ty = make_circles(300, 0.05)
    np.random.seed(2)
    sx, sy = make_circles(100, 0.05)
    return tx.T, ty.reshape(1, -1), sx.T, sy.reshape(1, -1)


def initialize(kind, dims):
    np.random.seed(3)
    p = {}
    for l in range(1, len(dims)):
        if kind == "zeros":
            p["W%d" % l] = np.zeros((dims[l], dims[l - 1]))
        elif kind == "random":
            p["W%d" % l] = np.random.randn(dims[l], dims[l - 1]) * 10
        else:
            p["W%d" % l] = np.random.randn(dims[l], dims[l - 1]) * np.sqrt(2 / dims[l - 1])
        p["b%d" % l] = np.zeros((dims[l], 1))
    return p


def forward(X, p):
    z1 = np.dot(p["W1"], X) + p["b1"]
    a1 = relu(z1)
    z2 = np.dot(p["W2"], a1) + p["b2"]
    a2 = relu(z2)
    z3 = np.dot(p["W3"], a2) + p["b3"]
    a3 = sigmoid(z3)
    return a3, (z1, a1, z2, a2, z3, a3)


def cost(a3, Y):
    with np.errstate(divide="ignore", invalid="ignore"):
        logprobs = np.multiply(-np.log(a3), Y) + np.multiply(-np.log(1 - a3), 1 - Y)
    return 1. / Y.shape[1] * np.nansum(logprobs)


def backward(X, Y, p, cache):
    m = X.shape[1]
    z1, a1, z2, a2, z3, a3 = cache
    dz3 = 1. / m * (a3 - Y)
    g = {"dW3": np.dot(dz3, a2.T), "db3": np.sum(dz3, axis=1, keepdims=True)}
    da2 = np.dot(p["W3"].T, dz3)
    dz2 = np.multiply(da2, np.int64(a2 > 0))
    g["dW2"] = np.dot(dz2, a1.T)
    g["db2"] = np.sum(dz2, axis=1, keepdims=True)
    da1 = np.dot(p["W2"].T, dz2)
    dz1 = np.multiply(da1, np.int64(a1 > 0))
    g["dW1"] = np.dot(dz1, X.T)
    g["db1"] = np.sum(dz1, axis=1, keepdims=True)
    return g


def t1():
    X, Y, tX, tY = data("circles", load_circles)
    start = time.perf_counter()
    accuracies = []
    for kind in ("zeros", "random", "he"):
        p = initialize(kind, [2, 10, 5, 1])
        costs = []
        for i in range(15000):
            a3, cache = forward(X, p)
            if i % 1000 == 0:  # initlab evaluates the cost at its record points only
                costs.append(cost(a3, Y))
            g = backward(X, Y, p, cache)
            for l in range(1, 4):
                p["W%d" % l] -= 0.01 * g["dW%d" % l]
                p["b%d" % l] -= 0.01 * g["db%d" % l]
        train = np.mean((forward(X, p)[0] > 0.5) == Y)
        test = np.mean((forward(tX, p)[0] > 0.5) == tY)
        accuracies.append((train, test))
    ms = (time.perf_counter() - start) * 1000
    return ms, "He train %.4f test %.4f" % accuracies[2]


# ---- MNIST: one epoch of 784-100-10, ReLU + softmax, Adam 0.001, batches of 100, float64

def idx(name):
    with gzip.open(os.path.join(DATA, "mnist", name)) as f:
        raw = f.read()
    dims = raw[3]
    shape = [int.from_bytes(raw[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def load_mnist():
    X = idx("train-images-idx3-ubyte.gz").reshape(60000, 784) / 255.0
    y = idx("train-labels-idx1-ubyte.gz").astype(np.intp)
    tX = idx("t10k-images-idx3-ubyte.gz").reshape(10000, 784) / 255.0
    ty = idx("t10k-labels-idx1-ubyte.gz").astype(np.intp)
    return X, np.eye(10)[y], y, tX, ty


def predict(X, W1, b1, W2, b2):
    right = []
    for i in range(0, X.shape[0], 1000):
        a1 = relu(X[i:i + 1000] @ W1.T + b1)
        right.append(np.argmax(a1 @ W2.T + b2, axis=1))
    return np.concatenate(right)


def mnist():
    X, Y, y, tX, ty = data("mnist", load_mnist)
    start = time.perf_counter()
    np.random.seed(0)
    W1 = np.random.randn(100, 784) * np.sqrt(2 / 784)
    W2 = np.random.randn(10, 100) * np.sqrt(2 / 100)
    b1 = np.zeros(100)
    b2 = np.zeros(10)
    params = [W1, b1, W2, b2]
    m1 = [np.zeros_like(q) for q in params]
    v1 = [np.zeros_like(q) for q in params]
    lr, beta1, beta2, eps = 0.001, 0.9, 0.999, 1e-8
    order = np.random.permutation(60000)
    costs = []
    for step, s in enumerate(range(0, 60000, 100)):
        rows = order[s:s + 100]
        xb, yb = X[rows], Y[rows]
        z1 = xb @ W1.T + b1
        a1 = relu(z1)
        z2 = a1 @ W2.T + b2
        e = np.exp(z2 - z2.max(axis=1, keepdims=True))
        p = e / e.sum(axis=1, keepdims=True)
        if step % 50 == 0:
            costs.append(-np.mean(np.sum(yb * np.log(p), axis=1)))
        dz2 = (p - yb) / len(rows)
        grads = [None, None, dz2.T @ a1, dz2.sum(axis=0)]
        dz1 = (dz2 @ W2) * (z1 > 0)
        grads[0] = dz1.T @ xb
        grads[1] = dz1.sum(axis=0)
        t = step + 1
        for q, g, m, v in zip(params, grads, m1, v1):
            m *= beta1
            m += (1 - beta1) * g
            v *= beta2
            v += (1 - beta2) * g * g
            q -= lr * (m / (1 - beta1 ** t)) / (np.sqrt(v / (1 - beta2 ** t)) + eps)
    train = np.mean(predict(X, W1, b1, W2, b2) == y)
    test = np.mean(predict(tX, W1, b1, W2, b2) == ty)
    ms = (time.perf_counter() - start) * 1000
    return ms, "He train %.4f test %.4f" % (train, test)


# ---- conv: 64 images of 16×32×32 through four 3×3 convolutions of 16 channels (padding 1), ReLU, He, no bias

def conv2d(x, w):
    """Cross-correlation as torch.nn.functional.conv2d(x, w, padding=1): im2col as a strided view, one product."""
    n, c, h, wd = x.shape
    k = w.shape[2]
    xp = np.pad(x, ((0, 0), (0, 0), (1, 1), (1, 1)))
    cols = np.lib.stride_tricks.sliding_window_view(xp, (k, k), axis=(2, 3))  # n, c, h, w, k, k
    cols = cols.transpose(0, 2, 3, 1, 4, 5).reshape(n * h * wd, c * k * k)
    out = cols @ w.reshape(w.shape[0], -1).T
    return out.reshape(n, h, wd, -1).transpose(0, 3, 1, 2)


def conv():
    np.random.seed(0)
    x = data("images", lambda: np.random.randn(64, 16, 32, 32))
    start = time.perf_counter()
    np.random.seed(1)
    last = None
    for _ in range(4):
        w = np.random.randn(16, 16, 3, 3) * np.sqrt(2 / 144)
        stats(w, 30)
        a = conv2d(x, w)
        stats(a, 30)
        z = relu(a)
        last = stats(z, 30)
        z.reshape(z.shape[0], -1).std(axis=0).mean()
        x = z
    ms = (time.perf_counter() - start) * 1000
    return ms, "layer-4 post std %.6f" % last[1]


WORKLOADS = {"t1": t1, "t2": t2, "t3": t3, "mnist": mnist, "conv": conv}


def main():
    # Debian's numpy links libblas.so.3, which the alternatives system points at a BLAS (OpenBLAS here).
    print(json.dumps({"numpy": np.__version__, "python": sys.version.split()[0],
                      "blas": os.path.realpath("/usr/lib/x86_64-linux-gnu/libblas.so.3")}))
    for line in sys.stdin:
        name = line.strip()
        if name == "quit":
            break
        try:
            ms, check = WORKLOADS[name]()
            print(json.dumps({"ms": ms, "check": check}))
        except Exception as e:  # report, do not hang the Java side
            print(json.dumps({"error": "%s: %s" % (name, e)}))


if __name__ == "__main__":
    main()
