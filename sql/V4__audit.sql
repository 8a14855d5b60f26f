-- The audit trail (SPEC.md §2, §5): append-only, one SHA-256 hash chain per tenant.
--
-- Each tenant's events form a chain ordered by seq (1, 2, 3, ... without gaps):
--   hash = SHA-256(prev_hash || canonical form of the event), prev_hash of seq 1 = 32 zero bytes.
-- The canonical form is computed in Java (io.gatehouse.audit.CanonicalForm), so the database and
-- the offline verifier share one definition of it.
--
-- Platform events (those of no tenant, e.g. tenant registration by internal_admin) form their own
-- chain under the reserved customer_id 00000000-0000-0000-0000-000000000000 (the nil UUID). No
-- tenant can have that id: it is readable and writable in platform scope only, and platform scope
-- reaches no other chain (see the policies below).
--
-- Why no foreign key to gatehouse.tenants: the platform chain has no tenant row, and evidence must
-- never depend on (or block the removal of) what it is evidence about.
-- [jooq ignore start]
SET ROLE gatehouse_owner;
-- [jooq ignore stop]

CREATE TABLE gatehouse.audit_events (
    customer_id       uuid          NOT NULL,
    seq               bigint        NOT NULL,
    -- the idempotency key: the id of the queue envelope that carried the event
    event_id          uuid          NOT NULL,
    occurred_at       timestamptz   NOT NULL,
    recorded_at       timestamptz   NOT NULL,
    -- null when nobody was authenticated (e.g. a refused token)
    actor_subject     varchar(255),
    actor_roles       text[]        NOT NULL,
    actor_interactive boolean       NOT NULL,
    action            varchar(64)   NOT NULL,
    resource_type     varchar(64),
    resource_id       varchar(128),
    outcome           varchar(16)   NOT NULL,
    client_ip         varchar(45),
    user_agent        varchar(512),
    correlation_id    varchar(64),
    trace_id          varchar(32),
    -- identifiers, counts and codes only: never a value of personal or health data
    details           jsonb         NOT NULL,
    prev_hash         bytea         NOT NULL,
    hash              bytea         NOT NULL,
    CONSTRAINT audit_events_pk PRIMARY KEY (customer_id, seq),
    CONSTRAINT audit_events_event_key UNIQUE (customer_id, event_id),
    CONSTRAINT audit_events_seq_positive CHECK (seq >= 1),
    CONSTRAINT audit_events_action_format CHECK (action ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$'),
    CONSTRAINT audit_events_outcome_known CHECK (outcome IN ('success', 'denied', 'error'))
);
-- GET /audit filters a tenant's events by time.
CREATE INDEX audit_events_occurred_idx ON gatehouse.audit_events (customer_id, occurred_at, seq);

-- One row per chain: where the chain ends. A writer locks it (SELECT ... FOR UPDATE) before it
-- reads last_seq and last_hash, which serialises writers of one chain while writers of different
-- tenants never wait for each other. It also lets verification notice a chain whose newest rows
-- were removed, which the links between the remaining rows alone cannot show.
CREATE TABLE gatehouse.audit_chain_heads (
    customer_id uuid        NOT NULL,
    last_seq    bigint      NOT NULL,
    last_hash   bytea       NOT NULL,
    updated_at  timestamptz NOT NULL,
    CONSTRAINT audit_chain_heads_pk PRIMARY KEY (customer_id),
    CONSTRAINT audit_chain_heads_seq_not_negative CHECK (last_seq >= 0)
);

-- [jooq ignore start]
ALTER TABLE gatehouse.audit_events
    ADD CONSTRAINT audit_events_hashes_sha256 CHECK (octet_length(prev_hash) = 32 AND octet_length(hash) = 32),
    ADD CONSTRAINT audit_events_details_object CHECK (jsonb_typeof(details) = 'object'),
    ADD CONSTRAINT audit_events_trace_id_format CHECK (trace_id ~ '^[0-9a-f]{32}$'),
    ADD CONSTRAINT audit_events_correlation_id_format CHECK (correlation_id ~ '^[A-Za-z0-9._-]{1,64}$');
ALTER TABLE gatehouse.audit_chain_heads
    ADD CONSTRAINT audit_chain_heads_hash_sha256 CHECK (octet_length(last_hash) = 32);

-- The platform chain's id, but only in platform scope; NULL otherwise, so that a policy comparing
-- customer_id with it matches no row outside platform scope.
CREATE FUNCTION app.platform_audit_chain() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT CASE WHEN app.platform_scope() THEN '00000000-0000-0000-0000-000000000000'::uuid END $$;

-- Append-only, whoever asks: the runtime has no UPDATE/DELETE/TRUNCATE privilege anyway, and this
-- also stops the owner (and the migration identity acting as it). Deliberately not SECURITY
-- DEFINER: it needs no privilege, it only refuses. A superuser can still disable triggers; the
-- hash chain is what makes such an edit visible.
CREATE FUNCTION app.refuse_audit_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'gatehouse.% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

REVOKE ALL ON FUNCTION app.platform_audit_chain(), app.refuse_audit_change() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.platform_audit_chain() TO gatehouse_app;

CREATE TRIGGER audit_events_no_update_or_delete
    BEFORE UPDATE OR DELETE ON gatehouse.audit_events
    FOR EACH ROW EXECUTE FUNCTION app.refuse_audit_change();
CREATE TRIGGER audit_events_no_truncate
    BEFORE TRUNCATE ON gatehouse.audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION app.refuse_audit_change();

-- A chain head moves forward only, and is never removed: rewinding it would let a writer fork the
-- chain, removing it would hide that the chain's newest rows are gone.
CREATE FUNCTION app.chain_head_moves_forward() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION 'gatehouse.audit_chain_heads: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.customer_id <> OLD.customer_id OR NEW.last_seq <= OLD.last_seq THEN
        RAISE EXCEPTION 'gatehouse.audit_chain_heads: a chain head only moves forward'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION app.chain_head_moves_forward() FROM PUBLIC;

CREATE TRIGGER audit_chain_heads_forward_only
    BEFORE UPDATE OR DELETE ON gatehouse.audit_chain_heads
    FOR EACH ROW EXECUTE FUNCTION app.chain_head_moves_forward();
CREATE TRIGGER audit_chain_heads_no_truncate
    BEFORE TRUNCATE ON gatehouse.audit_chain_heads
    FOR EACH STATEMENT EXECUTE FUNCTION app.chain_head_moves_forward();

ALTER TABLE gatehouse.audit_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE gatehouse.audit_events FORCE ROW LEVEL SECURITY;
ALTER TABLE gatehouse.audit_chain_heads ENABLE ROW LEVEL SECURITY;
ALTER TABLE gatehouse.audit_chain_heads FORCE ROW LEVEL SECURITY;

-- Three policies per table:
--  * tenant_isolation, the standard one: a tenant transaction reaches its own chain.
--  * platform_chain: platform scope reaches the platform chain (and, through the next policy,
--    nothing else). It is the only way platform scope touches these tables, and it never widens
--    what a tenant transaction sees.
--  * chains_apart (restrictive, so it narrows whatever the others allow): a row of the platform
--    chain is reachable in platform scope and only there; a tenant's row never in platform scope.
--    So a transaction that names the nil UUID as its tenant still sees nothing of the platform
--    chain, and platform scope sees no tenant's chain even if a tenant were set as well.
CREATE POLICY tenant_isolation ON gatehouse.audit_events
    USING (customer_id = (SELECT app.current_customer_id()))
    WITH CHECK (customer_id = (SELECT app.current_customer_id()));
CREATE POLICY platform_chain ON gatehouse.audit_events
    USING (customer_id = (SELECT app.platform_audit_chain()))
    WITH CHECK (customer_id = (SELECT app.platform_audit_chain()));
CREATE POLICY chains_apart ON gatehouse.audit_events AS RESTRICTIVE
    USING ((customer_id = '00000000-0000-0000-0000-000000000000'::uuid) = ((SELECT app.platform_audit_chain()) IS NOT NULL))
    WITH CHECK ((customer_id = '00000000-0000-0000-0000-000000000000'::uuid) = ((SELECT app.platform_audit_chain()) IS NOT NULL));

CREATE POLICY tenant_isolation ON gatehouse.audit_chain_heads
    USING (customer_id = (SELECT app.current_customer_id()))
    WITH CHECK (customer_id = (SELECT app.current_customer_id()));
CREATE POLICY platform_chain ON gatehouse.audit_chain_heads
    USING (customer_id = (SELECT app.platform_audit_chain()))
    WITH CHECK (customer_id = (SELECT app.platform_audit_chain()));
CREATE POLICY chains_apart ON gatehouse.audit_chain_heads AS RESTRICTIVE
    USING ((customer_id = '00000000-0000-0000-0000-000000000000'::uuid) = ((SELECT app.platform_audit_chain()) IS NOT NULL))
    WITH CHECK ((customer_id = '00000000-0000-0000-0000-000000000000'::uuid) = ((SELECT app.platform_audit_chain()) IS NOT NULL));

-- The runtime appends and reads events, never changes or removes them; it creates and advances
-- chain heads. No TRUNCATE, REFERENCES or TRIGGER on either.
GRANT SELECT, INSERT ON gatehouse.audit_events TO gatehouse_app;
GRANT SELECT, INSERT, UPDATE ON gatehouse.audit_chain_heads TO gatehouse_app;

RESET ROLE;
-- [jooq ignore stop]
