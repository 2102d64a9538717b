package org.initlab.site;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Publishes of the same folder take turns, across threads ({@code -T}) and across processes (two
 * builds of one checkout): a lock file {@code .<name>.lock} beside the folder. Without it one
 * publish could move the other's fresh report aside and fail on the swap, leaving an
 * {@code .<name>-old-*} folder behind. The file is left in place: deleting it would let a third
 * publish lock a new file while a second still waits on the old one.
 */
final class PublishLock implements AutoCloseable {
    /** A JVM may hold a file lock only once; threads of one build queue here first. */
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private PublishLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of folder {@code name} in {@code parent}. */
    static Path file(Path parent, String name) {
        return parent.resolve("." + name + ".lock");
    }

    static PublishLock acquire(Path parent, String name) throws IOException {
        Path file = file(parent, name);
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        local.lock();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new PublishLock(local, channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            local.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            local.unlock();
        }
    }
}
