package org.initlab.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenMultiPageReport;
import org.apache.maven.reporting.MavenReportException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;
import org.initlab.numeric.Nd4jProvision;
import org.initlab.settings.ConfigException;
import org.initlab.data.DatasetException;
import org.initlab.files.NotOwnedException;
import org.initlab.history.HistoryException;
import org.initlab.report.BrokenClaimsException;
import org.initlab.report.ReportBuilder;
import org.initlab.report.ReportRequest;
import org.initlab.report.SuiteChoice;
import org.initlab.site.ModuleReport;

/**
 * Runs the weight-initialization experiments and writes the report: an HTML site with
 * {@code results.json} beside {@code index.html}. The site is written to a staging directory and
 * swapped in when complete, so a failed build leaves the previous report untouched.
 *
 * <p>The same goal is a site report: declared under {@code <reporting>}, {@code mvn site} writes it
 * to {@code target/site/initlab/} and lists it under "Project Reports".
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends ExperimentsMojo implements MavenMultiPageReport {

    /** Inside {@code mvn site}: the site's directory; the report goes to its {@code initlab/} folder. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true)
    private File reportOutputDirectory;

    // To resolve ND4J on first need (Nd4jOnDemand), from where Maven resolves plugins.
    @Component
    private RepositorySystem repositorySystem;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
    private RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remotePluginRepositories}", readonly = true)
    private List<RemoteRepository> pluginRepositories;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    private PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Reactor reactor = new Reactor(session, project);
        if (skip) {
            getLog().info(reactor.prefix() + "skipped (initlab.skip=true)");
            return;
        }
        boolean written = writeReport(outputDirectory);
        if (reactor.multiProject()) {
            try {
                Path index = reactor.reports().record(written ? ModuleReport.written(reactor.module(), outputDirectory.toPath())
                        : ModuleReport.skipped(reactor.module()));
                getLog().info(reactor.prefix() + "aggregate page " + index);
            } catch (NotOwnedException e) {
                throw new MojoFailureException("initlab: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new MojoExecutionException("initlab: could not write the aggregate page: " + e.getMessage(), e);
            }
        }
    }

    // ---- MavenReport: the same report inside mvn site, as an external (self-rendered) report ----

    @Override
    public void generate(Sink sink, SinkFactory sinkFactory, Locale locale) throws MavenReportException {
        generate(sink, locale);
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        try {
            writeReport(new File(reportOutputDirectory, "initlab"));
        } catch (MojoExecutionException | MojoFailureException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    @Override
    public String getOutputName() {
        return "initlab/index";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "initlab";
    }

    @Override
    public String getDescription(Locale locale) {
        return "How weight initialization shapes the network: per-layer distributions, computed in this build.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        this.reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return true;
    }

    @Override
    public boolean canGenerateReport() {
        return !skip && builtInSuite().isPresent();
    }

    /** Writes the report, or logs why this module is skipped; returns whether it wrote one. */
    private boolean writeReport(File outputDirectory) throws MojoExecutionException, MojoFailureException {
        String prefix = new Reactor(session, project).prefix();
        Optional<String> builtIn = builtInSuite();
        if (builtIn.isEmpty()) {
            getLog().info(prefix + SuiteChoice.SKIPPED);
            return false;
        }
        ReportRequest request = request(builtIn.get(), outputDirectory, prefix);
        if (plugin != null && plugin.getClassRealm() != null) {
            Nd4jProvision.by(new Nd4jOnDemand(repositorySystem, repositorySession, pluginRepositories, plugin.getClassRealm(),
                    plugin.getArtifacts(), message -> getLog().info(prefix + message)));
        }
        try {
            new ReportBuilder(message -> getLog().info(prefix + message)).build(request);
        } catch (Nd4jUnavailableException e) {
            throw new MojoFailureException("initlab: " + e.getMessage(), e);
        } catch (BrokenClaimsException e) {
            throw new MojoFailureException("initlab: " + e.getMessage(), e);
        } catch (HistoryException e) {
            throw new MojoFailureException("initlab: history (parameter history, property initlab.history): " + e.getMessage()
                    + "\nThe build stops so that the published history is not replaced by a new one; to go on, set"
                    + " historyOnError (property initlab.historyOnError) to keep or restart.", e);
        } catch (DatasetException e) {
            throw new MojoFailureException("initlab: data set problem: " + e.getMessage(), e);
        } catch (ConfigException e) {
            throw new MojoFailureException("initlab: bad configuration: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("initlab: could not write the report to " + outputDirectory + ": " + e.getMessage(), e);
        }
        return true;
    }

}
