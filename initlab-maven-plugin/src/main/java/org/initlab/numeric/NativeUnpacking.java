package org.initlab.numeric;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The first start of a native library on a machine unpacks it into JavaCPP's cache (OpenBLAS about
 * 85 MB, ND4J's backend about 400 MB): seconds and disk space a user should hear about once rather
 * than wonder at. Measures the cache before and after a start and says so when it grew.
 */
public final class NativeUnpacking {
    /** Where the notice goes; set by the build that asks for a kernel, one per JVM as the libraries are. */
    private static volatile Consumer<String> notices = message -> { };

    private NativeUnpacking() {
    }

    public static void noticesTo(Consumer<String> listener) {
        notices = listener;
    }

    /** Runs {@code start}, telling the notices once if it unpacked more than a megabyte of {@code what}. */
    public static <T> T measured(String what, Supplier<T> start) {
        Path cache = javacppCache();
        long before = size(cache);
        long started = System.nanoTime();
        T result = start.get();
        long unpacked = size(cache) - before;
        if (unpacked > 1_000_000) {
            notices.accept(String.format(Locale.ROOT, "%s: unpacked its native libraries on first use (%d MB into %s,"
                    + " %.1f s); later builds reuse them (-Dorg.bytedeco.javacpp.cachedir moves them)",
                    what, unpacked / 1_000_000, cache, (System.nanoTime() - started) / 1e9));
        }
        return result;
    }

    /** JavaCPP's cache, where the natives are unpacked: its own property, else {@code ~/.javacpp/cache}. */
    private static Path javacppCache() {
        String dir = System.getProperty("org.bytedeco.javacpp.cachedir");
        return dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".javacpp", "cache");
    }

    private static long size(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0; // only the notice depends on it
        }
    }
}
