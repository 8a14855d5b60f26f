-- The local runtime login: a password login in gatehouse_app, used by the dev host and tests.
-- On Azure the placeholder is empty and nothing happens here: the function app's managed identity
-- is created by the deploy pipeline with pgaadauth_create_principal_with_oid and granted
-- gatehouse_app there. The password is never set here; the local stack sets a fresh one at start.
-- [jooq ignore start]
DO $$
DECLARE
    login text := '${runtime_login}';
BEGIN
    IF login <> '' AND NOT EXISTS (SELECT FROM pg_roles WHERE rolname = login) THEN
        EXECUTE format('CREATE ROLE %I LOGIN NOBYPASSRLS NOCREATEDB NOCREATEROLE', login);
    END IF;
    IF login <> '' THEN
        -- gatehouse_app is the login's only role: it can never SET ROLE to the owner.
        EXECUTE format('GRANT gatehouse_app TO %I', login);
    END IF;
END
$$;
-- [jooq ignore stop]
