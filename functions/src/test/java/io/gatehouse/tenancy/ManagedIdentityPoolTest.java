package io.gatehouse.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.gatehouse.platform.DatabaseSettings;
import io.gatehouse.platform.Settings;
import io.gatehouse.testing.TestCertificateAuthority;
import io.gatehouse.testing.TestDatabase;
import io.gatehouse.testing.TestSecrets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import reactor.core.publisher.Mono;

/**
 * Passwordless PostgreSQL, as far as it can be shown without Entra: the real pgjdbc driver, the
 * real azure-identity-extensions plugin and a real PostgreSQL (which checks the "password" with
 * SCRAM), with only the Entra credential mocked. Each physical connection the pool opens asks the
 * credential for a token, and a replaced connection logs in with the token current at that time.
 *
 * <p>TLS is on, as on Azure, with the pool's own settings ({@code sslmode=verify-full} against the
 * JVM's trust store): the embedded server presents a certificate for {@code localhost} from a CA
 * made for this run, which the test installs as the JVM's default trust for the duration of the
 * test (and restores after), and the refusals show that an untrusted CA or another host name is
 * refused. One departure from Azure: the credential is supplied through the plugin's {@code
 * azure.tokenCredentialProviderClassName} hook.
 */
class ManagedIdentityPoolTest {

    private static final String IDENTITY_LOGIN = "func-gatehouse-id";

    private static final TestCertificateAuthority CA = TestCertificateAuthority.create();

    @Test
    void everyPhysicalConnectionLogsInOverVerifiedTlsWithATokenFromTheCredential()
            throws Exception {
        var serverFiles = CA.issueServer("localhost");
        SSLContext jvmDefault = SSLContext.getDefault();
        try (TestDatabase database =
                TestDatabase.startWithTls(serverFiles.certificate(), serverFiles.privateKey())) {
            SSLContext.setDefault(CA.trustingOnlyThisCa());
            String firstToken = "entra-" + TestSecrets.random();
            String secondToken = "entra-" + TestSecrets.random();
            // Stands in for pgaadauth: a login in gatehouse_app whose password is the token's
            // value.
            setLoginPassword(database, firstToken, true);
            TokenCredential credential = mock(TokenCredential.class);
            when(credential.getToken(any(TokenRequestContext.class)))
                    .thenReturn(tokenValid(firstToken));
            MockedCredentialProvider.current = credential;

            HikariConfig config =
                    RuntimePool.configFor(
                            DatabaseSettings.from(
                                    Settings.of(
                                            Map.of(
                                                    "GATEHOUSE_DB_URL", database.jdbcUrl(),
                                                    "GATEHOUSE_DB_USER", IDENTITY_LOGIN,
                                                    "GATEHOUSE_DB_AUTH", "managed-identity",
                                                    "AZURE_CLIENT_ID",
                                                            "11111111-2222-3333-4444-555555555555",
                                                    "GATEHOUSE_DB_POOL_SIZE", "2"))));
            assertThat(config.getDataSourceProperties())
                    .containsEntry("sslmode", "verify-full")
                    .containsEntry("sslfactory", "org.postgresql.ssl.DefaultJavaSSLFactory");
            config.addDataSourceProperty(
                    "azure.tokenCredentialProviderClassName",
                    MockedCredentialProvider.class.getName());
            config.setMinimumIdle(2);

            try (HikariDataSource pool = new HikariDataSource(config)) {
                awaitTrue(() -> pool.getHikariPoolMXBean().getTotalConnections() == 2);
                assertThat(currentUser(pool)).isEqualTo(IDENTITY_LOGIN);
                assertThat(sessionUsesTls(pool)).as("pg_stat_ssl.ssl of the session").isTrue();
                ArgumentCaptor<TokenRequestContext> requests =
                        ArgumentCaptor.forClass(TokenRequestContext.class);
                verify(credential, times(2)).getToken(requests.capture());
                assertThat(requests.getValue().getScopes())
                        .containsExactly("https://ossrdbms-aad.database.windows.net/.default");

                // Entra issues a new token; connections opened from now on must present it.
                setLoginPassword(database, secondToken, false);
                when(credential.getToken(any(TokenRequestContext.class)))
                        .thenReturn(tokenValid(secondToken));
                pool.getHikariPoolMXBean().softEvictConnections();
                awaitTrue(
                        () ->
                                pool.getHikariPoolMXBean().getTotalConnections() == 2
                                        && mockingDetailsCalls(credential) >= 4);
                assertThat(currentUser(pool)).isEqualTo(IDENTITY_LOGIN);
                verify(credential, times(4)).getToken(any(TokenRequestContext.class));
            }
        } finally {
            SSLContext.setDefault(jvmDefault);
        }
    }

