package org.initlab.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.initlab.settings.ConfigException;
import org.junit.jupiter.api.Test;

/** Spec resolution across dialects, error messages, and the metadata a catalogue page needs. */
class InitializerCatalogTest {
    private static final WeightShape SHAPE = WeightShape.of(20, 30, Layout.IN_OUT);

    private static InitializerCatalog.Entry entry(String text) {
        return InitializerCatalog.resolve(org.initlab.settings.Spec.parse("t", text));
    }

    @Test
    void everyRequestedNameIsRegistered() {
        List<String> torch = List.of("zeros", "ones", "constant", "uniform", "normal", "trunc_normal", "eye", "dirac",
                "xavier_uniform", "xavier_normal", "kaiming_uniform", "kaiming_normal", "orthogonal", "sparse");
        List<String> keras = List.of("glorot_uniform", "glorot_normal", "he_uniform", "he_normal", "lecun_uniform",
                "lecun_normal", "variance_scaling", "truncated_normal", "random_normal", "random_uniform", "identity");
        List<String> dl4j = List.of("XAVIER", "XAVIER_UNIFORM", "XAVIER_FAN_IN", "XAVIER_LEGACY", "RELU", "RELU_UNIFORM",
                "LECUN_NORMAL", "LECUN_UNIFORM", "SIGMOID_UNIFORM", "VAR_SCALING_NORMAL_FAN_IN", "VAR_SCALING_NORMAL_FAN_OUT",
                "VAR_SCALING_NORMAL_FAN_AVG", "VAR_SCALING_UNIFORM_FAN_IN", "VAR_SCALING_UNIFORM_FAN_OUT",
                "VAR_SCALING_UNIFORM_FAN_AVG");
        assertThat(InitializerCatalog.names(Dialect.TORCH)).containsAll(torch);
        assertThat(InitializerCatalog.names(Dialect.KERAS)).containsAll(keras);
        assertThat(InitializerCatalog.names(Dialect.DL4J)).containsAll(dl4j);
        assertThat(InitializerCatalog.names(Dialect.INITLAB)).contains("bilinear", "pretrained");
    }

    @Test
    void bareNamesResolveToTheirOwnLibraryAndPrefixesAreOptional() {
        assertThat(entry("xavier_normal").dialect()).isEqualTo(Dialect.TORCH);
        assertThat(entry("torch:xavier_normal").dialect()).isEqualTo(Dialect.TORCH);
        assertThat(entry("he_normal").dialect()).isEqualTo(Dialect.KERAS);
        assertThat(entry("keras:he_normal").dialect()).isEqualTo(Dialect.KERAS);
        assertThat(entry("XAVIER").dialect()).isEqualTo(Dialect.DL4J);
        assertThat(entry("dl4j:RELU").dialect()).isEqualTo(Dialect.DL4J);
        assertThat(entry("relu").name()).isEqualTo("RELU");
        assertThat(entry("lecun_normal").dialect()).as("Keras owns the lower-case spelling").isEqualTo(Dialect.KERAS);
        assertThat(entry("dl4j:lecun_normal").name()).isEqualTo("LECUN_NORMAL");
        assertThat(entry("bilinear").dialect()).isEqualTo(Dialect.INITLAB);
        assertThat(InitializerCatalog.parse("t", " kaiming_normal( mode = fan_out , nonlinearity=relu ) ").spec())
                .isEqualTo("kaiming_normal( mode = fan_out , nonlinearity=relu )");
    }

