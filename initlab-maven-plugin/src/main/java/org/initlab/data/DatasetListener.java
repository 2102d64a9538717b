package org.initlab.data;

/**
 * Where loading data sets reports what it does (downloads, their progress, verification), so that a
 * ten-megabyte download never looks like a hung build. The Maven goal sends it to the build log.
 * Kept apart from the experiment runner's listener so this package depends on nothing above it.
 */
@FunctionalInterface
public interface DatasetListener {
    DatasetListener SILENT = message -> {
    };

    void info(String message);
}
