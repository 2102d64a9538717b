/**
 * The benchmark: the tutorials' workloads timed in initlab and, in the same run, in numpy and
 * PyTorch. Cold ({@link org.initlab.bench.ColdBench}): a fresh {@code mvn initlab:report} process per
 * sample on a generated project, next to fresh Python processes; growth
 * ({@link org.initlab.bench.Growth}): time and memory as networks widen and deepen; profile
 * ({@link org.initlab.bench.JfrProfile}): where a cold build's time goes; warm
 * ({@link org.initlab.bench.Bench}): in-process, after warm-up. Built only in the root POM's
 * {@code bench} profile; see the README's "Performance" section.
 */
package org.initlab.bench;
