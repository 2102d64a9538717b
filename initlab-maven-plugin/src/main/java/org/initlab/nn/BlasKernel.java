package org.initlab.nn;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.initlab.numeric.Matrix;
import org.initlab.numeric.MatrixKernel;
import org.initlab.numeric.NativeUnpacking;
import org.initlab.numeric.MatrixProduct;
import org.initlab.settings.ConfigException;

/**
 * OpenBLAS's {@code cblas_dgemm} called directly through JavaCPP on the Java arrays: the OpenBLAS
 * that ND4J's CPU backend ships, without ND4J's own start-up (its 400 MB of natives, op executioner
 * and workspaces), which cost about a second per cold build before the first product. Loaded on
 * first use only.
 */
public final class BlasKernel implements MatrixKernel {

    private BlasKernel() {
    }

    private static volatile BlasKernel instance;

    /**
     * The kernel, started on its first call. Not a holder class: a platform without OpenBLAS's
     * natives must fail with the setting's name on every call, not with a class that failed to
     * initialise.
     */
    public static BlasKernel get() {
        BlasKernel kernel = instance;
        if (kernel == null) {
            synchronized (BlasKernel.class) {
                if (instance == null) {
                    instance = NativeUnpacking.measured("OpenBLAS", BlasKernel::start);
                }
                kernel = instance;
            }
        }
        return kernel;
    }

    private static BlasKernel start() {
        // Same reason as ND4J's tuning: no cap on off-heap memory JavaCPP would enforce by GC.
        if (System.getProperty("org.bytedeco.javacpp.maxPhysicalBytes") == null) {
            System.setProperty("org.bytedeco.javacpp.maxPhysicalBytes", "0");
        }
        try {
            Loader.load(openblas_nolapack.class);
        } catch (LinkageError missing) {
            throw new ConfigException("kernel: OpenBLAS has no native library for this platform (" + Loader.getPlatform()
                    + ") on the plugin's class path; add org.bytedeco:openblas:0.3.19-1.5.7 with classifier "
                    + Loader.getPlatform() + " to the plugin's dependencies, or set kernel=java (" + missing + ")");
        }
        // One thread per product: initlab parallelises across runs, and OpenBLAS's idle workers
        // spin on sched_yield (measured on 2 cores: they halved the other run thread's speed).
        org.bytedeco.openblas.presets.openblas_nolapack.blas_set_num_threads(1);
        return new BlasKernel();
    }

    @Override
    public Matrix multiply(Matrix a, Matrix b) {
        JavaKernel.requireCompatible(a, b);
        double[] out = new double[a.rows() * b.cols()];
        product(a.rows(), a.cols(), b.cols(), false, false).multiply(a.data(), b.data(), out);
        return new Matrix(a.rows(), b.cols(), out);
    }

    /** Row-major {@code out = op(a)·op(b)}; the arrays are passed as they are (JNI copies them in and out). */
    @Override
    public MatrixProduct product(int m, int k, int n, boolean transposeA, boolean transposeB) {
        int transA = transposeA ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans;
        int transB = transposeB ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans;
        int lda = transposeA ? m : k;
        int ldb = transposeB ? k : n;
        return (a, b, out) -> openblas_nolapack.cblas_dgemm(openblas_nolapack.CblasRowMajor, transA, transB,
                m, n, k, 1.0, a, lda, b, ldb, 0.0, out, n);
    }

    @Override
    public String name() {
        return "blas";
    }
}
