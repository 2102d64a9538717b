/**
 * Configuration: experiment definitions as written, their validation into immutable
 * {@link org.initlab.config.ExperimentSpec}s with errors that name the setting, and the built-in
 * suites. The vocabulary every package shares (errors, specs, limits, the file boundary) is in
 * {@code org.initlab.settings}, so that the packages this one builds on need not depend on it.
 */
package org.initlab.config;
