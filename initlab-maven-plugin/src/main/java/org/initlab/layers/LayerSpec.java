package org.initlab.layers;

import java.util.List;
import org.initlab.numeric.SampleShape;

/**
 * One layer of a network, as configured. Each knows the shape it turns its input into, and fails
 * with {@link ShapeException} (what is wrong, in words; the caller names the layer) when it cannot
 * take that input. Weighted layers (dense, the convolutions) are followed by the experiment's
 * activation; the others are not, as in the usual {@code conv → relu → pool} stacks.
 */
public sealed interface LayerSpec {

    /** The spec as it is written back (keys in their canonical order, defaults left out). */
    String text();

    SampleShape output(SampleShape input);

    /** Whether the layer draws weights (and a bias, when the experiment has one) and is followed by the activation. */
    default boolean weighted() {
        return false;
    }

    /** How many weights the layer draws on {@code input}; 0 for a layer without weights. */
    default long weightCount(SampleShape input) {
        return 0;
    }

    /** A fully connected layer of {@code n} units; it takes a flat vector (put {@code flatten} after images). */
    record Dense(int n) implements LayerSpec {
        @Override
        public String text() {
            return "dense(n=" + n + ")";
        }

        @Override
        public SampleShape output(SampleShape input) {
            if (input.image()) {
                throw new ShapeException("input " + input + " is an image; a dense layer takes a flat vector, so put flatten before it");
            }
            return SampleShape.flat(n);
        }

        @Override
        public long weightCount(SampleShape input) {
            return input.size() * n;
        }

        @Override
        public boolean weighted() {
            return true;
        }
    }

    /**
     * {@code torch.nn.Conv2d(in, out, kernel, stride, padding)}: square kernel, zero padding on every side;
     * output side ⌊(H + 2·padding − kernel) / stride⌋ + 1.
     */
    record Conv2d(int out, int kernel, int stride, int padding) implements LayerSpec {
        @Override
        public String text() {
            return "conv2d(out=" + out + ", kernel=" + kernel + extras(stride, padding) + ")";
        }

        @Override
        public SampleShape output(SampleShape input) {
            requireImage(input, "conv2d");
            long h = (long) input.height() + 2L * padding;
            long w = (long) input.width() + 2L * padding;
            if (h < kernel || w < kernel) {
                throw new ShapeException("input " + input + (padding > 0 ? " padded by " + padding + " on each side" : "")
                        + " is smaller than the kernel " + kernel + "×" + kernel);
            }
            return SampleShape.image(out, (int) ((h - kernel) / stride + 1), (int) ((w - kernel) / stride + 1));
        }

        @Override
        public boolean weighted() {
            return true;
        }

        @Override
        public long weightCount(SampleShape input) {
            return (long) input.channels() * out * kernel * kernel;
        }
    }

    /**
     * {@code torch.nn.ConvTranspose2d(in, out, kernel, stride, padding)}: output side
     * (H − 1)·stride − 2·padding + kernel.
     */
    record ConvTranspose2d(int out, int kernel, int stride, int padding) implements LayerSpec {
        @Override
        public String text() {
            return "convtranspose2d(out=" + out + ", kernel=" + kernel + extras(stride, padding) + ")";
        }

        @Override
        public SampleShape output(SampleShape input) {
            requireImage(input, "convtranspose2d");
            long h = ((long) input.height() - 1) * stride - 2L * padding + kernel;
            long w = ((long) input.width() - 1) * stride - 2L * padding + kernel;
            if (h < 1 || w < 1) {
                throw new ShapeException("input " + input + " gives an empty output: (H − 1)·" + stride + " − 2·" + padding
                        + " + " + kernel + " = " + Math.min(h, w));
            }
            if (h > 1_000_000 || w > 1_000_000) {
                throw new ShapeException("input " + input + " gives an output side of " + Math.max(h, w) + "; at most 1000000");
            }
            return SampleShape.image(out, (int) h, (int) w);
        }

        @Override
        public boolean weighted() {
            return true;
        }

        @Override
        public long weightCount(SampleShape input) {
            return (long) input.channels() * out * kernel * kernel;
        }
    }

    /** {@code max_pool2d(x, k)}: windows k×k with stride k, the rest of a side that does not fill a window dropped. */
    record MaxPool(int k) implements LayerSpec {
        @Override
        public String text() {
            return "maxpool(k=" + k + ")";
        }

