/**
 * Neural-network building blocks: matrices, activations, the forward pass, and the matrix
 * kernels (plain Java, ND4J) behind one interface.
 */
package org.initlab.nn;
