package io.gatehouse.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.platform.Json;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The controls matrix (docs/controls.md and its OSCAL twin) stays true: every control names a test
 * that exists and a place that exists, the frameworks a review asks for are all there, and the page
 * a person reads says what the machine-readable file says.
 */
class ControlsMatrixTest {

    private static final String DEFINITION = "docs/oscal/gatehouse-component-definition.json";

    /** What a customer's review asks to see mapped (issue 20): each needs at least one control. */
    private static final List<String> REQUIRED_PREFIXES =
            List.of(
                    "spec-1.",
                    "hipaa-164.308.",
                    "hipaa-164.312.",
                    "soc2-cc6.",
                    "soc2-cc7.",
                    "soc2-cc8.",
                    "gdpr-art5",
                    "gdpr-art25",
                    "gdpr-art30",
                    "gdpr-art32",
                    "asvs-v");

    private final ControlsMatrix matrix = new ControlsMatrix(InfraFiles.ROOT);

    private static JsonNode definition() throws IOException {
        return Json.mapper().readTree(InfraFiles.ROOT.resolve(DEFINITION).toFile());
    }

    @Test
    void everyControlIsProvedByTestsThatExistAndImplementedInFilesThatExist() throws IOException {
        JsonNode definition = definition();
        assertThat(ControlsMatrix.controls(definition)).hasSizeGreaterThan(30);
        assertThat(matrix.violations(definition)).isEmpty();
        assertThat(
                        definition
                                .path("component-definition")
                                .path("metadata")
                                .path("oscal-version")
                                .asText())
                .isEqualTo("1.1.2");
    }

    @Test
    void everyFrameworkTheReviewAsksForHasControls() throws IOException {
        Set<String> ids = new TreeSet<>();
        ControlsMatrix.controls(definition()).forEach(control -> ids.add(control.id()));
        for (String prefix : REQUIRED_PREFIXES) {
            assertThat(ids).as("a control " + prefix + "…").anyMatch(id -> id.startsWith(prefix));
        }
    }

    @Test
    void thePageSaysWhatTheDefinitionSays() throws IOException {
        String page = InfraFiles.read(InfraFiles.ROOT.resolve("docs/controls.md"));
        Set<String> inJson = new TreeSet<>();
        for (var control : ControlsMatrix.controls(definition())) {
            inJson.add(control.id());
            for (String test : control.verifiedBy()) {
                assertThat(page)
                        .as(control.id() + " names " + test + " on the page")
                        .contains("`" + test.substring("io.gatehouse.".length()) + "`");
            }
        }
        Set<String> onPage = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([^`]+)` \\|").matcher(page);
        while (row.find()) {
            onPage.add(row.group(1));
        }
        assertThat(onPage).isEqualTo(inJson);
    }

    @Test
    void aTestThatDoesNotExistOrAControlWithoutOneIsCaught() throws IOException {
        JsonNode planted =
                Json.mapper()
                        .readTree(
                                """
                {"component-definition": {"uuid": "8b0f3a8e-3c1e-4f7a-9d2b-2f6a1c9e4d11",
                  "components": [{"uuid": "8b0f3a8e-3c1e-4f7a-9d2b-2f6a1c9e4d12",
                    "control-implementations": [{"uuid": "8b0f3a8e-3c1e-4f7a-9d2b-2f6a1c9e4d13",
                      "props": [{"name": "framework", "ns": "%1$s", "value": "sample"}],
                      "implemented-requirements": [
                        {"uuid": "8b0f3a8e-3c1e-4f7a-9d2b-2f6a1c9e4d14", "control-id": "untested",
                         "props": [{"name": "implemented-in", "ns": "%1$s", "value": "sql"}]},
                        {"uuid": "8b0f3a8e-3c1e-4f7a-9d2b-2f6a1c9e4d15", "control-id": "imaginary",
                         "props": [
                           {"name": "implemented-in", "ns": "%1$s", "value": "sql/V999__nothing.sql"},
                           {"name": "verified-by", "ns": "%1$s", "value": "io.gatehouse.audit.ChainVerifierTest#noSuchMethod"},
                           {"name": "verified-by", "ns": "%1$s", "value": "io.gatehouse.audit.NoSuchTest#anything"},
                           {"name": "verified-by", "ns": "%1$s", "value": "io.gatehouse.infra.ControlsMatrixTest#definition"},
                           {"name": "verified-by", "ns": "%1$s", "value": "io.gatehouse.audit.ChainVerifierTest#anIntactChainIsValid"}]}
                      ]}]}]}}
                """
                                        .formatted(ControlsMatrix.NS));
        assertThat(matrix.violations(planted))
                .containsExactlyInAnyOrder(
                        "sample untested: no test proves it",
                        "sample imaginary: io.gatehouse.audit.ChainVerifierTest#noSuchMethod:"
                                + " io.gatehouse.audit.ChainVerifierTest has no test method noSuchMethod",
                        "sample imaginary: io.gatehouse.audit.NoSuchTest#anything: no test class"
                                + " io.gatehouse.audit.NoSuchTest",
                        "sample imaginary: io.gatehouse.infra.ControlsMatrixTest#definition:"
                                + " io.gatehouse.infra.ControlsMatrixTest has no test method definition",
                        "sample imaginary: sql/V999__nothing.sql does not exist");
    }
}
