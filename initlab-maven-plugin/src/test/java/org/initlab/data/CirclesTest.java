package org.initlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.initlab.settings.ConfigException;
import org.junit.jupiter.api.Test;

/** Values printed by scikit-learn 1.2.1 / numpy 1.24.2 (Debian bookworm). */
class CirclesTest {

    @Test
    void firstTrainingRowsOfTheT1TutorialMatchScikitLearn() {
        Dataset d = Circles.generate(300, 0.05, 0.8, 1);
        double[][] expected = {
            {-0.07741354010048114, 0.8526022642742742, 1},
            {0.43186959584803564, -0.8721450395952108, 0},
            {0.07916502322979652, 0.8406610985900007, 1},
            {-0.6309210111612984, 0.3962870667686345, 1},
        };
        assertRows(d, expected);
    }

    @Test
    void firstTestRowsOfTheT1TutorialMatchScikitLearn() {
        Dataset d = Circles.generate(100, 0.05, 0.8, 2);
        assertRows(d, new double[][] {
            {-0.5242373850862546, -0.6091036148461817, 1},
            {-0.8508922630636758, -0.5214512721012066, 0},
        });
    }

    @Test
    void oddCountPutsTheExtraPointOnTheInnerCircle() {
        Dataset d = Circles.generate(7, 0.0, 0.5, 0);
        assertThat(d.targets()).containsExactly(1, 0, 0, 1, 0, 1, 1);
        assertThat(d.inputs().get(3, 0)).isEqualTo(0.5);
        assertThat(d.inputs().get(4, 0)).isEqualTo(1.0);
        assertThat(d.inputs().get(5, 1)).isCloseTo(6.123233995736766e-17, org.assertj.core.data.Offset.offset(1e-30));
    }

    @Test
    void catalogBuildsCirclesFromASpec() {
        Dataset d = DatasetCatalog.load("dataset", "circles(samples=300, noise=0.05, seed=1)");
        assertThat(d.spec()).isEqualTo("circles(samples=300, noise=0.05, seed=1)");
        assertThat(d.inputs().rows()).isEqualTo(300);
        assertThat(d.features()).isEqualTo(2);
        assertThat(d.inputs().get(0, 0)).isEqualTo(-0.07741354010048114);
    }

    @Test
    void catalogNamesWhatIsWrong() {
        assertThatThrownBy(() -> DatasetCatalog.load("dataset", "circles(samples=10, seed=1)"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'noise'");
        assertThatThrownBy(() -> DatasetCatalog.load("dataset", "circles(samples=10, noise=0.1, factor=1, seed=1)"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("factor");
        assertThatThrownBy(() -> DatasetCatalog.load("dataset", "circles(samples=10, noise=0.1)"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'seed'");
    }

    private static void assertRows(Dataset d, double[][] expected) {
        for (int r = 0; r < expected.length; r++) {
            assertThat(d.inputs().get(r, 0)).as("x[%d, 0]", r).isEqualTo(expected[r][0]);
            assertThat(d.inputs().get(r, 1)).as("x[%d, 1]", r).isEqualTo(expected[r][1]);
            assertThat(d.targets()[r]).as("y[%d]", r).isEqualTo(expected[r][2]);
        }
    }
}
