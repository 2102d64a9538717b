package org.initlab.experiment;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.initlab.config.ExperimentSpec;
import org.initlab.config.Plot;
import org.initlab.data.Dataset;
import org.initlab.init.Layout;
import org.initlab.nn.Activation;
import org.initlab.nn.GradientLoss;
import org.initlab.numeric.Matrix;
import org.initlab.numeric.MatrixKernel;
import org.initlab.random.RandomSource;
import org.initlab.results.LayerResult;
import org.initlab.results.RunResult;
import org.initlab.results.Stats;

/**
 * One forward and one backward pass on a batch, recording each layer's ∂loss/∂W and
 * ∂loss/∂(activation), so vanishing and exploding gradients are seen directly.
 *
 * <p>The loss is the experiment's {@link GradientLoss}: by default the mean squared error of the
 * last layer's activations, halved, {@code L = 1/(2m) Σ ‖a_L − y‖²}, against the data set's targets
 * when it has them and the last layer has one unit, and against zero otherwise; or a random
 * projection of the output, whose error does not depend on the forward pass.
 */
final class GradientsExperiment implements Experiment {
    private final ExperimentSpec spec;
    private final Dataset data;
    private final MatrixKernel kernel;

    GradientsExperiment(ExperimentSpec spec, Dataset data, MatrixKernel kernel) {
        this.spec = spec;
        this.data = data;
        this.kernel = kernel;
    }

    @Override
    public RunResult run(ExperimentSpec.Labeled init, Activation activation) {
        long start = System.nanoTime();
        RandomSource rng = spec.rng().create(spec.seed());
        List<ForwardPass.Layer> pass = ForwardPass.run(spec, data.inputs(), init.initializer(), activation, kernel, rng);
        List<Map<String, Double>> differences = WeightComparison.against(spec, init, pass);
        Matrix output = pass.get(pass.size() - 1).post();
        int m = output.rows();
        double[] dPost = spec.gradientLoss().outputError(output, data.targets(), rng);
        LayerResult[] layers = new LayerResult[pass.size()];
        for (int l = pass.size() - 1; l >= 0; l--) {
            ForwardPass.Layer layer = pass.get(l);
            double[] pre = layer.pre().data();
            double[] post = layer.post().data();
            double[] delta = new double[dPost.length];
            for (int i = 0; i < delta.length; i++) {
                delta[i] = dPost[i] * activation.derivative(pre[i], post[i]);
            }
            Matrix deltaMatrix = new Matrix(m, layer.pre().cols(), delta);
            Matrix dW = kernel.multiply(layer.input().transpose(), deltaMatrix); // (in, out)
            Matrix dWStored = spec.layout() == Layout.IN_OUT ? dW : dW.transpose();
            layers[l] = new LayerResult(l + 1, layer.shape().fanIn(), layer.shape().fanOut(),
                    Stats.of(layer.stored().data(), spec.bins(), null), Stats.of(pre, spec.bins(), null),
                    Stats.of(post, spec.bins(), null),
                    Stats.of(dWStored.data(), spec.bins(), spec.plot() == Plot.GRADIENT ? spec.range() : null),
                    Stats.of(dPost, spec.bins(), null), layer.theory(), null, differences.get(l));
            if (l > 0) {
                dPost = kernel.multiply(deltaMatrix, layer.w().transpose()).data(); // ∂L/∂(previous activation)
            }
        }
        return new RunResult(init.label(), init.name(), activation.text(), spec.seed(), (System.nanoTime() - start) / 1_000_000,
                Arrays.asList(layers), null, null);
    }
}
