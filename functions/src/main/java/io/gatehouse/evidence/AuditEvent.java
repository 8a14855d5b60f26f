package io.gatehouse.evidence;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One audit event, as produced by a request or a consumer and before it joins its chain (SPEC.md
 * §5): who, what, when, where from, and how it ended. Immutable and validated on construction.
 *
 * <p><b>No PHI, by design.</b> An event names data, it never carries it: {@code resourceId} is an
 * identifier (its alphabet has no room for spaces or {@code @}), and {@code details} holds
 * identifiers, counts, codes and versions only — a policy version, a row count, a reason code —
 * never a value read from or written to a record (no name, e-mail address, note, date of birth,
 * free text a user typed). The audit trail is kept longer and shown to more people than the data it
 * describes, and it cannot be corrected afterwards: a value that slipped in stays for ever.
 *
 * @param eventId the idempotency key: the id of the queue envelope that carried the event
 * @param customerId the tenant whose chain the event joins; {@link #PLATFORM_CHAIN} for platform
 *     events that belong to no tenant
 * @param occurredAt when it happened; kept to the microsecond, the precision PostgreSQL stores, so
 *     that the hash computed here matches the value read back
 * @param actorSubject the token's {@code sub}; null when nobody was authenticated
 * @param actorRoles the actor's roles, sorted and without duplicates (a set, in a fixed order)
 * @param action what was attempted, dotted lower case: {@code phi.read}, {@code client.update}
 * @param resourceType the kind of thing acted on ({@code client}), or null
 * @param resourceId the identifier of the thing acted on, or null; requires a resource type
 * @param userAgent the caller's user agent; cut to {@value #USER_AGENT_MAX} characters, control
 *     characters replaced, because it is caller-controlled and must never make an event impossible
 *     to record
 * @param correlationId the request's {@code X-Correlation-ID}
 * @param traceId the W3C trace id (32 lower-case hex digits)
 * @param details at most {@value #DETAILS_MAX_ENTRIES} entries; keys in camelCase, values strings,
 *     whole numbers or booleans; never PHI (see above)
 */
public record AuditEvent(
        UUID eventId,
        UUID customerId,
        Instant occurredAt,
        String actorSubject,
        List<String> actorRoles,
        boolean actorInteractive,
        String action,
        String resourceType,
        String resourceId,
        AuditOutcome outcome,
        String clientIp,
        String userAgent,
        String correlationId,
        String traceId,
        Map<String, Object> details) {

    /**
     * The chain of platform events (no tenant). No tenant can have this id; see sql/V4__audit.sql.
     */
    public static final UUID PLATFORM_CHAIN = new UUID(0L, 0L);

    public static final int USER_AGENT_MAX = 512;
    static final int DETAILS_MAX_ENTRIES = 32;
    static final int DETAIL_TEXT_MAX = 256;

    private static final Pattern ACTION = Pattern.compile("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$");
    private static final Pattern RESOURCE_TYPE = Pattern.compile("^[a-z][a-z0-9_]{0,63}$");
    private static final Pattern RESOURCE_ID = Pattern.compile("^[A-Za-z0-9._:/-]{1,128}$");
    private static final Pattern CLIENT_IP = Pattern.compile("^[0-9A-Fa-f:.]{2,45}$");
    private static final Pattern CORRELATION_ID = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");
    private static final Pattern TRACE_ID = Pattern.compile("^[0-9a-f]{32}$");
    private static final Pattern DETAIL_KEY = Pattern.compile("^[a-z][A-Za-z0-9_]{0,63}$");
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    public AuditEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actorRoles, "actorRoles");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(details, "details");

        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        require(
                !occurredAt.isBefore(EARLIEST) && !occurredAt.isAfter(LATEST),
                "occurredAt is out of range");
        if (actorSubject != null) {
            require(
                    !actorSubject.isEmpty()
                            && actorSubject.length() <= 255
                            && isPlainText(actorSubject),
                    "actorSubject must be 1 to 255 printable characters");
        }
        actorRoles = sortedRoles(actorRoles);
        require(
                action.length() <= 64 && ACTION.matcher(action).matches(),
                "action must look like phi.read");
        require(
                resourceType == null || RESOURCE_TYPE.matcher(resourceType).matches(),
                "resourceType must look like client");
        require(
                resourceId == null || RESOURCE_ID.matcher(resourceId).matches(),
                "resourceId must be an identifier");
        require(resourceId == null || resourceType != null, "resourceId needs a resourceType");
        require(
                clientIp == null || CLIENT_IP.matcher(clientIp).matches(),
                "clientIp must be an IP address literal");
        userAgent = cleanUserAgent(userAgent);
        require(
                correlationId == null || CORRELATION_ID.matcher(correlationId).matches(),
                "correlationId is malformed");
        require(
                traceId == null || TRACE_ID.matcher(traceId).matches(),
                "traceId must be 32 lower-case hex digits");
        details = checkedDetails(details);
    }

    /** True for events of the platform chain. */
    @JsonIgnore // derived from customerId; not a field of the event on the queue
    public boolean isPlatformEvent() {
        return PLATFORM_CHAIN.equals(customerId);
    }

    public static Builder builder() {
        return new Builder();
    }

    private static List<String> sortedRoles(List<String> roles) {
        require(roles.size() <= 64, "at most 64 actorRoles");
        TreeSet<String> sorted = new TreeSet<>();
        for (String role : roles) {
            require(
                    role != null && !role.isEmpty() && role.length() <= 100 && isPlainText(role),
                    "each actor role must be 1 to 100 printable characters");
            sorted.add(role);
        }
        return List.copyOf(sorted);
    }

    private static String cleanUserAgent(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        StringBuilder clean = new StringBuilder(Math.min(raw.length(), USER_AGENT_MAX));
        raw.codePoints()
                .forEach(
                        cp -> {
                            boolean printable =
                                    !Character.isISOControl(cp)
                                            && Character.getType(cp) != Character.SURROGATE;
                            clean.appendCodePoint(printable ? cp : '\uFFFD');
                        });
        if (clean.length() > USER_AGENT_MAX) {
            // Never leave half of a surrogate pair behind: it could not be stored as UTF-8.
            int end =
                    Character.isHighSurrogate(clean.charAt(USER_AGENT_MAX - 1))
                            ? USER_AGENT_MAX - 1
                            : USER_AGENT_MAX;
            clean.setLength(end);
        }
        return clean.toString();
    }

    private static Map<String, Object> checkedDetails(Map<String, Object> details) {
        require(
                details.size() <= DETAILS_MAX_ENTRIES,
                "at most " + DETAILS_MAX_ENTRIES + " details");
        Map<String, Object> checked = new LinkedHashMap<>();
        details.forEach(
                (key, value) -> {
                    require(
                            key != null && DETAIL_KEY.matcher(key).matches(),
                            "detail keys must be camelCase identifiers");
                    checked.put(key, checkedDetailValue(key, value));
                });
        return Map.copyOf(checked);
    }

    // Strings, whole numbers and booleans only: they survive jsonb and back unchanged, which
    // fractions do not always (jsonb rewrites 1e2 as 100), and the hash must not depend on that.
    private static Object checkedDetailValue(String key, Object value) {
        return switch (value) {
            case String text -> {
                require(
                        text.length() <= DETAIL_TEXT_MAX && isPlainText(text),
                        "detail "
                                + key
                                + " must be at most "
                                + DETAIL_TEXT_MAX
                                + " printable characters");
                yield text;
            }
            case Long number -> number;
            case Integer number -> number.longValue();
            case Short number -> number.longValue();
            case Byte number -> number.longValue();
            case Boolean flag -> flag;
            case null ->
                    throw new IllegalArgumentException(
                            "detail " + key + " is null; leave it out instead");
            default ->
                    throw new IllegalArgumentException(
                            "detail " + key + " must be a string, a whole number or a boolean");
        };
    }

    /**
     * No control characters (PostgreSQL text cannot hold NUL, and line breaks have no place in
     * these fields) and no lone surrogates (they have no UTF-8 form, so the bytes hashed would not
     * be the characters stored).
     */
    public static boolean isPlainText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Names every field at the call site: fifteen positional arguments invite swapped strings. */
    public static final class Builder {
        private UUID eventId;
        private UUID customerId;
        private Instant occurredAt;
        private String actorSubject;
        private List<String> actorRoles = List.of();
        private boolean actorInteractive;
        private String action;
        private String resourceType;
        private String resourceId;
        private AuditOutcome outcome;
        private String clientIp;
        private String userAgent;
        private String correlationId;
        private String traceId;
        private final Map<String, Object> details = new LinkedHashMap<>();

        private Builder() {}

        public Builder eventId(UUID value) {
            this.eventId = value;
            return this;
        }

        public Builder customerId(UUID value) {
            this.customerId = value;
            return this;
        }

        public Builder platform() {
            this.customerId = PLATFORM_CHAIN;
            return this;
        }

        public Builder occurredAt(Instant value) {
            this.occurredAt = value;
            return this;
        }

        public Builder actor(String subject, List<String> roles, boolean interactive) {
            this.actorSubject = subject;
            this.actorRoles = new ArrayList<>(roles);
            this.actorInteractive = interactive;
            return this;
        }

        public Builder action(String value) {
            this.action = value;
            return this;
        }

        public Builder resource(String type, String id) {
            this.resourceType = type;
            this.resourceId = id;
            return this;
        }

        public Builder outcome(AuditOutcome value) {
            this.outcome = value;
            return this;
        }

        public Builder origin(String ip, String agent) {
            this.clientIp = ip;
            this.userAgent = agent;
            return this;
        }

        public Builder correlation(String correlation, String trace) {
            this.correlationId = correlation;
            this.traceId = trace;
            return this;
        }

        /**
         * Adds one detail: an identifier, a count, a code; never a value of the data (see the
         * class).
         */
        public Builder detail(String key, Object value) {
            this.details.put(key, value);
            return this;
        }

        public AuditEvent build() {
            return new AuditEvent(
                    eventId,
                    customerId,
                    occurredAt,
                    actorSubject,
                    actorRoles,
                    actorInteractive,
                    action,
                    resourceType,
                    resourceId,
                    outcome,
                    clientIp,
                    userAgent,
                    correlationId,
                    traceId,
                    details);
        }
    }
}
