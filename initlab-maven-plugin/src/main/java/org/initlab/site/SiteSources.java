package org.initlab.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.initlab.config.ConfigException;

/**
 * Where templates, assets and explanations come from: a user's own directories first (to
 * override single files), then the ones shipped in the plugin jar.
 *
 * @param templatesDirectory    user templates and {@code assets/}, or null
 * @param explanationsDirectory user markdown named {@code <experiment id>.md}, or null
 * @param baseDirectory         the project directory that relative explanation paths start from
 */
public record SiteSources(Path templatesDirectory, Path explanationsDirectory, Path baseDirectory) {
    static final String TEMPLATES = "initlab/templates/";
    static final String MARKDOWN = "initlab/markdown/";

    public static SiteSources builtIn() {
        return new SiteSources(null, null, Path.of("."));
    }

    byte[] asset(String name) {
        if (templatesDirectory != null && Files.isRegularFile(templatesDirectory.resolve("assets").resolve(name))) {
            return readFile(templatesDirectory.resolve("assets").resolve(name));
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
        if (configuredPath != null && !configuredPath.isBlank()) {
            Path file = baseDirectory.resolve(configuredPath.strip());
            if (!Files.isRegularFile(file)) {
                throw new ConfigException("experiment '" + id + "' <explanation>: file " + file.toAbsolutePath().normalize()
                        + " does not exist");
            }
            return text(readFile(file));
        }
        if (explanationsDirectory != null && Files.isRegularFile(explanationsDirectory.resolve(id + ".md"))) {
            return text(readFile(explanationsDirectory.resolve(id + ".md")));
        }
        byte[] builtIn = readResource(MARKDOWN + "experiments/" + id + ".md");
        return builtIn == null ? null : text(builtIn);
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
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
