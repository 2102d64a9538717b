package org.initlab;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** No package of initlab depends, through any chain, on itself: each can be read, and changed, on top of those below it. */
class PackageCyclesTest {
    @Test
    void thePackagesAreFreeOfCycles() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.initlab");
        slices().matching("org.initlab.(*)..").should().beFreeOfCycles().check(classes);
    }
}
