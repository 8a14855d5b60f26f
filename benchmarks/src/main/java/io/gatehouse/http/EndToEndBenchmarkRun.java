package io.gatehouse.http;

import io.gatehouse.testing.BenchmarkResults;
import io.gatehouse.testing.GatehouseStack;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * {@code ./gatehouse bench e2e}: the full pipeline on data routes against bare routes of the same
 * dev host, in one run, over loopback HTTP/1.1 keep-alive connections. A closed loop per connection
 * (send, wait for the answer, send again); latencies in HdrHistogram. The load generator shares the
 * JVM (and the machine's cores) with the host, the app, Azurite and PostgreSQL, the same for every
 * route: compare the ratios, not the absolute figures, across machines.
 */
public final class EndToEndBenchmarkRun {

    static final Duration WARMUP = Duration.ofSeconds(Long.getLong("bench.warmupSeconds", 3));
    static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.measureSeconds", 6));
    static final int[] CONNECTIONS =
            java.util.Arrays.stream(System.getProperty("bench.connections", "1,8,32").split(","))
                    .mapToInt(Integer::parseInt)
                    .toArray();

    /** Only the routes whose name contains this (for a profiling run of one route). */
    static final String ONLY = System.getProperty("bench.only", "");

    private EndToEndBenchmarkRun() {}

    public static void main(String[] args) throws Exception {
        GatehouseStack stack = GatehouseStack.shared();
        UUID tenant = stack.createTenant("bench");
        String token = stack.identityProvider().token().subject("bench").tenant(tenant).sign();
        URI base = stack.host().baseUri();
        String clientId =
                stack.userOf(tenant)
                        .post(
                                "/api/clients",
                                "{\"fullName\":\"Bench Mark\",\"email\":\"b@example.org\"}")
                        .json()
                        .get("id")
                        .asText();
        for (int i = 0; i < 60; i++) {
            stack.userOf(tenant).post("/api/clients", "{\"fullName\":\"Bench Row " + i + "\"}");
        }
        Map<String, Supplier<HttpRequest>> routes = new LinkedHashMap<>();
        routes.put("GET /api/health (no auth)", () -> get(base, "/api/health", null));
        routes.put("GET /api/me", () -> get(base, "/api/me", token));
        routes.put("GET /api/clients/{id}", () -> get(base, "/api/clients/" + clientId, token));
        routes.put("GET /api/clients?limit=50", () -> get(base, "/api/clients?limit=50", token));
        routes.put(
                "POST /api/clients",
                () ->
                        HttpRequest.newBuilder(base.resolve("/api/clients"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "{\"fullName\":\"Load Gen\"}"))
                                .build());

        StringBuilder report = new StringBuilder();
        report.append("# End-to-end benchmark (./gatehouse bench e2e)\n\n")
                .append("cores: ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(", java ")
                .append(Runtime.version())
                .append(", warm-up ")
                .append(WARMUP.toSeconds())
                .append(" s, measured ")
                .append(MEASURE.toSeconds())
                .append(" s per cell\n")
                .append("load average before: ")
                .append(loadAverage())
                .append("\n\n| route | conns | req/s | p50 ms | p99 ms | errors | vs /api/me |\n")
                .append("|---|---|---|---|---|---|---|\n");
        Map<Integer, Double> meRate = new LinkedHashMap<>();
        for (int connections : CONNECTIONS) {
            for (var route : routes.entrySet()) {
                if (!route.getKey().contains(ONLY) && !route.getKey().equals("GET /api/me")) {
                    continue;
                }
                Result result = drive(route.getValue(), connections);
                if (route.getKey().equals("GET /api/me")) {
                    meRate.put(connections, result.rate());
                }
                Double me = meRate.get(connections);
                report.append(
                        String.format(
                                Locale.ROOT,
                                "| %s | %d | %.0f | %.2f | %.2f | %d | %s |%n",
                                route.getKey(),
                                connections,
                                result.rate(),
                                result.histogram().getValueAtPercentile(50) / 1000.0,
                                result.histogram().getValueAtPercentile(99) / 1000.0,
                                result.errors(),
                                me == null
                                        ? "–"
                                        : String.format(Locale.ROOT, "%.2f×", result.rate() / me)));
            }
        }
        report.append("\nload average after: ")
                .append(loadAverage())
                .append("; resident set of this JVM (host, app, load generator): ")
                .append(residentMegabytes())
                .append(" MB\n");
        BenchmarkResults.publish("e2e.md", report);
        System.exit(0);
    }

    private static HttpRequest get(URI base, String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    record Result(double rate, Histogram histogram, long errors) {}

    /** {@code connections} closed loops for the warm-up, then for the measured interval. */
    static Result drive(Supplier<HttpRequest> request, int connections) throws Exception {
        HttpClient client =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
        run(client, request, connections, WARMUP, new ArrayList<>(), new AtomicLong());
        List<Histogram> histograms = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        long done = run(client, request, connections, MEASURE, histograms, errors);
        double seconds = (System.nanoTime() - started) / 1e9;
        Histogram all = new Histogram(3);
        histograms.forEach(all::add);
        client.close();
        return new Result(done / seconds, all, errors.get());
    }

    private static long run(
            HttpClient client,
            Supplier<HttpRequest> request,
            int connections,
            Duration length,
            List<Histogram> histograms,
            AtomicLong errors)
            throws InterruptedException {
        long deadline = System.nanoTime() + length.toNanos();
        AtomicLong count = new AtomicLong();
        List<Thread> loops = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Histogram histogram = new Histogram(3);
            histograms.add(histogram);
            loops.add(
                    Thread.ofPlatform()
                            .start(
                                    () -> {
                                        while (System.nanoTime() < deadline) {
                                            long start = System.nanoTime();
                                            try {
                                                HttpResponse<byte[]> response =
                                                        client.send(
                                                                request.get(),
                                                                HttpResponse.BodyHandlers
                                                                        .ofByteArray());
                                                if (response.statusCode() >= 300) {
                                                    errors.incrementAndGet();
                                                }
                                            } catch (Exception e) {
                                                errors.incrementAndGet();
                                            }
                                            histogram.recordValue(
                                                    (System.nanoTime() - start) / 1000);
                                            count.incrementAndGet();
                                        }
                                    }));
        }
        for (Thread loop : loops) {
            loop.join();
        }
        return count.get();
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return String.valueOf(
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    static long residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return -1;
    }
}
