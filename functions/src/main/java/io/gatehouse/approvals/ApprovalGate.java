package io.gatehouse.approvals;

import static io.gatehouse.db.Tables.APPROVALS;

import io.gatehouse.db.tables.records.ApprovalsRecord;
import io.gatehouse.http.ApiResponse;
import io.gatehouse.http.Call;
import io.gatehouse.http.GatedHandler;
import io.gatehouse.http.Gates;
import io.gatehouse.http.ProblemException;
import io.gatehouse.http.Proposal;
import io.gatehouse.platform.Sha256;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The approval gate of SPEC.md §5, which the request pipeline applies to every {@code @Gated}
 * route: the route's handler proposes the action (after checking, say, that the client exists), and
 * the gate stores it as a pending approval — payload, its SHA-256, requester, expiry — in the
 * request's tenant transaction, answering 202 with the approval's location.
 */
public final class ApprovalGate implements Gates {

    public static final Duration DEFAULT_TTL = Duration.ofHours(72);

    private final GatedActions actions;
    private final Duration ttl;
    private final Clock clock;

    public ApprovalGate(GatedActions actions, Duration ttl, Clock clock) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("an approval must live for some time");
        }
        this.actions = actions;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public ApiResponse hold(String action, Call call, GatedHandler handler) {
        if (actions.find(action).isEmpty()) {
            throw new IllegalStateException("no gated action registered as " + action);
        }
        Proposal proposal = handler.propose(call);
        boolean alreadyPending =
                call.db()
                        .fetchExists(
                                APPROVALS,
                                APPROVALS
                                        .ACTION
                                        .eq(action)
                                        .and(APPROVALS.RESOURCE_ID.eq(proposal.resourceId()))
                                        .and(APPROVALS.STATUS.eq(ApprovalStatus.PENDING.code())));
        // Also while a stale one awaits the expiry timer (at most its period): one open request at
        // a time.
        if (alreadyPending) {
            throw new ProblemException(409, "An approval for this action is already pending.");
        }
        // The exact text is stored and hashed: what the approver sees is what the executor runs.
        String payload = proposal.payload().toString();
        OffsetDateTime requestedAt = now();
        ApprovalsRecord row =
                call.db()
                        .insertInto(APPROVALS)
                        .set(APPROVALS.CUSTOMER_ID, call.customerId())
                        .set(APPROVALS.APPROVAL_ID, UUID.randomUUID())
                        .set(APPROVALS.ACTION, action)
                        .set(APPROVALS.RESOURCE_TYPE, proposal.resourceType())
                        .set(APPROVALS.RESOURCE_ID, proposal.resourceId())
                        .set(APPROVALS.PAYLOAD, payload)
                        .set(APPROVALS.PAYLOAD_HASH, Sha256.hex(payload))
                        .set(APPROVALS.STATUS, ApprovalStatus.PENDING.code())
                        .set(APPROVALS.REQUESTED_BY, call.principal().subject())
                        .set(APPROVALS.REQUESTED_AT, requestedAt)
                        .set(APPROVALS.EXPIRES_AT, requestedAt.plus(ttl))
                        .returning()
                        .fetchSingle();
        call.audit()
                .resourceId(row.getApprovalId())
                .detail("gatedAction", action)
                .detail("targetType", proposal.resourceType())
                .detail("targetId", proposal.resourceId())
                .detail("payloadHash", row.getPayloadHash());
        return ApiResponse.json(202, ApprovalView.of(row, clock))
                .withHeader("Location", "/api/approvals/" + row.getApprovalId());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
