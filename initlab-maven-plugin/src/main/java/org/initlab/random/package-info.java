/**
 * Random numbers that a user can reproduce in numpy: the legacy {@code RandomState} and the
 * seeding rules of the contract (one generator per run, seeded with the experiment's seed).
 */
package org.initlab.random;
