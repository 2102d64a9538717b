/**
 * Data sets the experiments run on, loaded from specs such as
 * {@code gaussian(rows=1000, cols=100, seed=0)} or {@code circles(samples=300, noise=0.05, seed=1)};
 * seeded ones reproduce the numpy / scikit-learn call they are named after.
 */
package org.initlab.data;
