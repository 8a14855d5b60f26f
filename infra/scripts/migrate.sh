#!/usr/bin/env bash
# Applies sql/ and creates the function app's database login, as the server's Entra administrator.
# Run by .github/workflows/deploy.yml (after the Bicep deployment) and by `azd up` (postprovision).
#
# It must run where the server's private address is reachable: a runner in the VNet's `deploy`
# subnet, or a machine connected to the VNet. Needs: az (logged in as the Entra administrator),
# java 21+, and the packaged app (mvn package) for the two commands.
#
# Environment (the Bicep deployment's outputs; azd exports them itself):
#   POSTGRES_HOST, POSTGRES_DATABASE, RUNTIME_IDENTITY_NAME, RUNTIME_IDENTITY_PRINCIPAL_ID,
#   POSTGRES_ENTRA_ADMIN_NAME (the administrator's PostgreSQL role name: its display name)
set -euo pipefail
cd "$(dirname "$0")/../.."

for name in POSTGRES_HOST POSTGRES_DATABASE RUNTIME_IDENTITY_NAME RUNTIME_IDENTITY_PRINCIPAL_ID POSTGRES_ENTRA_ADMIN_NAME; do
  if [ -z "${!name:-}" ]; then echo "migrate: $name is not set" >&2; exit 2; fi
done
app=functions/target/azure-functions/gatehouse
if [ ! -d "$app/lib" ]; then echo "migrate: no packaged app at $app; run mvn package" >&2; exit 2; fi

# An Entra access token for PostgreSQL (about an hour), kept in the environment only: never echoed.
GATEHOUSE_MIGRATION_DB_PASSWORD=$(az account get-access-token --resource-type oss-rdbms --query accessToken --output tsv)
export GATEHOUSE_MIGRATION_DB_PASSWORD
export GATEHOUSE_MIGRATION_DB_URL="jdbc:postgresql://${POSTGRES_HOST}:5432/${POSTGRES_DATABASE}?sslmode=verify-full&sslfactory=org.postgresql.ssl.DefaultJavaSSLFactory"
export GATEHOUSE_MIGRATION_DB_USER="$POSTGRES_ENTRA_ADMIN_NAME"
export GATEHOUSE_RUNTIME_PRINCIPAL_NAME="$RUNTIME_IDENTITY_NAME"
export GATEHOUSE_RUNTIME_PRINCIPAL_OBJECT_ID="$RUNTIME_IDENTITY_PRINCIPAL_ID"
# On Azure no password login is ever created (V2 does nothing with an empty name).
unset GATEHOUSE_LOCAL_RUNTIME_LOGIN

classpath="$app/*:$app/lib/*"
java -cp "$classpath" io.gatehouse.platform.MigrateCommand
java -cp "$classpath" io.gatehouse.platform.AzureDatabaseIdentityCommand
