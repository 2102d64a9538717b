package org.initlab.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.initlab.settings.Spec;
import org.initlab.init.Initializer;
import org.initlab.init.InitializerCatalog;
import org.initlab.init.Layout;
import org.initlab.init.WeightShape;
import org.initlab.random.NumpyRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The catalogue page as rendered: its table lists every entry once, and the defaults it shows are
 * the ones the factories use — each row's "Defaults" spec, read back from the HTML, draws exactly
 * what the bare name draws.
 */
class CataloguePageTest {

    @Test
    void theRenderedDefaultsAreTheFactoriesDefaults() throws Exception {
        Path page = ClassicSite.get().resolve("catalogue.html");
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        List<Element> rows = doc.select("table.catalogue tbody tr");
        assertThat(rows).hasSameSizeAs(InitializerCatalog.entries());
        WeightShape shape = WeightShape.of(24, 40, Layout.IN_OUT);
        List<String> checked = new ArrayList<>();
        for (Element row : rows) {
            String name = row.select("td").get(0).selectFirst("code").text();
            String defaults = row.select("td").get(2).selectFirst("code").text();
            InitializerCatalog.Entry entry = InitializerCatalog.resolve(Spec.parse("page", name));
            assertThat(defaults).as(name).isEqualTo(entry.signature());
            if (defaults.contains("…") || name.equals("initlab:lsuv") || name.equals("dl4j:IDENTITY")) {
                continue;
            }
            String prefix = name.substring(0, name.indexOf(':') + 1);
            Initializer shown = InitializerCatalog.parse("page", prefix + defaults);
            Initializer bare = InitializerCatalog.parse("page", name);
            assertThat(shown.sample(shape, new NumpyRandom(2))).as(prefix + defaults)
                    .containsExactly(bare.sample(shape, new NumpyRandom(2)));
            checked.add(name);
        }
        assertThat(checked).contains("torch:kaiming_normal", "keras:variance_scaling", "tf1:variance_scaling_initializer",
                "initlab:bilinear");
        Element normal = doc.getElementById("init-dl4j-NORMAL");
        assertThat(normal.select("td").get(1).text()).contains("\\tfrac{1}{n_\\text{in}}");
        assertThat(doc.getElementById("init-tf1-xavier_initializer").text()).contains("TensorFlow 1");
    }
}
