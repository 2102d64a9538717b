package org.initlab.data;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The verified download cache behind the file-based data sets ({@code datasetsDirectory}, property
 * {@code initlab.datasets}). A file is used only if its SHA-256 is the published one, every time it
 * is used, because a figure computed from a truncated or altered MNIST would look plausible and be
 * wrong. A missing file is downloaded (unless offline) from its canonical URLs in order; a corrupt
 * one fails the build and is moved aside, so the next run starts clean.
 */
public final class DatasetCache {
    private final Path directory;
    private final boolean offline;
    private final DatasetListener listener;
    private final HttpDownload download;

    public DatasetCache(Path directory, boolean offline, DatasetListener listener) {
        this(directory, offline, listener, new HttpDownload(listener));
    }

    DatasetCache(Path directory, boolean offline, DatasetListener listener, HttpDownload download) {
        this.directory = directory.toAbsolutePath().normalize();
        this.offline = offline;
        this.listener = listener;
        this.download = download;
    }

    public Path directory() {
        return directory;
    }

    /** Where {@code file} is (or would be) cached. */
    public Path pathOf(DatasetFile file) {
        return directory.resolve(file.name());
    }

    /**
     * The cached, verified copy of {@code file}, downloaded first if it is missing and the build is online.
     *
     * @throws DatasetException the cached copy is corrupt, or missing and cannot be downloaded
     */
    public Path fetch(DatasetFile file) {
        Path target = pathOf(file);
        if (Files.isRegularFile(target)) {
            verifyCached(file, target);
            return target;
        }
        if (offline) {
            throw new DatasetException("data file " + file.name() + " is not in the data set cache and the build is offline (-o). "
                    + "Download " + urls(file) + " and put it at " + target + " (SHA-256 " + file.sha256() + "), "
                    + "or build without -o, or point datasetsDirectory (initlab.datasets) at a directory that holds "
                    + file.name() + ".");
        }
        downloadTo(file, target);
        return target;
    }

    private void verifyCached(DatasetFile file, Path target) {
        String actual;
        try {
            actual = Sha256.of(target);
        } catch (IOException e) {
            throw new DatasetException("cannot read cached data file " + target + ": " + e.getMessage(), e);
        }
        if (actual.equals(file.sha256())) {
            return;
        }
        Path aside = target.resolveSibling(target.getFileName() + ".corrupt");
        String fate;
        try {
            Files.move(target, aside, StandardCopyOption.REPLACE_EXISTING);
            fate = "It was moved aside to " + aside + "; build again " + (offline ? "without -o " : "")
                    + "to download a fresh copy from " + urls(file) + ", or put the genuine file at " + target + ".";
        } catch (IOException e) {
            fate = "It was left in place (moving it aside failed: " + e + "); delete it or replace it with the genuine file from "
                    + urls(file) + ".";
        }
        listener.info("data file " + file.name() + " is corrupt. " + fate);
        throw new DatasetException("cached data file " + file.name() + " at " + target + " is corrupt: its SHA-256 is "
                + actual + " but the genuine file's is " + file.sha256() + ". " + fate);
    }

    private void downloadTo(DatasetFile file, Path target) {
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new DatasetException("cannot create the data set cache directory " + target.getParent()
                    + " (datasetsDirectory, property initlab.datasets): " + e, e);
        }
        List<String> failures = new ArrayList<>();
        for (URI url : file.urls()) {
            try {
                download.fetch(url, target, file.name(), file.sha256());
                return;
            } catch (HttpDownload.Failure e) {
                failures.add(url + ": " + e.getMessage());
                listener.info("download of " + file.name() + " from " + url + " failed: " + e.getMessage());
            }
        }
        throw new DatasetException("could not download data file " + file.name() + " ("
                + String.join("; ", failures) + "). Download it yourself and put it at " + target
                + " (SHA-256 " + file.sha256() + "), or build offline (-o) with datasetsDirectory (initlab.datasets) "
                + "pointing at a directory that holds " + file.name() + ".");
    }

    private static String urls(DatasetFile file) {
        return file.urls().stream().map(URI::toString).collect(Collectors.joining(" or "));
    }
}
