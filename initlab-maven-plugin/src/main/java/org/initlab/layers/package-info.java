/**
 * The layers a network is built of, as typed specs: {@code dense(n)}, {@code conv2d(…)},
 * {@code convtranspose2d(…)}, pooling, {@code flatten}, the two normalizations and {@code residual(block=…)}.
 * {@link org.initlab.layers.Network} reads {@code <layers>} with the project's one spec grammar and
 * propagates the sample's shape through the layers, so a network that cannot take its data fails in the
 * plan, naming the layer and the shapes. What the layers compute lives in {@code org.initlab.numeric}.
 */
package org.initlab.layers;
