package org.initlab.nn;

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

    @Override
    public String name() {
        return "nd4j";
    }
}
