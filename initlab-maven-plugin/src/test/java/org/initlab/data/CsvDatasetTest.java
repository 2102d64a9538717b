package org.initlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.initlab.settings.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDatasetTest {
    @TempDir
    Path project;

    private Dataset load(String spec) {
        DatasetContext context = new DatasetContext(project.resolve("no-cache"), true, project, DatasetListener.SILENT);
        return DatasetCatalog.load("experiment 'mine' <dataset>", spec, context);
    }

    private Path write(String name, String text) throws IOException {
        Path file = project.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void aHeaderLineNamesTheColumnsAndTheLastIsTheTarget() throws IOException {
        write("data/train.csv", "age,height,\"label\"\n1,2.5,0\n\n3,-4e-1,1\r\n");

        Dataset d = load("csv(path=data/train.csv)");

        assertThat(d.inputs().rows()).isEqualTo(2);
        assertThat(d.inputs().data()).containsExactly(1, 2.5, 3, -0.4);
        assertThat(d.targets()).containsExactly(0, 1);
        assertThat(d.inputNames()).containsExactly("age", "height");
        assertThat(d.targetName()).isEqualTo("label");
    }

    @Test
    void withoutAHeaderEveryLineIsData() throws IOException {
        write("plain.csv", "1,2,3\n4,5,6\n");

        Dataset d = load("csv(path=plain.csv, target=none)");

        assertThat(d.inputs().rows()).isEqualTo(2);
        assertThat(d.inputs().data()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(d.targets()).isNull();
        assertThat(d.inputNames()).isEmpty();
        assertThat(load("csv(path=plain.csv, target=0)").targets()).containsExactly(1, 4);
        assertThat(load("csv(path=plain.csv, target=0)").inputs().data()).containsExactly(2, 3, 5, 6);
    }

    @Test
    void theTargetCanBeNamedAndTheSeparatorChanged() throws IOException {
        write("semi.csv", "x;y;z\n1;2;3\n");

        Dataset d = load("csv(path=semi.csv, target=y, separator=semicolon)");

        assertThat(d.inputs().data()).containsExactly(1, 3);
        assertThat(d.targets()).containsExactly(2);
        assertThat(d.inputNames()).containsExactly("x", "z");
        assertThat(load("csv(path=semi.csv, separator=;)").targets()).containsExactly(3);
    }

    @Test
    void quotedFieldsMayHoldTheSeparatorQuotesAndLineBreaks() throws IOException {
        // RFC 4180: the hand-written splitter cut "weight, kg" in two and failed on the ragged header.
        write("quoted.csv", "\"weight, kg\",\"say \"\"hi\"\"\",\"two\nlines\"\n\"1.5\", 2 ,0\n3,4,1\n");

        Dataset d = load("csv(path=quoted.csv)");

        assertThat(d.inputNames()).containsExactly("weight, kg", "say \"hi\"");
        assertThat(d.targetName()).isEqualTo("two\nlines");
        assertThat(d.inputs().data()).containsExactly(1.5, 2, 3, 4);
        assertThat(d.targets()).containsExactly(0, 1);
    }

    @Test
    void aBadCellAfterAQuotedLineBreakNamesTheLineItStartsOn() throws IOException {
        Path file = write("multi.csv", "a,\"b\nb\",c\n1,2,3\n4,x,6\n");

        assertThatThrownBy(() -> load("csv(path=multi.csv)"))
                .hasMessageContaining(file + " line 4, column 2 ('b\nb'): 'x' is not a number");
    }

    @Test
    void anUnclosedQuoteIsNamed() throws IOException {
        write("open.csv", "a,b\n1,\"2\n");

        assertThatThrownBy(() -> load("csv(path=open.csv)"))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("is not readable CSV text");
    }

    @Test
    void aBadCellIsNamedByFileLineAndColumn() throws IOException {
        Path file = write("bad.csv", "age,height,label\n1,2,0\n3,tall,1\n");

        assertThatThrownBy(() -> load("csv(path=bad.csv)"))
                .isInstanceOf(DatasetException.class)
                .hasMessage("experiment 'mine' <dataset>: csv file " + file + " line 3, column 2 ('height'): 'tall' is not a number");
    }

    @Test
    void aMissingValueIsAnError() throws IOException {
        Path file = write("gap.csv", "1,2,3\n4,,6\n");

        assertThatThrownBy(() -> load("csv(path=gap.csv)"))
                .hasMessageContaining(file + " line 2, column 2: the cell is empty");
    }

    @Test
    void aRaggedRowIsNamed() throws IOException {
        Path file = write("ragged.csv", "a,b,c\n1,2,3\n4,5\n");

        assertThatThrownBy(() -> load("csv(path=ragged.csv)"))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining(file + " line 3 has 2 cells but line 1 (the header) has 3");
    }

    @Test
    void theWrongSeparatorIsSuggested() throws IOException {
        write("semi.csv", "a;b;c\n1;2;3\n");
        write("one.csv", "1;2;3\n");

        assertThatThrownBy(() -> load("csv(path=semi.csv)"))
                .hasMessageContaining("line 2, column 1 ('a;b;c'): '1;2;3' is not a number; is the separator ';'? set it with separator=semicolon");
        assertThatThrownBy(() -> load("csv(path=one.csv)"))
                .hasMessageContaining("has no data rows (line 1 was read as a header because none of its cells is a number;"
                        + " is the separator ';'? set it with separator=semicolon)");
    }

    @Test
    void aMissingFileNamesThePathAndTheBaseDirectory() {
        assertThatThrownBy(() -> load("csv(path=data/nope.csv)"))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining(project.resolve("data/nope.csv") + " does not exist")
                .hasMessageContaining("relative to the project base directory " + project);
    }

    @Test
    void badTargetsAreNamed() throws IOException {
        write("h.csv", "width,height\n1,2\n");
        write("n.csv", "1,2\n");

        assertThatThrownBy(() -> load("csv(path=h.csv, target=heigth)"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'csv' key 'target' names the column 'heigth' (did you mean 'height'?)")
                .hasMessageContaining("has width, height");
        assertThatThrownBy(() -> load("csv(path=n.csv, target=height)"))
                .hasMessageContaining("has no header line");
        assertThatThrownBy(() -> load("csv(path=n.csv, target=2)"))
                .hasMessageContaining("column index 2 but")
                .hasMessageContaining("has 2 columns (0-based indices 0 to 1)");
        assertThatThrownBy(() -> load("csv(path=n.csv, separator=x)"))
                .hasMessageContaining("'csv' key 'separator' expects comma, semicolon");
        assertThatThrownBy(() -> load("csv(target=last)"))
                .hasMessageContaining("'csv' needs the key 'path'");
    }

    @Test
    void aCsvFileOutsideTheBuildIsRefusedNamingTheSettingUnlessTheUserOptsIn() throws IOException {
        Path outside = Files.writeString(Files.createTempFile(project.getParent(), "outside", ".csv"), "1,2\n3,4\n");
        Path link = Files.createSymbolicLink(project.resolve("linked.csv"), outside);
        try {
            for (String path : java.util.List.of("../" + outside.getFileName(), outside.toString(), "linked.csv")) {
                assertThatThrownBy(() -> load("csv(path=" + path + ")")).isInstanceOf(ConfigException.class)
                        .hasMessageStartingWith("experiment 'mine' <dataset>: csv path=" + path + ": ")
                        .hasMessageContaining(outside.toRealPath().toString())
                        .hasMessageContaining(" lies outside the build's root directory " + project.toRealPath() + "; ");
            }
            DatasetContext optedIn = new DatasetContext(project.resolve("no-cache"), true, project, DatasetListener.SILENT,
                    new org.initlab.settings.FileBoundary(project, true));
            assertThat(DatasetCatalog.load("experiment 'mine' <dataset>", "csv(path=linked.csv)", optedIn).targets())
                    .containsExactly(2, 4);
            assertThat(DatasetFingerprint.of("f", "csv(path=linked.csv)", optedIn)).contains("sha256=");
            assertThat(DatasetFingerprint.of("f", "csv(path=linked.csv)", optedIn.withFiles(
                    org.initlab.settings.FileBoundary.within(project)))).as("not even hashed").isEqualTo("csv(path=linked.csv)");
        } finally {
            Files.delete(outside);
        }
    }
}
