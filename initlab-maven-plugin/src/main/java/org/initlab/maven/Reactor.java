package org.initlab.maven;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.SessionData;
import org.initlab.report.ReactorReports;

/**
 * The goals' view of the build they run in: which module this is, whether the reactor has more
 * than one project (then log lines name their module, which {@code -T} interleaves), and the
 * reactor's shared {@link ReactorReports}.
 */
final class Reactor {
    /** The aggregate page's folder under the top-level project's build directory. */
    static final String AGGREGATE = "initlab-aggregate";

    private final MavenSession session;
    private final MavenProject project;

    Reactor(MavenSession session, MavenProject project) {
        this.session = session;
        this.project = project;
    }

    boolean multiProject() {
        return session != null && session.getProjects() != null && session.getProjects().size() > 1;
    }

    String module() {
        return project == null ? "?" : project.getArtifactId();
    }

    /** {@code initlab:} in a single-project build, {@code initlab [module]:} in a reactor. */
    String prefix() {
        return multiProject() ? "initlab [" + module() + "]: " : "initlab: ";
    }

    /** Whether {@code initlab:report} ran in this module earlier in this build and skipped it. */
    boolean reportSkippedHere() {
        Object reports = session == null ? null : session.getRepositorySession().getData().get(ReactorReports.class);
        return reports instanceof ReactorReports r && r.skipped(module());
    }

    /**
     * The outcomes of this build's report goals, created by the first module that asks. It lives
     * in the resolver session's data, which every module's execution shares; its key is the class
     * itself, so a plugin loaded twice (modules with different plugin dependencies) cannot be
     * handed the other copy's object.
     */
    ReactorReports reports() {
        SessionData data = session.getRepositorySession().getData();
        Object existing = data.get(ReactorReports.class);
        if (existing == null) {
            MavenProject top = session.getTopLevelProject() != null ? session.getTopLevelProject() : project;
            List<String> order = session.getProjects().stream().map(MavenProject::getArtifactId).toList();
            String title = "Reports of " + (top.getName() != null ? top.getName() : top.getArtifactId());
            ReactorReports fresh = new ReactorReports(title, order, Path.of(top.getBuild().getDirectory(), AGGREGATE));
            if (data.set(ReactorReports.class, null, fresh)) {
                return fresh;
            }
            existing = data.get(ReactorReports.class); // another module won the race: use its registry
        }
        return (ReactorReports) existing;
    }
}
