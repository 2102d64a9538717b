/**
 * The benchmark: the tutorials' workloads timed in initlab and, in the same run, in numpy (a Python
 * process fed one workload at a time, timing itself), with the ratios printed as a table. Built only
 * in the root POM's {@code bench} profile; see the README's "Performance" section.
 */
package org.initlab.bench;