    @Test
    void aServerWhoseCertificateIsNotTrustedOrNamesAnotherHostIsRefused() throws Exception {
        var serverFiles = CA.issueServer("localhost");
        SSLContext jvmDefault = SSLContext.getDefault();
        try (TestDatabase database =
                TestDatabase.startWithTls(serverFiles.certificate(), serverFiles.privateKey())) {
            String token = "entra-" + TestSecrets.random();
            setLoginPassword(database, token, true);
            TokenCredential credential = mock(TokenCredential.class);
            when(credential.getToken(any(TokenRequestContext.class))).thenReturn(tokenValid(token));
            MockedCredentialProvider.current = credential;

            // The JVM's own trust store does not hold this run's CA: no connection, no login.
            assertThatThrownBy(() -> connectOnce(database.jdbcUrl()).close())
                    .isInstanceOf(SQLException.class)
                    .hasStackTraceContaining("PKIX path building failed");

            // Trusted CA, but the certificate names localhost and the URL says 127.0.0.1.
            SSLContext.setDefault(CA.trustingOnlyThisCa());
            String byAddress = database.jdbcUrl().replace("//localhost:", "//127.0.0.1:");
            assertThatThrownBy(() -> connectOnce(byAddress).close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("hostname");

            // The same settings with the name the certificate carries: a session as the identity.
            try (Connection connection = connectOnce(database.jdbcUrl());
                    Statement sql = connection.createStatement();
                    ResultSet user = sql.executeQuery("select current_user")) {
                user.next();
                assertThat(user.getString(1)).isEqualTo(IDENTITY_LOGIN);
            }
        } finally {
            SSLContext.setDefault(jvmDefault);
        }
    }

    /** One connection with exactly the pool's driver settings, outside a pool (no retries). */
    private static Connection connectOnce(String jdbcUrl) throws SQLException {
        HikariConfig config =
                RuntimePool.configFor(
                        DatabaseSettings.from(
                                Settings.of(
                                        Map.of(
                                                "GATEHOUSE_DB_URL", jdbcUrl,
                                                "GATEHOUSE_DB_USER", IDENTITY_LOGIN,
                                                "GATEHOUSE_DB_AUTH", "managed-identity"))));
        Properties properties = new Properties();
        properties.putAll(config.getDataSourceProperties());
        properties.setProperty(
                "azure.tokenCredentialProviderClassName", MockedCredentialProvider.class.getName());
        properties.setProperty("user", IDENTITY_LOGIN);
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    private static boolean sessionUsesTls(HikariDataSource pool) throws Exception {
        try (Connection connection = pool.getConnection();
                Statement sql = connection.createStatement();
                ResultSet ssl =
                        sql.executeQuery(
                                "select ssl from pg_stat_ssl where pid = pg_backend_pid()")) {
            ssl.next();
            boolean on = ssl.getBoolean(1);
            connection.rollback();
            return on;
        }
    }

    @Test
    void pooledConnectionsAreRecycledWithinATokensLifetime() {
        HikariConfig config =
                RuntimePool.configFor(
                        DatabaseSettings.from(
                                Settings.of(
                                        Map.of(
                                                "GATEHOUSE_DB_URL",
                                                        "jdbc:postgresql://pg.example:5432/gatehouse",
                                                "GATEHOUSE_DB_USER", IDENTITY_LOGIN,
                                                "GATEHOUSE_DB_AUTH", "managed-identity"))));
        assertThat(Duration.ofMillis(config.getMaxLifetime()))
                .isEqualTo(RuntimePool.MANAGED_IDENTITY_MAX_LIFETIME)
                .isLessThan(RuntimePool.SHORTEST_ENTRA_TOKEN_LIFETIME);
        // A login at the end of a connection's life must still hold a token that outlives it.
        assertThat(
                        Duration.ofMillis(config.getMaxLifetime())
                                .plusMillis(config.getConnectionTimeout()))
                .isLessThan(RuntimePool.SHORTEST_ENTRA_TOKEN_LIFETIME);
        assertThat(config.getDataSourceProperties())
                .containsEntry("azure.managedIdentityEnabled", "true")
                .doesNotContainKey("azure.tokenCredentialProviderClassName");
    }

    private static Mono<AccessToken> tokenValid(String value) {
        return Mono.fromSupplier(
                () -> new AccessToken(value, OffsetDateTime.now().plusMinutes(60)));
    }

    private static long mockingDetailsCalls(TokenCredential credential) {
        return org.mockito.Mockito.mockingDetails(credential).getInvocations().stream()
                .filter(invocation -> invocation.getMethod().getName().equals("getToken"))
                .count();
    }

    private static void setLoginPassword(TestDatabase database, String password, boolean create)
            throws Exception {
        try (Connection owner = database.superuser();
                Statement sql = owner.createStatement()) {
            if (create) {
                sql.execute("create role \"" + IDENTITY_LOGIN + "\" login nobypassrls");
                sql.execute("grant gatehouse_app to \"" + IDENTITY_LOGIN + "\"");
            }
            sql.execute("alter role \"" + IDENTITY_LOGIN + "\" password '" + password + "'");
        }
    }

    private static String currentUser(HikariDataSource pool) throws Exception {
        try (Connection connection = pool.getConnection();
                Statement sql = connection.createStatement();
                ResultSet user = sql.executeQuery("select current_user")) {
            user.next();
            String name = user.getString(1);
            connection.rollback();
            return name;
        }
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(50);
        }
    }
}
