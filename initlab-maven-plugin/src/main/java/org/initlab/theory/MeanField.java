package org.initlab.theory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.initlab.nn.Activation;

/**
 * The mean-field recursion, layer by layer (derived in {@code src/derivations/mean-field.md}). For
 * one sample, a wide layer's pre-activations h_j = Σᵢ w_ij·xᵢ + b_j are, across units j, Gaussian
 * with mean M = μ·Σᵢxᵢ + μ_b and variance V = σ²·Σᵢxᵢ² + σ_b², where (μ, σ²) and (μ_b, σ_b²) are the
 * weights' and biases' mean and variance. The next layer sees Σᵢxᵢ = n·E[φ(h)] and Σᵢxᵢ² = n·E[φ(h)²].
 *
 * <p>With zero-mean weights M = μ_b is the same for every sample and this is the recursion of
 * Poole et al. (2016), q_l = σ_w²·E[φ(h_{l−1})²] + σ_b² with σ_w² = n·σ². A weight mean makes M
 * differ between samples (μ·Σᵢxᵢ spreads by μ·√n over Gaussian inputs), so the samples are followed
 * one by one: each sample of the batch, with its own Σᵢxᵢ and Σᵢxᵢ², is carried through the layers
 * (a "particle"; beyond 512 samples, groups of samples with neighbouring Σᵢxᵢ), and the layer's
 * prediction pools them as the measurement pools the batch. What a later layer adds to that spread,
 * μ²·n·Var(φ(h)), is counted in its Var(pre) but not carried further: it is of order 1/√n against
 * the n·μ·E[φ] it rides on.
 */
public final class MeanField {
    /** The most particles a layer follows by default. */
    static final int PARTICLES = 512;

    /**
     * One layer's prediction, pooled over samples and units as the measured statistics are.
     *
     * @param preVariance  Var(h) of the linear outputs
     * @param postMean     E[φ(h)]
     * @param postVariance Var(φ(h))
     * @param backwardGain χ = n_out·E[w²]·E[φ′(h)²]: E[(∂L/∂a_{l−1})²] / E[(∂L/∂a_l)²] per unit, for an
     *                     error signal that is zero-mean and uncorrelated across this layer's units
     */
    public record Layer(double preVariance, double postMean, double postVariance, double backwardGain) {
    }

    private final Activation activation;
    private final InputMoments inputs;
    private final int particles;
    private double[] weights;
    private UnitMoments[] previous; // per particle: the moments of the last layer's outputs; null before layer 1

    public MeanField(Activation activation, InputMoments inputs) {
        this(activation, inputs, PARTICLES);
    }

    /** @param particles the most particles to follow (tests compare the grouping with every sample on its own) */
    MeanField(Activation activation, InputMoments inputs, int particles) {
        this.activation = activation;
        this.inputs = inputs;
        this.particles = particles;
    }

    /**
     * The samples as particles: each on its own up to {@code most} of them; beyond, that many groups of
     * neighbours in Σᵢxᵢ (60 000 MNIST images need not cost 60 000 quadratures a layer).
     */
    private static List<int[]> groups(InputMoments inputs, int most) {
        Integer[] order = new Integer[inputs.samples()];
        for (int s = 0; s < order.length; s++) {
            order[s] = s;
        }
        Arrays.sort(order, Comparator.comparingDouble(inputs::rowSum));
        int count = Math.min(most, order.length);
        List<int[]> groups = new ArrayList<>(count);
        for (int g = 0; g < count; g++) {
            int from = (int) ((long) g * order.length / count);
            int to = (int) ((long) (g + 1) * order.length / count);
            int[] members = new int[to - from];
            for (int i = from; i < to; i++) {
                members[i - from] = order[i];
            }
            groups.add(members);
        }
        return groups;
    }

    /** Predicts the next layer and moves on to it. */
    public Layer next(int fanIn, int fanOut, ParameterMoments w, ParameterMoments bias) {
        double[] means;
        double[] variances;
        double fresh = 0;
        if (previous == null) {
            double variance = w.variance() * fanIn * inputs.secondMoment() + bias.variance();
            if (w.mean() != 0 && inputs.rowSumVariance() > 0) {
                List<int[]> groups = groups(inputs, particles);
                weights = new double[groups.size()];
                means = new double[groups.size()];
                variances = new double[groups.size()];
                for (int g = 0; g < groups.size(); g++) {
                    int[] members = groups.get(g);
                    double sum = 0;
                    double sumSquares = 0;
                    double squares = 0;
                    for (int s : members) {
                        sum += inputs.rowSum(s);
                        sumSquares += inputs.rowSum(s) * inputs.rowSum(s);
                        squares += inputs.rowSquare(s);
                    }
                    double rowSum = sum / members.length;
                    double spread = Math.max(0, sumSquares / members.length - rowSum * rowSum);
                    weights[g] = (double) members.length / inputs.samples();
                    means[g] = w.mean() * rowSum + bias.mean();
                    // a group's own spread of offsets goes into its variance, so the pooled Var(pre) stays exact
                    variances[g] = w.variance() * squares / members.length + bias.variance() + w.mean() * w.mean() * spread;
                }
            } else {
                weights = new double[] {1.0};
                means = new double[] {w.mean() * inputs.rowSumMean() + bias.mean()};
                variances = new double[] {variance};
            }
        } else {
            means = new double[previous.length];
            variances = new double[previous.length];
            for (int k = 0; k < previous.length; k++) {
                means[k] = w.mean() * fanIn * previous[k].mean() + bias.mean();
                variances[k] = w.variance() * fanIn * previous[k].secondMoment() + bias.variance();
                fresh += weights[k] * w.mean() * w.mean() * fanIn * previous[k].variance();
            }
        }
        UnitMoments[] out = new UnitMoments[means.length];
        double meanPre = 0;
        double squarePre = 0;
        double meanPost = 0;
        double squarePost = 0;
        double slopes = 0;
        for (int k = 0; k < means.length; k++) {
            out[k] = MeanFieldActivation.moments(activation, means[k], variances[k]);
            meanPre += weights[k] * means[k];
            squarePre += weights[k] * (means[k] * means[k] + variances[k]);
            meanPost += weights[k] * out[k].mean();
            squarePost += weights[k] * out[k].secondMoment();
            slopes += weights[k] * out[k].slopeSquare();
        }
        previous = out;
        return new Layer(squarePre - meanPre * meanPre + fresh, meanPost, squarePost - meanPost * meanPost,
                fanOut * w.secondMoment() * slopes);
    }
}
