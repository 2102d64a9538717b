package org.initlab.init;

import static org.initlab.init.Param.choice;
import static org.initlab.init.Param.integer;
import static org.initlab.init.Param.number;
import static org.initlab.init.Param.requiredText;
import static org.initlab.init.Param.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.initlab.settings.ConfigException;
import org.initlab.init.InitializerCatalog.Entry;

/**
 * What the three libraries do not name but the tutorials use: Caffe's bilinear filler for
 * upsampling layers, weights trained elsewhere (fine-tuning), LSUV, which fits each layer to
 * the data it receives, and the two ways residual branches start (Fixup, a zero branch).
 */
final class ExtraInitializers {
    private static final Dialect D = Dialect.INITLAB;
    private static final List<String> VARIANTS = Arrays.stream(BilinearInitializer.Variant.values())
            .map(BilinearInitializer.Variant::text).toList();

    private ExtraInitializers() {
    }

    static List<Entry> entries() {
        return List.of(
                Entry.of(D, "bilinear", "Caffe's BilinearFiller: the kernel that upsamples by bilinear interpolation",
                        s -> new BilinearInitializer(s.text(), BilinearInitializer.Variant.of(s.choice("variant"))),
                        choice("variant", "caffe", VARIANTS))
                        .withQuirk("Meant for k×k deconvolution kernels: each matrix row is read as one kernel,"
                                + " k×k when cols is a perfect square k², otherwise a 1-d kernel of size cols."
                                + " variant=caffe is Caffe's formula since PR #5713 (2017), c = (k − 1)/(2f), symmetric"
                                + " for every k (k = 3: 0.5, 1, 0.5); variant=caffe-2016 is the formula before it,"
                                + " c = (2f − 1 − f mod 2)/(2f), lopsided unless k = 2F − F mod 2 (k = 3: 0.25, 0.75, 0.75)."),
                Entry.of(D, "delta_orthogonal", "Xiao et al. 2018: an orthogonal (out, in) matrix at the kernel's"
                                + " centre, zeros elsewhere: a convolution that keeps its input's norm",
                        s -> new DeltaOrthogonalInitializer(s.text(), Checks.finite(s, "gain")), number("gain", 1))
                        .withQuirk("Needs out >= in. The norm is kept exactly for out = in, odd kernels and padding"
                                + " k // 2; on a dense layer it is orthogonal."),
                Entry.of(D, "pretrained", "weights read from a .npy (float64/float32) or CSV file of the layer's stored shape",
                        ExtraInitializers::pretrained, requiredText("path"))
                        .withQuirk("The file must match the stored shape exactly ((in, out) for layout in-out);"
                                + " a relative path is resolved against Maven's working directory — write"
                                + " ${project.basedir}/… to be safe."),
                Entry.of(D, "lsuv", "Mishkin & Matas 2015: draw with base, then divide by √Var(x·W) on the layer's"
                                + " input batch until |Var − 1| < tol", ExtraInitializers::lsuv,
                                text("base", "orthogonal"), number("tol", 0.1), integer("maxIter", 10))
                        .withQuirk("Data-dependent: a forward pass refines each layer on the batch it receives, so the"
                                + " weights differ from the base's and no variance is predicted for them; where there is"
                                + " no data (a training run's initial weights) the base's draw is used as is. The base is any"
                                + " initializer spec, keys included, e.g."
                                + " base=kaiming_normal(mode=fan_out, nonlinearity=relu)."),
                branch("fixup", BranchRule.FIXUP, "Zhang, Dauphin & Ma 2019: draw with base, then in each residual"
                        + " branch of m weighted layers, in a network of L residual blocks, scale all but the last by"
                        + " L^(−1/(2m−2)) and zero the last", " Every branch needs at least two weighted layers."),
                branch("zero_branch", BranchRule.ZERO_BRANCH, "SkipInit / ReZero at initialization: draw with base,"
                        + " then zero the last weighted layer of each residual branch, so every block starts as the identity",
                        ""));
    }

    /** Branch factors in the catalogue's example: a network of {@value #BLOCKS} residual blocks of two layers. */
    private static final int BLOCKS = 16;

    private static Entry branch(String name, BranchRule rule, String summary, String more) {
        return Entry.of(D, name, summary, s -> branch(s, rule), text("base", "kaiming_normal(nonlinearity=relu)"))
                .withQuirk("Draws exactly as its base (same numbers, same generator sequence); the network pass then"
                        + " multiplies the weights and bias of each weighted layer inside a residual branch, in forward"
                        + " order, by the rule's factor — in " + BLOCKS + " blocks of two layers: "
                        + Numbers.text(rule.scale(BLOCKS, 2, 0)) + " and " + Numbers.text(rule.scale(BLOCKS, 2, 1))
                        + ". Outside branches (first layers, projections) it is the base. Needs a network with"
                        + " residual blocks: anywhere else it is a configuration error." + more);
    }

    private static Initializer branch(Args s, BranchRule rule) {
        String field = s.field() + ": '" + s.name() + "' key 'base'";
        Initializer base = InitializerCatalog.parse(field, s.text("base"));
        if (base instanceof DataDependentInitializer || base.branchRule() != BranchRule.NONE) {
            throw new ConfigException(field + " must draw without data and carry no branch rule of its own, got '"
                    + base.spec() + "'");
        }
        return new BranchInitializer(s.text(), base, rule);
    }

    private static Initializer lsuv(Args s) {
        String field = s.field() + ": '" + s.name() + "' key 'base'";
        Initializer base = InitializerCatalog.parse(field, s.text("base"));
        if (base instanceof DataDependentInitializer) {
            throw new ConfigException(field + " must draw without data, got '" + base.spec() + "'");
        }
        double tol = Checks.positive(s, "tol");
        long maxIter = s.integer("maxIter");
        if (maxIter < 0 || maxIter > 1000) {
            throw new ConfigException(s.field() + ": '" + s.name() + "' key 'maxIter' must be between 0 and 1000, got "
                    + maxIter);
        }
        return new LsuvInitializer(s.text(), base, tol, (int) maxIter);
    }

    private static Initializer pretrained(Args s) {
        String path = s.text("path");
        try {
            return new PretrainedInitializer(s.text(), WeightFile.read(Path.of(path)));
        } catch (IOException | IllegalArgumentException | ConfigException e) {
            throw new ConfigException(s.field() + ": 'pretrained' cannot read '" + path + "': " + e.getMessage());
        }
    }
}
