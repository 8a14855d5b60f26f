package io.gatehouse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.spi.inject.FunctionInstanceInjector;
import io.gatehouse.approvals.ApprovalQueueFunctions;
import io.gatehouse.audit.AuditFunctions;
import io.gatehouse.devhost.DevExecutionContext;
import io.gatehouse.devhost.DevHttpRequest;
import io.gatehouse.devhost.DevTraceContext;
import io.gatehouse.pii.PiiFunctions;
import io.gatehouse.platform.ConfigurationException;
import io.gatehouse.platform.SecretStoreUnavailableException;
import io.gatehouse.platform.Settings;
import io.gatehouse.status.StatusFunctions;
import io.opentelemetry.api.OpenTelemetry;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The worker's injection hook: every function class wired from one graph, built on the first
 * request.
 */
class GatehouseInjectorTest {

    private static final Settings APP = OfflineAppSettings.APP;

    /** A class the app does not wire: made as the worker makes it without a hook. */
    public static final class NotGatehouses {}

    @AfterEach
    void leaveNoApp() {
        ProcessApp.install(null);
    }

    @Test
    void isTheOneInjectorTheAppRegistersForTheWorker() {
        List<FunctionInstanceInjector> registered =
                ServiceLoader.load(
                                FunctionInstanceInjector.class,
                                GatehouseInjector.class.getClassLoader())
                        .stream()
                        .map(ServiceLoader.Provider::get)
                        .toList();
        assertThat(registered).singleElement().isInstanceOf(GatehouseInjector.class);
    }

    @Test
    void buildsTheGraphOnTheFirstRequestForAFunctionClassAndOnlyOnce() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        try (Gatehouse app = Gatehouse.create(APP)) {
            GatehouseInjector injector =
                    new GatehouseInjector(
                            () -> {
                                builds.incrementAndGet();
                                return app;
                            });
            assertThat(injector.getInstance(NotGatehouses.class)).isNotNull();
            assertThat(builds).as("a class the app does not wire needs no graph").hasValue(0);

            // The supplier stands for ProcessApp, which builds once; the injector asks it per
            // request and the
            // graph hands out its one instance per class.
            PiiFunctions first = injector.getInstance(PiiFunctions.class);
            PiiFunctions second = injector.getInstance(PiiFunctions.class);
            assertThat(second).isSameAs(first).isSameAs(app.functionInstance(PiiFunctions.class));
            assertThat(injector.getInstance(AuditFunctions.class)).isNotNull();
        }
    }

    @Test
    void theWorkersInjectorUsesTheProcesssInstalledGraph() throws Exception {
        Gatehouse app = Gatehouse.create(APP);
        ProcessApp.install(app);
        assertThat(new GatehouseInjector().getInstance(ApprovalQueueFunctions.class))
                .isSameAs(app.functionInstance(ApprovalQueueFunctions.class));
        assertThat(ProcessApp.get()).isSameAs(ProcessApp.get()).isSameAs(app);
    }

    @Test
    void makesAClassItDoesNotWireWithItsNoArgConstructorEachTime() throws Exception {
        GatehouseInjector injector =
                new GatehouseInjector(
                        () -> {
                            throw new AssertionError(
                                    "no graph is needed for a class the app does not wire");
                        });
        NotGatehouses one = injector.getInstance(NotGatehouses.class);
        assertThat(injector.getInstance(NotGatehouses.class)).isNotSameAs(one);
    }

    @Test
    void aRefusedConfigurationAnswersHttpCallsWith503ProblemJsonAndNoReason() throws Exception {
        GatehouseInjector injector =
                new GatehouseInjector(
                        () -> {
                            throw new ConfigurationException("Setting GATEHOUSE_DB_URL is missing");
                        });
        StatusFunctions status = injector.getInstance(StatusFunctions.class);
        DevHttpRequest request =
                new DevHttpRequest(
                        HttpMethod.GET,
                        URI.create("http://localhost/api/health"),
                        Map.of("X-Correlation-ID", "cid-config-1"),
                        Optional.empty());

        HttpResponseMessage response =
                status.health(
                        request,
                        DevExecutionContext.newInvocation("health", DevTraceContext.newTrace()));

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getHeader("Content-Type")).startsWith("application/problem+json");
        assertThat(response.getHeader("X-Correlation-ID")).isEqualTo("cid-config-1");
        assertThat(String.valueOf(response.getBody()))
                .contains("not configured")
                .doesNotContain("GATEHOUSE_DB_URL");
    }

    @Test
    void aSecretStoreOutageAtStartUpAnswers503WithRetryAfterAndTheNextRequestStartsTheApp()
            throws Exception {
        AtomicInteger builds = new AtomicInteger();
        AtomicBoolean vaultDown = new AtomicBoolean(true);
        Supplier<Gatehouse> build =
                () -> {
                    builds.incrementAndGet();
                    // The real composition root, with a store that does not answer while down.
                    return Gatehouse.create(
                            APP,
                            OpenTelemetry.noop(),
                            Clock.systemUTC(),
                            name -> {
                                if (vaultDown.get()) {
                                    throw new SecretStoreUnavailableException(
                                            "Secret " + name + " in Key Vault kv-test (HTTP 503)");
                                }
                                return Optional.of(
                                        "0123456789abcdef0123456789abcdef0123456789abcdef");
                            });
                };
        GatehouseInjector injector = new GatehouseInjector(() -> ProcessApp.get(build));

        HttpResponseMessage during = health(injector, "cid-vault-1");
        assertThat(during.getStatusCode()).isEqualTo(503);
        assertThat(during.getHeader("Content-Type")).startsWith("application/problem+json");
        assertThat(during.getHeader("X-Correlation-ID")).isEqualTo("cid-vault-1");
        assertThat(during.getHeader("Retry-After")).isEqualTo("30");
        assertThat(String.valueOf(during.getBody()))
                .contains("temporarily unavailable", "\"correlationId\":\"cid-vault-1\"")
                .doesNotContain("kv-test", "pii-hash-key");
        assertThatThrownBy(() -> injector.getInstance(AuditFunctions.class))
                .as("queue invocations fail, so the host retries their messages")
                .isInstanceOf(SecretStoreUnavailableException.class);

        // The vault answers again: the next request builds the graph, with no restart.
        vaultDown.set(false);
        HttpResponseMessage after = health(injector, "cid-vault-2");
        assertThat(after.getStatusCode()).isEqualTo(200);
        assertThat(after.getHeader("Retry-After")).isNull();
        int buildsSoFar = builds.get();
        assertThat(health(injector, "cid-vault-3").getStatusCode()).isEqualTo(200);
        assertThat(builds).as("built once it succeeded, then kept").hasValue(buildsSoFar);
    }

    private static HttpResponseMessage health(GatehouseInjector injector, String correlationId)
            throws Exception {
        DevHttpRequest request =
                new DevHttpRequest(
                        HttpMethod.GET,
                        URI.create("http://localhost/api/health"),
                        Map.of("X-Correlation-ID", correlationId),
                        Optional.empty());
        return injector.getInstance(StatusFunctions.class)
                .health(
                        request,
                        DevExecutionContext.newInvocation("health", DevTraceContext.newTrace()));
    }

    @Test
    void aRefusedConfigurationFailsQueueInvocationsSoTheHostRetriesThem() {
        GatehouseInjector injector =
                new GatehouseInjector(
                        () -> {
                            throw new ConfigurationException("Setting GATEHOUSE_DB_URL is missing");
                        });
        assertThatThrownBy(() -> injector.getInstance(AuditFunctions.class))
                .isInstanceOf(ConfigurationException.class);
    }
}
