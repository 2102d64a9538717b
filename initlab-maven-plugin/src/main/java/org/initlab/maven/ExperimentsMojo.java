package org.initlab.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.initlab.settings.ConfigException;
import org.initlab.settings.FileBoundary;
import org.initlab.data.DatasetContext;
import org.initlab.history.HistoryOnError;
import org.initlab.report.GitCommit;
import org.initlab.report.ReportRequest;
import org.initlab.report.SuiteChoice;
import org.initlab.site.SiteSources;

/**
 * The parameters that say what a report would run, shared by {@code initlab:report}, which runs it,
 * and {@code initlab:check}, which only plans it: both read exactly the same configuration.
 */
abstract class ExperimentsMojo extends AbstractMojo {

    /** Skips the report entirely. */
    @Parameter(property = "initlab.skip", defaultValue = "false")
    boolean skip;

    /**
     * Built-in experiments to run before the configured ones: {@code classic} (the classic
     * tutorials' experiments) or {@code none}. Unset, it is {@code classic} when no
     * {@code <experiments>} are configured and {@code none} when some are; in a reactor of several
     * projects a module that configures neither is skipped, with one log line.
     */
    @Parameter(property = "initlab.suite")
    String suite;

    /**
     * Your own experiments. Each runs every initializer × every activation; an initializer's optional
     * {@code name} attribute names its runs (claims say {@code init=he}, compare follows it when the spec changes):
     * <pre>{@code
     * <experiments>
     *   <experiment>
     *     <id>deep-tanh</id>
     *     <type>activations</type>
     *     <dataset>gaussian(rows=1000, cols=100, seed=0)</dataset>
     *     <layers>100,100,100,100,100</layers>
     *     <activation>tanh</activation>
     *     <initializers>
     *       <initializer>xavier_normal</initializer>
     *       <initializer name="he">kaiming_normal(nonlinearity=relu)</initializer>
     *     </initializers>
     *   </experiment>
     * </experiments>
     * }</pre>
     */
    @Parameter
    List<Experiment> experiments = new ArrayList<>();

    /**
     * Where the site goes. It is replaced as a whole when the new report is complete, so it must be
     * absent, empty or an earlier initlab report (marked by its {@code .initlab} file); the project's
     * directory, a folder above it, a file or a folder of other files fails the build untouched.
     */
    @Parameter(property = "initlab.outputDirectory", defaultValue = "${project.build.directory}/initlab")
    File outputDirectory;

    /**
     * A directory whose files override the built-in templates of the same name ({@code index.html},
     * {@code experiment.html}, {@code sweep.html}, {@code layout.html}, {@code assets/initlab.css}, {@code assets/initlab.js}).
     * It must exist and lie inside the build's root directory. Templates are code: their expressions run
     * with the build's rights and can call static methods of the plugin's libraries.
     */
    @Parameter(property = "initlab.templatesDirectory")
    File templatesDirectory;

    /**
     * A directory of markdown files named {@code <experiment id>.md} that replace the built-in
     * explanations. It must exist and lie inside the build's root directory.
     */
    @Parameter(property = "initlab.explanationsDirectory")
    File explanationsDirectory;

    /**
     * Lets explanations, CSV data files, {@code explanationsDirectory} and {@code templatesDirectory}
     * lie outside the build's root directory (the reactor's top project; checked after resolving
     * symlinks). Off by default, because explanations are published as they are.
     */
    @Parameter(property = "initlab.allowExternalFiles", defaultValue = "false")
    boolean allowExternalFiles;

    /**
     * Lets raw HTML in explanations through (by default it is escaped and shown as text). Either way
     * the HTML keeps only ordinary markup: no script, event handler, style or {@code javascript:} URL.
     */
    @Parameter(property = "initlab.allowRawHtml", defaultValue = "false")
    boolean allowRawHtml;

    /**
     * Where matrix products run: {@code auto} (ND4J for wide layers, plain Java for small ones),
     * {@code java} or {@code nd4j}. The numbers agree up to summation order.
     */
    @Parameter(property = "initlab.kernel", defaultValue = "auto")
    String kernel;

    /**
     * Where downloaded data sets (Abalone, MNIST) are cached. Every use re-checks the file's SHA-256;
     * a file that does not match fails the build and is not used.
     */
    @Parameter(property = "initlab.datasets", defaultValue = "${user.home}/.initlab/datasets")
    File datasetsDirectory;

    /**
     * Fails the build, after the report is written, when a claim's verdict is not the expected one
     * (a claim that should hold does not, or one that should be refuted holds).
     */
    @Parameter(property = "initlab.failOnBrokenClaim", defaultValue = "false")
    boolean failOnBrokenClaim;

