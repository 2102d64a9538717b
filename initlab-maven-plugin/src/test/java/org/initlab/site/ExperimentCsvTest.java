package org.initlab.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.initlab.results.CostPoint;
import org.initlab.results.ExperimentResult;
import org.initlab.results.LayerResult;
import org.initlab.results.RunResult;
import org.initlab.results.Stats;
import org.initlab.results.TrainingSummary;
import org.junit.jupiter.api.Test;

class ExperimentCsvTest {

    @Test
    void oneRowPerRunLayerAndStatisticWithTheMomentsAndZeros() {
        Stats post = Stats.of(new double[] {0, 0, 1, 3}, 2, null);
        LayerResult layer = new LayerResult(1, 4, 2, Stats.of(new double[] {-1, 1}, 2, null), post, post, null, null, null, null);
        ExperimentResult e = new ExperimentResult("mine", "activations", "Mine", "gaussian", 0,
                List.of(new RunResult("xavier_normal", "relu", 1, List.of(layer), null)), List.of());

        List<String> lines = ExperimentCsv.of(e).lines().toList();

        assertThat(lines.get(0)).isEqualTo(String.join(",", ExperimentCsv.HEADER));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).isEqualTo("mine,0,xavier_normal,relu,0,1,4,2,weights,2,0.0,1.0,-1.0,1.0,0.0,0,0,,");
        assertThat(lines.get(3)).isEqualTo("mine,0,xavier_normal,relu,0,1,4,2,post,4,1.0,1.224744871391589,0.0,3.0,0.5,0,0,,");
        assertThat(ExperimentCsv.of(e)).endsWith("\r\n");
    }

    @Test
    void trainingRunsAddTheirCostsAndKeepNonFiniteValuesReadable() {
        LayerResult layer = LayerResult.weightsOnly(1, 2, 3, Stats.of(new double[] {0, 0}, 2, null));
        TrainingSummary training = new TrainingSummary(List.of(new CostPoint(0, 0.69), new CostPoint(1000, Double.NaN)),
                0.5, 0.5, List.of(1), null);
        ExperimentResult e = new ExperimentResult("t", "training", "T", "circles", 0,
                List.of(new RunResult("zeros", "relu", 1, List.of(layer), training)), List.of());

        List<String> lines = ExperimentCsv.of(e).lines().toList();

        assertThat(lines).containsExactly(String.join(",", ExperimentCsv.HEADER),
                "t,0,zeros,relu,0,1,2,3,weights,2,0.0,0.0,0.0,0.0,1.0,0,0,,",
                "t,0,zeros,relu,0,,,,cost,,,,,,,,,0,0.69",
                "t,0,zeros,relu,0,,,,cost,,,,,,,,,1000,NaN");
    }

    @Test
    void eachRowNamesItsRunsSeed() {
        LayerResult layer = LayerResult.weightsOnly(1, 2, 3, Stats.of(new double[] {0, 0}, 2, null));
        ExperimentResult e = new ExperimentResult("s", "activations", "S", "gaussian", 4, List.of(
                new RunResult("zeros", "relu", 4, 1, List.of(layer), null, null),
                new RunResult("zeros", "relu", 9, 1, List.of(layer), null, null)), List.of());

        assertThat(ExperimentCsv.of(e).lines().skip(1).toList()).containsExactly(
                "s,0,zeros,relu,4,1,2,3,weights,2,0.0,0.0,0.0,0.0,1.0,0,0,,",
                "s,1,zeros,relu,9,1,2,3,weights,2,0.0,0.0,0.0,0.0,1.0,0,0,,");
    }

    @Test
    void cellsWithCommasQuotesOrLineBreaksAreQuoted() {
        assertThat(ExperimentCsv.quote("kaiming_normal(a=0, mode=fan_in)")).isEqualTo("\"kaiming_normal(a=0, mode=fan_in)\"");
        assertThat(ExperimentCsv.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ExperimentCsv.quote("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(ExperimentCsv.quote("plain")).isEqualTo("plain");
    }
}
