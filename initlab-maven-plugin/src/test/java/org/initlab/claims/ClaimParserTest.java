package org.initlab.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClaimParserTest {
    private static final String WHERE = "experiment 'x' <claims>[2]";

    private static Claim parse(String text) {
        return ClaimParser.parse(WHERE, text);
    }

    private static double value(String side) {
        return parse(side + " == 0").left().value(m -> {
            throw new AssertionError("no metrics here");
        });
    }

    @Test
    void multiplicationBindsTighterThanAdditionAndBothAssociateLeft() {
        assertThat(parse("1 + 2 * 3 < 4").render()).isEqualTo("(1 + (2 * 3)) < 4");
        assertThat(parse("1 - 2 - 3 < 4").render()).isEqualTo("((1 - 2) - 3) < 4");
        assertThat(parse("8 / 4 / 2 <= 1").render()).isEqualTo("((8 / 4) / 2) <= 1");
        assertThat(parse("2 * 3 + 4 * 5 >= 1").render()).isEqualTo("((2 * 3) + (4 * 5)) >= 1");
        assertThat(value("1 + 2 * 3")).isEqualTo(7);
        assertThat(value("8 / 4 / 2")).isEqualTo(1);
    }

    @Test
    void unaryMinusBindsTighterThanProductAndNests() {
        assertThat(parse("-2 * 3 < 0").render()).isEqualTo("((-2) * 3) < 0");
        assertThat(parse("--2 > 0").render()).isEqualTo("(-(-2)) > 0");
        assertThat(parse("1 - -2 > 0").render()).isEqualTo("(1 - (-2)) > 0");
        assertThat(value("- - 2")).isEqualTo(2);
        assertThat(value("-(1 + 2) * 2")).isEqualTo(-6);
    }

    @Test
    void parenthesesGroupAndFunctionsApply() {
        assertThat(parse("(1 + 2) * 3 > 0").render()).isEqualTo("((1 + 2) * 3) > 0");
        assertThat(value("(1 + 2) * 3")).isEqualTo(9);
        assertThat(value("abs(1 - 3)")).isEqualTo(2);
        assertThat(value("log10(1000)")).isEqualTo(3);
        assertThat(value("abs(-(2)) * log10(100)")).isEqualTo(4);
    }

    @Test
    void numbersTakeDecimalsExponentsAndTheWordsInfAndNan() {
        assertThat(value("0.5")).isEqualTo(0.5);
        assertThat(value(".25")).isEqualTo(0.25);
        assertThat(value("1e-3")).isEqualTo(0.001);
        assertThat(value("2.5E+2")).isEqualTo(250);
        assertThat(value("inf")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(value("-inf")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(value("nan")).isNaN();
    }

    @Test
    void everyComparisonIsRecognised() {
        for (Comparison c : Comparison.values()) {
            assertThat(parse("1 " + c.symbol() + " 2").comparison()).isEqualTo(c);
        }
        assertThat(parse("1<=2").comparison()).isEqualTo(Comparison.LESS_OR_EQUAL);
        assertThat(parse("1!=2").comparison()).isEqualTo(Comparison.NOT_EQUAL);
    }

    @Test
    void aMetricKeepsItsNameArgumentsAndColumns() {
        Claim c = parse("post.std(init=xavier_normal, act=relu, layer=5) < 0.5 * post.std(init=xavier_normal, act=relu, layer=1)");
        assertThat(c.metrics()).hasSize(2);
        Metric m = c.metrics().get(0);
        assertThat(m.name()).isEqualTo(new MetricName(Measure.LAYER_STATISTIC, Statistic.POST, StatField.STD));
        assertThat(m.init()).isEqualTo(new Metric.Argument("xavier_normal", 15));
        assertThat(m.act().value()).isEqualTo("relu");
        assertThat(m.layerNumber()).isEqualTo(5);
        assertThat(m.at()).isNull();
        assertThat(m.column()).isEqualTo(1);
        assertThat(c.render()).isEqualTo("post.std(init=xavier_normal, act=relu, layer=5) < "
                + "(0.5 * post.std(init=xavier_normal, act=relu, layer=1))");
        assertThat(c.text()).startsWith("post.std(");
        assertThat(c.where()).isEqualTo(WHERE);
    }

    @Test
    void initLabelsKeepNestedParenthesesCommasAndEquals() {
        Claim c = parse("pre.var(init=kaiming_normal(mode=fan_in, nonlinearity=relu), layer=last) "
                + "> pre.var(init = uniform(a=-0.5, b=0.5) , layer = 2)");
        assertThat(c.metrics().get(0).init().value()).isEqualTo("kaiming_normal(mode=fan_in, nonlinearity=relu)");
        assertThat(c.metrics().get(0).lastLayer()).isTrue();
        assertThat(c.metrics().get(1).init().value()).isEqualTo("uniform(a=-0.5, b=0.5)");
        assertThat(c.metrics().get(1).layerNumber()).isEqualTo(2);
    }

    @Test
    void metricArgumentsFollowTheSpecGrammar() {
        // one grammar (issue 12): what a spec refuses, a claim's argument list refuses, at the same place
        assertThatThrownBy(() -> parse("cost(init=lsuv(base=normal(std=1, std=2))) < 1"))
                .isInstanceOf(ClaimException.class).hasMessageContaining("column 35")
                .hasMessageContaining("key 'std' is given twice");
        assertThatThrownBy(() -> parse("cost(init=uniform(a=-(0.5))) < 1"))
                .isInstanceOf(ClaimException.class).hasMessageContaining("column 21")
                .hasMessageContaining("the value '-(…' does not start with a name");
        assertThatThrownBy(() -> parse("cost(init='a' b) < 1"))
                .hasMessageContaining("column 15").hasMessageContaining("expected ',' or ')' after the value of 'init', got 'b'");
        assertThatThrownBy(() -> parse("cost(1init=a) < 1"))
                .hasMessageContaining("column 6").hasMessageContaining("expected an argument name (a letter or '_' first)");
        String deep = "a(b=".repeat(30) + "c" + ")".repeat(30);
        assertThatThrownBy(() -> parse("cost(init=" + deep + ") < 1"))
                .isInstanceOf(ClaimException.class).hasMessageContaining("nested more than 20 deep");
        Claim nested = parse("cost(init=lsuv(base=kaiming_normal(mode=fan_out, nonlinearity=relu)), at=3) < 1");
        assertThat(nested.metrics().get(0).init().value()).isEqualTo("lsuv(base=kaiming_normal(mode=fan_out, nonlinearity=relu))");
        assertThat(nested.metrics().get(0).atIteration()).isEqualTo(3);
    }

    @Test
    void quotedInitLabelsAreTakenVerbatim() {
        Claim c = parse("trainAccuracy(init='kaiming_normal(mode=fan_in, nonlinearity=relu)') "
                + "> testAccuracy(init=\"odd)label,\")");
        assertThat(c.metrics().get(0).init().value()).isEqualTo("kaiming_normal(mode=fan_in, nonlinearity=relu)");
        assertThat(c.metrics().get(1).init().value()).isEqualTo("odd)label,");
    }

    @Test
    void everyMetricFamilyParses() {
        Claim c = parse("weights.count(init=a, layer=1) + pre.mean(init=a, layer=1) + gradient.min(init=a, layer=1)"
                + " + activationGradient.zeroFraction(init=a, layer=1) + postUnitStd(init=a, layer=1)"
                + " + predictedVar(init=a, layer=1) + trainAccuracy(init=a) + testAccuracy(init=a, act=relu)"
                + " + cost(init=a) + cost(init=a, at=1000) + distinctUnits(init=a, layer=last)"
                + " + cell(init=a, depth=16) > 0");
        assertThat(c.metrics()).extracting(m -> m.name().measure()).containsExactly(
                Measure.LAYER_STATISTIC, Measure.LAYER_STATISTIC, Measure.LAYER_STATISTIC, Measure.LAYER_STATISTIC,
                Measure.POST_UNIT_STD, Measure.PREDICTED_VAR, Measure.TRAIN_ACCURACY, Measure.TEST_ACCURACY,
                Measure.COST, Measure.COST, Measure.DISTINCT_UNITS, Measure.CELL);
        assertThat(c.metrics().get(9).atIteration()).isEqualTo(1000);
        assertThat(c.metrics().get(3).name().text()).isEqualTo("activationGradient.zeroFraction");
    }

    @Test
    void anUnknownMetricIsNamedWithTheClosestAndTheValidOnes() {
        assertThatThrownBy(() -> parse("1 < trainAcuracy(init=a)"))
                .isInstanceOf(ClaimException.class)
                .hasMessage(WHERE + ", column 5 of \"1 < trainAcuracy(init=a)\": unknown metric 'trainAcuracy'"
                        + " (did you mean 'trainAccuracy'?); valid metrics: <stat>.<field>, postUnitStd, predictedVar,"
                        + " meanFieldVar, backwardGain, trainAccuracy, testAccuracy, testMajorityShare, cost, distinctUnits, cell, weights.maxRelDiff, pre.maxRelDiff;"
                        + " functions: abs, log10;"
                        + " over seeds: median, mean, low, high");
        assertThatThrownBy(() -> parse("post_std(init=a, layer=1) < 1"))
                .hasMessageContaining("unknown metric 'post_std' (did you mean 'post.std'?)");
    }

    @Test
    void aCellKeepsItsDepthAndWidth() {
        Claim c = parse("cell(init=kaiming_normal(nonlinearity=relu), act=relu, depth=16)"
                + " / cell(init=kaiming_normal(nonlinearity=relu), act=relu, width=50, depth=1) > 0.5");
        Metric deep = c.metrics().get(0);
        assertThat(deep.name()).isEqualTo(new MetricName(Measure.CELL, null, null));
        assertThat(deep.name().text()).isEqualTo("cell");
        assertThat(deep.init().value()).isEqualTo("kaiming_normal(nonlinearity=relu)");
        assertThat(deep.depth()).isEqualTo(new Metric.Argument("16", 62));
        assertThat(deep.depthNumber()).isEqualTo(16);
        assertThat(deep.width()).isNull();
        assertThat(deep.layer()).isNull();
        assertThat(c.metrics().get(1).widthNumber()).isEqualTo(50);
        assertThat(c.render()).isEqualTo("(cell(init=kaiming_normal(nonlinearity=relu), act=relu, depth=16)"
                + " / cell(init=kaiming_normal(nonlinearity=relu), act=relu, depth=1, width=50)) > 0.5");
    }

    @Test
    void cellsArgumentsAreCheckedLikeEveryMetrics() {
        assertThatThrownBy(() -> parse("cell(init=a) < 1"))
                .hasMessage(WHERE + ", column 12 of \"cell(init=a) < 1\": 'cell' needs init=… and depth=…; missing depth");
        assertThatThrownBy(() -> parse("cell(depth=2) < 1"))
                .hasMessageContaining("'cell' needs init=… and depth=…; missing init");
        assertThatThrownBy(() -> parse("cell(init=a, layer=2) < 1"))
                .hasMessage(WHERE + ", column 14 of \"cell(init=a, layer=2) < 1\": 'cell' has no argument 'layer';"
                        + " valid arguments: init, act, depth, width");
        assertThatThrownBy(() -> parse("cell(init=a, dpth=2) < 1"))
                .hasMessageContaining("'cell' has no argument 'dpth' (did you mean 'depth'?); valid arguments: init, act, depth, width");
        assertThatThrownBy(() -> parse("post.std(init=a, depth=2) < 1"))
                .hasMessageContaining("'post.std' has no argument 'depth'; valid arguments: init, act, layer");
        assertThatThrownBy(() -> parse("cell(init=a, depth=last) < 1"))
                .hasMessageContaining("column 20").hasMessageContaining("depth must be a number of layers (1, 2, …), got 'last'");
        assertThatThrownBy(() -> parse("cell(init=a, depth=0) < 1"))
                .hasMessageContaining("depth must be a number of layers (1, 2, …), got '0'");
        assertThatThrownBy(() -> parse("cell(init=a, depth=2, width=1.5) < 1"))
                .hasMessageContaining("column 29").hasMessageContaining("width must be a number of units (1, 2, …), got '1.5'");
        assertThatThrownBy(() -> parse("cells(init=a, depth=2) < 1"))
                .hasMessageContaining("unknown metric 'cells' (did you mean 'cell'?)");
        assertThatThrownBy(() -> parse("cell < 1"))
                .hasMessageContaining("'cell' needs its arguments in parentheses, e.g. cell(init=…, depth=…)");
    }

    @Test
    void anUnknownStatisticOrFieldIsNamedWhereItIsWritten() {
        assertThatThrownBy(() -> parse("psot.std(init=a, layer=1) < 1"))
                .hasMessage(WHERE + ", column 1 of \"psot.std(init=a, layer=1) < 1\": unknown statistic 'psot'"
                        + " (did you mean 'post'?); valid statistics: weights, pre, post, gradient, activationGradient");
        assertThatThrownBy(() -> parse("post.sdt(init=a, layer=1) < 1"))
                .hasMessage(WHERE + ", column 6 of \"post.sdt(init=a, layer=1) < 1\": unknown field 'sdt' of 'post'"
                        + " (did you mean 'std'?); valid fields: count, mean, std, var, rms, min, max, nan, infinite, zeroFraction");
        assertThatThrownBy(() -> parse("post(init=a, layer=1) < 1"))
                .hasMessageContaining("column 1 of").hasMessageContaining("'post' needs a field: post.<field>");
    }

    @Test
    void argumentsAreCheckedForNameValueAndPresence() {
        assertThatThrownBy(() -> parse("post.std(init=a, layr=1) < 1"))
                .hasMessage(WHERE + ", column 18 of \"post.std(init=a, layr=1) < 1\": 'post.std' has no argument 'layr'"
                        + " (did you mean 'layer'?); valid arguments: init, act, layer");
        assertThatThrownBy(() -> parse("cost(init=a, layer=1) < 1"))
                .hasMessageContaining("'cost' has no argument 'layer'; valid arguments: init, act, at");
        assertThatThrownBy(() -> parse("post.std(init=a) < 1"))
                .hasMessage(WHERE + ", column 16 of \"post.std(init=a) < 1\": 'post.std' needs init=… and layer=…; missing layer");
        assertThatThrownBy(() -> parse("trainAccuracy() < 1"))
                .hasMessageContaining("'trainAccuracy' needs init=…; missing init");
        assertThatThrownBy(() -> parse("post.std(init=a, layer=0) < 1"))
                .hasMessageContaining("column 24").hasMessageContaining("layer must be a 1-based layer number or 'last', got '0'");
        assertThatThrownBy(() -> parse("cost(init=a, at=-5) < 1"))
                .hasMessageContaining("at must be an iteration number (0, 1, 2, …), got '-5'");
        assertThatThrownBy(() -> parse("cost(init=a, init=b) < 1"))
                .hasMessageContaining("column 14").hasMessageContaining("argument 'init' is given twice");
        assertThatThrownBy(() -> parse("cost(init=) < 1"))
                .hasMessageContaining("argument 'init' has no value");
        assertThatThrownBy(() -> parse("cost(init a) < 1"))
                .hasMessageContaining("expected '=' after 'init', got 'a'");
        assertThatThrownBy(() -> parse("cost < 1"))
                .hasMessageContaining("column 6").hasMessageContaining("'cost' needs its arguments in parentheses, e.g. cost(init=…)");
    }

    @Test
    void trailingGarbageIsReported() {
        assertThatThrownBy(() -> parse("1 < 2 3"))
                .hasMessage(WHERE + ", column 7 of \"1 < 2 3\": unexpected '3' after the end of the claim");
        assertThatThrownBy(() -> parse("1 < 2 < 3"))
                .hasMessageContaining("column 7").hasMessageContaining("a claim has one comparison; found a second '<'");
    }

    @Test
    void unbalancedParenthesesAreReportedWithTheOpeningColumn() {
        assertThatThrownBy(() -> parse("(1 + 2 < 3"))
                .hasMessage(WHERE + ", column 8 of \"(1 + 2 < 3\": missing ')' to close the '(' at column 1, got '<'");
        assertThatThrownBy(() -> parse("1 < abs(2"))
                .hasMessage(WHERE + ", column 10 of \"1 < abs(2\": missing ')' to close the '(' at column 8");
        assertThatThrownBy(() -> parse("1 < 2)"))
                .hasMessage(WHERE + ", column 6 of \"1 < 2)\": unmatched ')'");
        assertThatThrownBy(() -> parse("cost(init=a < 1"))
                .hasMessageContaining("missing ')' to close the '(' at column 5");
        assertThatThrownBy(() -> parse("cost(init=normal(std=1) < 1"))
                .hasMessageContaining("column 28").hasMessageContaining("missing ')' to close the '(' at column 5");
        assertThatThrownBy(() -> parse("cost(init=normal(std=1 < 1"))
                .hasMessageContaining("column 17").hasMessageContaining("the '(' in the value 'normal(std=1 < 1' is never closed");
        assertThatThrownBy(() -> parse("cost(init='normal) < 1"))
                .hasMessageContaining("column 11").hasMessageContaining("the quote ' is never closed");
    }

    @Test
    void otherSyntaxErrorsSayWhatWasExpected() {
        assertThatThrownBy(() -> parse("1 + 2"))
                .hasMessage(WHERE + ", column 6 of \"1 + 2\": expected a comparison (<, <=, >, >=, ==, !=), got the end of the claim");
        assertThatThrownBy(() -> parse("1 < * 2"))
                .hasMessageContaining("column 5").hasMessageContaining("expected a number, inf, nan, '(', abs(…), log10(…), median(…) or another aggregate, or a metric, got '*'");
        assertThatThrownBy(() -> parse("1 # 2")).hasMessageContaining("column 3").hasMessageContaining("unexpected character '#'");
        assertThatThrownBy(() -> parse("1 ! 2")).hasMessageContaining("'!' must be followed by '='");
        assertThatThrownBy(() -> parse("1e < 2")).hasMessageContaining("the exponent of '1e' has no digits");
        assertThatThrownBy(() -> parse("abs 2 < 1")).hasMessageContaining("expected '(' after 'abs': abs(…), got '2'");
        assertThatThrownBy(() -> parse("1 = 2")).hasMessageContaining("expected a comparison").hasMessageContaining("got '='");
        assertThatThrownBy(() -> parse("   ")).isInstanceOf(ClaimException.class).hasMessage(WHERE
                + ", column 1 of \"   \": expected a claim such as post.std(init=xavier_normal, layer=5) < 1, got nothing");
    }

    @Test
    void theExceptionIsAConfigurationErrorThatKnowsWhereItIs() {
        assertThatThrownBy(() -> parse("1 < 2)"))
                .isInstanceOf(org.initlab.settings.ConfigException.class)
                .satisfies(e -> {
                    ClaimException ce = (ClaimException) e;
                    assertThat(ce.where()).isEqualTo(WHERE);
                    assertThat(ce.column()).isEqualTo(6);
                });
    }
}
