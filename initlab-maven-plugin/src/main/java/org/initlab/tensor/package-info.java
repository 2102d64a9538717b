/**
 * What the layers of {@code org.initlab.layers} compute on a batch: one sample per row of a
 * {@link org.initlab.numeric.Matrix}, an image stored row-major as (C, H, W), so the batch is numpy's
 * (N, C, H, W) array. Convolutions run as im2col (or, transposed, a product and col2im) on the
 * experiment's {@link org.initlab.numeric.MatrixKernel}, so large ones go to ND4J as dense layers do;
 * pooling and the normalizations are plain loops. Each mirrors a {@code torch.nn.functional} call.
 */
package org.initlab.tensor;
