/**
 * Scalar and array arithmetic that must agree with numpy or libm to the last bit or ulp, kept in
 * one place so that statistics, activations and training share it: numpy's pairwise summation and
 * a fast tanh.
 */
package org.initlab.numeric;
