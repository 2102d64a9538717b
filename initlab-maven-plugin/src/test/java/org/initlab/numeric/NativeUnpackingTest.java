package org.initlab.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-use notice: said when a start fills JavaCPP's cache, silent when the natives are already there. */
class NativeUnpackingTest {
    private static final String CACHE = "org.bytedeco.javacpp.cachedir";
    private final String previous = System.getProperty(CACHE);

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty(CACHE);
        } else {
            System.setProperty(CACHE, previous);
        }
        NativeUnpacking.noticesTo(message -> { });
    }

    @Test
    void saysOnceHowMuchAStartUnpackedAndWhere(@TempDir Path cache) {
        System.setProperty(CACHE, cache.toString());
        List<String> notices = new ArrayList<>();
        NativeUnpacking.noticesTo(notices::add);

        String first = NativeUnpacking.measured("Lib", () -> write(cache.resolve("lib/libx.so"), 3_000_000));
        String second = NativeUnpacking.measured("Lib", () -> "already there");

        assertThat(first).isEqualTo("started");
        assertThat(second).isEqualTo("already there");
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0)).startsWith("Lib: unpacked its native libraries on first use (3 MB into " + cache)
                .contains("org.bytedeco.javacpp.cachedir");
    }

    private static String write(Path file, int bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, new byte[bytes]);
            return "started";
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
