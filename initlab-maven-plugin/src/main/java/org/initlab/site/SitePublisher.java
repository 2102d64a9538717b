package org.initlab.site;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Builds a site in a staging directory beside the target and swaps it in only when it is
 * complete: a failed or interrupted build leaves the previous report exactly as it was.
 */
public final class SitePublisher {

    /** What writes the site's files into the directory it is given. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(Path staging) throws IOException;
    }

    private SitePublisher() {
    }

    public static void publish(Path target, Writer writer) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        Path staging = Files.createTempDirectory(parent, "." + name + "-new-");
        try {
            writer.writeTo(staging);
            if (!Files.exists(target)) {
                move(staging, target);
                return;
            }
            Path old = parent.resolve("." + name + "-old-" + Long.toHexString(System.nanoTime()));
            move(target, old);
            try {
                move(staging, target);
            } catch (IOException e) {
                move(old, target); // put the previous report back before failing
                throw e;
            }
            deleteTree(old);
        } finally {
            if (Files.exists(staging)) {
                deleteTree(staging);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
