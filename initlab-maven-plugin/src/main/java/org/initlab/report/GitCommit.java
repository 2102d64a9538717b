package org.initlab.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The checked-out commit of a directory, if it is in a git work tree and git is installed. */
public final class GitCommit {
    private GitCommit() {
    }

    /** The full sha of HEAD, or null when there is none to be had. */
    public static String of(Path directory) {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "HEAD").directory(directory.toFile())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0 || !out.matches("[0-9a-f]{40}")) {
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
