package org.initlab.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.initlab.settings.Spec;

/**
 * What identifies a data set's content without loading it: the spec for generated and pinned data
 * (gaussian, circles; abalone and mnist, whose files are verified against fixed SHA-256 values),
 * and the spec plus the file's SHA-256 for a user's CSV, which can change under the same name.
 */
public final class DatasetFingerprint {
    private DatasetFingerprint() {
    }

    public static String of(String field, String text, DatasetContext context) {
        Spec spec = Spec.parse(field, text);
        if (spec.name().equals("csv") && spec.args().containsKey("path")) {
            Path file = context.baseDirectory().resolve(spec.args().get("path")).normalize();
            // a file outside the boundary is not even hashed: loading refuses it, naming the setting
            if (Files.isRegularFile(file) && context.files().allows(file)) {
                try {
                    return spec.text() + " sha256=" + Sha256.of(file);
                } catch (IOException e) {
                    return spec.text() + " unreadable"; // loading will fail with a clear message
                }
            }
        }
        return spec.text();
    }
}
