package org.initlab.site;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the report goal did in one module of a reactor: wrote a report into {@code directory}, or
 * skipped the module (then {@code directory} is null).
 *
 * @param module the module's name in the build log (its artifactId)
 */
public record ModuleReport(String module, Path directory) {

    public ModuleReport {
        Objects.requireNonNull(module, "module");
        directory = directory == null ? null : directory.toAbsolutePath().normalize();
    }

    public static ModuleReport written(String module, Path directory) {
        return new ModuleReport(module, Objects.requireNonNull(directory, "directory"));
    }

    public static ModuleReport skipped(String module) {
        return new ModuleReport(module, null);
    }

    public boolean isSkipped() {
        return directory == null;
    }
}
