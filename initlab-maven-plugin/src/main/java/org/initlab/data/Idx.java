package org.initlab.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads gzip-compressed IDX files, LeCun's format for MNIST: a big-endian magic number
 * {@code 0x0000TTDD} (type {@code TT}, {@code 0x08} = unsigned byte; {@code DD} dimensions), one
 * big-endian int per dimension, then the values in row-major order. Only the unsigned-byte type
 * is supported, which is all MNIST uses.
 */
final class Idx {
    /** Magic number of a 3-dimensional unsigned-byte array (images). */
    static final int IMAGES = 0x0803;
    /** Magic number of a 1-dimensional unsigned-byte array (labels). */
    static final int LABELS = 0x0801;

    /**
     * The first items of an IDX array.
     *
     * @param dims   the dimensions the file declares (all of them, whatever was read)
     * @param values the first {@code items} entries along the first dimension, as unsigned bytes
     */
    record Array(int[] dims, int items, byte[] values) {
        int itemSize() {
            int size = 1;
            for (int i = 1; i < dims.length; i++) {
                size *= dims[i];
            }
            return size;
        }

        int unsigned(int index) {
            return values[index] & 0xff;
        }
    }

    private Idx() {
    }

    /** Reads the header and the first {@code limit} items ({@code limit < 0}: all). */
    static Array read(Path gz, int expectedMagic, int limit) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(Files.newInputStream(gz), 1 << 16)))) {
            int magic = in.readInt();
            if (magic != expectedMagic) {
                throw new DatasetException(gz + " is not an IDX file of " + (expectedMagic & 0xff) + "-dimensional unsigned bytes: magic "
                        + magic + ", expected " + expectedMagic);
            }
            int[] dims = new int[magic & 0xff];
            long itemSize = 1;
            for (int i = 0; i < dims.length; i++) {
                dims[i] = in.readInt();
                if (dims[i] < 0) {
                    throw new DatasetException(gz + ": negative dimension " + dims[i]);
                }
                if (i > 0) {
                    itemSize *= dims[i];
                }
            }
            int items = limit < 0 ? dims[0] : Math.min(limit, dims[0]);
            long bytes = items * itemSize;
            if (bytes > Integer.MAX_VALUE - 8) {
                throw new DatasetException(gz + ": " + items + " items of " + itemSize + " bytes do not fit in one array");
            }
            byte[] values = new byte[(int) bytes];
            in.readFully(values);
            return new Array(dims.clone(), items, values);
        } catch (EOFException e) {
            throw new DatasetException(gz + " ends before the data its header declares", e);
        } catch (IOException e) {
            throw new DatasetException("cannot read IDX file " + gz + ": " + e.getMessage(), e);
        }
    }

    static String shape(int[] dims) {
        return Arrays.toString(dims);
    }
}
