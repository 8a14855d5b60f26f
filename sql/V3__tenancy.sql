-- Tenants, clients and the row-level security that keeps tenants apart (SPEC.md §1.5, §2).
-- [jooq ignore start]
SET ROLE gatehouse_owner;
-- [jooq ignore stop]

CREATE SCHEMA app;
CREATE SCHEMA gatehouse;

-- [jooq ignore start]
-- The tenant of the current transaction. No setting (or an empty one) yields NULL, and
-- "customer_id = NULL" matches no row: a connection nobody scoped sees nothing.
CREATE FUNCTION app.current_customer_id() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT nullif(current_setting('app.current_customer_id', true), '')::uuid $$;

-- Platform scope: only internal_admin routes set it, and only the tenants registry honours it
-- (for listing and creating tenants). No other table has a policy that reads it.
CREATE FUNCTION app.platform_scope() RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT coalesce(current_setting('app.platform_scope', true), '') = 'on' $$;

REVOKE ALL ON FUNCTION app.current_customer_id(), app.platform_scope() FROM PUBLIC;
-- [jooq ignore stop]

-- The tenant registry. Its key is the tenant key itself, customer_id.
CREATE TABLE gatehouse.tenants (
    customer_id uuid         NOT NULL,
    name        varchar(200) NOT NULL,
    slug        varchar(63)  NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT tenants_pk PRIMARY KEY (customer_id),
    CONSTRAINT tenants_name_present CHECK (name <> ''),
    CONSTRAINT tenants_slug_format CHECK (slug ~ '^[a-z0-9]([a-z0-9-]*[a-z0-9])?$')
);
-- The one key that does not lead with customer_id, on purpose: slugs are unique across the
-- platform. Only internal_admin (platform scope) ever meets this constraint.
CREATE UNIQUE INDEX tenants_slug_key ON gatehouse.tenants (slug);

-- A tenant's clients: personal and health data.
CREATE TABLE gatehouse.clients (
    customer_id   uuid        NOT NULL,
    client_id     uuid        NOT NULL,
    full_name     varchar(200) NOT NULL,
    email         varchar(320),
    phone         varchar(40),
    date_of_birth date,
    notes         varchar(10000),
    created_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
    updated_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT clients_pk PRIMARY KEY (customer_id, client_id),
    CONSTRAINT clients_tenant_fk FOREIGN KEY (customer_id) REFERENCES gatehouse.tenants (customer_id),
    CONSTRAINT clients_full_name_present CHECK (full_name <> '')
);
-- Keyset pagination walks (created_at, client_id) within one tenant.
CREATE INDEX clients_page_idx ON gatehouse.clients (customer_id, created_at, client_id);

-- [jooq ignore start]
ALTER TABLE gatehouse.tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE gatehouse.tenants FORCE ROW LEVEL SECURITY;
ALTER TABLE gatehouse.clients ENABLE ROW LEVEL SECURITY;
ALTER TABLE gatehouse.clients FORCE ROW LEVEL SECURITY;

-- "(SELECT f())" lets the planner evaluate the function once per statement, not once per row.
CREATE POLICY tenant_isolation ON gatehouse.tenants
    USING (customer_id = (SELECT app.current_customer_id()))
    WITH CHECK (customer_id = (SELECT app.current_customer_id()));
CREATE POLICY platform_read ON gatehouse.tenants FOR SELECT
    USING ((SELECT app.platform_scope()));
CREATE POLICY platform_create ON gatehouse.tenants FOR INSERT
    WITH CHECK ((SELECT app.platform_scope()));
-- Restrictive: whatever else allows an insert, a tenant is only ever registered in platform
-- scope, never by a transaction of the tenant itself.
CREATE POLICY only_platform_registers ON gatehouse.tenants AS RESTRICTIVE FOR INSERT
    WITH CHECK ((SELECT app.platform_scope()));

CREATE POLICY tenant_isolation ON gatehouse.clients
    USING (customer_id = (SELECT app.current_customer_id()))
    WITH CHECK (customer_id = (SELECT app.current_customer_id()));

-- Privileges of the runtime: data manipulation only. Tenants are created, never edited or
-- removed, by the runtime.
REVOKE ALL ON SCHEMA app, gatehouse FROM PUBLIC;
GRANT USAGE ON SCHEMA app, gatehouse TO gatehouse_app;
GRANT EXECUTE ON FUNCTION app.current_customer_id(), app.platform_scope() TO gatehouse_app;
GRANT SELECT, INSERT ON gatehouse.tenants TO gatehouse_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON gatehouse.clients TO gatehouse_app;

RESET ROLE;
-- [jooq ignore stop]