    @Test
    void unknownNameNamesTheFieldTheClosestNameAndTheValidOnes() {
        assertThatThrownBy(() -> InitializerCatalog.parse("experiments[a] <initializers>[2]", "xavier_unifrom"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("experiments[a] <initializers>[2]: unknown initializer 'xavier_unifrom'")
                .hasMessageContaining("did you mean 'xavier_uniform'?")
                .hasMessageContaining("torch: zeros, ones").hasMessageContaining("keras: glorot_uniform")
                .hasMessageContaining("dl4j: ZERO").hasMessageContaining("initlab: bilinear");
    }

    @Test
    void aPrefixThatDoesNotOwnTheNameListsThatDialectsNames() {
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "keras:xavier_uniform"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("keras has no initializer 'xavier_uniform'")
                .hasMessageContaining("'xavier_uniform' is a torch name")
                .hasMessageContaining("keras names: glorot_uniform, glorot_normal");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "torch:he_normal"))
                .hasMessageContaining("torch names: zeros").hasMessageContaining("is a keras name");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "dl4j:glorot"))
                .hasMessageContaining("dl4j names: ZERO, ONES");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "kears:he_normal"))
                .hasMessageContaining("unknown dialect 'kears'").hasMessageContaining("did you mean 'keras'?")
                .hasMessageContaining("valid: torch, keras, dl4j, tf1, initlab");
    }

    @Test
    void unknownKeysAndBadValuesNameTheKey() {
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "kaiming_normal(mdoe=fan_out)"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'kaiming_normal' has no key 'mdoe' (did you mean 'mode'?)")
                .hasMessageContaining("valid keys: a, mode, nonlinearity");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "XAVIER(gain=2)")).hasMessageContaining("valid keys: none");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "kaiming_normal(mode=fan_avg)"))
                .hasMessageContaining("expects one of fan_in, fan_out");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "variance_scaling(distribution=gaussian)"))
                .hasMessageContaining("truncated_normal, untruncated_normal, uniform, normal (= truncated_normal) (any case)");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "kaiming_uniform(nonlinearity=reLu)"))
                .hasMessageContaining("did you mean 'relu'?");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "normal(std=-1)")).hasMessageContaining("'std' must be");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "uniform(a=2, b=1)")).hasMessageContaining("a <= b");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "constant")).hasMessageContaining("needs the key 'val'");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "sparse(sparsity=1.5)")).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "trunc_normal(a=5, b=6)")).hasMessageContaining("at least 1%");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "variance_scaling(scale=0)")).hasMessageContaining("> 0");
    }

    @Test
    void everyEntryCarriesWhatACataloguePageNeeds() {
        for (InitializerCatalog.Entry e : InitializerCatalog.entries()) {
            assertThat(e.summary()).as(e.name()).isNotBlank();
            assertThat(e.qualifiedName()).startsWith(e.dialect().prefix() + ":");
            assertThat(e.signature()).startsWith(e.name());
            e.example().ifPresent(init -> {
                assertThat(init.formula()).as("formula of %s", e.name()).isNotBlank();
                assertThat(init.std(e.name().equals("IDENTITY") ? new WeightShape(20, 20, Layout.IN_OUT) : SHAPE))
                        .as("std of %s", e.name()).isFinite();
            });
        }
        InitializerCatalog.Entry kaiming = entry("kaiming_normal");
        assertThat(entry("constant").signature()).isEqualTo("constant(val=…)");
        assertThat(entry("keras:variance_scaling").signature())
                .isEqualTo("variance_scaling(scale=1, mode=fan_in, distribution=truncated_normal)");
        assertThat(entry("tf1:variance_scaling_initializer").signature())
                .isEqualTo("variance_scaling_initializer(factor=2, mode=FAN_IN, uniform=False, version=1.15)");
        assertThat(entry("bilinear").signature()).isEqualTo("bilinear(variant=caffe)");
        assertThat(kaiming.defaults()).containsExactly(
                org.assertj.core.api.Assertions.entry("a", "0"), org.assertj.core.api.Assertions.entry("mode", "fan_in"),
                org.assertj.core.api.Assertions.entry("nonlinearity", "leaky_relu"));
        assertThat(kaiming.signature()).isEqualTo("kaiming_normal(a=0, mode=fan_in, nonlinearity=leaky_relu)");
        assertThat(entry("sparse").signature()).isEqualTo("sparse(sparsity=…, std=0.01)");
        assertThat(entry("sparse").example()).isEmpty();
        assertThat(entry("LECUN_UNIFORM").quirk()).contains("three times");
        assertThat(entry("xavier_uniform").quirk()).isEmpty();
        assertThat(InitializerCatalog.parse("t", "xavier_uniform").bound(SHAPE)).hasValue(Math.sqrt(6.0 / 50));
        assertThat(InitializerCatalog.parse("t", "xavier_normal").bound(SHAPE)).isEmpty();
    }

    @Test
    void torchsConstantTakesValAndKerassTakesValue() {
        WeightShape shape = WeightShape.of(2, 3, Layout.IN_OUT);
        assertThat(InitializerCatalog.parse("t", "constant(val=0.3)").sample(shape, null)).containsOnly(0.3);
        assertThat(InitializerCatalog.parse("t", "keras:constant(value=0.3)").sample(shape, null)).containsOnly(0.3);
        assertThat(InitializerCatalog.parse("t", "keras:constant").sample(shape, null)).containsOnly(0.0);
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "constant(value=0.3)"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'constant' has no key 'value'").hasMessageContaining("valid keys: val");
    }

    @Test
    void aNameSeveralLibrariesHaveResolvesToTorchUnlessPrefixed() {
        assertThat(entry("orthogonal").dialect()).isEqualTo(Dialect.TORCH);
        assertThat(entry("keras:orthogonal").dialect()).isEqualTo(Dialect.KERAS);
        assertThat(entry("constant").dialect()).isEqualTo(Dialect.TORCH);
        assertThat(entry("keras:zeros").dialect()).isEqualTo(Dialect.KERAS);
        assertThat(entry("xavier_initializer").dialect()).isEqualTo(Dialect.TF1);
        assertThat(entry("tf1:variance_scaling_initializer").dialect()).isEqualTo(Dialect.TF1);
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "tf1:he_normal"))
                .hasMessageContaining("tf1 names: xavier_initializer, xavier_initializer_conv2d, variance_scaling_initializer");
    }

    @Test
    void kerasAcceptsNormalAsTruncatedNormalInAnyCase() {
        WeightShape shape = WeightShape.of(64, 32, Layout.IN_OUT);
        double[] truncated = InitializerCatalog.parse("t", "variance_scaling(mode=fan_avg, distribution=truncated_normal)")
                .sample(shape, new org.initlab.random.NumpyRandom(3));
        for (String alias : List.of("normal", "Normal", "TRUNCATED_NORMAL")) {
            assertThat(InitializerCatalog.parse("t", "variance_scaling(mode=fan_avg, distribution=" + alias + ")")
                    .sample(shape, new org.initlab.random.NumpyRandom(3))).as(alias).containsExactly(truncated);
        }
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "variance_scaling(mode=FAN_IN)"))
                .as("Keras does not lower-case mode").hasMessageContaining("expects one of fan_in, fan_out, fan_avg");
    }

    @Test
    void tf1ChecksItsKeys() {
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "tf1:xavier_initializer(uniform=true)"))
                .hasMessageContaining("'xavier_initializer' key 'uniform' expects one of True, False")
                .hasMessageContaining("did you mean 'True'?");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "variance_scaling_initializer(mode=fan_in)"))
                .hasMessageContaining("expects one of FAN_IN, FAN_OUT, FAN_AVG");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "variance_scaling_initializer(version=legacy)"))
                .hasMessageContaining("key 'version': the legacy tf.contrib.layers file has no variance_scaling_initializer");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "xavier_initializer(version=1.14)"))
                .hasMessageContaining("expects one of legacy, 1.15");
    }
}
