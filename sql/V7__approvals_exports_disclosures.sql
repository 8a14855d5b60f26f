-- The three gates of SPEC.md §3 and §5: approvals (human in the loop), export confirmations, and
-- the accounting of PHI disclosures. All three are tenant tables under the rules of SPEC.md §2:
-- keys lead with customer_id, forced row-level security, the runtime gets only what it needs.
-- [jooq ignore start]
SET ROLE gatehouse_owner;
-- [jooq ignore stop]

-- An action that waits for a second person. The payload is kept as the exact text that was hashed
-- (not jsonb, which would re-order and re-space it), so the executor can prove that what it runs
-- is byte for byte what was approved. No foreign key to the resource: an approval to delete a
-- client must outlive the client.
CREATE TABLE gatehouse.approvals (
    customer_id      uuid         NOT NULL,
    approval_id      uuid         NOT NULL,
    action           varchar(64)  NOT NULL,
    resource_type    varchar(64)  NOT NULL,
    resource_id      varchar(128) NOT NULL,
    payload          text         NOT NULL,
    payload_hash     varchar(64)  NOT NULL,
    status           varchar(16)  NOT NULL,
    requested_by     varchar(255) NOT NULL,
    requested_at     timestamptz  NOT NULL,
    expires_at       timestamptz  NOT NULL,
    decided_by       varchar(255),
    decided_at       timestamptz,
    decision_reason  varchar(500),
    executed_at      timestamptz,
    execution_result varchar(64),
    CONSTRAINT approvals_pk PRIMARY KEY (customer_id, approval_id),
    CONSTRAINT approvals_tenant_fk FOREIGN KEY (customer_id) REFERENCES gatehouse.tenants (customer_id)
);
-- Listing walks (requested_at, approval_id) within one tenant; the timer looks for stale pending ones.
CREATE INDEX approvals_page_idx ON gatehouse.approvals (customer_id, requested_at, approval_id);
CREATE INDEX approvals_status_idx ON gatehouse.approvals (customer_id, status, expires_at);

-- A prepared export waiting for its confirmation. The token itself is never stored: only its
-- SHA-256, next to what it is bound to (the user, this export, the hash of the query).
CREATE TABLE gatehouse.exports (
    customer_id   uuid         NOT NULL,
    export_id     uuid         NOT NULL,
    resource      varchar(32)  NOT NULL,
    purpose       varchar(500) NOT NULL,
    query_hash    varchar(64)  NOT NULL,
    row_count     bigint       NOT NULL,
    requested_by  varchar(255) NOT NULL,
    token_hash    varchar(64)  NOT NULL,
    created_at    timestamptz  NOT NULL,
    expires_at    timestamptz  NOT NULL,
    confirmed_at  timestamptz,
    rows_exported bigint,
    CONSTRAINT exports_pk PRIMARY KEY (customer_id, export_id),
    CONSTRAINT exports_tenant_fk FOREIGN KEY (customer_id) REFERENCES gatehouse.tenants (customer_id)
);
CREATE INDEX exports_created_idx ON gatehouse.exports (customer_id, created_at);

-- The accounting of disclosures (HIPAA 45 CFR 164.528: date, recipient, description, purpose).
-- client_id names whose PHI left, with no foreign key on purpose: the accounting must survive the
-- client's deletion (it is kept for six years), so it cannot depend on the client row.
-- disclosure_id is the outbound-email message id, the sender's idempotency key.
CREATE TABLE gatehouse.disclosures (
    customer_id    uuid         NOT NULL,
    disclosure_id  uuid         NOT NULL,
    client_id      uuid         NOT NULL,
    recipient      varchar(320) NOT NULL,
    description    varchar(500) NOT NULL,
    purpose        varchar(200) NOT NULL,
    channel        varchar(16)  NOT NULL,
    disclosed_by   varchar(255) NOT NULL,
    disclosed_at   timestamptz  NOT NULL,
    correlation_id varchar(64),
    CONSTRAINT disclosures_pk PRIMARY KEY (customer_id, disclosure_id),
    CONSTRAINT disclosures_tenant_fk FOREIGN KEY (customer_id) REFERENCES gatehouse.tenants (customer_id)
);
CREATE INDEX disclosures_client_idx ON gatehouse.disclosures (customer_id, client_id, disclosed_at);

-- [jooq ignore start]
ALTER TABLE gatehouse.approvals
    ADD CONSTRAINT approvals_status_known
        CHECK (status IN ('pending', 'approved', 'rejected', 'expired', 'executed')),
    ADD CONSTRAINT approvals_hash_format CHECK (payload_hash ~ '^[0-9a-f]{64}$'),
    ADD CONSTRAINT approvals_expiry_after_request CHECK (expires_at > requested_at),
    ADD CONSTRAINT approvals_decided_together CHECK ((decided_by IS NULL) = (decided_at IS NULL));
-- At most one pending approval per action on a resource: a second request is answered 409.
CREATE UNIQUE INDEX approvals_one_pending_key ON gatehouse.approvals (customer_id, action, resource_id)
    WHERE status = 'pending';

ALTER TABLE gatehouse.exports
    ADD CONSTRAINT exports_resource_known CHECK (resource IN ('clients')),
    ADD CONSTRAINT exports_hashes_format CHECK (query_hash ~ '^[0-9a-f]{64}$' AND token_hash ~ '^[0-9a-f]{64}$'),
    ADD CONSTRAINT exports_rows_not_negative CHECK (row_count >= 0 AND coalesce(rows_exported, 0) >= 0);

ALTER TABLE gatehouse.disclosures
    ADD CONSTRAINT disclosures_channel_known CHECK (channel IN ('email')),
    ADD CONSTRAINT disclosures_fields_present CHECK (recipient <> '' AND description <> '' AND purpose <> '');

ALTER TABLE gatehouse.approvals ENABLE ROW LEVEL SECURITY;
ALTER TABLE gatehouse.approvals FORCE ROW LEVEL SECURITY;
ALTER TABLE gatehouse.exports ENABLE ROW LEVEL SECURITY;
ALTER TABLE gatehouse.exports FORCE ROW LEVEL SECURITY;
ALTER TABLE gatehouse.disclosures ENABLE ROW LEVEL SECURITY;
ALTER TABLE gatehouse.disclosures FORCE ROW LEVEL SECURITY;

CREATE POLICY tenant_isolation ON gatehouse.approvals
    USING (customer_id = (SELECT app.current_customer_id()))
    WITH CHECK (customer_id = (SELECT app.current_customer_id()));
CREATE POLICY tenant_isolation ON gatehouse.exports
    USING (customer_id = (SELECT app.current_customer_id()))
    WITH CHECK (customer_id = (SELECT app.current_customer_id()));
CREATE POLICY tenant_isolation ON gatehouse.disclosures
    USING (customer_id = (SELECT app.current_customer_id()))
    WITH CHECK (customer_id = (SELECT app.current_customer_id()));

-- Approvals and exports change state (decided, executed, confirmed) but are never removed by the
-- runtime; disclosures are an accounting and are only ever added.
GRANT SELECT, INSERT, UPDATE ON gatehouse.approvals TO gatehouse_app;
GRANT SELECT, INSERT, UPDATE ON gatehouse.exports TO gatehouse_app;
GRANT SELECT, INSERT ON gatehouse.disclosures TO gatehouse_app;

RESET ROLE;
-- [jooq ignore stop]
