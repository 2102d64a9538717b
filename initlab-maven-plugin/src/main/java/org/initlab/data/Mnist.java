package org.initlab.data;

import java.util.List;
import org.initlab.settings.ConfigException;
import org.initlab.settings.Spec;
import org.initlab.numeric.Matrix;
import org.initlab.numeric.SampleShape;

/**
 * MNIST ({@code mnist(split=train|test, limit=N, mean=0, std=1)}): 28×28 handwritten digits, one
 * image per row of 784 pixels in row-major order, scaled to [0, 1] as {@code pixel / 255.0} (what
 * torchvision's {@code ToTensor} does), target the digit 0–9. {@code limit} keeps the first N images
 * in the file's order, which is how the tutorials take a small subset. The split defaults to
 * {@code train}, as in torchvision.
 *
 * <p>{@code mean} and {@code std} standardise the scaled pixels as {@code (pixel / 255.0 - mean) / std}
 * (torchvision's {@code Normalize}; its usual MNIST constants are {@code mean=0.1307, std=0.3081}, the
 * training pixels' mean and standard deviation). The defaults leave every value exactly
 * {@code pixel / 255.0}: subtracting 0 and dividing by 1 are exact in IEEE arithmetic.
 */
final class Mnist {
    /** torchvision's mirrors, the https one first. */
    static final List<String> MIRRORS = List.of("https://ossci-datasets.s3.amazonaws.com/mnist/",
            "http://yann.lecun.com/exdb/mnist/");
    static final DatasetFile TRAIN_IMAGES = DatasetFile.mirrored("mnist", "train-images-idx3-ubyte.gz",
            "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609", MIRRORS);
    static final DatasetFile TRAIN_LABELS = DatasetFile.mirrored("mnist", "train-labels-idx1-ubyte.gz",
            "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c", MIRRORS);
    static final DatasetFile TEST_IMAGES = DatasetFile.mirrored("mnist", "t10k-images-idx3-ubyte.gz",
            "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6", MIRRORS);
    static final DatasetFile TEST_LABELS = DatasetFile.mirrored("mnist", "t10k-labels-idx1-ubyte.gz",
            "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6", MIRRORS);
    static final List<String> KEYS = List.of("split", "limit", "mean", "std");

    private static final int SIDE = 28;

    private Mnist() {
    }

    /** The keys a load reads, checked: split, limit within the split, and the normalisation. */
    private record Options(boolean train, int limit, double mean, double std) {
        static Options of(Spec spec) {
            boolean train = spec.word("split", "train", List.of("train", "test")).equals("train");
            int size = train ? 60_000 : 10_000;
            long limit = spec.integer("limit", size);
            if (limit < 1 || limit > size) {
                throw new ConfigException(spec.field() + ": 'mnist' key 'limit' must be between 1 and " + size
                        + " (the images in split=" + (train ? "train" : "test") + "), got " + limit);
            }
            double mean = spec.number("mean", 0);
            double std = spec.number("std", 1);
            if (!Double.isFinite(mean)) {
                throw new ConfigException(spec.field() + ": 'mnist' key 'mean' must be a finite number, got " + mean);
            }
            if (!(std > 0) || Double.isInfinite(std)) {
                throw new ConfigException(spec.field() + ": 'mnist' key 'std' must be a positive finite number, got " + std);
            }
            return new Options(train, (int) limit, mean, std);
        }
    }

    static DatasetShape shape(Spec spec) {
        return DatasetShape.of(SampleShape.image(1, SIDE, SIDE), true, Options.of(spec).limit());
    }

    static Dataset load(Spec spec, DatasetContext context) {
        Options options = Options.of(spec);
        boolean train = options.train();
        long limit = options.limit();
        double mean = options.mean();
        double std = options.std();
        int size = train ? 60_000 : 10_000;
        DatasetCache cache = context.cache();
        DatasetFile imageFile = train ? TRAIN_IMAGES : TEST_IMAGES;
        DatasetFile labelFile = train ? TRAIN_LABELS : TEST_LABELS;
        Idx.Array images = Idx.read(cache.fetch(imageFile), Idx.IMAGES, (int) limit);
        Idx.Array labels = Idx.read(cache.fetch(labelFile), Idx.LABELS, (int) limit);
        int[] d = images.dims();
        if (d[0] != size || d[1] != SIDE || d[2] != SIDE || labels.dims()[0] != size) {
            throw new DatasetException(imageFile.name() + " and " + labelFile.name() + " declare shapes "
                    + Idx.shape(d) + " and " + Idx.shape(labels.dims()) + ", expected [" + size + ", 28, 28] and [" + size + "]");
        }
        int rows = images.items();
        int cols = images.itemSize();
        double[] x = new double[rows * cols];
        for (int i = 0; i < x.length; i++) {
            x[i] = (images.unsigned(i) / 255.0 - mean) / std;
        }
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = labels.unsigned(i);
            if (y[i] > 9) {
                throw new DatasetException(labelFile.name() + ": label " + i + " is " + (int) y[i] + ", not a digit");
            }
        }
        return new Dataset(spec.text(), new Matrix(rows, cols, x), y, List.of(), "digit", SampleShape.image(1, SIDE, SIDE));
    }
}
