/**
 * Configuration: the text a user writes (specs, experiment definitions), its validation into
 * immutable {@link org.initlab.config.ExperimentSpec}s with errors that name the setting, the
 * built-in suites, and the {@link org.initlab.config.FileBoundary} that the files a build reads must lie in.
 */
package org.initlab.config;
