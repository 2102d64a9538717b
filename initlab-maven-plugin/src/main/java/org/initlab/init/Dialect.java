package org.initlab.init;

import java.util.Arrays;
import java.util.List;

/**
 * The library whose name and semantics an initializer follows. A spec may name it as a prefix
 * ({@code keras:he_normal}); without one, every name resolves to the library that owns it.
 */
public enum Dialect {
    TORCH("torch", "PyTorch", "torch.nn.init"),
    KERAS("keras", "Keras", "keras.initializers"),
    DL4J("dl4j", "Deeplearning4j", "org.deeplearning4j.nn.weights.WeightInit"),
    TF1("tf1", "TensorFlow 1", "tf.contrib.layers (tensorflow/contrib/layers/python/layers/initializers.py)"),
    INITLAB("initlab", "initlab", "Caffe's bilinear filler and weights from a file");

    private final String prefix;
    private final String library;
    private final String source;

    Dialect(String prefix, String library, String source) {
        this.prefix = prefix;
        this.library = library;
        this.source = source;
    }

    /** The spec prefix, e.g. {@code keras}. */
    public String prefix() {
        return prefix;
    }

    /** The library's display name, e.g. {@code Keras}. */
    public String library() {
        return library;
    }

    /** Where the names come from, for the catalogue page. */
    public String source() {
        return source;
    }

    public static List<String> prefixes() {
        return Arrays.stream(values()).map(Dialect::prefix).toList();
    }

    /** The dialect with {@code prefix}, or null. */
    public static Dialect byPrefix(String prefix) {
        for (Dialect d : values()) {
            if (d.prefix.equals(prefix)) {
                return d;
            }
        }
        return null;
    }
}
