package io.gatehouse.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * "Nothing else can reach the pool": among all compiled app classes, only TenantTransactions keeps
 * a data source or a connection. (Creating one is package-private to tenancy as well.)
 */
class PoolConfinementTest {

    @Test
    void onlyTenantTransactionsHoldsADataSourceOrConnection()
            throws IOException, URISyntaxException {
        Path classes =
                Path.of(
                        TenantTransactions.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI());
        List<String> holders;
        try (Stream<Path> files = Files.walk(classes)) {
            holders =
                    files.filter(file -> file.toString().endsWith(".class"))
                            .map(
                                    file ->
                                            classes.relativize(file)
                                                    .toString()
                                                    .replace('/', '.')
                                                    .replaceAll("\\.class$", ""))
                            .filter(
                                    name ->
                                            name.startsWith("io.gatehouse.")
                                                    && !name.startsWith("io.gatehouse.db."))
                            .flatMap(PoolConfinementTest::poolFields)
                            .toList();
        }
        assertThat(holders).containsExactly("io.gatehouse.tenancy.TenantTransactions.pool");
    }

    private static Stream<String> poolFields(String className) {
        try {
            Class<?> type =
                    Class.forName(className, false, PoolConfinementTest.class.getClassLoader());
            return Stream.of(type.getDeclaredFields())
                    .filter(
                            field ->
                                    DataSource.class.isAssignableFrom(field.getType())
                                            || Connection.class.isAssignableFrom(field.getType()))
                    .map((Field field) -> className + "." + field.getName());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AssertionError("cannot load " + className, e);
        }
    }
}
