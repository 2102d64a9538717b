package org.initlab.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the files a build reads for its report may lie: inside the build's root directory, after
 * resolving symbolic links, unless the user opted in to files elsewhere. Explanations are published as
 * they are, so without this a {@code ../} path, an absolute path or a committed symlink would put a
 * file of the build machine (say {@code /etc/passwd}) into the report.
 *
 * @param root          the build's root directory: the reactor's top project, so modules can share a
 *                      data or docs folder
 * @param allowExternal the goals' {@code allowExternalFiles} ({@code initlab.allowExternalFiles})
 */
public record FileBoundary(Path root, boolean allowExternal) {
    /** How the user opts in, as every refusal says. */
    public static final String OPT_IN = "allowExternalFiles=true (-Dinitlab.allowExternalFiles=true)";

    public FileBoundary {
        root = root.toAbsolutePath().normalize();
    }

    /** Only files inside {@code root}. */
    public static FileBoundary within(Path root) {
        return new FileBoundary(root, false);
    }

    /**
     * The boundary of one project of a reactor: the reactor's root, or the project's own directory
     * when it lies outside that root (a module referenced as {@code ../elsewhere}).
     */
    public static FileBoundary of(Path reactorRoot, Path projectDirectory, boolean allowExternal) {
        Path reactor = reactorRoot.toAbsolutePath().normalize();
        Path project = projectDirectory.toAbsolutePath().normalize();
        return new FileBoundary(project.startsWith(reactor) ? reactor : project, allowExternal);
    }

    /**
     * Checks an existing file or directory and returns its real path.
     *
     * @param setting names the setting in the error, e.g. {@code experiment 'x' <explanation>}
     * @throws ConfigException when its real path lies outside the root and the user did not opt in
     */
    public Path check(String setting, Path path) {
        Path real = realPath(setting, path);
        if (!allowExternal && !real.startsWith(realRoot())) {
            throw new ConfigException(setting + ": " + describe(path, real) + " lies outside the build's root directory "
                    + realRoot() + "; move it inside, or set " + OPT_IN + " to read files from anywhere");
        }
        return real;
    }

    /** Whether {@link #check} would accept this existing path (false, not an error, for one that cannot be resolved). */
    public boolean allows(Path path) {
        try {
            return allowExternal || path.toRealPath().startsWith(realRoot());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A directory setting: it must exist, be a directory and pass {@link #check}; returns its real path.
     * A typo would otherwise be ignored silently and the built-in files used instead.
     */
    public Path directory(String setting, Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new ConfigException(setting + ": directory " + absolute + " does not exist");
        }
        if (!Files.isDirectory(absolute)) {
            throw new ConfigException(setting + ": " + absolute + " is not a directory");
        }
        return check(setting, absolute);
    }

    private Path realRoot() {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            return root; // a root that does not exist holds nothing, so nothing resolves inside it
        }
    }

    private static Path realPath(String setting, Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new ConfigException(setting + ": cannot resolve " + path.toAbsolutePath().normalize() + " (" + e + ")");
        }
    }

    private static String describe(Path given, Path real) {
        Path absolute = given.toAbsolutePath().normalize();
        return absolute.equals(real) ? real.toString() : absolute + " (resolved to " + real + ")";
    }
}
