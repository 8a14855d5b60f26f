-- Database roles (SPEC.md §2). Applied by the migration identity, which must be able to create
-- roles: locally a superuser-like login, on Azure the Entra administrator of the server.
--
-- gatehouse_owner owns every object and never logs in. gatehouse_app is what runtime logins
-- belong to: it owns nothing and cannot bypass row-level security.
-- [jooq ignore start]
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'gatehouse_owner') THEN
        CREATE ROLE gatehouse_owner NOLOGIN NOBYPASSRLS;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'gatehouse_app') THEN
        CREATE ROLE gatehouse_app NOLOGIN NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    END IF;
    -- The owner creates the schemas; nobody else creates anything in this database.
    EXECUTE format('GRANT CREATE ON DATABASE %I TO gatehouse_owner', current_database());
END
$$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- The migration identity becomes the owner while it creates objects (SET ROLE in later scripts),
-- so that nothing ends up owned by a login.
GRANT gatehouse_owner TO CURRENT_USER;
-- [jooq ignore stop]
