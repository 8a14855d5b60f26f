package io.gatehouse.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same rule builders as {@link ArchitectureTest}, on the fixture package, which breaks each
 * rule once on purpose: a rule is only worth its green run if it is seen to go red.
 */
class ArchitectureRulesFailTest {

    private static final String FIXTURE = "io.gatehouse.architecture.fixture";
    private static JavaClasses fixture;

    @BeforeAll
    static void importFixture() {
        fixture = new ClassFileImporter().importPackages(FIXTURE);
    }

    @Test
    void theCycleRuleReportsTheCycleBetweenSecurityAndHttp() {
        EvaluationResult result = ArchitectureRules.noPackageCycles(FIXTURE).evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
                .containsPattern("Cycle detected: http ->\\s+security ->\\s+http")
                .contains(
                        "KeyRing.keyFor("
                                + FIXTURE
                                + ".http.Route)> calls method <"
                                + FIXTURE
                                + ".http.Route.path()>");
    }

    @Test
    void theLayerRuleReportsSecurityReachingUp() {
        EvaluationResult result =
                ArchitectureRules.layersPointDown(FIXTURE)
                        .withOptionalLayers(true) // the fixture has only two of the five layers
                        .evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("KeyRing.keyFor") && line.contains("http.Route"))
                .noneMatch(line -> line.startsWith("Method <" + FIXTURE + ".http.Route.key()>"));
    }

    @Test
    void theVisibilityRuleReportsThePublicTypeNobodyElseUses() {
        EvaluationResult result =
                ArchitectureRules.publicTypesAreUsedOutsideTheirPackage(FIXTURE).evaluate(fixture);

        assertThat(result.getFailureReport().getDetails())
                .containsExactly(
                        FIXTURE
                                + ".http.Unshared is public but used only inside "
                                + FIXTURE
                                + ".http");
    }
}
