package org.initlab.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs one fresh {@code mvn} process on a generated project, as a user would run it, and times it
 * from outside: wall time from start to exit, each log line stamped as it arrives, and the process's
 * peak resident memory ({@code mvn} execs the JVM, so the process is the JVM).
 *
 * <p>The plugin comes from a private local repository (the module's {@code target/bench-repo},
 * where the build installed this checkout's plugin and its dependencies); whatever else Maven needs
 * (imported BOMs, plexus-utils) is copied there once from {@code seedRepository} through a
 * {@code file:} mirror by {@link #seed}, after which every timed build runs offline ({@code -o}).
 * The user's {@code ~/.m2} is only ever read.
 */
final class MavenBuild {
    private final String mvn;
    private final Path repository;
    private final Path settings;
    private final Path datasets;

    private MavenBuild(String mvn, Path repository, Path settings, Path datasets) {
        this.mvn = mvn;
        this.repository = repository;
        this.settings = settings;
        this.datasets = datasets;
    }

    /** Writes the settings (one {@code file:} mirror of {@code seedRepository}) under {@code work}. */
    static MavenBuild prepare(String mvn, Path repository, Path seedRepository, Path datasets, Path work) throws IOException {
        if (!Files.isDirectory(repository.resolve("org/initlab/initlab-maven-plugin"))) {
            throw new IllegalStateException("bench.repo: " + repository + " holds no initlab-maven-plugin; run the bench through "
                    + "its Maven module (mvn -o -Pbench -pl initlab-bench -am verify ...), whose package phase installs it there");
        }
        Files.createDirectories(work);
        Path settings = work.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <!-- Cold builds: nothing from the network; what the private repository lacks comes from here. -->
                  <mirrors>
                    <mirror><id>bench-seed</id><mirrorOf>*</mirrorOf><url>%s</url></mirror>
                  </mirrors>
                </settings>
                """.formatted(seedRepository.toAbsolutePath().toUri()));
        return new MavenBuild(mvn, repository.toAbsolutePath(), settings.toAbsolutePath(), datasets.toAbsolutePath());
    }

    /** One untimed build that lets Maven copy into the private repository what it lacks (not offline). */
    void seed(Path project) throws IOException {
        run(project, "", false, "-Dinitlab.skip=true", "initlab:report", "validate");
    }

    /** A timed offline build that must succeed: {@code mavenOpts} become the JVM's {@code MAVEN_OPTS}. */
    BuildRun run(Path project, String mavenOpts, String... goalsAndProperties) throws IOException {
        return run(project, mavenOpts, true, goalsAndProperties);
    }

    /** A timed offline build that may fail (a growth point past the heap limit): check {@link BuildRun#failed()}. */
    BuildRun attempt(Path project, String mavenOpts, String... goalsAndProperties) throws IOException {
        return start(project, mavenOpts, true, goalsAndProperties);
    }

    private BuildRun run(Path project, String mavenOpts, boolean offline, String... goalsAndProperties) throws IOException {
        BuildRun run = start(project, mavenOpts, offline, goalsAndProperties);
        if (run.failed()) {
            throw new IOException("mvn failed (exit " + run.exit() + ") in " + project + ": " + String.join(" ", goalsAndProperties)
                    + "\n" + run.tail(40));
        }
        return run;
    }

    private BuildRun start(Path project, String mavenOpts, boolean offline, String... goalsAndProperties) throws IOException {
        List<String> command = new ArrayList<>(List.of(mvn, "-B", "-s", settings.toString(),
                "-Dmaven.repo.local=" + repository, "-Dinitlab.datasets=" + datasets));
        if (offline) {
            command.add("-o");
        }
        command.addAll(List.of(goalsAndProperties));
        ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        pb.environment().put("MAVEN_OPTS", mavenOpts);
        long start = System.nanoTime();
        Process p = pb.start();
        PeakRss rss = new PeakRss(p.pid());
        rss.start();
        List<BuildRun.Line> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                lines.add(new BuildRun.Line((System.nanoTime() - start) / 1e6, line));
            }
        }
        int exit;
        try {
            exit = p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + String.join(" ", command), e);
        }
        double wall = (System.nanoTime() - start) / 1e6;
        rss.interrupt();
        return new BuildRun(wall, lines, rss.peakKb(), exit);
    }

    /** Polls the process's high-water mark of resident memory ({@code VmHWM}) while it lives. */
    private static final class PeakRss extends Thread {
        private final Path status;
        private volatile long peakKb = -1;

        PeakRss(long pid) {
            this.status = Path.of("/proc/" + pid + "/status");
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                try (Stream<String> lines = Files.lines(status)) {
                    lines.filter(l -> l.startsWith("VmHWM:")).findFirst()
                            .ifPresent(l -> peakKb = Math.max(peakKb, Long.parseLong(l.replaceAll("\\D", ""))));
                    Thread.sleep(50);
                } catch (IOException | RuntimeException e) {
                    return; // the process is gone (or no /proc): keep what was seen
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long peakKb() {
            return peakKb;
        }
    }
}
