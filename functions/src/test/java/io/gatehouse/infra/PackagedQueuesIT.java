package io.gatehouse.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.platform.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaged app against the estate: every queue a function is triggered by exists in Azure
 * (main.bicep's queues, each with its -poison queue), its connection is configured there by
 * identity, and KEDA on Kubernetes scales on it. Runs after packaging, on the real function.json
 * files.
 */
class PackagedQueuesIT {

    @Test
    void everyTriggerQueueIsProvisionedConnectedByIdentityAndScaledByKeda() throws IOException {
        Path app =
                Path.of(
                        System.getProperty(
                                "gatehouse.functionAppDir", "target/azure-functions/gatehouse"));
        List<JsonNode> triggers = new ArrayList<>();
        try (Stream<Path> functions = Files.list(app)) {
            for (Path json :
                    functions
                            .map(dir -> dir.resolve("function.json"))
                            .filter(Files::isRegularFile)
                            .toList()) {
                for (JsonNode binding : Json.mapper().readTree(json.toFile()).path("bindings")) {
                    if (binding.path("type").asText().equals("queueTrigger")) {
                        triggers.add(binding);
                    }
                }
            }
        }
        assertThat(triggers).as("queue-triggered functions in the package").isNotEmpty();

        Set<String> provisioned =
                quoted(
                        InfraFiles.read(InfraFiles.INFRA.resolve("main.bicep")),
                        "var queueNames = \\[([^\\]]*)\\]");
        Set<String> appSettings = new TreeSet<>();
        InfraRules.appSettings(InfraFiles.bicep("infra/modules/functionapp.bicep"))
                .forEach(setting -> appSettings.add(setting[0]));
        String keda = InfraFiles.read(InfraFiles.INFRA.resolve("kubernetes/keda.yaml"));

        for (JsonNode trigger : triggers) {
            String queue = trigger.path("queueName").asText();
            String connection = trigger.path("connection").asText();
            assertThat(provisioned).as("main.bicep queueNames").contains(queue);
            assertThat(appSettings)
                    .as("identity-based connection " + connection)
                    .contains(
                            connection + "__queueServiceUri",
                            connection + "__credential",
                            connection + "__clientId");
            assertThat(keda).as("KEDA trigger for " + queue).contains("queueName: " + queue);
        }
    }

    private static Set<String> quoted(String text, String listPattern) {
        Matcher list = Pattern.compile(listPattern).matcher(text);
        assertThat(list.find()).as(listPattern).isTrue();
        Set<String> names = new TreeSet<>();
        Matcher name = Pattern.compile("'([^']+)'").matcher(list.group(1));
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }
}
