package org.initlab.config;

import java.util.List;

/**
 * The built-in suites. {@code classic} reproduces the classic initialization tutorials; its
 * experiments are written exactly as a user would write them in a POM, with the tutorials'
 * schemes under initlab's names (e.g. T1's randn × 10 is {@code normal(std=10)}).
 */
public final class Suites {
    public static final List<String> NAMES = List.of("classic", "none");

    private Suites() {
    }

    public static List<ExperimentDefinition> named(String name) {
        return switch (name) {
            case "classic" -> classic();
            case "none" -> List.of();
            default -> throw new ConfigException("suite: unknown suite '" + name + "'" + Names.suggestion(name, NAMES)
                    + "; valid: " + String.join(", ", NAMES));
        };
    }

    private static List<ExperimentDefinition> classic() {
        return List.of(
                t2("t2-sigmoid", "Sigmoid through five layers", "sigmoid", "0,1"),
                t2("t2-tanh", "Tanh through five layers", "tanh", "-1,1"),
                t2("t2-relu", "ReLU through five layers", "relu", "0,1"),
                t2Gradients(),
                t1(),
                t3(),
                t4());
    }

    /** T2: five layers of 100 units on 1000 standard-normal samples, no bias, x·W. */
    private static ExperimentDefinition t2(String id, String title, String activation, String range) {
        return ExperimentDefinition.of(id)
                .with("title", title)
                .with("type", "activations")
                .with("dataset", "gaussian(rows=1000, cols=100, seed=0)")
                .with("layers", "100,100,100,100,100")
                .with("activation", activation)
                .with("seed", "1")
                .with("range", range)
                .withInitializers("normal(std=1)", "normal(std=0.01)", "xavier_normal", "kaiming_normal(nonlinearity=relu)");
    }

    /** T2's network and data, one backward pass: how large each layer's weight gradients are. */
    private static ExperimentDefinition t2Gradients() {
        return ExperimentDefinition.of("t2-gradients")
                .with("title", "Gradients through five layers")
                .with("type", "gradients")
                .with("dataset", "gaussian(rows=1000, cols=100, seed=0)")
                .with("layers", "100,100,100,100,100")
                .with("activation", "tanh,relu")
                .with("seed", "1")
                .withInitializers("normal(std=1)", "normal(std=0.01)", "xavier_normal", "kaiming_normal(nonlinearity=relu)");
    }

    /** T1: a 2-10-5-1 ReLU network trained on two circles, exactly as the tutorial sets it up. */
    private static ExperimentDefinition t1() {
        return ExperimentDefinition.of("t1-circles")
                .with("title", "Zeros, large random and He weights, trained on two circles")
                .with("type", "training")
                .with("dataset", "circles(samples=300, noise=0.05, seed=1)")
                .with("testDataset", "circles(samples=100, noise=0.05, seed=2)")
                .with("layers", "10,5,1")
                .with("activation", "relu")
                .with("outputActivation", "sigmoid")
                .with("loss", "bce")
                .with("optimizer", "gd")
                .with("learningRate", "0.01")
                .with("iterations", "15000")
                .with("recordEvery", "1000")
                .with("seed", "3")
                .with("layout", "out-in")
                .with("bias", "zeros")
                .withInitializers("zeros", "normal(std=10)", "kaiming_normal(nonlinearity=relu)");
    }

    /** T4: 784 → 100 → 10 on the real MNIST digits, one epoch of Adam in minibatches of 100. */
    private static ExperimentDefinition t4() {
        return ExperimentDefinition.of("t4-mnist")
                .with("title", "Why the weights cannot start at zero: MNIST")
                .with("type", "training")
                .with("dataset", "mnist(split=train)")
                .with("testDataset", "mnist(split=test)")
                .with("layers", "100,10")
                .with("activation", "relu")
                .with("outputActivation", "softmax")
                .with("loss", "ce")
                .with("optimizer", "adam")
                .with("learningRate", "0.001")
                .with("epochs", "1")
                .with("batchSize", "100")
                .with("recordEvery", "50")
                .with("seed", "0")
                .with("bias", "zeros")
                .withInitializers("zeros", "kaiming_normal(nonlinearity=relu)");
    }

    /**
     * T3: the UCI Abalone inputs through eight layers of 16 units, no bias, with the tutorial's quirk
     * of re-seeding before every layer and its float32 weights; the page charts the linear outputs.
     */
    private static ExperimentDefinition t3() {
        return ExperimentDefinition.of("t3-abalone")
                .with("title", "Eight layers on the Abalone data")
                .with("type", "activations")
                .with("dataset", "abalone")
                .with("layers", "16,16,16,16,16,16,16,1")
                .with("activation", "tanh,relu")
                .with("seed", "1")
                .with("reseed", "per-layer")
                .with("dtype", "float32")
                .with("bins", "10")
                .with("plot", "pre")
                .with("range", "-1,1")
                .withInitializers("normal(std=1)", "kaiming_normal(nonlinearity=linear)", "kaiming_normal(nonlinearity=relu)",
                        "uniform", "kaiming_normal(mode=fan_in, nonlinearity=relu)");
    }
}
