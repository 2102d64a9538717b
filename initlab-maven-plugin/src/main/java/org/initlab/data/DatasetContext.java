package org.initlab.data;

import java.nio.file.Path;
import java.util.Objects;
import org.initlab.settings.FileBoundary;

/**
 * What loading a data set may depend on besides its spec: where downloaded files are cached, whether
 * the network may be used, where relative paths (the {@code csv} data set) start, and where progress
 * goes. Immutable, so one context can be shared by experiments running in parallel.
 *
 * @param cacheDirectory the goals' {@code datasetsDirectory} ({@code initlab.datasets}); default
 *                       {@code ~/.initlab/datasets}
 * @param offline        Maven's {@code -o}: never download, fail naming the file to put in place instead
 * @param baseDirectory  the project's base directory, against which {@code csv(path=...)} is resolved
 * @param files          where a CSV file may lie (after resolving symlinks)
 */
public record DatasetContext(Path cacheDirectory, boolean offline, Path baseDirectory, DatasetListener listener,
                             FileBoundary files) {

    public DatasetContext {
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        cacheDirectory = cacheDirectory.toAbsolutePath().normalize();
        baseDirectory = baseDirectory.toAbsolutePath().normalize();
        listener = listener == null ? DatasetListener.SILENT : listener;
        files = files == null ? FileBoundary.within(baseDirectory) : files;
    }

    /** CSV files only from inside {@code baseDirectory}. */
    public DatasetContext(Path cacheDirectory, boolean offline, Path baseDirectory, DatasetListener listener) {
        this(cacheDirectory, offline, baseDirectory, listener, null);
    }

    /** {@code ~/.initlab/datasets}: shared by every project of the user, so each file is downloaded once. */
    public static Path defaultCacheDirectory() {
        return Path.of(System.getProperty("user.home"), ".initlab", "datasets");
    }

    /** The default cache, online, relative paths from the working directory, silent. */
    public static DatasetContext defaults() {
        return new DatasetContext(defaultCacheDirectory(), false, Path.of(""), DatasetListener.SILENT);
    }

    public DatasetContext withCacheDirectory(Path directory) {
        return new DatasetContext(directory, offline, baseDirectory, listener, files);
    }

    public DatasetContext withOffline(boolean value) {
        return new DatasetContext(cacheDirectory, value, baseDirectory, listener, files);
    }

    /** Relative CSV paths from {@code directory}; the boundary moves with it unless set with {@link #withFiles}. */
    public DatasetContext withBaseDirectory(Path directory) {
        return new DatasetContext(cacheDirectory, offline, directory, listener);
    }

    public DatasetContext withFiles(FileBoundary value) {
        return new DatasetContext(cacheDirectory, offline, baseDirectory, listener, value);
    }

    public DatasetContext withListener(DatasetListener value) {
        return new DatasetContext(cacheDirectory, offline, baseDirectory, value, files);
    }

    /** The verified download cache this context describes. */
    public DatasetCache cache() {
        return new DatasetCache(cacheDirectory, offline, listener);
    }
}
