/**
 * What a build computed and keeps: per-layer statistics and histograms (numpy's definitions),
 * the results model, and its deterministic JSON form ({@code results.json}).
 */
package org.initlab.results;
