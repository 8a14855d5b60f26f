package io.gatehouse.devhost;

import com.microsoft.azure.functions.TraceContext;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The W3C trace context of one invocation. The host always supplies one (it opens an activity per
 * request), so the function never sees {@code null}: the caller's {@code traceparent} when it sent
 * a well-formed one, otherwise a freshly started trace.
 */
public record DevTraceContext(String traceparent, String tracestate, Map<String, String> attributes)
        implements TraceContext {

    private static final Pattern TRACEPARENT =
            Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public DevTraceContext {
        attributes = Map.copyOf(attributes);
    }

    /**
     * @param headers request headers with lower-cased names, as {@link DevHttpRequest#getHeaders()}
     *     has them
     */
    public static DevTraceContext fromHeaders(Map<String, String> headers) {
        String incoming = headers.get("traceparent");
        if (incoming != null && TRACEPARENT.matcher(incoming).matches()) {
            return new DevTraceContext(incoming, headers.getOrDefault("tracestate", ""), Map.of());
        }
        return newTrace();
    }

    /** A freshly started trace, for invocations no caller started (a queue message, a timer). */
    public static DevTraceContext newTrace() {
        return new DevTraceContext(newTraceparent(), "", Map.of());
    }

    @Override
    public String getTraceparent() {
        return traceparent;
    }

    @Override
    public String getTracestate() {
        return tracestate;
    }

    @Override
    public Map<String, String> getAttributes() {
        return attributes;
    }

    private static String newTraceparent() {
        return "00-" + randomHex(16) + "-" + randomHex(8) + "-01";
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
