package org.initlab.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentDefinition.ClaimDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.results.Bootstrap;
import org.initlab.results.ClaimResult;
import org.initlab.results.CostPoint;
import org.initlab.results.ExperimentResult;
import org.initlab.results.Interval;
import org.initlab.results.LayerResult;
import org.initlab.results.Quantiles;
import org.initlab.results.RunResult;
import org.initlab.results.TrainingSummary;
import org.initlab.settings.Problems;
import org.junit.jupiter.api.Test;

/** Issue 13: median(…), mean(…), low(…) and high(…) read an expression over every seed; such a claim is one verdict. */
class ClaimAggregatesTest {
    private static final String WHERE = "experiment 't'";
    /** He's test accuracy per seed 0..9: below 0.95 on seed 4 only; median 0.95425. */
    private static final double[] HE = {0.9506, 0.9547, 0.9560, 0.9513, 0.9493, 0.9594, 0.9551, 0.9520, 0.9538, 0.9570};

    @Test
    void theMedianOverSeedsIsOneVerdictWhereTheSeedBySeedClaimFailsOneSeed() {
        ClaimResult perSeed = check("testAccuracy(init=he_normal) >= 0.95", true);
        assertThat(perSeed.fraction()).isEqualTo(0.9);
        assertThat(perSeed.passed()).isFalse();
        ClaimResult median = check("median(testAccuracy(init=he_normal)) >= 0.95", true);
        assertThat(median.value()).isEqualTo(Quantiles.median(Quantiles.sorted(HE))).isEqualTo((0.9538 + 0.9547) / 2);
        assertThat(median.holds()).isTrue();
        assertThat(median.fraction()).as("one verdict over all seeds").isEqualTo(1.0);
        assertThat(median.seeds()).isEqualTo(10);
        assertThat(median.passed()).isTrue();
        ClaimResult refuted = check("median(testAccuracy(init=he_normal)) >= 0.96", true);
        assertThat(refuted.fraction()).isEqualTo(0.0);
        assertThat(refuted.seeds()).isEqualTo(10);
        assertThat(refuted.passed()).isFalse();
        assertThat(check("median(testAccuracy(init=he_normal)) >= 0.96", false).passed()).isTrue();
    }

    @Test
    void meanLowAndHighAreNumpysMeanAndTheBootstrapIntervalOfTheMedian() {
        assertThat(check("mean(testAccuracy(init=he_normal)) > 0", true).value())
                .isCloseTo(Arrays.stream(HE).average().orElseThrow(), org.assertj.core.data.Offset.offset(1e-15));
        Interval interval = Bootstrap.ofMedian(HE);
        assertThat(check("low(testAccuracy(init=he_normal)) > 0", true).value()).isEqualTo(interval.low());
        assertThat(check("high(testAccuracy(init=he_normal)) > 0", true).value()).isEqualTo(interval.high());
        assertThat(interval.low()).isLessThan(0.95425).isGreaterThanOrEqualTo(0.9493);
        assertThat(interval.high()).isGreaterThan(0.95425).isLessThanOrEqualTo(0.9594);
        // "the 95 % statement" as a statement about the interval: its low end clears 0.95
        ClaimResult low = check("low(testAccuracy(init=he_normal)) >= 0.95", true);
        assertThat(low.holds()).isEqualTo(interval.low() >= 0.95);
    }

    @Test
    void anAggregateTakesAnyExpressionOfEachSeedsMetrics() {
        double[] gain = new double[HE.length];
        for (int s = 0; s < HE.length; s++) {
            gain[s] = HE[s] - s / 100.0; // zeros' accuracy is the seed's number
        }
        ClaimResult r = check("median(testAccuracy(init=he_normal) - testAccuracy(init=zeros)) > 0.9", true);
        assertThat(r.value()).isEqualTo(Quantiles.median(Quantiles.sorted(gain)));
        assertThat(check("2 * median(testAccuracy(init=zeros)) < high(testAccuracy(init=zeros)) + 1", true).value())
                .isEqualTo(2 * ((4 / 100.0 + 5 / 100.0) / 2));
    }

