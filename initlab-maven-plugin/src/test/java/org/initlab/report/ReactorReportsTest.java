package org.initlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.initlab.site.ModuleReport;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReactorReportsTest {
    @TempDir
    Path root;

    @Test
    void modulesFinishingAtOnceEndInOnePageInReactorOrder() throws Exception {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            order.add("m" + i);
            Path dir = Files.createDirectories(root.resolve("m" + i + "/target/initlab"));
            Files.writeString(dir.resolve("results.json"), "{\"experiments\": [{\"id\": \"e\", \"claims\": []}]}");
        }
        ReactorReports reports = new ReactorReports("Reports of root", order, root.resolve("target/initlab-aggregate"));
        List<String> finishing = new ArrayList<>(order);
        Collections.shuffle(finishing, new Random(3));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Path>> done = new ArrayList<>();
        try {
            for (String module : finishing) {
                done.add(pool.submit(() -> {
                    start.await();
                    return module.equals("m5") ? reports.record(ModuleReport.skipped(module))
                            : reports.record(ModuleReport.written(module, root.resolve(module + "/target/initlab")));
                }));
            }
            start.countDown();
            for (Future<Path> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        var page = Jsoup.parse(root.resolve("target/initlab-aggregate/index.html").toFile());
        assertThat(page.select("table.modules tbody tr code").eachText()).containsExactlyElementsOf(order);
        assertThat(page.select("table.modules a").eachAttr("href")).hasSize(7).allMatch(h -> h.startsWith("../../m"));
        assertThat(reports.skipped("m5")).isTrue();
        assertThat(reports.skipped("m4")).isFalse();
        assertThat(reports.skipped("elsewhere")).isFalse();
    }
}
