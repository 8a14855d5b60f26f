package io.gatehouse.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import io.gatehouse.app.Gatehouse;
import java.net.URISyntaxException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The function app's main code against the rules of docs/architecture.md. */
class ArchitectureTest {

    private static final String ROOT = "io.gatehouse";

    /**
     * What other modules and commands build on from the app's test tree: the fixtures published in
     * its test-jar (the local stack's database, the benchmarks' identity provider) and the pii-eval
     * harness. A public type they use is public for a reason.
     */
    private static final String[] CLIENTS_IN_THE_TEST_TREE = {
        ROOT + ".testing..", ROOT + ".pii.eval.."
    };

    private static JavaClasses product;
    private static JavaClasses productAndClients;

    @BeforeAll
    static void importMainCode() throws URISyntaxException {
        // Only this module's class directories: the dev host and the test kit are on the test
        // class path too (as folders in a reactor build), but are no part of the app.
        String mainClasses = classDirectoryOf(Gatehouse.class);
        String testClasses = classDirectoryOf(ArchitectureTest.class);
        ImportOption appOnly = location -> location.asURI().toString().startsWith(mainClasses);
        product = new ClassFileImporter().withImportOption(appOnly).importPackages(ROOT);
        productAndClients =
                new ClassFileImporter()
                        .withImportOption(
                                location ->
                                        appOnly.includes(location)
                                                || location.asURI()
                                                                .toString()
                                                                .startsWith(testClasses)
                                                        && isClientInTheTestTree(location))
                        .importPackages(ROOT);
    }

    private static boolean isClientInTheTestTree(Location location) {
        return location.contains("/io/gatehouse/testing/")
                || location.contains("/io/gatehouse/pii/eval/");
    }

    private static String classDirectoryOf(Class<?> type) throws URISyntaxException {
        return type.getProtectionDomain().getCodeSource().getLocation().toURI().toString();
    }

    @Test
    void topLevelPackagesFormNoCycle() {
        ArchitectureRules.noPackageCycles(ROOT).check(product);
    }

    @Test
    void layersOnlyPointDown() {
        ArchitectureRules.layersPointDown(ROOT).check(product);
    }

    @Test
    void publicTypesAreUsedOutsideTheirPackage() {
        // Frozen: the types listed in functions/src/test/archunit-store (docs/architecture.md
        // says why each is still there). A new one fails here.
        FreezingArchRule.freeze(
                        ArchitectureRules.publicTypesAreUsedOutsideTheirPackage(
                                ROOT, CLIENTS_IN_THE_TEST_TREE))
                .check(productAndClients);
    }
}
