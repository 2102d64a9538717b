/**
 * The claim language: one comparison between two arithmetic expressions over an experiment's
 * measurements, such as {@code post.std(init=xavier_normal, act=relu, layer=5) < 0.5 * post.std(init=xavier_normal, act=relu, layer=1)}.
 *
 * <p>Claims turn a tutorial's sentences into checks that every build re-evaluates on its own data.
 * The pipeline reads in order: {@code Lexer} → {@link org.initlab.claims.ClaimParser}
 * (an immutable AST, {@link org.initlab.claims.Claim}, parsed and name-checked before any experiment
 * runs) → {@link org.initlab.claims.ClaimEvaluator} with {@code MetricReader}
 * (against one {@link org.initlab.results.ExperimentResult}) → {@link org.initlab.results.ClaimResult}.
 * {@link org.initlab.claims.ClaimChecker} is the entry point that does all of it.
 */
package org.initlab.claims;
