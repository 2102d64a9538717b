/**
 * The vocabulary every package shares, depending on no other initlab package: configuration errors
 * that name their setting ({@link org.initlab.settings.ConfigException}, collected by
 * {@link org.initlab.settings.Problems}), the one grammar of {@code name(key=value, …)} specs
 * ({@link org.initlab.settings.Spec}, {@link org.initlab.settings.SpecSyntax}), closest-name
 * suggestions, the size limits and the boundary the files a build reads must lie in.
 */
package org.initlab.settings;
