package io.gatehouse.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.platform.Json;
import io.gatehouse.platform.SecretStores;
import io.gatehouse.platform.SettingsSecrets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One list of settings, four places that must agree: the code that reads them, docs/settings.md
 * (which holds SPEC §6's list, since the SPEC is not in the repository), local.settings.sample.json
 * and the Function App's app settings in Bicep.
 */
class InfraSettingsTest {

    /**
     * A documented setting: its section, and its local and Azure cells ("—" means not set there).
     */
    record Documented(String section, String name, String local, String azure) {

        boolean appSetting() {
            return !section.startsWith("Command settings");
        }

        boolean setLocally() {
            return !local.startsWith("—");
        }

        boolean setOnAzure() {
            return !azure.startsWith("—");
        }
    }

    private static final Pattern SETTING_LITERAL =
            Pattern.compile(
                    "\"((?:GATEHOUSE|AZURE|APPLICATIONINSIGHTS)_[A-Z0-9_]*[A-Z0-9]|AzureWebJobsStorage(?:__[A-Za-z]+)?)\"");

    @Test
    void everySettingTheCodeReadsIsDocumented() throws IOException {
        Set<String> documented = documented(docs()).keySet();
        assertThat(codeReads())
                .isNotEmpty()
                .allSatisfy(name -> assertThat(documented).as("docs/settings.md").contains(name));
    }

    @Test
    void everySettingTheAppNeedsOnAzureIsAnAppSettingInBicepAndNothingElseIs() throws IOException {
        Map<String, Documented> documented = documented(docs());
        Set<String> expected =
                documented.values().stream()
                        .filter(Documented::appSetting)
                        .filter(Documented::setOnAzure)
                        .map(Documented::name)
                        .collect(Collectors.toCollection(TreeSet::new));
        assertThat(bicepAppSettings()).isEqualTo(expected);
        // and therefore: every setting the code reads is on Azure, unless documented as not set
        // there
        for (String name : codeReads()) {
            Documented row = documented.get(name);
            assertThat(row)
                    .as(name + " is read by the code but not in docs/settings.md")
                    .isNotNull();
            assertThat(
                            row.appSetting() && row.setOnAzure()
                                    ? bicepAppSettings().contains(name)
                                    : true)
                    .as(name)
                    .isTrue();
        }
    }

    @Test
    void theSampleHoldsExactlyTheLocalAppSettingsWithTheDocumentedValues() throws IOException {
        Map<String, Documented> documented = documented(docs());
        // Strict: a setting written twice is an error (a lenient reader keeps the last one, so
        // the sample could say two things and no check would see it).
        JsonNode values =
                Json.mapper()
                        .copy()
                        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                        .readTree(InfraFiles.ROOT.resolve("local.settings.sample.json").toFile())
                        .path("Values");
        Map<String, String> sample = new LinkedHashMap<>();
        values.fields()
                .forEachRemaining(field -> sample.put(field.getKey(), field.getValue().asText()));

        Set<String> expected =
                documented.values().stream()
                        .filter(Documented::appSetting)
                        .filter(Documented::setLocally)
                        .map(Documented::name)
                        .collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(sample.keySet())).isEqualTo(expected);
        for (Documented row : documented.values()) {
            if (sample.containsKey(row.name())) {
                String literal = literalOf(row.local());
                if (literal != null) {
                    assertThat(sample.get(row.name())).as(row.name()).isEqualTo(literal);
                }
            }
        }
    }

    @Test
    void theStrictReaderRefusesASettingWrittenTwice() {
        String twice = "{\"Values\": {\"A\": \"1\", \"B\": \"2\", \"A\": \"1\"}}";
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () ->
                                Json.mapper()
                                        .copy()
                                        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                                        .readTree(twice))
                .hasMessageContaining("Duplicate field 'A'");
    }

    @Test
    void theSpecListIsComplete() throws IOException {
        Set<String> spec =
                documented(docs()).values().stream()
                        .filter(row -> row.section().startsWith("App settings (SPEC"))
                        .map(Documented::name)
                        .collect(Collectors.toSet());
        assertThat(spec)
                .containsExactlyInAnyOrder(
                        "GATEHOUSE_OIDC_ISSUER",
                        "GATEHOUSE_OIDC_AUDIENCE",
                        "GATEHOUSE_OIDC_ALLOWED_AZP",
                        "GATEHOUSE_TENANT_CLAIM",
                        "GATEHOUSE_ROLES_CLAIM",
                        "GATEHOUSE_CLOCK_SKEW_SECONDS",
                        "GATEHOUSE_DB_URL",
                        "GATEHOUSE_DB_USER",
                        "GATEHOUSE_DB_AUTH",
                        "GATEHOUSE_DB_PASSWORD",
                        "AZURE_CLIENT_ID",
                        "GATEHOUSE_KEYVAULT_URI",
                        "AzureWebJobsStorage",
                        "AzureWebJobsStorage__queueServiceUri",
                        "APPLICATIONINSIGHTS_CONNECTION_STRING");
    }

    @Test
    void theAgreementCheckCatchesAnUndocumentedSettingAndALocalOnlySettingOnAzure() {
        String docs =
                """
                ## App settings (SPEC §6)
                | setting | meaning | local value | Azure value |
                |---|---|---|---|
                | `GATEHOUSE_DB_PASSWORD` | local only | your own | — |
                | `GATEHOUSE_DB_URL` | url | `jdbc:postgresql://x/y` | the server |
                """;
        Map<String, Documented> documented = documented(docs);
        assertThat(documented.get("GATEHOUSE_DB_PASSWORD").setOnAzure()).isFalse();
        assertThat(documented.get("GATEHOUSE_DB_URL").setOnAzure()).isTrue();
        assertThat(documented).doesNotContainKey("GATEHOUSE_NEW_THING");
        var bicep =
                new BicepText(
                        "sample.bicep",
                        """
                resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
                  name: 'appsettings'
                  properties: {
                    GATEHOUSE_DB_PASSWORD: 'x'
                    nested: {
                      NOT_A_SETTING: 'y'
                    }
                  }
                }
                """);
        List<String> names =
                InfraRules.appSettings(bicep).stream().map(setting -> setting[0]).toList();
        assertThat(names).containsExactly("GATEHOUSE_DB_PASSWORD", "nested");
        Set<String> shouldBeOnAzure =
                documented.values().stream()
                        .filter(Documented::setOnAzure)
                        .map(Documented::name)
                        .collect(Collectors.toSet());
        assertThat(shouldBeOnAzure).doesNotContainAnyElementsOf(List.of("GATEHOUSE_DB_PASSWORD"));
        assertThat(
                        codeReadsIn(
                                "settings.optional(\"GATEHOUSE_NEW_THING\"); x(\"GATEHOUSE_SECRET_\" + y)"))
                .containsExactly("GATEHOUSE_NEW_THING");
    }

    private static Set<String> codeReads() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> sources =
                Files.walk(InfraFiles.ROOT.resolve("functions/src/main/java"))) {
            for (Path source : sources.filter(file -> file.toString().endsWith(".java")).toList()) {
                names.addAll(codeReadsIn(Files.readString(source)));
            }
        }
        // Secrets read from settings when no vault is configured: names built from the secret
        // names.
        SecretStores.REQUIRED.forEach(secret -> names.add(SettingsSecrets.settingName(secret)));
        SecretStores.OPTIONAL.forEach(secret -> names.add(SettingsSecrets.settingName(secret)));
        return names;
    }

    private static Set<String> codeReadsIn(String source) {
        Set<String> names = new TreeSet<>();
        Matcher match = SETTING_LITERAL.matcher(source);
        while (match.find()) {
            names.add(match.group(1));
        }
        return names;
    }

    private static Set<String> bicepAppSettings() {
        return InfraRules.appSettings(InfraFiles.bicep("infra/modules/functionapp.bicep")).stream()
                .map(setting -> setting[0])
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String docs() {
        return InfraFiles.read(InfraFiles.ROOT.resolve("docs/settings.md"));
    }

    static Map<String, Documented> documented(String markdown) {
        Map<String, Documented> rows = new LinkedHashMap<>();
        String section = "";
        for (String line : markdown.split("\n")) {
            if (line.startsWith("## ")) {
                section = line.substring(3).trim();
                continue;
            }
            Matcher row = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|(.*)\\|\\s*$").matcher(line);
            if (row.matches()) {
                List<String> cells = new ArrayList<>(List.of(row.group(2).split("\\|")));
                cells.replaceAll(String::trim);
                rows.put(
                        row.group(1),
                        new Documented(section, row.group(1), cells.get(1), cells.get(2)));
            }
        }
        return rows;
    }

    /** `value` → value; "empty" → ""; anything else is prose, not a value to compare. */
    private static String literalOf(String cell) {
        if (cell.equals("empty") || cell.startsWith("empty ")) {
            return "";
        }
        Matcher literal = Pattern.compile("^`([^`]*)`$").matcher(cell);
        return literal.matches() ? literal.group(1) : null;
    }
}
