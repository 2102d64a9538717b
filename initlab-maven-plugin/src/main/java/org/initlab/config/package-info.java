/**
 * Configuration: the text a user writes (specs, experiment definitions), its validation into
 * immutable {@link org.initlab.config.ExperimentSpec}s with errors that name the setting, and the
 * built-in suites.
 */
package org.initlab.config;
