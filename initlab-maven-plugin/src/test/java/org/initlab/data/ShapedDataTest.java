package org.initlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.initlab.numeric.SampleShape;
import org.junit.jupiter.api.Test;

/** Data sets whose rows are images: a 4-d gaussian, and MNIST's 1×28×28 (checked in the plan without reading). */
class ShapedDataTest {

    @Test
    void aFourDimensionalGaussianIsRandnOfThatShapeInRowMajorOrder() {
        Dataset images = DatasetCatalog.load("d", "gaussian(rows=3, channels=2, height=3, width=4, seed=5)");
        Dataset flat = DatasetCatalog.load("d", "gaussian(rows=3, cols=24, seed=5)");
        assertThat(images.sample()).isEqualTo(SampleShape.image(2, 3, 4));
        assertThat(images.inputs().data()).containsExactly(flat.inputs().data());
        assertThat(flat.sample()).isEqualTo(SampleShape.flat(24));
        assertThat(DatasetCatalog.check("d", "gaussian(rows=3, channels=2, height=3, width=4, seed=5)", DatasetContext.defaults())
                .sample()).isEqualTo(SampleShape.image(2, 3, 4));
    }

    @Test
    void mnistRowsAreOneChannelImages() {
        assertThat(DatasetCatalog.check("d", "mnist(limit=10)", DatasetContext.defaults()).sample())
                .isEqualTo(SampleShape.image(1, 28, 28));
    }

    @Test
    void aGaussianTakesColsOrAllThreeImageSidesNamingWhatIsMissing() {
        assertThatThrownBy(() -> DatasetCatalog.load("d", "gaussian(rows=3, channels=2, height=3, seed=5)"))
                .hasMessage("d: 'gaussian' images need all of 'channels', 'height' and 'width'; missing: width");
        assertThatThrownBy(() -> DatasetCatalog.load("d", "gaussian(rows=3, cols=3, channels=2, height=3, width=1, seed=5)"))
                .hasMessage("d: 'gaussian' takes either 'cols' (flat rows) or 'channels', 'height' and 'width' (images), not both");
        assertThatThrownBy(() -> DatasetCatalog.load("d", "gaussian(rows=3, seed=5)"))
                .hasMessage("d: 'gaussian' needs the key 'cols' (flat rows), or 'channels', 'height' and 'width' (images)");
        assertThatThrownBy(() -> DatasetCatalog.load("d", "gaussian(rows=3, channels=0, height=3, width=1, seed=5)"))
                .hasMessage("d: 'gaussian' key 'channels' must be a positive integer, got 0");
    }
}
