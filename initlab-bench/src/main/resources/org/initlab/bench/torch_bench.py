"""The PyTorch side of initlab's benchmark: the workloads of numpy_bench.py the way a PyTorch user writes them.

Protocol as numpy_bench.py: argv[1] is the data-set directory, argv[2] the number of intra-op threads
(torch.set_num_threads). The first line printed is {"torch": version, ...}; each line read from stdin
names a workload (t1, t2, mnist), which runs once timed with time.perf_counter (data loaded before,
untimed) and answers {"ms": milliseconds, "check": "..."}; "quit" ends.

Everything is float64, as initlab and the numpy side. Weights are drawn with numpy's legacy
RandomState exactly as numpy_bench.py draws them (a negligible part of the work), so all three sides
start from the same numbers and print comparable checks; the computation itself is PyTorch's:
nn.functional, autograd and torch.optim, as in its tutorials.
"""
import json
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

import numpy_bench as nb

torch.set_num_threads(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
torch.set_num_interop_threads(1)
torch.set_default_dtype(torch.float64)
_loaded = {}


def data(name, load):
    if name not in _loaded:
        _loaded[name] = load()
    return _loaded[name]


def t(a):
    return torch.from_numpy(np.ascontiguousarray(a, dtype=np.float64))


# ---- initlab's statistics in torch: moments and extremes of the finite values, NaN/inf counts, zeros, histogram

def stats(v, bins, value_range=None):
    v = v.reshape(-1)
    finite = torch.isfinite(v)
    nan = int(torch.isnan(v).sum())
    inf = v.numel() - nan - int(finite.sum())
    f = v if nan + inf == 0 else v[finite]
    lo, hi = (float(f.min()), float(f.max())) if f.numel() else (0.0, 1.0)
    lo, hi = value_range if value_range else (lo, hi)
    hist = torch.histc(f, bins=bins, min=lo, max=hi)
    return (float(f.mean()), float(f.std(unbiased=False)), lo, hi, nan, inf, float((f == 0).sum()) / max(f.numel(), 1), hist)


ACT = {"sigmoid": torch.sigmoid, "tanh": torch.tanh, "relu": torch.relu}


def t2():
    np.random.seed(0)
    x0 = data("gaussian", lambda: t(np.random.randn(1000, 100)))
    scales = [1.0, 0.01, np.sqrt(2 / 200), np.sqrt(2 / 100)]
    ranges = {"sigmoid": (0, 1), "tanh": (-1, 1), "relu": (0, 1)}
    start = time.perf_counter()
    last = None
    with torch.no_grad():
        for act in ("sigmoid", "tanh", "relu"):
            for scale in scales:
                np.random.seed(1)
                x = x0
                for _ in range(5):
                    w = t(np.random.randn(100, 100) * scale)
                    stats(w, 30)
                    a = x @ w
                    stats(a, 30)
                    z = ACT[act](a)
                    last = stats(z, 30, ranges[act])
                    z.std(dim=0, unbiased=False).mean()
                    x = z
    ms = (time.perf_counter() - start) * 1000
    return ms, "relu/He layer-5 post std %.6f" % last[1]


def t1():
    X, Y, tX, tY = data("circles", lambda: tuple(t(a) for a in nb.load_circles()))
    start = time.perf_counter()
    accuracies = []
    for kind in ("zeros", "random", "he"):
        p = {k: v.requires_grad_() for k, v in ((k, t(v)) for k, v in nb.initialize(kind, [2, 10, 5, 1]).items())}
        opt = torch.optim.SGD(list(p.values()), lr=0.01)

        def logits(x):
            a1 = torch.relu(p["W1"] @ x + p["b1"])
            a2 = torch.relu(p["W2"] @ a1 + p["b2"])
            return p["W3"] @ a2 + p["b3"]

        costs = []
        for i in range(15000):
            z3 = logits(X)
            if i % 1000 == 0:  # the tutorial's cost, at initlab's record points (inf kept)
                with torch.no_grad():
                    a3 = torch.sigmoid(z3)
                    costs.append(float(torch.nansum(-torch.log(a3) * Y - torch.log(1 - a3) * (1 - Y)) / Y.shape[1]))
            # the gradient of the tutorial's cost is (a3 − y)/m: binary_cross_entropy_with_logits gives exactly that
            loss = F.binary_cross_entropy_with_logits(z3, Y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        with torch.no_grad():
            train = float(((torch.sigmoid(logits(X)) > 0.5) == (Y > 0.5)).double().mean())
            test = float(((torch.sigmoid(logits(tX)) > 0.5) == (tY > 0.5)).double().mean())
        accuracies.append((train, test))
    ms = (time.perf_counter() - start) * 1000
    return ms, "He train %.4f test %.4f" % accuracies[2]


def load_mnist():
    X, _, y, tX, ty = nb.load_mnist()
    return t(X), torch.from_numpy(y).long(), t(tX), torch.from_numpy(ty).long()


def predict(X, W1, b1, W2, b2):
    return torch.cat([(torch.relu(X[i:i + 1000] @ W1.T + b1) @ W2.T + b2).argmax(dim=1) for i in range(0, X.shape[0], 1000)])


def mnist():
    X, y, tX, ty = data("mnist", load_mnist)
    start = time.perf_counter()
    np.random.seed(0)
    W1 = t(np.random.randn(100, 784) * np.sqrt(2 / 784)).requires_grad_()
    W2 = t(np.random.randn(10, 100) * np.sqrt(2 / 100)).requires_grad_()
    b1 = torch.zeros(100, requires_grad=True)
    b2 = torch.zeros(10, requires_grad=True)
    opt = torch.optim.Adam([W1, b1, W2, b2], lr=0.001, betas=(0.9, 0.999), eps=1e-8)
    order = torch.from_numpy(np.random.permutation(60000))
    costs = []
    for step, s in enumerate(range(0, 60000, 100)):
        rows = order[s:s + 100]
        z2 = torch.relu(X[rows] @ W1.T + b1) @ W2.T + b2
        loss = F.cross_entropy(z2, y[rows])
        if step % 50 == 0:
            costs.append(float(loss))
        opt.zero_grad()
        loss.backward()
        opt.step()
    with torch.no_grad():
        train = float((predict(X, W1, b1, W2, b2) == y).double().mean())
        test = float((predict(tX, W1, b1, W2, b2) == ty).double().mean())
    ms = (time.perf_counter() - start) * 1000
    return ms, "He train %.4f test %.4f" % (train, test)


def conv():
    np.random.seed(0)
    x = data("images", lambda: t(np.random.randn(64, 16, 32, 32)))
    start = time.perf_counter()
    np.random.seed(1)
    last = None
    with torch.no_grad():
        for _ in range(4):
            w = t(np.random.randn(16, 16, 3, 3) * np.sqrt(2 / 144))
            stats(w, 30)
            a = torch.nn.functional.conv2d(x, w, padding=1)
            stats(a, 30)
            z = torch.relu(a)
            last = stats(z, 30)
            z.reshape(z.shape[0], -1).std(dim=0, unbiased=False).mean()
            x = z
    ms = (time.perf_counter() - start) * 1000
    return ms, "layer-4 post std %.6f" % last[1]


WORKLOADS = {"t1": t1, "t2": t2, "mnist": mnist, "conv": conv}


def main():
    print(json.dumps({"torch": torch.__version__, "python": sys.version.split()[0],
                      "threads": torch.get_num_threads(), "dtype": "float64"}))
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
