package org.initlab.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.initlab.nn.Kernels;
import org.initlab.random.Generator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class Nd4jProvisionTest {

    @AfterEach
    void noProvider() {
        Nd4jProvision.by(setting -> { });
    }

    @Test
    void theKernelAndTheGeneratorAskForNd4jOnceNamingTheirSetting() {
        List<String> asked = new ArrayList<>();
        Nd4jProvision.by(asked::add);
        Kernels.named("nd4j");
        Generator.ND4J.create(1);
        assertThat(asked).containsExactly("kernel");

        Nd4jProvision.by(asked::add);
        Generator.ND4J.create(1);
        Kernels.named("nd4j");
        assertThat(asked).containsExactly("kernel", "rng");
    }

    @Test
    void otherKernelsAndNumpyNeverAsk() {
        List<String> asked = new ArrayList<>();
        Nd4jProvision.by(asked::add);
        Kernels.named("auto");
        Kernels.named("java");
        Generator.NUMPY.create(1);
        assertThat(asked).isEmpty();
    }

    @Test
    void aFailureReachesTheCallerAndIsRetried() {
        List<String> asked = new ArrayList<>();
        Nd4jProvision.by(setting -> {
            asked.add(setting);
            throw new IllegalStateException("offline");
        });
        assertThatThrownBy(() -> Generator.ND4J.create(1)).hasMessage("offline");
        assertThatThrownBy(() -> Generator.ND4J.create(1)).hasMessage("offline");
        assertThat(asked).containsExactly("rng", "rng");
    }
}
