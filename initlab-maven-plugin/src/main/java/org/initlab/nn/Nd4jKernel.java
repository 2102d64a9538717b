package org.initlab.nn;

import org.bytedeco.javacpp.DoublePointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * ND4J's CPU backend (OpenBLAS dgemm). Loaded on first use only, so builds whose products are
 * all small never pay ND4J's start-up.
 */
public final class Nd4jKernel implements MatrixKernel {

    private Nd4jKernel() {
    }

    /** The kernel, tuned for a build machine on its first call. */
    public static Nd4jKernel get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Nd4jKernel INSTANCE = start();

        private static Nd4jKernel start() {
            // Must be set before the first ND4J class loads: one start-up line instead of a dozen,
            // and no cap on off-heap memory (ND4J frees it only on GC; a cap stalls the build).
            setIfAbsent("org.nd4j.log.initialization", "false");
            setIfAbsent("org.bytedeco.javacpp.maxPhysicalBytes", "0");
            // One thread per product: measured on 2 cores, a second OpenMP thread causes 100 ms stalls,
            // and initlab parallelises across runs instead.
            Nd4j.getEnvironment().setMaxMasterThreads(1);
            Nd4j.getEnvironment().setMaxThreads(1);
            return new Nd4jKernel();
        }

        private static void setIfAbsent(String key, String value) {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        }
    }

    @Override
    public Matrix multiply(Matrix a, Matrix b) {
        JavaKernel.requireCompatible(a, b);
        INDArray x = Nd4j.create(a.data(), new long[] {a.rows(), a.cols()}, DataType.DOUBLE);
        INDArray y = Nd4j.create(b.data(), new long[] {b.rows(), b.cols()}, DataType.DOUBLE);
        INDArray c = Nd4j.create(DataType.DOUBLE, new long[] {a.rows(), b.cols()}, 'c');
        x.mmuli(y, c);
        double[] out = c.data().asDouble();
        return new Matrix(a.rows(), b.cols(), out);
    }

    /**
     * dgemm on three native arrays allocated once, outside any workspace: each call copies the
     * operands in and the result out (memcpy speed, microseconds) instead of allocating three
     * arrays a step, which ND4J only frees when the JVM happens to collect garbage.
     */
    @Override
    public MatrixProduct product(int m, int k, int n, boolean transposeA, boolean transposeB) {
        INDArray x = Nd4j.createUninitializedDetached(DataType.DOUBLE, 'c', transposeA ? k : m, transposeA ? m : k);
        INDArray y = Nd4j.createUninitializedDetached(DataType.DOUBLE, 'c', transposeB ? n : k, transposeB ? k : n);
        INDArray c = Nd4j.createUninitializedDetached(DataType.DOUBLE, 'c', m, n);
        DoublePointer xp = (DoublePointer) x.data().addressPointer();
        DoublePointer yp = (DoublePointer) y.data().addressPointer();
        DoublePointer cp = (DoublePointer) c.data().addressPointer();
        int sizeA = m * k;
        int sizeB = k * n;
        int sizeC = m * n;
        return (a, b, out) -> {
            xp.put(a, 0, sizeA);
            yp.put(b, 0, sizeB);
            Nd4j.gemm(x, y, c, transposeA, transposeB, 1.0, 0.0);
            cp.get(out, 0, sizeC);
        };
    }

    @Override
    public String name() {
        return "nd4j";
    }
}