    /**
     * Reuses the results of experiments whose configuration, data and plugin build are unchanged
     * since the last build (kept in {@code cacheDirectory}); claims are re-checked every time.
     */
    @Parameter(property = "initlab.cache", defaultValue = "true")
    boolean cache;

    /**
     * How many runs of an experiment execute at once. Each run has its own random generator, so
     * the numbers are the same for any value; 0 means one per available processor.
     */
    @Parameter(property = "initlab.threads", defaultValue = "0")
    int threads;

    /**
     * The previously published report (a directory, a {@code file:} or http(s) URL): its
     * {@code history.json} is extended with this build's summary, and the index draws trends across
     * builds. Without it, or when there truly is none there yet (HTTP 404 or 410, or an existing
     * directory without {@code history.json}), a new history starts; one that is there but cannot be
     * read is handled as {@code historyOnError} says.
     */
    @Parameter(property = "initlab.history")
    String history;

    /** Seconds the whole fetch of an http(s) {@code history} may take (connect, headers, body). */
    @Parameter(property = "initlab.historyTimeout", defaultValue = "30")
    int historyTimeout;

    /**
     * When the {@code history} is there but cannot be read (an HTTP error, a timeout, a truncated
     * file, a newer schema, a directory that does not exist): {@code fail} the build (default, so
     * one transient error never wipes a published history), {@code keep} going and publish this
     * report without a {@code history.json}, or {@code restart} the history with this build.
     */
    @Parameter(property = "initlab.historyOnError", defaultValue = "fail")
    String historyOnError;

    /** Where cached experiment results are kept: a folder of initlab's own, like {@code outputDirectory}. */
    @Parameter(property = "initlab.cacheDirectory", defaultValue = "${project.build.directory}/initlab-cache")
    File cacheDirectory;

    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

    /** Its configuration holds the {@code name} attributes Maven's configurator drops ({@link InitializerNames}). */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    MojoExecution mojoExecution;

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    @Parameter(defaultValue = "${basedir}", readonly = true)
    File basedir;

    Optional<String> builtInSuite() {
        return SuiteChoice.resolve(suite, !experiments.isEmpty(), new Reactor(session, project).multiProject());
    }

    /** The request a report of {@code builtInSuite} and the experiments into {@code outputDirectory} makes; {@code prefix} starts every log line. */
    ReportRequest request(String builtInSuite, File outputDirectory, String prefix) throws MojoFailureException {
        List<org.initlab.config.ExperimentDefinition> definitions = new ArrayList<>();
        List<List<String>> names;
        try {
            names = InitializerNames.of(mojoExecution,
                    session == null || mojoExecution == null ? null : new PluginParameterExpressionEvaluator(session, mojoExecution));
        } catch (ConfigException e) {
            throw new MojoFailureException("initlab: bad configuration: " + e.getMessage(), e);
        }
        for (int i = 0; i < experiments.size(); i++) {
            definitions.add(experiments.get(i).toDefinition().withNames(i < names.size() ? names.get(i) : List.of()));
        }
        FileBoundary files = FileBoundary.of(buildRoot(), basedir.toPath(), allowExternalFiles);
        return new ReportRequest(builtInSuite, definitions, outputDirectory.toPath(),
                new SiteSources(path(templatesDirectory), path(explanationsDirectory), basedir.toPath(), files),
                allowRawHtml, kernel, GitCommit.of(basedir.toPath()),
                // offline follows Maven's -o: with nothing cached, a data set fails naming where to put it
                new DatasetContext(datasetsDirectory.toPath(), session != null && session.isOffline(), basedir.toPath(),
                        message -> getLog().info(prefix + message), files),
                failOnBrokenClaim, cache ? cacheDirectory.toPath() : null,
                threads == 0 ? Runtime.getRuntime().availableProcessors() : threads, history,
                java.time.Duration.ofSeconds(historyTimeout), historyOnError());
    }

    HistoryOnError historyOnError() throws MojoFailureException {
        try {
            return HistoryOnError.named(historyOnError, "historyOnError (property initlab.historyOnError)");
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("initlab: bad configuration: " + e.getMessage(), e);
        }
    }

    /** The reactor's top project, so that modules can share a data or docs folder; else this project. */
    Path buildRoot() {
        MavenProject top = session == null ? null : session.getTopLevelProject();
        return top != null && top.getBasedir() != null ? top.getBasedir().toPath() : basedir.toPath();
    }

    static Path path(File file) {
        return file == null ? null : file.toPath();
    }
}
