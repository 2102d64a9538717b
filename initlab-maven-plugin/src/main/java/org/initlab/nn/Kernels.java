package org.initlab.nn;

import org.initlab.numeric.Matrix;
import org.initlab.numeric.MatrixKernel;
import org.initlab.numeric.NativeUnpacking;
import org.initlab.numeric.Nd4jProvision;
import org.initlab.numeric.MatrixProduct;

import java.util.List;
import org.initlab.settings.ConfigException;

/**
 * Picks the kernel for a product. {@code auto} sends products of at least {@link #BLAS_THRESHOLD}
 * multiply-adds to OpenBLAS and keeps smaller ones in plain Java, where per-call overhead would
 * dominate; {@code nd4j} sends every product through ND4J (and so through whichever backend, e.g.
 * CUDA, the user's build puts on the plugin's class path).
 */
public final class Kernels {
    public static final List<String> NAMES = List.of("auto", "java", "blas", "nd4j");
    /**
     * 2¹⁷ multiply-adds (e.g. Abalone's 4177×8 by 8×16): below it a native call's cost (a few µs,
     * the operands copied across JNI) outweighs BLAS. Measured on T3's 4177×16 by 16×16 through
     * ND4J: 18 % less CPU than plain Java.
     */
    public static final long BLAS_THRESHOLD = 1L << 17;

    private Kernels() {
    }

    /** {@link #named(String)}, telling {@code notices} once when a native library is unpacked on first use. */
    public static MatrixKernel named(String choice, java.util.function.Consumer<String> notices) {
        NativeUnpacking.noticesTo(notices);
        return named(choice);
    }

    /** A kernel that dispatches each product according to {@code choice}. */
    public static MatrixKernel named(String choice) {
        return switch (choice) {
            case "java" -> JavaKernel.INSTANCE;
            case "blas" -> BlasKernel.get();
            case "nd4j" -> {
                Nd4jProvision.require("kernel");
                yield Nd4jKernel.get();
            }
            case "auto" -> new MatrixKernel() {
                @Override
                public Matrix multiply(Matrix a, Matrix b) {
                    long work = (long) a.rows() * a.cols() * b.cols();
                    return (work >= BLAS_THRESHOLD ? BlasKernel.get() : JavaKernel.INSTANCE).multiply(a, b);
                }

                @Override
                public MatrixProduct product(int m, int k, int n, boolean transposeA, boolean transposeB) {
                    long work = (long) m * k * n;
                    return (work >= BLAS_THRESHOLD ? BlasKernel.get() : JavaKernel.INSTANCE)
                            .product(m, k, n, transposeA, transposeB);
                }

                @Override
                public String name() {
                    return "auto";
                }
            };
            default -> throw new ConfigException("kernel: expected one of " + NAMES + ", got '" + choice + "'");
        };
    }
}
