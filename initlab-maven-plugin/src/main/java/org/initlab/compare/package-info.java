/**
 * Comparing two reports: reading a baseline {@code results.json} (from a directory, a file or a
 * published site), matching experiments, runs and layers, deciding which figures moved beyond
 * their thresholds, and the {@code compare.json} form of the answer. Reads JSON as a tolerant
 * tree, so a baseline written by an older plugin version, with fewer fields, still compares.
 */
package org.initlab.compare;
