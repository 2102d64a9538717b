package org.initlab.numeric;

import java.util.function.Consumer;

/**
 * ND4J is not on the plugin's own class path (it is needed only for {@code kernel=nd4j} and
 * {@code rng=nd4j}, and collecting its dependencies slowed every build). The build that runs the
 * experiments says how to bring it in; the core asks for it before its first ND4J class loads.
 * Without a provider (tests, a class path that has ND4J) nothing needs doing.
 */
public final class Nd4jProvision {
    private static volatile Consumer<String> provider = setting -> { };
    private static boolean provided;

    private Nd4jProvision() {
    }

    /** Who puts ND4J on the class path; it is told the setting that needs it and throws if it cannot. */
    public static synchronized void by(Consumer<String> loader) {
        provider = loader;
        provided = false;
    }

    /** Makes ND4J loadable for {@code setting} ({@code kernel} or {@code rng}), once per provider; a failure is retried next time. */
    public static synchronized void require(String setting) {
        if (!provided) {
            provider.accept(setting);
            provided = true;
        }
    }
}
