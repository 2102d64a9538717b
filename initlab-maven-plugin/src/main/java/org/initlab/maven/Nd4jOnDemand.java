package org.initlab.maven;

import java.net.MalformedURLException;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.codehaus.plexus.classworlds.realm.ClassRealm;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyFilter;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.initlab.site.BuildInfo;

/**
 * Puts ND4J's CPU backend into the plugin's own class realm the first time a run needs it
 * ({@code kernel=nd4j}, {@code rng=nd4j}), resolved by Maven like any dependency, at the version
 * and classifier this plugin was built with. Does nothing when ND4J is already loadable: a user's
 * own backend (e.g. CUDA) declared as a plugin dependency is used as it is.
 */
final class Nd4jOnDemand implements Consumer<String> {
    static final String PROBE = "org.nd4j.linalg.factory.Nd4j";

    /** Maven exports SLF4J to every plugin (the realm imports org.slf4j from its core), so ND4J's copy would never load. */
    private static final Set<String> MAVEN_PROVIDES = Set.of("org.slf4j:slf4j-api");

    private static final Set<String> RUNTIME = Set.of("compile", "runtime");

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;
    private final ClassRealm realm;
    /** groupId:artifactId of what the realm has (a native jar shares it with its Java jar): never a second version. */
    private final Set<String> present;
    private final Consumer<String> log;

    Nd4jOnDemand(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories,
            ClassRealm realm, List<org.apache.maven.artifact.Artifact> realmArtifacts, Consumer<String> log) {
        this.system = system;
        this.session = session;
        this.repositories = repositories;
        this.realm = realm;
        this.present = realmArtifacts.stream().map(a -> a.getGroupId() + ":" + a.getArtifactId()).collect(Collectors.toSet());
        this.log = log;
    }

    @Override
    public void accept(String setting) {
        if (loadable()) {
            return;
        }
        BuildInfo build = BuildInfo.load();
        String coordinates = "org.nd4j:nd4j-native:" + build.nd4jVersion() + " (and its " + build.nd4jClassifier() + " natives)";
        CollectRequest collect = new CollectRequest();
        collect.setRepositories(repositories);
        collect.addDependency(new Dependency(new DefaultArtifact("org.nd4j", "nd4j-native", "", "jar", build.nd4jVersion()), "runtime"));
        collect.addDependency(new Dependency(new DefaultArtifact("org.nd4j", "nd4j-native", build.nd4jClassifier(), "jar",
                build.nd4jVersion()), "runtime"));
        // the run-time class path, less what the realm already has (Maven does not export resolver-util's filters to plugins)
        DependencyFilter missing = (node, parents) -> node.getArtifact() == null
                || (node.getDependency() == null || RUNTIME.contains(node.getDependency().getScope()))
                && !present.contains(key(node.getArtifact())) && !MAVEN_PROVIDES.contains(key(node.getArtifact()));
        List<ArtifactResult> jars;
        try {
            jars = system.resolveDependencies(session, new DependencyRequest(collect, missing)).getArtifactResults();
        } catch (DependencyResolutionException e) {
            throw new Nd4jUnavailableException(setting + "=nd4j needs ND4J, " + coordinates + ", which Maven could not resolve: "
                    + e.getMessage() + "\nRun the build once online (without -o) so Maven downloads it, add an ND4J backend"
                    + " as a <dependency> of the plugin, or choose another " + setting + ".", e);
        }
        for (ArtifactResult jar : jars) {
            try {
                realm.addURL(jar.getArtifact().getFile().toURI().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        log.accept("ND4J resolved for " + setting + "=nd4j: " + jars.size() + " jars of " + coordinates
                + " added to the plugin's class path");
    }

    private boolean loadable() {
        try {
            Class.forName(PROBE, false, realm);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static String key(Artifact a) {
        return a.getGroupId() + ":" + a.getArtifactId();
    }
}
