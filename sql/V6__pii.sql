-- PII policies and reasoning requests (SPEC.md §2, §5; docs/pii.md).
--
-- pii_policies: every PUT /pii/policy appends a new version; no version is ever changed or
-- removed, so every masking result can name the exact policy it used and that policy can still be
-- read afterwards. A tenant with no row here uses the built-in default policy, version 0, which is
-- defined in code (io.gatehouse.pii.PiiPolicy) and never stored.
--
-- reasoning_requests: the hand-off to the AI pipeline. Only masked text is stored (the original
-- text never reaches the database), with the policy version that masked it and counts per type.
-- [jooq ignore start]
SET ROLE gatehouse_owner;
-- [jooq ignore stop]

CREATE TABLE gatehouse.pii_policies (
    customer_id uuid         NOT NULL,
    version     integer      NOT NULL,
    -- the validated policy, in its normalised JSON form (docs/pii.md)
    policy      jsonb        NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT clock_timestamp(),
    -- the token subject of the customer_admin who made this version
    created_by  varchar(255) NOT NULL,
    CONSTRAINT pii_policies_pk PRIMARY KEY (customer_id, version),
    CONSTRAINT pii_policies_tenant_fk FOREIGN KEY (customer_id) REFERENCES gatehouse.tenants (customer_id),
    -- version 0 is the built-in default and never stored
    CONSTRAINT pii_policies_version_positive CHECK (version >= 1)
);

CREATE TABLE gatehouse.reasoning_requests (
    customer_id    uuid         NOT NULL,
    request_id     uuid         NOT NULL,
    -- masked with the same policy as the text
    purpose        varchar(1000) NOT NULL,
    masked_text    text         NOT NULL,
    policy_version integer      NOT NULL,
    -- findings per entity type, e.g. {"EMAIL": 2}: counts only, never values
    entity_counts  jsonb        NOT NULL,
    requested_by   varchar(255) NOT NULL,
    created_at     timestamptz  NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT reasoning_requests_pk PRIMARY KEY (customer_id, request_id),
    CONSTRAINT reasoning_requests_tenant_fk FOREIGN KEY (customer_id) REFERENCES gatehouse.tenants (customer_id),
    CONSTRAINT reasoning_requests_policy_version_not_negative CHECK (policy_version >= 0)
);
CREATE INDEX reasoning_requests_created_idx ON gatehouse.reasoning_requests (customer_id, created_at, request_id);

-- [jooq ignore start]
ALTER TABLE gatehouse.pii_policies
    ADD CONSTRAINT pii_policies_policy_object CHECK (jsonb_typeof(policy) = 'object');
ALTER TABLE gatehouse.reasoning_requests
    ADD CONSTRAINT reasoning_requests_counts_object CHECK (jsonb_typeof(entity_counts) = 'object');

-- Policy versions are append-only for everyone, the owner included (the same refusal as the
-- audit tables, sql/V4__audit.sql): a version that masking results name must stay what it was.
CREATE TRIGGER pii_policies_no_update_or_delete
    BEFORE UPDATE OR DELETE ON gatehouse.pii_policies
    FOR EACH ROW EXECUTE FUNCTION app.refuse_audit_change();
CREATE TRIGGER pii_policies_no_truncate
    BEFORE TRUNCATE ON gatehouse.pii_policies
    FOR EACH STATEMENT EXECUTE FUNCTION app.refuse_audit_change();

ALTER TABLE gatehouse.pii_policies ENABLE ROW LEVEL SECURITY;
ALTER TABLE gatehouse.pii_policies FORCE ROW LEVEL SECURITY;
ALTER TABLE gatehouse.reasoning_requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE gatehouse.reasoning_requests FORCE ROW LEVEL SECURITY;

CREATE POLICY tenant_isolation ON gatehouse.pii_policies
    USING (customer_id = (SELECT app.current_customer_id()))
    WITH CHECK (customer_id = (SELECT app.current_customer_id()));
CREATE POLICY tenant_isolation ON gatehouse.reasoning_requests
    USING (customer_id = (SELECT app.current_customer_id()))
    WITH CHECK (customer_id = (SELECT app.current_customer_id()));

-- The runtime appends and reads; it never changes or removes a policy version or a request.
GRANT SELECT, INSERT ON gatehouse.pii_policies TO gatehouse_app;
GRANT SELECT, INSERT ON gatehouse.reasoning_requests TO gatehouse_app;

RESET ROLE;
-- [jooq ignore stop]
