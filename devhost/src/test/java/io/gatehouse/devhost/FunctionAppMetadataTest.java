package io.gatehouse.devhost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.azure.functions.HttpMethod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionAppMetadataTest {

    @TempDir Path appDir;

    @Test
    void readsAnHttpFunctionAsThePluginWritesIt() throws IOException {
        Files.createDirectories(appDir.resolve("GetClient"));
        Files.writeString(
                appDir.resolve("GetClient/function.json"),
                """
                {
                  "scriptFile" : "../gatehouse-0.1.0-SNAPSHOT.jar",
                  "entryPoint" : "io.gatehouse.clients.ClientFunctions.get",
                  "bindings" : [ {
                    "type" : "httpTrigger", "direction" : "in", "name" : "req",
                    "route" : "clients/{id}", "methods" : [ "GET" ], "authLevel" : "ANONYMOUS"
                  }, { "type" : "http", "direction" : "out", "name" : "$return" } ]
                }""");

        HttpFunctionMetadata function = FunctionAppMetadata.read(appDir).httpFunctions().getFirst();

        assertThat(function.functionName()).isEqualTo("GetClient");
        assertThat(function.entryPoint())
                .isEqualTo(new EntryPoint("io.gatehouse.clients.ClientFunctions", "get"));
        assertThat(function.route()).isEqualTo("clients/{id}");
        assertThat(function.template().text()).isEqualTo("api/clients/{id}");
        assertThat(function.methods()).containsExactly(HttpMethod.GET);
        assertThat(function.triggerBindingName()).isEqualTo("req");
        assertThat(function.bindingNames()).containsExactly("req", "$return");
        assertThat(function.authLevel()).isEqualTo("ANONYMOUS");
    }

    @Test
    void servesAFunctionWithoutRouteAtItsNameAndWithoutMethodsForEveryMethod() {
        FunctionAppDirectory.create(appDir, "api").http("WhoAmI", "whoAmI", null);

        HttpFunctionMetadata function = FunctionAppMetadata.read(appDir).httpFunctions().getFirst();

        assertThat(function.route()).isEqualTo("WhoAmI");
        assertThat(function.template().text()).isEqualTo("api/WhoAmI");
        assertThat(function.methods()).isEqualTo(EnumSet.allOf(HttpMethod.class));
    }

    @Test
    void takesTheRoutePrefixFromHostJson() {
        FunctionAppDirectory.create(appDir, "v1").http("Echo", "echo", "echo", "POST");

        FunctionAppMetadata metadata = FunctionAppMetadata.read(appDir);

        assertThat(metadata.routePrefix()).isEqualTo("v1");
        assertThat(metadata.httpFunctions().getFirst().template().text()).isEqualTo("v1/echo");
    }

    @Test
    void anEmptyRoutePrefixServesRoutesAtTheRoot() {
        FunctionAppDirectory.create(appDir, "").http("Echo", "echo", "echo", "POST");

        assertThat(FunctionAppMetadata.read(appDir).httpFunctions().getFirst().template().text())
                .isEqualTo("echo");
    }

    @Test
    void defaultsTheRoutePrefixToApiWhenHostJsonSetsNone() throws IOException {
        FunctionAppDirectory.create(appDir, null);
        assertThat(FunctionAppMetadata.read(appDir).routePrefix()).isEqualTo("api");

        Files.delete(appDir.resolve("host.json"));
        assertThat(FunctionAppMetadata.read(appDir).routePrefix()).isEqualTo("api");
    }

    @Test
    void listsQueueAndTimerFunctionsWithoutServingThem() {
        FunctionAppDirectory.create(appDir, "api")
                .http("Echo", "echo", "echo", "POST")
                .queue("AuditWriter", "io.gatehouse.audit.AuditFunctions.write", "audit-events")
                .timer(
                        "OutboxSweeper",
                        "io.gatehouse.audit.AuditFunctions.sweep",
                        "0 * * * * *",
                        false);

        FunctionAppMetadata metadata = FunctionAppMetadata.read(appDir);

        assertThat(metadata.httpFunctions())
                .extracting(HttpFunctionMetadata::functionName)
                .containsExactly("Echo");
        assertThat(metadata.nonHttpFunctions())
                .containsExactly(
                        new NonHttpFunctionMetadata(
                                "AuditWriter",
                                new EntryPoint("io.gatehouse.audit.AuditFunctions", "write"),
                                "queueTrigger"),
                        new NonHttpFunctionMetadata(
                                "OutboxSweeper",
                                new EntryPoint("io.gatehouse.audit.AuditFunctions", "sweep"),
                                "timerTrigger"));
        assertThat(metadata.functionNames())
                .isEqualTo(List.of("AuditWriter", "Echo", "OutboxSweeper"));
    }

    @Test
    void readsAQueueFunctionAsThePluginWritesIt() throws IOException {
        Files.createDirectories(appDir.resolve("AuditWriter"));
        Files.writeString(
                appDir.resolve("AuditWriter/function.json"),
                """
                {
                  "scriptFile" : "../gatehouse-0.1.0-SNAPSHOT.jar",
                  "entryPoint" : "io.gatehouse.audit.AuditFunctions.write",
                  "bindings" : [ {
                    "type" : "queueTrigger", "direction" : "in", "name" : "message",
                    "queueName" : "audit-events", "connection" : "AzureWebJobsStorage"
                  } ]
                }""");

        FunctionAppMetadata metadata = FunctionAppMetadata.read(appDir);

        assertThat(metadata.queueFunctions())
                .containsExactly(
                        new QueueFunctionMetadata(
                                "AuditWriter",
                                new EntryPoint("io.gatehouse.audit.AuditFunctions", "write"),
                                "audit-events",
                                "AzureWebJobsStorage",
                                "message",
                                List.of("message")));
        assertThat(metadata.httpFunctions()).isEmpty();
    }

    @Test
    void readsATimerFunctionAsThePluginWritesIt() throws IOException {
        Files.createDirectories(appDir.resolve("AuditOutboxResend"));
        Files.writeString(
                appDir.resolve("AuditOutboxResend/function.json"),
                """
                {
                  "scriptFile" : "../gatehouse-0.1.0-SNAPSHOT.jar",
                  "entryPoint" : "io.gatehouse.audit.AuditFunctions.resend",
                  "bindings" : [ {
                    "type" : "timerTrigger", "direction" : "in", "name" : "timerInfo",
                    "schedule" : "0 * * * * *"
                  } ]
                }""");
        Files.createDirectories(appDir.resolve("ExpireApprovals"));
        Files.writeString(
                appDir.resolve("ExpireApprovals/function.json"),
                """
                { "entryPoint" : "a.B.c",
                  "bindings" : [ { "type" : "timerTrigger", "direction" : "in", "name" : "timer",
                                   "schedule" : "%ExpirySchedule%", "runOnStartup" : true,
                                   "useMonitor" : false } ] }""");

        FunctionAppMetadata metadata = FunctionAppMetadata.read(appDir);

        assertThat(metadata.timerFunctions())
                .containsExactly(
                        new TimerFunctionMetadata(
                                "AuditOutboxResend",
                                new EntryPoint("io.gatehouse.audit.AuditFunctions", "resend"),
                                "0 * * * * *",
                                false,
                                true,
                                "timerInfo",
                                List.of("timerInfo")),
                        new TimerFunctionMetadata(
                                "ExpireApprovals",
                                new EntryPoint("a.B", "c"),
                                "%ExpirySchedule%",
                                true,
                                false,
                                "timer",
                                List.of("timer")));
        assertThat(metadata.queueFunctions()).isEmpty();
    }

    @Test
    void refusesATimerWithoutASchedule() throws IOException {
        Files.createDirectories(appDir.resolve("Sweep"));
        Files.writeString(
                appDir.resolve("Sweep/function.json"),
                """
                { "entryPoint" : "a.B.c",
                  "bindings" : [ { "type" : "timerTrigger", "direction" : "in", "name" : "timer" } ] }""");

        assertThatThrownBy(() -> FunctionAppMetadata.read(appDir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Sweep")
                .hasMessageContaining("a timerTrigger needs a schedule");
    }

    @Test
    void lowerCasesTheQueueNameAndDefaultsTheConnectionLikeTheHost() throws IOException {
        Files.createDirectories(appDir.resolve("AuditWriter"));
        Files.writeString(
                appDir.resolve("AuditWriter/function.json"),
                """
                { "entryPoint" : "a.B.c",
                  "bindings" : [ { "type" : "queueTrigger", "direction" : "in", "name" : "m",
                                   "queueName" : "Audit-Events" } ] }""");

        QueueFunctionMetadata function =
                FunctionAppMetadata.read(appDir).queueFunctions().getFirst();

        assertThat(function.queueName()).isEqualTo("audit-events");
        assertThat(function.connection()).isEqualTo("AzureWebJobsStorage");
    }

    @Test
    void keepsASettingReferenceInTheQueueNameForTheStartToResolve() {
        FunctionAppDirectory.create(appDir, "api").queue("AuditWriter", "a.B.c", "%AuditQueue%");

        assertThat(FunctionAppMetadata.read(appDir).queueFunctions().getFirst().queueName())
                .isEqualTo("%AuditQueue%");
    }

    @Test
    void refusesAQueueTriggerWithoutAValidQueueName() throws IOException {
        FunctionAppDirectory.create(appDir, "api").trigger("NoName", "a.B.c", "queueTrigger");
        assertThatThrownBy(() -> FunctionAppMetadata.read(appDir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NoName")
                .hasMessageContaining("queueName");

        FunctionAppDirectory.create(appDir, "api").queue("NoName", "a.B.c", "audit_events");
        assertThatThrownBy(() -> FunctionAppMetadata.read(appDir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("audit_events");
    }

    @Test
    void takesTheHostDefaultsForQueuesWhenHostJsonSetsNone() {
        FunctionAppDirectory.create(appDir, "api");

        assertThat(FunctionAppMetadata.read(appDir).queuesOptions())
                .isEqualTo(QueuesExtensionOptions.defaults());
    }

    @Test
    void readsQueueSettingsFromHostJson() {
        FunctionAppDirectory.create(appDir, "api")
                .queueSettings(Map.of("maxDequeueCount", 3, "batchSize", 8));

        QueuesExtensionOptions options = FunctionAppMetadata.read(appDir).queuesOptions();

        assertThat(options.maxDequeueCount()).isEqualTo(3);
        assertThat(options.batchSize()).isEqualTo(8);
        assertThat(options.newBatchThreshold()).isEqualTo(4);
    }

    @Test
    void namesHostJsonWhenAQueueSettingIsOutOfRange() {
        FunctionAppDirectory.create(appDir, "api").queueSettings(Map.of("batchSize", 64));

        assertThatThrownBy(() -> FunctionAppMetadata.read(appDir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("host.json")
                .hasMessageContaining("batchSize");
    }

    @Test
    void ignoresFoldersWithoutFunctionJson() throws IOException {
        FunctionAppDirectory.create(appDir, "api").http("Echo", "echo", "echo", "POST");
        Files.createDirectories(appDir.resolve("lib"));

        assertThat(FunctionAppMetadata.read(appDir).functionNames()).containsExactly("Echo");
    }

    @Test
    void namesTheFileWhenAFunctionCannotBeUnderstood() throws IOException {
        FunctionAppDirectory.create(appDir, "api");
        Files.createDirectories(appDir.resolve("Broken"));
        Files.writeString(
                appDir.resolve("Broken/function.json"),
                "{ \"entryPoint\": \"a.B.c\", \"bindings\": [ { \"type\": \"http\", \"direction\": \"out\" } ] }");

        assertThatThrownBy(() -> FunctionAppMetadata.read(appDir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Broken")
                .hasMessageContaining("trigger");
    }

    @Test
    void refusesADirectoryThatDoesNotExist() {
        assertThatThrownBy(() -> FunctionAppMetadata.read(appDir.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
