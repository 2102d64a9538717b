/**
 * Data sets the experiments run on, loaded from specs such as {@code gaussian(rows=1000, cols=100, seed=0)},
 * {@code circles(samples=300, noise=0.05, seed=1)} (scikit-learn's make_circles under numpy's seed),
 * {@code abalone(sex=onehot)}, {@code mnist(split=test, limit=1000)} or {@code csv(path=data/x.csv)}
 * ({@link org.initlab.data.DatasetCatalog}). File-based data sets come from the verified download cache
 * ({@link org.initlab.data.DatasetCache}): a file is used only when its SHA-256 is the one independent
 * loaders publish, so every figure is computed from the genuine data. What loading may depend on besides
 * the spec (cache directory, offline, project base directory, progress) travels in one
 * {@link org.initlab.data.DatasetContext}. A training experiment's test set may instead be held out of its
 * training set by {@link org.initlab.data.Split} ({@code split(fraction=0.2, seed=7)}), a numpy permutation.
 */
package org.initlab.data;
