package org.initlab.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The file {@value #NAME} that initlab writes into every folder it owns, saying what wrote it and
 * which kind of folder it is: {@code {"writtenBy":"initlab","kind":"report"}}.
 */
public final class Marker {
    public static final String NAME = ".initlab";
    private static final String WRITER = "initlab";
    /** A marker is a line of JSON; anything larger is someone else's file of the same name. */
    private static final long MAX_BYTES = 4096;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Marker() {
    }

    public static void write(Path dir, DirectoryKind kind) throws IOException {
        Files.writeString(dir.resolve(NAME), "{\"writtenBy\":\"" + WRITER + "\",\"kind\":\"" + kind.id() + "\"}\n",
                StandardCharsets.UTF_8);
    }

    /** The kind the folder's marker names, or empty when it has none (or a file of that name initlab did not write). */
    public static Optional<DirectoryKind> read(Path dir) {
        Path file = dir.resolve(NAME);
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (node == null || !WRITER.equals(node.path("writtenBy").asText())) {
                return Optional.empty();
            }
            String kind = node.path("kind").asText();
            return Arrays.stream(DirectoryKind.values()).filter(k -> k.id().equals(kind)).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
