package org.initlab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.initlab.layers.Network;
import org.initlab.numeric.SampleShape;
import org.initlab.testing.NumpyOracle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A small convolutional network's backward pass and training steps against torch autograd in float64:
 * conv2d (padding), maxpool (a dropped row), conv2d (stride and padding), avgpool (a dropped row), flatten,
 * two dense layers, softmax with cross-entropy, on both matrix kernels.
 */
class ConvNetAgainstTorchTest {
    private static final String LAYERS = "conv2d(out=3, kernel=3, padding=1), maxpool(k=2),"
            + " conv2d(out=4, kernel=2, stride=2, padding=1), avgpool(k=2), flatten, dense(n=5), dense(n=3)";
    private static final int N = 6;
    private static final int CLASSES = 3;

    private static final String SCRIPT = """
            import json, sys, numpy as np, torch, torch.nn.functional as F
            act, opt, steps, lr = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
            np.random.seed(5)
            n = 6
            x = np.random.randn(n, 2, 9, 9)
            labels = np.random.randint(0, 3, n)
            shapes = [(3, 2, 3, 3), (3,), (4, 3, 2, 2), (4,), (5, 4), (5,), (3, 5), (3,)]
            start = [np.random.randn(*s) * 0.5 for s in shapes]
            ps = [torch.tensor(p, requires_grad=True) for p in start]
            g = {"relu": F.relu, "tanh": torch.tanh}[act]
            xt, yt = torch.from_numpy(x), torch.from_numpy(labels)
            def forward():
                h = F.max_pool2d(g(F.conv2d(xt, ps[0], ps[1], padding=1)), 2)
                h = F.avg_pool2d(g(F.conv2d(h, ps[2], ps[3], stride=2, padding=1)), 2)
                h = g(F.linear(torch.flatten(h, 1), ps[4], ps[5]))
                return F.linear(h, ps[6], ps[7])
            def loss():
                return -(F.one_hot(yt, 3).double() * F.log_softmax(forward(), 1)).sum() / n
            out = {"x": x.ravel().tolist(), "labels": labels.tolist(), "start": [p.ravel().tolist() for p in start]}
            out["probabilities"] = F.softmax(forward(), 1).detach().numpy().T.ravel().tolist()
            if opt == "none":
                loss().backward()
                out["grads"] = [p.grad.numpy().ravel().tolist() for p in ps]
            else:
                o = torch.optim.SGD(ps, lr=lr) if opt == "gd" else torch.optim.Adam(ps, lr=lr, betas=(0.9, 0.999), eps=1e-8)
                costs = []
                for i in range(steps):
                    o.zero_grad()
                    L = loss()
                    costs.append(L.item())
                    L.backward()
                    o.step()
                out["costs"] = costs
                out["end"] = [p.detach().numpy().ravel().tolist() for p in ps]
            print(json.dumps(out))
            """;

    @ParameterizedTest(name = "{0}, {1} kernel")
    @CsvSource({"relu, java", "relu, nd4j", "tanh, java", "tanh, nd4j"})
    void gradientsOfEveryParameterEqualAutograd(String activation, String kernel) throws Exception {
        NumpyOracle.requireTorch();
        JsonNode torch = NumpyOracle.run(SCRIPT, activation, "none", "0", "0");
        MutableConvNet net = network(torch, activation);
        TrainingPass pass = filled(net, torch, kernel);
        assertClose(pass.forward(), doubles(torch.get("probabilities")), "softmax outputs (classes × samples)");
        Gradients grads = new Gradients(net);
        pass.backward(Loss.CE, grads);
        for (int l = 1; l <= net.layers(); l++) {
            assertClose(grads.weights(l), doubles(torch.get("grads").get(2 * (l - 1))), "dW of weighted layer " + l);
            assertClose(grads.biases(l), doubles(torch.get("grads").get(2 * (l - 1) + 1)), "db of weighted layer " + l);
        }
    }

    @ParameterizedTest(name = "{0} with {1}, {2} kernel")
    @CsvSource({"relu, gd, java", "relu, adam, nd4j", "tanh, gd, nd4j", "tanh, adam, java"})
    void parametersAfterFiveStepsEqualTorchOptimizers(String activation, String optimizer, String kernel) throws Exception {
        NumpyOracle.requireTorch();
        double lr = optimizer.equals("gd") ? 0.1 : 0.01;
        JsonNode torch = NumpyOracle.run(SCRIPT, activation, optimizer, "5", Double.toString(lr));
        MutableConvNet net = network(torch, activation);
        TrainingPass pass = filled(net, torch, kernel);
        Gradients grads = new Gradients(net);
        Optimizer.Step step = Optimizer.parse("optimizer", optimizer).start(net, lr);
        double[] costs = new double[5];
        for (int i = 0; i < 5; i++) {
            pass.forward();
            costs[i] = pass.cost(Loss.CE);
            pass.backward(Loss.CE, grads);
            step.apply(grads);
        }
        assertClose(costs, doubles(torch.get("costs")), "costs before each step");
        for (int l = 1; l <= net.layers(); l++) {
            assertClose(net.weights(l), doubles(torch.get("end").get(2 * (l - 1))), "W of weighted layer " + l);
            assertClose(net.biases(l), doubles(torch.get("end").get(2 * (l - 1) + 1)), "b of weighted layer " + l);
        }
        assertThat(net.weights(1)).as("training moved the weights").isNotEqualTo(doubles(torch.get("start").get(0)));
    }

    private static MutableConvNet network(JsonNode torch, String activation) {
        var plan = Network.parse("layers", LAYERS).plan("layers", SampleShape.image(2, 9, 9));
        List<double[]> weights = new ArrayList<>();
        List<double[]> biases = new ArrayList<>();
        for (int i = 0; i < 8; i += 2) {
            weights.add(doubles(torch.get("start").get(i)));
            biases.add(doubles(torch.get("start").get(i + 1)));
        }
        return MutableConvNet.of(plan, Activation.parse("activation", activation), OutputActivation.SOFTMAX, weights, biases);
    }

    /** A training pass over the script's six images, their labels one-hot as (classes × samples). */
    private static TrainingPass filled(MutableConvNet net, JsonNode torch, String kernel) {
        TrainingPass pass = net.pass(N, true, Kernels.named(kernel));
        double[] x = doubles(torch.get("x"));
        System.arraycopy(x, 0, pass.inputs(), 0, x.length);
        for (int j = 0; j < N; j++) {
            pass.targets()[torch.get("labels").get(j).asInt() * N + j] = 1.0;
        }
        assertThat(net.inputs()).isEqualTo(2 * 9 * 9);
        assertThat(net.outputs()).isEqualTo(CLASSES);
        return pass;
    }

    /** Every value within 1e-9 of the largest expected magnitude (relative to the array's scale). */
    private static void assertClose(double[] actual, double[] expected, String what) {
        assertThat(actual).as(what + " length").hasSize(expected.length);
        double scale = 0;
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            scale = Math.max(scale, Math.abs(expected[i]));
            worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
        }
        assertThat(scale).as(what + " is not all zeros").isPositive();
        assertThat(worst / scale).as(what + ": largest difference relative to the largest value").isLessThan(1e-9);
    }

    private static double[] doubles(JsonNode array) {
        double[] v = new double[array.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = array.get(i).asDouble();
        }
        return v;
    }
}
