package org.initlab.site;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.initlab.files.DirectoryKind;
import org.initlab.files.Marker;
import org.initlab.files.NotOwnedException;
import org.initlab.files.OwnedDirectory;

/**
 * Builds a site in a staging directory beside the target and swaps it in only when it is
 * complete: a failed or interrupted build leaves the previous report exactly as it was. Only a
 * folder initlab owns is replaced ({@link OwnedDirectory}); staging folders that an interrupted
 * build left behind are removed on the next publish.
 */
public final class SitePublisher {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What writes the site's files into the directory it is given. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(Path staging) throws IOException;
    }

    /** Deletes a tree; replaceable in tests, where an undeletable folder cannot be made as root. */
    @FunctionalInterface
    interface Deleter {
        void delete(Path tree) throws IOException;
    }

    private final Consumer<String> log;
    private final Deleter deleter;

    /** @param log where the publisher says what it replaced or could not clean up */
    public SitePublisher(Consumer<String> log) {
        this(log, OwnedDirectory::deleteTree);
    }

    SitePublisher(Consumer<String> log, Deleter deleter) {
        this.log = log;
        this.deleter = deleter;
    }

    /** Publishes a report into {@code target}, which must be absent, empty or an earlier initlab report. */
    public static void publish(Path target, Writer writer) throws IOException {
        new SitePublisher(message -> { }).publish(
                new OwnedDirectory(target, DirectoryKind.REPORT, "the report folder", null), writer);
    }

    public void publish(OwnedDirectory target, Writer writer) throws IOException {
        Path parent = target.path().toAbsolutePath().getParent();
        String name = target.path().getFileName().toString();
        try {
            target.check(); // before anything is written, even the lock
        } catch (NotOwnedException | IOException e) {
            // Read while another initlab build swapped its report in, the folder can look foreign, or
            // vanish while it is listed, for an instant; only where such a build has published (its lock
            // file exists) is the check repeated under the lock, where it is authoritative.
            if (!Files.isRegularFile(PublishLock.file(parent, name), LinkOption.NOFOLLOW_LINKS)) {
                throw e;
            }
        }
        Files.createDirectories(parent);
        try (PublishLock lock = PublishLock.acquire(parent, name)) {
            if (target.check() == OwnedDirectory.Standing.LEGACY) { // again: another build may have published meanwhile
                log.accept(target.path() + " has no initlab marker but holds a " + target.kind().description()
                        + " written by an older initlab; replacing it this once (from now on it carries " + Marker.NAME + ")");
            }
            removeStaleStaging(parent, name, target.kind());
            Path staging = createStaging(parent, name);
            try {
                Marker.write(staging, target.kind()); // first, so a staging folder left by kill -9 is recognisably ours
                writer.writeTo(staging);
                swap(staging, target.path(), parent, name);
            } finally {
                if (Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
                    deleter.delete(staging);
                }
            }
        }
    }

    private void swap(Path staging, Path target, Path parent, String name) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            move(staging, target);
            return;
        }
        Path old = parent.resolve("." + name + "-old-" + suffix());
        move(target, old);
        try {
            move(staging, target);
        } catch (IOException e) {
            move(old, target); // put the previous report back before failing
            throw e;
        }
        try {
            deleter.delete(old);
        } catch (IOException e) {
            // the new report is in place; what is left of the old one goes on the next publish
            log.accept("Warning: the previous " + name + " was moved to " + old + " but could not be deleted ("
                    + e + "); the next publish removes it");
        }
    }

    /** Created as any folder is (the umask decides who may read it), not 0700 like a temporary directory. */
    private static Path createStaging(Path parent, String name) throws IOException {
        while (true) {
            try {
                return Files.createDirectory(parent.resolve("." + name + "-new-" + suffix()));
            } catch (FileAlreadyExistsException e) {
                // another suffix
            }
        }
    }

    /**
     * Staging folders of this target from a build that was killed: named {@code .<name>-new-*} or
     * {@code .<name>-old-*} and carrying this kind's marker (or, from an older initlab, holding
     * nothing but names a report writes). Under the publish lock no live build is writing them.
     */
    private void removeStaleStaging(Path parent, String name, DirectoryKind kind) throws IOException {
        Pattern staging = Pattern.compile("\\." + Pattern.quote(name) + "-(new|old)-[0-9a-z]+");
        try (var siblings = Files.newDirectoryStream(parent, p -> staging.matcher(p.getFileName().toString()).matches()
                && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))) {
            for (Path stale : siblings) {
                boolean ours = Marker.read(stale).map(k -> k == kind).orElseGet(() -> onlyOwnNames(kind, stale));
                if (!ours) {
                    continue;
                }
                try {
                    deleter.delete(stale);
                    log.accept("Removed " + stale + ", left by an interrupted build");
                } catch (IOException e) {
                    log.accept("Warning: could not remove " + stale + ", left by an interrupted build (" + e + ")");
                }
            }
        }
    }

    private static boolean onlyOwnNames(DirectoryKind kind, Path dir) {
        try {
            return kind.hasOnlyOwnNames(dir);
        } catch (IOException e) {
            return false;
        }
    }

    private static String suffix() {
        return Long.toUnsignedString(RANDOM.nextLong(), 36);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        OwnedDirectory.deleteTree(root);
    }
}
