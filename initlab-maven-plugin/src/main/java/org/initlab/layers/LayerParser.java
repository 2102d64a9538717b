package org.initlab.layers;

import java.util.ArrayList;
import java.util.List;
import org.initlab.settings.ConfigException;
import org.initlab.settings.Names;
import org.initlab.settings.Spec;
import org.initlab.settings.SpecSyntax;

/** Reads one layer spec ({@code conv2d(out=16, kernel=3, padding=1)}) into its {@link LayerSpec}, checking every key. */
final class LayerParser {
    static final List<String> NAMES = List.of("dense", "conv2d", "convtranspose2d", "maxpool", "avgpool", "flatten",
            "batchnorm", "layernorm", "residual");
    private static final int MAX_UNITS = 1_000_000;
    private static final int MAX_KERNEL = 10_000;

    private LayerParser() {
    }

    /** Every layer of a comma list, e.g. {@code <layers>} or a residual's block. */
    static List<LayerSpec> list(String field, String text) {
        List<LayerSpec> layers = new ArrayList<>();
        for (Spec spec : SpecSyntax.list(field, "layer", text)) {
            layers.add(layer(spec));
        }
        return layers;
    }

    static LayerSpec layer(Spec s) {
        if (s.dialect() != null) {
            throw new ConfigException(s.field() + ": '" + s.text() + "': a layer has no dialect prefix");
        }
        if (!NAMES.contains(s.name())) {
            throw new ConfigException(s.field() + ": unknown layer '" + s.name() + "'" + Names.suggestion(s.name(), NAMES)
                    + "; valid: " + String.join(", ", NAMES) + " (or a plain comma list of dense widths)");
        }
        return switch (s.name()) {
            case "dense" -> {
                s.requireKeysWithin(List.of("n"));
                yield new LayerSpec.Dense(bounded(s, "n", 1, MAX_UNITS, null));
            }
            case "conv2d", "convtranspose2d" -> {
                s.requireKeysWithin(List.of("out", "kernel", "stride", "padding"));
                int out = bounded(s, "out", 1, MAX_UNITS, null);
                int kernel = bounded(s, "kernel", 1, MAX_KERNEL, null);
                int stride = bounded(s, "stride", 1, MAX_KERNEL, 1);
                int padding = bounded(s, "padding", 0, MAX_KERNEL, 0);
                yield s.name().equals("conv2d") ? new LayerSpec.Conv2d(out, kernel, stride, padding)
                        : new LayerSpec.ConvTranspose2d(out, kernel, stride, padding);
            }
            case "maxpool", "avgpool" -> {
                s.requireKeysWithin(List.of("k"));
                int k = bounded(s, "k", 1, MAX_KERNEL, null);
                yield s.name().equals("maxpool") ? new LayerSpec.MaxPool(k) : new LayerSpec.AvgPool(k);
            }
            case "flatten" -> none(s, new LayerSpec.Flatten());
            case "batchnorm" -> none(s, new LayerSpec.BatchNorm());
            case "layernorm" -> none(s, new LayerSpec.LayerNorm());
            default -> {
                s.requireKeysWithin(List.of("block"));
                String block = s.args().get("block");
                if (block == null) {
                    throw new ConfigException(s.field() + ": 'residual' needs the key 'block': the layers it wraps, e.g."
                            + " residual(block='conv2d(out=16, kernel=3, padding=1), conv2d(out=16, kernel=3, padding=1)')");
                }
                yield new LayerSpec.Residual(list(s.field() + " block", block));
            }
        };
    }

    private static LayerSpec none(Spec s, LayerSpec layer) {
        s.requireKeysWithin(List.of());
        return layer;
    }

    private static int bounded(Spec s, String key, int low, int high, Integer fallback) {
        long v = fallback == null ? s.requiredInteger(key) : s.integer(key, fallback);
        if (v < low || v > high) {
            throw new ConfigException(s.field() + ": '" + s.name() + "' key '" + key + "' must be an integer from " + low
                    + " to " + high + ", got " + v);
        }
        return (int) v;
    }
}
