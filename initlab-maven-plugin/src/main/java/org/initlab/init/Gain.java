package org.initlab.init;

import java.util.List;
import org.initlab.settings.ConfigException;
import org.initlab.settings.Names;

/** PyTorch's {@code calculate_gain}: the factor that restores unit variance after a nonlinearity. */
public final class Gain {
    public static final List<String> NONLINEARITIES = List.of(
            "linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d",
            "conv_transpose3d", "sigmoid", "tanh", "relu", "leaky_relu", "selu");

    private Gain() {
    }

    /**
     * @param param the negative slope for {@code leaky_relu} (PyTorch's default 0.01 when null)
     */
    public static double of(String nonlinearity, Double param) {
        switch (nonlinearity) {
            case "linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d",
                    "conv_transpose3d", "sigmoid":
                return 1.0;
            case "tanh":
                return 5.0 / 3;
            case "relu":
                return Math.sqrt(2.0);
            case "leaky_relu": {
                double slope = param == null ? 0.01 : param;
                return Math.sqrt(2.0 / (1 + slope * slope));
            }
            case "selu":
                return 3.0 / 4;
            default:
                throw new ConfigException("nonlinearity: unknown '" + nonlinearity + "'"
                        + Names.suggestion(nonlinearity, NONLINEARITIES) + "; valid: " + String.join(", ", NONLINEARITIES));
        }
    }
}
