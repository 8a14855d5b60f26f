-- The audit outbox: audit events committed in the same transaction as the work they describe.
--
-- A request (or a queue consumer) that reads PHI or changes anything writes its audit events here,
-- inside its own transaction, so the evidence commits or rolls back with the work: there is no
-- moment at which a change is visible and its event could still be lost. After the commit the
-- events are sent to the audit-events queue at once; the audit writer deletes an event's outbox
-- row in the transaction that appends it to the chain; a timer function re-sends rows left behind
-- (the queue was unreachable, or the process died between commit and send).
--
-- The rows hold audit events only (identifiers, counts, codes; never PHI), and the same row-level
-- security as the chains: a tenant's transaction reaches its own rows, platform scope the rows of
-- the platform chain (the nil UUID) and nothing else.
-- [jooq ignore start]
SET ROLE gatehouse_owner;
-- [jooq ignore stop]

CREATE TABLE gatehouse.audit_outbox (
    customer_id  uuid        NOT NULL,
    event_id     uuid        NOT NULL,
    -- the queue envelope, exactly as it is (re)sent: SPEC.md §4
    envelope     jsonb       NOT NULL,
    created_at   timestamptz NOT NULL,
    -- how often the timer has re-sent it; it gives up (and says so in the log) after a few tries,
    -- since a message that reached the queue and failed five times is in audit-events-poison
    resends      integer     NOT NULL DEFAULT 0,
    last_sent_at timestamptz,
    CONSTRAINT audit_outbox_pk PRIMARY KEY (customer_id, event_id)
);
CREATE INDEX audit_outbox_pending_idx ON gatehouse.audit_outbox (customer_id, created_at);

-- [jooq ignore start]
ALTER TABLE gatehouse.audit_outbox
    ADD CONSTRAINT audit_outbox_envelope_object CHECK (jsonb_typeof(envelope) = 'object'),
    ADD CONSTRAINT audit_outbox_resends_not_negative CHECK (resends >= 0);

ALTER TABLE gatehouse.audit_outbox ENABLE ROW LEVEL SECURITY;
ALTER TABLE gatehouse.audit_outbox FORCE ROW LEVEL SECURITY;

CREATE POLICY tenant_isolation ON gatehouse.audit_outbox
    USING (customer_id = (SELECT app.current_customer_id()))
    WITH CHECK (customer_id = (SELECT app.current_customer_id()));
CREATE POLICY platform_chain ON gatehouse.audit_outbox
    USING (customer_id = (SELECT app.platform_audit_chain()))
    WITH CHECK (customer_id = (SELECT app.platform_audit_chain()));
CREATE POLICY chains_apart ON gatehouse.audit_outbox AS RESTRICTIVE
    USING ((customer_id = '00000000-0000-0000-0000-000000000000'::uuid) = ((SELECT app.platform_audit_chain()) IS NOT NULL))
    WITH CHECK ((customer_id = '00000000-0000-0000-0000-000000000000'::uuid) = ((SELECT app.platform_audit_chain()) IS NOT NULL));

-- Outbox rows are transient, unlike the chain: the runtime inserts them, the timer marks re-sends,
-- the writer removes them once the chain holds the event.
GRANT SELECT, INSERT, UPDATE, DELETE ON gatehouse.audit_outbox TO gatehouse_app;

RESET ROLE;
-- [jooq ignore stop]
