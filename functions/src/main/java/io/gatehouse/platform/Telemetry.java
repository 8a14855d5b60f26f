package io.gatehouse.platform;

import com.azure.monitor.opentelemetry.autoconfigure.AzureMonitorAutoConfigure;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.Map;

/**
 * The process's OpenTelemetry. With {@code APPLICATIONINSIGHTS_CONNECTION_STRING} set, spans go
 * to Azure Monitor through {@code azure-monitor-opentelemetry-autoconfigure} (the supported
 * successor of {@code azure-monitor-opentelemetry-exporter}, which never left beta). Without it,
 * spans are still created — so trace ids exist for correlation and audit — but not exported.
 */
public final class Telemetry {

    private Telemetry() {}

    public static OpenTelemetry from(Settings settings) {
        var connectionString = settings.optional("APPLICATIONINSIGHTS_CONNECTION_STRING");
        if (connectionString.isEmpty()) {
            return OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder().build()).build();
        }
        var builder = AutoConfiguredOpenTelemetrySdk.builder()
                // Only Azure Monitor: no OTLP exporter looking for a collector that is not there.
                .addPropertiesSupplier(() -> Map.of(
                        "otel.traces.exporter", "none",
                        "otel.metrics.exporter", "none",
                        "otel.logs.exporter", "none",
                        "otel.service.name", "gatehouse"));
        AzureMonitorAutoConfigure.customize(builder, connectionString.get());
        return builder.build().getOpenTelemetrySdk();
    }
}
