package org.initlab.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.initlab.settings.ConfigException;
import org.initlab.settings.Problems;
import org.initlab.settings.FileBoundary;

/**
 * Where templates, assets and explanations come from: a user's own directories first (to
 * override single files), then the ones shipped in the plugin jar. Every user file must lie inside
 * {@code files}' root after resolving symlinks (unless the user opted out), because explanations are
 * published as they are.
 *
 * @param templatesDirectory    user templates and {@code assets/}, or null
 * @param explanationsDirectory user markdown named {@code <experiment id>.md}, or null
 * @param baseDirectory         the project directory that relative explanation paths start from
 * @param files                 where user files may lie
 */
public record SiteSources(Path templatesDirectory, Path explanationsDirectory, Path baseDirectory, FileBoundary files) {
    static final String TEMPLATES = "initlab/templates/";
    static final String MARKDOWN = "initlab/markdown/";
    static final String TEMPLATES_SETTING = "templatesDirectory (initlab.templatesDirectory)";
    static final String EXPLANATIONS_SETTING = "explanationsDirectory (initlab.explanationsDirectory)";

    /** User files only from inside {@code baseDirectory}. */
    public SiteSources(Path templatesDirectory, Path explanationsDirectory, Path baseDirectory) {
        this(templatesDirectory, explanationsDirectory, baseDirectory, FileBoundary.within(baseDirectory));
    }

    public static SiteSources builtIn() {
        return new SiteSources(null, null, Path.of("."));
    }

    /**
     * Checks, before anything runs, that the configured directories exist and every user file these
     * experiments would read lies inside the boundary.
     */
    public void check(List<Explained> experiments) {
        Problems problems = new Problems();
        check(experiments, problems);
        problems.throwIfAny();
    }

    /** As {@link #check(List)}, recording every problem in {@code problems} and going on. */
    public void check(List<Explained> experiments, Problems problems) {
        if (templatesDirectory != null) {
            problems.check(() -> {
                files.directory(TEMPLATES_SETTING, templatesDirectory);
                try (Stream<Path> templates = Files.list(templatesDirectory)) {
                    templates.filter(Files::isRegularFile).forEach(t -> problems.check(() -> files.check(TEMPLATES_SETTING, t)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + templatesDirectory, e);
                }
            });
        }
        boolean directoryOk = explanationsDirectory == null
                || problems.get(() -> files.directory(EXPLANATIONS_SETTING, explanationsDirectory)) != null;
        experiments.stream().filter(e -> directoryOk || e.explanation() != null) // a refused folder is named once
                .forEach(e -> problems.check(() -> userExplanation(e.id(), e.explanation())));
    }

    byte[] asset(String name) {
        if (templatesDirectory != null && Files.isRegularFile(templatesDirectory.resolve("assets").resolve(name))) {
            return readFile(files.check(TEMPLATES_SETTING, templatesDirectory.resolve("assets").resolve(name)));
        }
        byte[] bytes = readResource(TEMPLATES + "assets/" + name);
        if (bytes == null) {
            throw new IllegalStateException("asset " + name + " is missing from the plugin jar");
        }
        return bytes;
    }

    /**
     * The markdown that explains experiment {@code id}: the configured file, else
     * {@code <explanationsDirectory>/<id>.md}, else the built-in one, else null.
     */
    String explanation(String id, String configuredPath) {
        Path file = userExplanation(id, configuredPath);
        if (file != null) {
            return text(readFile(file));
        }
        byte[] builtIn = readResource(MARKDOWN + "experiments/" + id + ".md");
        return builtIn == null ? null : text(builtIn);
    }

    /**
     * The markdown that explains {@code spec}: the user's, else the built-in one — only for the
     * built-in suite's own experiment, since it describes those numbers and cites those claims; an
     * experiment of the user's that merely shares an id gets none — else null.
     */
    String explanation(Explained experiment) {
        return explanation(experiment.id(), experiment.explanation(), experiment.builtIn());
    }

    /**
     * As {@link #explanation(Explained)}, from what a result records of it.
     *
     * @param builtIn whether the experiment is a built-in suite's own
     */
    String explanation(String id, String configuredPath, boolean builtIn) {
        if (userExplanation(id, configuredPath) != null || builtIn) {
            return explanation(id, configuredPath);
        }
        return null;
    }

    /** The real path of the user's explanation of {@code id}, checked against the boundary, or null for none. */
    private Path userExplanation(String id, String configuredPath) {
        if (configuredPath != null && !configuredPath.isBlank()) {
            String setting = "experiment '" + id + "' <explanation>";
            Path file = baseDirectory.resolve(configuredPath.strip());
            if (!Files.isRegularFile(file)) {
                throw new ConfigException(setting + ": file " + file.toAbsolutePath().normalize() + " does not exist");
            }
            return files.check(setting, file);
        }
        if (explanationsDirectory != null && Files.isRegularFile(explanationsDirectory.resolve(id + ".md"))) {
            return files.check(EXPLANATIONS_SETTING + " " + id + ".md", explanationsDirectory.resolve(id + ".md"));
        }
        return null;
    }

    /** Where {@link #explanation} reads experiment {@code id}'s markdown from, as error messages name it. */
    String explanationName(String id, String configuredPath) {
        if (configuredPath != null && !configuredPath.isBlank()) {
            return "experiment '" + id + "' <explanation> " + baseDirectory.resolve(configuredPath.strip()).toAbsolutePath().normalize();
        }
        if (explanationsDirectory != null && Files.isRegularFile(explanationsDirectory.resolve(id + ".md"))) {
            return "explanation " + explanationsDirectory.resolve(id + ".md").toAbsolutePath().normalize();
        }
        return "built-in explanation experiments/" + id + ".md";
    }

    /** A shared derivation shipped with the plugin, e.g. {@code derivations/variance.md}. */
    String builtInMarkdown(String path) {
        byte[] bytes = readResource(MARKDOWN + path);
        if (bytes == null) {
            throw new IllegalStateException("markdown " + path + " is missing from the plugin jar");
        }
        return text(bytes);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static byte[] readResource(String name) {
        try (InputStream in = SiteSources.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return null;
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
