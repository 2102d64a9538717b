package org.initlab.files;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;

/**
 * A folder initlab writes as a whole and may therefore replace: the rule that decides, before
 * anything is removed, whether it is initlab's to replace.
 *
 * @param path          where the folder is
 * @param kind          what initlab keeps there
 * @param setting       how errors name the setting that points here, e.g.
 *                      {@code outputDirectory (property initlab.outputDirectory)}
 * @param baseDirectory the project's base directory, which neither it nor any ancestor may be; null
 *                      when there is no project to protect
 */
public record OwnedDirectory(Path path, DirectoryKind kind, String setting, Path baseDirectory) {
    private static final int LISTED = 3;

    /** What is there now, when initlab may replace it. */
    public enum Standing {
        /** Nothing yet. */
        ABSENT,
        /** An empty folder. */
        EMPTY,
        /** A folder carrying initlab's marker for this kind. */
        MARKED,
        /** A folder an older initlab wrote, before folders carried the marker. */
        LEGACY
    }

    public OwnedDirectory {
        path = path.toAbsolutePath().normalize();
        baseDirectory = baseDirectory == null ? null : baseDirectory.toAbsolutePath().normalize();
    }

    /**
     * Whether initlab may replace this folder.
     *
     * @throws NotOwnedException naming the setting and what is in the way, when it may not
     */
    public Standing check() throws IOException {
        if (path.getParent() == null) {
            throw refuse("is the root of the file system; initlab replaces this folder as a whole, so it must be a"
                    + " folder of its own, such as target/initlab");
        }
        protectBaseDirectory();
        if (Files.isSymbolicLink(path)) {
            throw refuse("is a symbolic link; initlab replaces the folder as a whole, so point it at a real folder");
        }
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return Standing.ABSENT;
        }
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw refuse("is an existing file, not a folder; initlab would have to delete it. Choose a new or empty folder");
        }
        List<Path> entries = DirectoryKind.entries(path);
        if (entries.isEmpty()) {
            return Standing.EMPTY;
        }
        Optional<DirectoryKind> marked = Marker.read(path);
        if (marked.isPresent()) {
            if (marked.get() != kind) {
                throw refuse("holds initlab's " + marked.get().description() + ", not a " + kind.description()
                        + "; give the two different folders");
            }
            return Standing.MARKED;
        }
        if (kind.isLegacy(path)) {
            return Standing.LEGACY;
        }
        throw refuse("is not empty and was not written by initlab (it contains " + listing(entries) + "); initlab replaces"
                + " only folders that carry its marker " + Marker.NAME + ". Choose a new or empty folder");
    }

    private void protectBaseDirectory() throws IOException {
        if (baseDirectory == null) {
            return;
        }
        Path real = real(path);
        Path base = real(baseDirectory);
        if (base.equals(real)) {
            throw refuse("is the project's base directory; initlab replaces this folder as a whole, so it must be a"
                    + " folder of its own, such as target/initlab");
        }
        if (base.startsWith(real)) {
            throw refuse("is an ancestor of the project's base directory " + base + "; initlab replaces this folder as a"
                    + " whole, so it must be a folder of its own, such as target/initlab");
        }
    }

    private NotOwnedException refuse(String why) {
        return new NotOwnedException(setting + ": " + path + " " + why);
    }

    /** Symbolic links resolved in the part that exists, so {@code ..} and links cannot hide the project. */
    private static Path real(Path path) throws IOException {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? path : existing.toRealPath().resolve(existing.relativize(path)).normalize();
    }

    /** {@code pom.xml, src/ and 3 more}. */
    static String listing(List<Path> entries) {
        StringBuilder text = new StringBuilder();
        int shown = Math.min(entries.size(), entries.size() == LISTED ? LISTED : LISTED - 1);
        for (int i = 0; i < shown; i++) {
            Path entry = entries.get(i);
            if (i > 0) {
                text.append(i == shown - 1 && shown == entries.size() ? " and " : ", ");
            }
            text.append(entry.getFileName()).append(Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) ? "/" : "");
        }
        if (shown < entries.size()) {
            text.append(" and ").append(entries.size() - shown).append(" more");
        }
        return text.toString();
    }

    /**
     * Deletes a tree initlab wrote, its marker last: a deletion that fails half-way leaves a folder
     * that is still recognisably initlab's, so the next build can finish the job.
     */
    public static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.equals(root.resolve(Marker.NAME))) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                if (dir.equals(root)) {
                    Files.deleteIfExists(root.resolve(Marker.NAME));
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
