/**
 * Weight initializers: the {@link org.initlab.init.Initializer} interface, fans from a
 * {@link org.initlab.init.WeightShape}, PyTorch's gains, and the catalogue that turns specs
 * such as {@code kaiming_normal(nonlinearity=relu)} or {@code keras:he_normal} into initializers.
 *
 * <p>The catalogue ({@link org.initlab.init.InitializerCatalog}) is filled by one class per
 * library dialect ({@link org.initlab.init.Dialect}): {@code TorchInitializers},
 * {@code KerasInitializers}, {@code Dl4jInitializers}, {@code Tf1Initializers} and
 * {@code ExtraInitializers}. Each entry carries what a catalogue page shows — library, keys with
 * their kinds and defaults ({@link org.initlab.init.Param}), summary, quirk — and builds an
 * initializer that knows its LaTeX formula, theoretical mean and standard deviation and, when
 * bounded, its bound. Factories read a spec only through {@link org.initlab.init.Args}, which
 * supplies the declared defaults, so the defaults the page shows are the ones that run.
 *
 * <p>The distributions are a handful of small classes: normal, uniform, truncated normal (redraw
 * sampler; {@link org.initlab.init.StandardNormal} gives its moments), constant, eye, orthogonal
 * (with a plain-Java {@link org.initlab.init.HouseholderQr}), sparse, bilinear and pretrained
 * ({@link org.initlab.init.WeightFile}). All random draws are {@code mean + std·gauss} or
 * {@code low + (high − low)·random_sample} in row-major order, so under the numpy generator the
 * weights are numpy's.
 *
 * <p>Convolutions: a {@link org.initlab.init.WeightShape} carries the kernel (and, for DL4J's
 * fan-out, the stride); every scheme fills its stored order, and the structured ones act on the
 * kernel — {@link org.initlab.init.DiracInitializer}, {@link org.initlab.init.DeltaOrthogonalInitializer},
 * bilinear per channel pair, orthogonal on each library's flattening. The library defaults
 * ({@code torch:default}, …) carry their bias as a {@link org.initlab.init.BiasRule}, and
 * {@link org.initlab.init.BranchRule} scales a residual branch's layers (Fixup, zero branch).
 *
 * <p>One scheme looks at data: {@link org.initlab.init.LsuvInitializer} is a
 * {@link org.initlab.init.DataDependentInitializer}, whose weights a forward pass refines on the
 * batch each layer receives (matrices from {@code nn}, no experiment types).
 */
package org.initlab.init;
