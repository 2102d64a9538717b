package org.initlab.numeric;

/**
 * The shape of one sample as a network sees it: a flat vector of {@code n} features, or an image of
 * {@code channels × height × width}. A batch is a {@link Matrix} with one sample per row, an image
 * stored row-major as (C, H, W), so a batch's array is numpy's {@code (N, C, H, W)} C-order array.
 *
 * @param image false for a flat vector, whose size is {@code channels} (height and width are 1)
 */
public record SampleShape(int channels, int height, int width, boolean image) {

    public SampleShape {
        if (channels <= 0 || height <= 0 || width <= 0 || !image && (height != 1 || width != 1)) {
            throw new IllegalArgumentException("a sample needs positive sizes, got " + channels + "×" + height + "×" + width
                    + (image ? "" : " (flat)"));
        }
    }

    public static SampleShape flat(int features) {
        return new SampleShape(features, 1, 1, false);
    }

    public static SampleShape image(int channels, int height, int width) {
        return new SampleShape(channels, height, width, true);
    }

    /** Values per sample, in a long: C·H·W may exceed an int before the limits are checked. */
    public long size() {
        return (long) channels * height * width;
    }

    /** The same values as one flat vector (what {@code flatten} gives). */
    public SampleShape flattened() {
        return image ? flat(Math.toIntExact(size())) : this;
    }

    /** {@code 1×28×28} for an image, {@code 784} for a flat vector. */
    @Override
    public String toString() {
        return image ? channels + "×" + height + "×" + width : String.valueOf(channels);
    }
}
