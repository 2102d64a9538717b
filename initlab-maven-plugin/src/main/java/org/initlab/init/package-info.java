/**
 * Weight initializers: the {@link org.initlab.init.Initializer} interface, fans from a
 * {@link org.initlab.init.WeightShape}, PyTorch's gains, and the catalogue that turns specs
 * such as {@code kaiming_normal(nonlinearity=relu)} into initializers.
 */
package org.initlab.init;
