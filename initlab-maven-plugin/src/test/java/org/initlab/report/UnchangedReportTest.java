package org.initlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record beside a report: read back as written, and never taken for another report's inputs. */
class UnchangedReportTest {

    @Test
    void aRecordReadsBackWithItsClaimsVerdictsWhenTheInputsMatch(@TempDir Path site) throws IOException {
        complete(site);
        List<String> broken = List.of("claim 'a' in t1: not as stated\n  (line two \\ with a backslash)", "claim 'b': =.");
        new UnchangedReport("abc123", "Claims: 2 checked, 0 as expected; not as stated:", broken).write(site);

        assertThat(UnchangedReport.read(site, "abc123")).hasValueSatisfying(kept -> {
            assertThat(kept.summary()).isEqualTo("Claims: 2 checked, 0 as expected; not as stated:");
            assertThat(kept.broken()).isEqualTo(broken);
        });
        assertThat(UnchangedReport.read(site, "abc124")).isEmpty();
    }

    @Test
    void aMissingPageAnEarlierFormatOrAGarbledRecordMeanARebuild(@TempDir Path site) throws IOException {
        complete(site);
        new UnchangedReport("abc123", "Claims: 0 checked", List.of()).write(site);
        Files.delete(site.resolve("results.json"));
        assertThat(UnchangedReport.read(site, "abc123")).isEmpty();

        complete(site);
        Files.writeString(site.resolve(UnchangedReport.FILE), "{\"inputs\":\"abc123\",\"summary\":\"x\",\"broken\":[]}");
        assertThat(UnchangedReport.read(site, "abc123")).isEmpty();
        Files.writeString(site.resolve(UnchangedReport.FILE), "abc123\n");
        assertThat(UnchangedReport.read(site, "abc123")).isEmpty();
    }

    private static void complete(Path site) throws IOException {
        Files.writeString(site.resolve("index.html"), "<html></html>");
        Files.writeString(site.resolve("results.json"), "{}");
    }
}