        @Override
        public SampleShape output(SampleShape input) {
            return pooled(input, k, "maxpool");
        }
    }

    /** {@code avg_pool2d(x, k)}: as {@link MaxPool}, the mean of each window. */
    record AvgPool(int k) implements LayerSpec {
        @Override
        public String text() {
            return "avgpool(k=" + k + ")";
        }

        @Override
        public SampleShape output(SampleShape input) {
            return pooled(input, k, "avgpool");
        }
    }

    /** C×H×W to one vector of C·H·W values in the same (row-major) order; a flat input passes unchanged. */
    record Flatten() implements LayerSpec {
        @Override
        public String text() {
            return "flatten";
        }

        @Override
        public SampleShape output(SampleShape input) {
            return input.flattened();
        }
    }

    /**
     * Batch normalization at initialization (γ = 1, β = 0, ε = 1e-5) with the batch's own statistics and
     * biased variance, as torch in training mode: per channel over (N, H, W) for images
     * ({@code BatchNorm2d}), per feature over N for flat vectors ({@code BatchNorm1d}).
     */
    record BatchNorm() implements LayerSpec {
        @Override
        public String text() {
            return "batchnorm";
        }

        @Override
        public SampleShape output(SampleShape input) {
            return input;
        }
    }

    /** {@code nn.LayerNorm(C, H, W)} (or {@code (n)}) at initialization: each sample over all its values, ε = 1e-5. */
    record LayerNorm() implements LayerSpec {
        @Override
        public String text() {
            return "layernorm";
        }

        @Override
        public SampleShape output(SampleShape input) {
            return input;
        }
    }

    /**
     * {@code block(x) + x}; when the block changes the shape, {@code block(x) + P(x)} with P a 1×1
     * convolution (stride = the block's downsampling) for images or a dense layer for vectors, without
     * bias, drawn from the run's initializer after the block's weights.
     */
    record Residual(List<LayerSpec> block) implements LayerSpec {
        public Residual {
            block = List.copyOf(block);
            if (block.isEmpty()) {
                throw new IllegalArgumentException("a residual block has at least one layer");
            }
        }

        @Override
        public String text() {
            List<String> texts = block.stream().map(LayerSpec::text).toList();
            return texts.size() == 1 ? "residual(block=" + texts.get(0) + ")" : "residual(block='" + String.join(", ", texts) + "')";
        }

        @Override
        public SampleShape output(SampleShape input) {
            SampleShape x = input;
            for (LayerSpec layer : block) {
                x = layer.output(x);
            }
            projectionStride(input, x);
            return x;
        }
    }

    /**
     * How a residual joins {@code in} to its block's {@code out}: 0 when the shapes agree (identity),
     * else the stride of the 1×1 projection (1 for a dense projection of a vector).
     */
    static int projectionStride(SampleShape in, SampleShape out) {
        if (in.equals(out)) {
            return 0;
        }
        if (in.image() != out.image()) {
            throw new ShapeException("the block turns " + in + " into " + out + "; a projection joins an image to an image or"
                    + " a vector to a vector");
        }
        if (!in.image()) {
            return 1;
        }
        for (int s = 1; s <= Math.max(in.height(), in.width()); s++) {
            if ((in.height() - 1) / s + 1 == out.height() && (in.width() - 1) / s + 1 == out.width()) {
                return s;
            }
        }
        throw new ShapeException("the block turns " + in + " into " + out + ", which no 1×1 projection of one stride"
                + " reaches (the side ⌊(H − 1) / s⌋ + 1 for a stride s)");
    }

    private static String extras(int stride, int padding) {
        return (stride != 1 ? ", stride=" + stride : "") + (padding != 0 ? ", padding=" + padding : "");
    }

    private static void requireImage(SampleShape input, String name) {
        if (!input.image()) {
            throw new ShapeException("input " + input + " is a flat vector; " + name + " takes an image C×H×W");
        }
    }

    private static SampleShape pooled(SampleShape input, int k, String name) {
        requireImage(input, name);
        if (input.height() < k || input.width() < k) {
            throw new ShapeException("input " + input + " is smaller than the window " + k + "×" + k);
        }
        return SampleShape.image(input.channels(), input.height() / k, input.width() / k);
    }
}
