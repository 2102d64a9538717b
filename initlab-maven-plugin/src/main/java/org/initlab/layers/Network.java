package org.initlab.layers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.initlab.numeric.SampleShape;
import org.initlab.settings.ConfigException;

/**
 * The layers of a network, in order, as {@code <layers>} configures them: either today's plain comma
 * list of widths ({@code 100,100,10}: dense layers) or layer specs separated by commas at the top level
 * ({@code conv2d(out=8, kernel=3), maxpool(k=2), flatten, dense(n=10)}).
 */
public record Network(List<LayerSpec> layers) {
    /** Layer specs have a name or a '(': a list of numbers (even bad ones, 2.5) is read as widths, as it always was. */
    private static final Pattern SPECS = Pattern.compile("[(]|(^|,)\\s*[A-Za-z_]");

    public Network {
        layers = List.copyOf(layers);
    }

    public static Network dense(int[] widths) {
        return new Network(Arrays.stream(widths).<LayerSpec>mapToObj(LayerSpec.Dense::new).toList());
    }

    /** True for text that {@link #parse} reads as layer specs rather than as a plain list of widths. */
    public static boolean isSpecList(String text) {
        return SPECS.matcher(text).find();
    }

    /**
     * Layer specs by the one spec grammar.
     *
     * @throws ConfigException naming {@code field}, the layer's position and what was expected
     */
    public static Network parse(String field, String text) {
        return new Network(LayerParser.list(field, text));
    }

    /** Dense layers only: the networks the training, gradients and sweep code paths build. */
    public boolean isDense() {
        return layers.stream().allMatch(l -> l instanceof LayerSpec.Dense);
    }

    /** Each dense layer's width; only for {@link #isDense()} networks. */
    public int[] widths() {
        if (!isDense()) {
            throw new IllegalStateException("not a dense network: " + text());
        }
        return layers.stream().mapToInt(l -> ((LayerSpec.Dense) l).n()).toArray();
    }

    /** The first layer that is not dense, for errors that name it. */
    public String firstNonDense() {
        for (int i = 0; i < layers.size(); i++) {
            if (!(layers.get(i) instanceof LayerSpec.Dense)) {
                return "layer " + (i + 1) + " " + layers.get(i).text();
            }
        }
        return null;
    }

    /** How many layers a run records: every layer, a residual's block's layers and the residual itself. */
    public int recordedLayers() {
        return count(layers);
    }

    /** Every residual block, nested ones included, in forward order (a block before the residuals inside it). */
    public List<Branch> branches() {
        List<Branch> branches = new ArrayList<>();
        collect(layers, "", branches);
        return branches;
    }

    private static void collect(List<LayerSpec> layers, String prefix, List<Branch> branches) {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) instanceof LayerSpec.Residual r) {
                String path = prefix + (i + 1);
                branches.add(new Branch(path, r));
                collect(r.block(), path + ".", branches);
            }
        }
    }

    private static int count(List<LayerSpec> layers) {
        int n = 0;
        for (LayerSpec layer : layers) {
            n += 1 + (layer instanceof LayerSpec.Residual r ? count(r.block()) : 0);
        }
        return n;
    }

    public String text() {
        return String.join(", ", layers.stream().map(LayerSpec::text).toList());
    }

    /**
     * What the network takes from a data set whose samples are {@code data}: an image as it is unless the
     * first layer is dense, which takes the image's values flattened (C·H·W, row-major), like MNIST's 784 pixels.
     */
    public SampleShape input(SampleShape data) {
        return data.image() && layers.get(0) instanceof LayerSpec.Dense ? data.flattened() : data;
    }

    /**
     * Every layer on its input, in the order a run records them.
     *
     * @throws ConfigException naming {@code field}, the first layer that cannot take its input, and the shapes
     */
    public List<PlannedLayer> plan(String field, SampleShape data) {
        List<PlannedLayer> planned = new ArrayList<>();
        place(field, layers, "", input(data), planned);
        return planned;
    }

    /** A layer's weights fit one array (the dense input layer is checked as before, by the limits). */
    private static void weights(LayerSpec layer, SampleShape in) {
        long count = layer.weightCount(in);
        if (count > Integer.MAX_VALUE - 8) {
            throw new ShapeException("its weights on input " + in + " number " + count + ", more than an array holds");
        }
    }

    private static SampleShape place(String field, List<LayerSpec> layers, String prefix, SampleShape x,
                                     List<PlannedLayer> planned) {
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec layer = layers.get(i);
            String path = prefix + (i + 1);
            SampleShape out;
            int stride = 0;
            try {
                if (layer instanceof LayerSpec.Residual residual) {
                    out = place(field, residual.block(), path + ".", x, planned);
                    stride = LayerSpec.projectionStride(x, out);
                } else {
                    out = layer.output(x);
                }
                weights(layer, x);
                if (out.size() > Integer.MAX_VALUE - 8) {
                    throw new ShapeException("its output " + out + " has " + out.size() + " values per sample, more than an array holds");
                }
            } catch (ShapeException e) {
                throw new ConfigException(field + ": layer " + path + " " + layer.text() + ": " + e.getMessage());
            }
            planned.add(new PlannedLayer(path, layer, x, out, stride));
            x = out;
        }
        return x;
    }
}