    @Test
    void onOneSeedAnAggregateIsThatSeedsValue() {
        ExperimentResult one = new ExperimentResult("t", "training", "T", "circles(samples=3, noise=0, seed=1)", 4,
                List.of(run("he_normal", 4, 0.9123)), List.of());
        for (String agg : List.of("median", "mean", "low", "high")) {
            ClaimResult r = ClaimChecker.check(one, List.of(new ClaimDefinition("c", "t",
                    agg + "(testAccuracy(init=he_normal)) > 0.5", true)), WHERE).get(0);
            assertThat(r.value()).as(agg).isEqualTo(0.9123);
            assertThat(r.seeds()).isEqualTo(1);
            assertThat(r.fraction()).isEqualTo(1.0);
        }
    }

    @Test
    void misuseIsANamedError() {
        String at = "experiment 't' <claims>[1]";
        assertThatThrownBy(() -> ClaimParser.parse(at, "median(low(testAccuracy(init=a))) > 0"))
                .isInstanceOf(ClaimException.class).hasMessageStartingWith(at).hasMessageContaining("column 8")
                .hasMessageContaining("'low(…)' inside 'median(…)' at column 1: an aggregate takes what is measured on"
                        + " each seed");
        assertThatThrownBy(() -> ClaimParser.parse(at, "mean(3) > 0")).isInstanceOf(ClaimException.class)
                .hasMessageContaining("'mean(…)' aggregates over seeds, so it needs a metric inside");
        assertThatThrownBy(() -> ClaimParser.parse(at, "median(testAccuracy(init=a)) > testAccuracy(init=b)"))
                .isInstanceOf(ClaimException.class).hasMessageContaining("column 32")
                .hasMessageContaining("'testAccuracy' is read seed by seed, but this claim aggregates over the seeds"
                        + " ('median' at column 1); wrap it in median(…), mean(…), low(…), high(…)");
        assertThatThrownBy(() -> ClaimParser.parse(at, "medain(testAccuracy(init=a)) > 0"))
                .hasMessageContaining("unknown metric 'medain' (did you mean 'median'?)");
        assertThat(ClaimParser.parse(at, "median(testAccuracy(init=a)) > 0").render())
                .isEqualTo("median(testAccuracy(init=a)) > 0");
        assertThat(ClaimParser.parse(at, "testAccuracy(init=a) > 0").overSeeds()).isFalse();
        assertThat(ClaimParser.parse(at, "-abs(high(testAccuracy(init=a))) > 0").overSeeds()).isTrue();
    }

    @Test
    void thePlanAcceptsAggregatesAndNamesWhatTheyCannotFind() {
        ExperimentDefinition d = ExperimentDefinition.of("t").with("dataset", "gaussian(rows=4, cols=3, seed=0)")
                .with("layers", "3,2").with("activation", "relu").withInitializers("xavier_normal").with("seeds", "0..4")
                .claim("ok", "low(post.std(init=xavier_normal, layer=2)) > 0.5 * high(post.std(init=xavier_normal, layer=1))", true);
        Problems problems = new Problems();
        ClaimPlan.check(ExperimentSpec.of("e", d), problems);
        assertThat(problems.isEmpty()).isTrue();
        Problems missing = new Problems();
        ClaimPlan.check(ExperimentSpec.of("e", d.claim("bad", "median(post.std(init=xavier_normal, layer=3)) > 0", true)),
                missing);
        assertThatThrownBy(missing::throwIfAny).isInstanceOf(org.initlab.settings.ConfigException.class)
                .hasMessageContaining("<claims>[2]").hasMessageContaining("layer 3 is out of range");
    }

    private static ClaimResult check(String expression, boolean expected) {
        return ClaimChecker.check(tenSeeds(), List.of(new ClaimDefinition("c", "t", expression, expected)), WHERE).get(0);
    }

    private static ExperimentResult tenSeeds() {
        List<RunResult> runs = new ArrayList<>();
        for (int s = 0; s < HE.length; s++) {
            runs.add(run("zeros", s, s / 100.0));
        }
        for (int s = 0; s < HE.length; s++) {
            runs.add(run("he_normal", s, HE[s]));
        }
        return new ExperimentResult("t", "training", "T", "circles(samples=3, noise=0, seed=1)", 0, runs, List.of());
    }

    private static RunResult run(String init, long seed, double testAccuracy) {
        return new RunResult(init, "relu", seed, 1, List.of(LayerResult.weightsOnly(1, 2, 3, Fixtures.stats(0))),
                new TrainingSummary(List.of(new CostPoint(0, 0.7)), 0.9, testAccuracy, List.of(3), null), null);
    }
}
