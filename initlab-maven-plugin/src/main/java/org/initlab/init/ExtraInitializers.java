package org.initlab.init;

import static org.initlab.init.InitializerCatalog.Param.required;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.initlab.config.ConfigException;
import org.initlab.config.Spec;
import org.initlab.init.InitializerCatalog.Entry;

/**
 * What the three libraries do not name but the tutorials use: Caffe's bilinear filler for
 * upsampling layers, and weights trained elsewhere (fine-tuning).
 */
final class ExtraInitializers {
    private static final Dialect D = Dialect.INITLAB;

    private ExtraInitializers() {
    }

    static List<Entry> entries() {
        return List.of(
                Entry.of(D, "bilinear", "Caffe's BilinearFiller: the kernel that upsamples by bilinear interpolation",
                        s -> new BilinearInitializer(s.text()))
                        .withQuirk("Meant for k×k deconvolution kernels: each matrix row is read as one kernel,"
                                + " k×k when cols is a perfect square k², otherwise a 1-d kernel of size cols."),
                Entry.of(D, "pretrained", "weights read from a .npy (float64/float32) or CSV file of the layer's stored shape",
                        ExtraInitializers::pretrained, required("path"))
                        .withQuirk("The file must match the stored shape exactly ((in, out) for layout in-out);"
                                + " a relative path is resolved against Maven's working directory — write"
                                + " ${project.basedir}/… to be safe."));
    }

    private static Initializer pretrained(Spec s) {
        String path = s.args().get("path");
        try {
            return new PretrainedInitializer(s.text(), WeightFile.read(Path.of(path)));
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException(s.field() + ": 'pretrained' cannot read '" + path + "': " + e.getMessage());
        }
    }
}
