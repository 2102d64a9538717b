package org.initlab.data;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One file a data set is built from, as published upstream: where it lives in the cache, the
 * SHA-256 that proves it is the genuine file, and the URLs to fetch it from, tried in order.
 * The hashes are those checked by independent loaders (torchvision, TensorFlow Datasets,
 * PreprocessData.jl), so a copy that passes is byte-identical to what every paper used.
 *
 * @param name   path relative to the cache directory, with {@code /} separators, e.g. {@code mnist/t10k-labels-idx1-ubyte.gz}
 * @param sha256 lower-case hex
 * @param urls   canonical download locations, best first
 */
public record DatasetFile(String name, String sha256, List<URI> urls) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public DatasetFile {
        if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException("data file name must be a relative path like 'mnist/x.gz', got '" + name + "'");
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("data file " + name + ": sha256 must be 64 lower-case hex digits, got '" + sha256 + "'");
        }
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("data file " + name + " needs at least one URL");
        }
    }

    /** The same file name under each of {@code mirrors} (each ending in {@code /}). */
    public static DatasetFile mirrored(String directory, String fileName, String sha256, List<String> mirrors) {
        return new DatasetFile(directory + "/" + fileName, sha256,
                mirrors.stream().map(m -> URI.create(m + fileName)).toList());
    }
}
