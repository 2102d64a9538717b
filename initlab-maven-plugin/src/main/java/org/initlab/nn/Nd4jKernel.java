package org.initlab.nn;

import org.initlab.numeric.Matrix;
import org.initlab.numeric.MatrixKernel;
import org.initlab.numeric.NativeUnpacking;
import org.initlab.numeric.MatrixProduct;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.javacpp.DoublePointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * ND4J's own {@code gemm} ({@code kernel=nd4j}): on the CPU backend it ends in the same OpenBLAS
 * as {@link BlasKernel}, after ND4J's start-up; its point is ND4J's other backends (CUDA), which a
 * user swaps in as a plugin dependency. Loaded on first use only.
 */
public final class Nd4jKernel implements MatrixKernel {

    private Nd4jKernel() {
    }

    /** The kernel, tuned for a build machine on its first call. */
    public static Nd4jKernel get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Nd4jKernel INSTANCE = NativeUnpacking.measured("ND4J", Holder::tune);

        private static Nd4jKernel tune() {
            // Must be set before the first ND4J class loads: no start-up banner (the last line left,
            // the SIMD level of the native build, is silenced through its logger; Maven's SLF4J
            // binding reads per-logger levels from system properties when a logger is created),
            // and no cap on off-heap memory (ND4J frees it only on GC; a cap stalls the build).
            setIfAbsent("org.nd4j.log.initialization", "false");
            setIfAbsent("org.bytedeco.javacpp.maxPhysicalBytes", "0");
            setIfAbsent("org.slf4j.simpleLogger.log.org.nd4j.linalg.cpu.nativecpu.CpuNDArrayFactory", "warn");
            // One thread per product: measured on 2 cores, a second OpenMP thread causes 100 ms stalls,
            // and initlab parallelises across runs instead.
            Nd4j.getEnvironment().setMaxMasterThreads(1);
            Nd4j.getEnvironment().setMaxThreads(1);
            // OpenBLAS has its own pool (one thread per core by default) whose idle workers spin on
            // sched_yield: measured on 2 cores, that halved the other run thread's speed.
            Nd4j.factory().blas().setMaxThreads(1);
            return new Nd4jKernel();
        }

        private static void setIfAbsent(String key, String value) {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        }
    }

    /**
     * Forward passes multiply the same few shapes over and over; each thread keeps the native
     * buffers of its recent shapes, so a product costs two bulk copies instead of three native
     * allocations and element-by-element transfers.
     */
    private final ThreadLocal<Map<List<Integer>, MatrixProduct>> recent = ThreadLocal.withInitial(() ->
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Integer>, MatrixProduct> eldest) {
                    return size() > 8;
                }
            });

    @Override
    public Matrix multiply(Matrix a, Matrix b) {
        JavaKernel.requireCompatible(a, b);
        MatrixProduct product = recent.get().computeIfAbsent(List.of(a.rows(), a.cols(), b.cols()),
                shape -> product(shape.get(0), shape.get(1), shape.get(2), false, false));
        double[] out = new double[a.rows() * b.cols()];
        product.multiply(a.data(), b.data(), out);
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
