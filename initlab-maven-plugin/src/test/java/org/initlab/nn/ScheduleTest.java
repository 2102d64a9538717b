package org.initlab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.initlab.settings.ConfigException;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    @Test
    void iterationsAloneIsFullBatchAndEpochsWithBatchSizeIsMinibatch() {
        assertThat(Schedule.of(15_000, null, null)).isEqualTo(Schedule.fullBatch(15_000));
        assertThat(Schedule.of(null, 1, 100)).isEqualTo(Schedule.minibatch(1, 100));
        assertThat(Schedule.minibatch(2, 100).text()).isEqualTo("epochs=2, batchSize=100");
    }

    @Test
    void countsStepsWithAShorterLastBatch() {
        Schedule.Minibatch s = new Schedule.Minibatch(3, 64);
        assertThat(s.batches(200)).isEqualTo(4);
        assertThat(s.steps(200)).isEqualTo(12);
        assertThat(s.batches(60_000 / 64 * 64)).isEqualTo(60_000 / 64);
        assertThat(Schedule.fullBatch(7).steps(200)).isEqualTo(7);
    }

    @Test
    void refusesMixedIncompleteOrOutOfRangeSettingsNamingThem() {
        assertThatThrownBy(() -> Schedule.of(10, 1, 100)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("mutually exclusive");
        assertThatThrownBy(() -> Schedule.of(10, null, 100)).hasMessageContaining("mutually exclusive");
        assertThatThrownBy(() -> Schedule.of(null, null, null)).hasMessageContaining("either iterations");
        assertThatThrownBy(() -> Schedule.of(null, null, 100)).hasMessage("batchSize 100 needs epochs (how many passes over the training set)");
        assertThatThrownBy(() -> Schedule.of(null, 2, null)).hasMessage("epochs 2 needs batchSize (rows per optimizer step)");
        assertThatThrownBy(() -> Schedule.of(null, 1, 0)).hasMessage("batchSize must be >= 1, got 0");
        assertThatThrownBy(() -> Schedule.of(null, -1, 10)).hasMessage("epochs must be >= 0, got -1");
        assertThatThrownBy(() -> Schedule.of(-5, null, null)).hasMessage("iterations must be >= 0, got -5");
    }

    @Test
    void theConfigCarriesTheScheduleAndTheOldConstructorMeansFullBatch() {
        TrainingConfig t1 = TrainingConfig.t1(2, 10, 5, 1);
        assertThat(t1.schedule()).isEqualTo(Schedule.fullBatch(15_000));
        TrainingConfig t4 = TrainingConfig.t4(784, 100, 10);
        assertThat(t4.schedule()).isEqualTo(Schedule.minibatch(1, 100));
        assertThat(t4.toString()).contains("epochs=1, batchSize=100");
        assertThat(t4.withSchedule(Schedule.minibatch(2, 50))).isNotEqualTo(t4)
                .extracting(TrainingConfig::optimizer).isEqualTo(Optimizer.ADAM);
    }
}
