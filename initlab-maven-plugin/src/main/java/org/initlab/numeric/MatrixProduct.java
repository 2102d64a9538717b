package org.initlab.numeric;

/**
 * One matrix product of a fixed shape, run many times on the caller's arrays:
 * {@code c = op(a)·op(b)}, all row-major, {@code c} overwritten. Training multiplies matrices of
 * the same shapes thousands of times; fixing the shape up front lets a kernel allocate its scratch
 * (ND4J: native buffers) once instead of on every call. Holds mutable buffers: one per thread.
 */
@FunctionalInterface
public interface MatrixProduct {

    void multiply(double[] a, double[] b, double[] c);
}
