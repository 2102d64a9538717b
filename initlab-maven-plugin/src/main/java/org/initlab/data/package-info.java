/** Data sets the experiments run on, loaded from specs such as {@code gaussian(rows=1000, cols=100, seed=0)}. */
package org.initlab.data;
