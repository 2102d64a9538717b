package org.initlab.maven;

import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.initlab.settings.ConfigException;
import org.initlab.report.Plan;
import org.initlab.report.ReportBuilder;
import org.initlab.report.SuiteChoice;

/**
 * Checks what {@code initlab:report} would run, reading the same configuration: every setting, data
 * set spec and file, claim and explanation, and the folders it would replace. Reports every error in
 * one failure and lists the runs; computes nothing and writes nothing. Bound to {@code validate}, so
 * a broken configuration fails a build in its first second.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends ExperimentsMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        String prefix = new Reactor(session, project).prefix();
        if (skip) {
            getLog().info(prefix + "skipped (initlab.skip=true)");
            return;
        }
        Optional<String> builtIn = builtInSuite();
        if (builtIn.isEmpty()) {
            getLog().info(prefix + SuiteChoice.SKIPPED);
            return;
        }
        Plan plan;
        try {
            plan = ReportBuilder.plan(request(builtIn.get(), outputDirectory, prefix));
        } catch (ConfigException e) {
            throw new MojoFailureException("initlab: bad configuration: " + e.getMessage(), e);
        }
        plan.describe().forEach(line -> getLog().info(prefix + line));
    }
}
