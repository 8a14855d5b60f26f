package io.gatehouse.audit;

import static io.gatehouse.db.Tables.AUDIT_EVENTS;

import io.gatehouse.evidence.AuditEvent;
import io.gatehouse.http.Call;
import io.gatehouse.http.ProblemException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * The filters of GET /audit, checked before any query runs: a malformed value is the caller's
 * mistake (400, naming the parameter, never echoing the value), not an empty list.
 *
 * @param from events that occurred at or after this instant (inclusive)
 * @param to events that occurred before this instant (exclusive)
 * @param action exactly this action, e.g. {@code phi.read}
 * @param actor exactly this actor subject (the token's {@code sub})
 * @param correlationId exactly this correlation id
 */
record AuditFilter(
        Optional<Instant> from,
        Optional<Instant> to,
        Optional<String> action,
        Optional<String> actor,
        Optional<String> correlationId) {

    private static final Pattern ACTION = Pattern.compile("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$");
    private static final Pattern CORRELATION_ID = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");
    private static final int ACTION_MAX = 64;
    private static final int ACTOR_MAX = 255;
    // What a timestamptz column and an ISO-8601 text can both hold, with room to spare.
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    static AuditFilter from(Call call) {
        Optional<Instant> from = call.queryParam("from").map(text -> instant("from", text));
        Optional<Instant> to = call.queryParam("to").map(text -> instant("to", text));
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw ProblemException.badRequest("from must not be later than to.");
        }
        Optional<String> action = call.queryParam("action");
        if (action.isPresent()
                && (action.get().length() > ACTION_MAX
                        || !ACTION.matcher(action.get()).matches())) {
            throw ProblemException.badRequest(
                    "action must be a dotted lower-case action name, e.g. phi.read.");
        }
        Optional<String> actor = call.queryParam("actor");
        if (actor.isPresent()
                && (actor.get().length() > ACTOR_MAX || !AuditEvent.isPlainText(actor.get()))) {
            throw ProblemException.badRequest(
                    "actor must be a subject of at most " + ACTOR_MAX + " printable characters.");
        }
        Optional<String> correlationId = call.queryParam("correlationId");
        if (correlationId.isPresent() && !CORRELATION_ID.matcher(correlationId.get()).matches()) {
            throw ProblemException.badRequest(
                    "correlationId must be 1 to 64 letters, digits, '.', '_' or '-'.");
        }
        return new AuditFilter(from, to, action, actor, correlationId);
    }

    Condition condition() {
        Condition condition = DSL.noCondition();
        if (from.isPresent()) {
            condition =
                    condition.and(AUDIT_EVENTS.OCCURRED_AT.ge(from.get().atOffset(ZoneOffset.UTC)));
        }
        if (to.isPresent()) {
            condition =
                    condition.and(AUDIT_EVENTS.OCCURRED_AT.lt(to.get().atOffset(ZoneOffset.UTC)));
        }
        if (action.isPresent()) {
            condition = condition.and(AUDIT_EVENTS.ACTION.eq(action.get()));
        }
        if (actor.isPresent()) {
            condition = condition.and(AUDIT_EVENTS.ACTOR_SUBJECT.eq(actor.get()));
        }
        if (correlationId.isPresent()) {
            condition = condition.and(AUDIT_EVENTS.CORRELATION_ID.eq(correlationId.get()));
        }
        return condition;
    }

    static boolean isStorable(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    private static Instant instant(String name, String text) {
        try {
            Instant instant = Instant.parse(text);
            if (isStorable(instant)) {
                return instant;
            }
        } catch (DateTimeParseException e) {
            // answered below, like an instant out of range
        }
        throw ProblemException.badRequest(
                name + " must be an ISO-8601 instant in UTC, e.g. 2026-01-31T00:00:00Z.");
    }
}
