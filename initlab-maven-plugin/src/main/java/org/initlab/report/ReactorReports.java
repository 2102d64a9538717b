package org.initlab.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.initlab.site.AggregateSiteBuilder;
import org.initlab.site.BuildInfo;
import org.initlab.site.ModuleReport;
import org.initlab.site.SiteSources;

/**
 * The report goal's outcome in every module of one reactor build, shared by the modules' goal
 * executions (which may run in parallel under {@code -T}). Each outcome rewrites the aggregate
 * page, so it is complete once the last module is done, whichever module finishes last; modules
 * are listed in reactor order, not in the order they finished.
 */
public final class ReactorReports {
    private final String title;
    private final List<String> reactorOrder;
    private final Path aggregateDirectory;
    private final AggregateSiteBuilder builder = new AggregateSiteBuilder(SiteSources.builtIn(), BuildInfo.load());
    private final Map<String, ModuleReport> outcomes = new HashMap<>();

    /**
     * @param title              the aggregate page's title (the top-level project's name)
     * @param reactorOrder       every module's name, in the reactor's build order
     * @param aggregateDirectory where the aggregate page goes, e.g. the top-level project's {@code target/initlab-aggregate}
     */
    public ReactorReports(String title, List<String> reactorOrder, Path aggregateDirectory) {
        this.title = Objects.requireNonNull(title, "title");
        this.reactorOrder = List.copyOf(reactorOrder);
        this.aggregateDirectory = Objects.requireNonNull(aggregateDirectory, "aggregateDirectory");
    }

    /** Records a module's outcome and rewrites the aggregate page; returns the page. */
    public synchronized Path record(ModuleReport outcome) throws IOException {
        outcomes.put(outcome.module(), outcome);
        List<ModuleReport> ordered = new ArrayList<>();
        for (String module : reactorOrder) {
            if (outcomes.containsKey(module)) {
                ordered.add(outcomes.get(module));
            }
        }
        for (ModuleReport other : outcomes.values()) { // not in the reactor list: listed last rather than lost
            if (!reactorOrder.contains(other.module())) {
                ordered.add(other);
            }
        }
        return builder.write(title, ordered, aggregateDirectory);
    }

    /** Whether the report goal skipped this module earlier in this build. */
    public synchronized boolean skipped(String module) {
        ModuleReport outcome = outcomes.get(module);
        return outcome != null && outcome.isSkipped();
    }
}
