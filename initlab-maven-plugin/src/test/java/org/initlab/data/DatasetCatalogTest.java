package org.initlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.initlab.settings.ConfigException;
import org.initlab.settings.SpecSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetCatalogTest {
    @TempDir
    Path empty;

    @Test
    void unknownNamesListEveryDataSet() {
        assertThatThrownBy(() -> DatasetCatalog.load("f", "mnsit"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("f: unknown data set 'mnsit' (did you mean 'mnist'?); valid: gaussian, circles, abalone, mnist, csv");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"mean=NaN", "mean=Infinity", "mean=-1e400", "std=NaN",
        "std=Infinity", "std=1e400", "std=-1"})
    void aGaussianOfNonFiniteMeanOrStdIsRefusedNamingTheKey(String arg) {
        // reliability F14 n11/n12: accepted, and the report was full of NaN
        String key = arg.substring(0, arg.indexOf('='));
        assertThatThrownBy(() -> DatasetCatalog.load("experiment 'x' <dataset>", "gaussian(rows=2, cols=3, seed=0, " + arg + ")"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("experiment 'x' <dataset>: 'gaussian' key '" + key + "' must be a finite number")
                .hasMessageEndingWith("got '" + arg.substring(key.length() + 1) + "'");
    }

    @Test
    void unknownKeysListTheValidOnes() {
        assertThatThrownBy(() -> DatasetCatalog.load("f", "mnist(splt=test)"))
                .hasMessageContaining("'mnist' has no key 'splt' (did you mean 'split'?); valid keys: split, limit, mean, std");
    }

    @Test
    void dataSetSpecsAreReadByTheSpecGrammar() {
        assertThat(DatasetCatalog.load("f", "gaussian(rows='2', cols = 3 , seed=0)").inputs().cols()).isEqualTo(3);
        assertThatThrownBy(() -> DatasetCatalog.load("f", "gaussian(rows=2, cols=3, seed=0))"))
                .isInstanceOf(SpecSyntaxException.class).hasMessageContaining("column 33")
                .hasMessageContaining("unexpected ')' after the ')' that closes the '(' at column 9");
        assertThatThrownBy(() -> DatasetCatalog.load("f", "gaussian(rows=2, cols=normal(std=1, mean=0), seed=0)"))
                .hasMessage("f: 'gaussian' key 'cols' expects an integer, got 'normal(std=1, mean=0)'");
        assertThatThrownBy(() -> DatasetCatalog.load("f", "gaussian(rows=٣, cols=3, seed=0)"))
                .hasMessage("f: 'gaussian' key 'rows' expects an integer, got '٣'");
    }

    @Test
    void aDialectPrefixIsRefusedNotIgnored() {
        assertThatThrownBy(() -> DatasetCatalog.load("f", "torch:gaussian(rows=2, cols=3, seed=0)"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("f: 'torch:gaussian(rows=2, cols=3, seed=0)': a data set has no dialect prefix,"
                        + " write 'gaussian(rows=2, cols=3, seed=0)'");
    }

    @Test
    void theTwoArgumentLoadStillServesSyntheticDataSets() {
        assertThat(DatasetCatalog.load("f", "gaussian(rows=2, cols=3, seed=0)").inputs().rows()).isEqualTo(2);
    }

    @Test
    void anOfflineBuildWithAnEmptyCacheSaysWhereToPutTheFile() {
        DatasetContext offline = new DatasetContext(empty, true, empty, DatasetListener.SILENT);

        assertThatThrownBy(() -> DatasetCatalog.load("f", "abalone", offline))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("abalone/abalone.data")
                .hasMessageContaining("https://archive.ics.uci.edu/ml/machine-learning-databases/abalone/abalone.data")
                .hasMessageContaining("put it at " + empty.resolve("abalone/abalone.data"));
        assertThatThrownBy(() -> DatasetCatalog.load("f", "mnist(split=test)", offline))
                .hasMessageContaining("Download https://ossci-datasets.s3.amazonaws.com/mnist/t10k-images-idx3-ubyte.gz"
                        + " or http://yann.lecun.com/exdb/mnist/t10k-images-idx3-ubyte.gz and put it at "
                        + empty.resolve("mnist/t10k-images-idx3-ubyte.gz"));
    }
}
