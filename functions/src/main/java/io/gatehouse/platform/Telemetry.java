package io.gatehouse.platform;

import com.azure.identity.ManagedIdentityCredentialBuilder;
import com.azure.monitor.opentelemetry.autoconfigure.AzureMonitorAutoConfigure;
import com.azure.monitor.opentelemetry.autoconfigure.AzureMonitorAutoConfigureOptions;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.Map;
import java.util.Optional;

/**
 * The process's OpenTelemetry. With {@code APPLICATIONINSIGHTS_CONNECTION_STRING} set, spans go to
 * Azure Monitor through {@code azure-monitor-opentelemetry-autoconfigure} (the supported successor
 * of {@code azure-monitor-opentelemetry-exporter}, which never left beta). Without it, spans are
 * still created — so trace ids exist for correlation and audit — but not exported.
 */
public final class Telemetry {

    private Telemetry() {}

    public static OpenTelemetry from(Settings settings) {
        var connectionString = settings.optional("APPLICATIONINSIGHTS_CONNECTION_STRING");
        if (connectionString.isEmpty()) {
            return OpenTelemetrySdk.builder()
                    .setTracerProvider(SdkTracerProvider.builder().build())
                    .build();
        }
        var builder =
                AutoConfiguredOpenTelemetrySdk.builder()
                        // Only Azure Monitor: no OTLP exporter looking for a collector that is not
                        // there.
                        .addPropertiesSupplier(
                                () ->
                                        Map.of(
                                                "otel.traces.exporter", "none",
                                                "otel.metrics.exporter", "none",
                                                "otel.logs.exporter", "none",
                                                "otel.service.name", "gatehouse"));
        var options =
                new AzureMonitorAutoConfigureOptions().connectionString(connectionString.get());
        // Application Insights with local authentication disabled accepts only Entra tokens
        // (role Monitoring Metrics Publisher): the same setting tells the Functions host so.
        entraIngestionClientId(settings)
                .ifPresent(
                        clientId ->
                                options.credential(
                                        new ManagedIdentityCredentialBuilder()
                                                .clientId(clientId)
                                                .build()));
        AzureMonitorAutoConfigure.customize(builder, options);
        return builder.build().getOpenTelemetrySdk();
    }

    /**
     * The managed identity to send telemetry with, from {@code
     * APPLICATIONINSIGHTS_AUTHENTICATION_STRING} ({@code Authorization=AAD;ClientId=<id>}); empty
     * means the connection string alone (local runs).
     */
    static Optional<String> entraIngestionClientId(Settings settings) {
        var authentication = settings.optional("APPLICATIONINSIGHTS_AUTHENTICATION_STRING");
        if (authentication.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> parts = new java.util.HashMap<>();
        for (String part : authentication.get().split(";")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                parts.put(
                        part.substring(0, equals).trim().toLowerCase(java.util.Locale.ROOT),
                        part.substring(equals + 1).trim());
            }
        }
        if (!"aad".equalsIgnoreCase(parts.get("authorization")) || !parts.containsKey("clientid")) {
            throw new ConfigurationException(
                    "APPLICATIONINSIGHTS_AUTHENTICATION_STRING must read Authorization=AAD;ClientId=<managed identity client id>");
        }
        return Optional.of(parts.get("clientid"));
    }
}
