package io.gatehouse.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A certificate authority made for one test run, with the JDK's own keytool (so nothing but a JDK
 * is needed), and a server certificate it signs: PEM files a TLS server can load, and an {@link
 * SSLContext} that trusts this CA and nothing else. Nothing is kept beyond the run's temp files;
 * the store password is random and never leaves the process.
 */
public final class TestCertificateAuthority {

    private final Path directory;
    private final X509Certificate caCertificate;

    /** The server's certificate chain and key, as PEM files. */
    public record ServerFiles(Path certificate, Path privateKey) {}

    private TestCertificateAuthority(Path directory, X509Certificate caCertificate) {
        this.directory = directory;
        this.caCertificate = caCertificate;
    }

    public static TestCertificateAuthority create() {
        try {
            Path directory = Files.createTempDirectory("gatehouse-test-ca");
            directory.toFile().deleteOnExit();
            String password = TestSecrets.random();
            Path store = directory.resolve("ca.p12");
            keytool(
                    null,
                    "-genkeypair",
                    "-alias",
                    "ca",
                    "-keyalg",
                    "EC",
                    "-groupname",
                    "secp256r1",
                    "-dname",
                    "CN=Gatehouse test CA",
                    "-ext",
                    "bc:c",
                    "-validity",
                    "2",
                    "-keystore",
                    store.toString(),
                    "-storetype",
                    "PKCS12",
                    "-storepass",
                    password);
            KeyStore ca = load(store, password);
            var authority =
                    new TestCertificateAuthority(
                            directory, (X509Certificate) ca.getCertificate("ca"));
            Files.writeString(directory.resolve("password"), password);
            return authority;
        } catch (IOException | GeneralSecurityException | InterruptedException e) {
            throw new IllegalStateException("test CA not created", e);
        }
    }

    public X509Certificate certificate() {
        return caCertificate;
    }

    /**
     * A server certificate for {@code dnsName} only (no IP address), signed by this CA, with its
     * key readable by its owner only (PostgreSQL refuses a key others can read).
     */
    public ServerFiles issueServer(String dnsName) {
        try {
            String password = Files.readString(directory.resolve("password"));
            Path caStore = directory.resolve("ca.p12");
            // One set of files per certificate issued (a store of the same name would be reused).
            String stem = "server-" + dnsName + "-" + java.util.UUID.randomUUID();
            Path serverStore = directory.resolve(stem + ".p12");
            keytool(
                    null,
                    "-genkeypair",
                    "-alias",
                    "server",
                    "-keyalg",
                    "EC",
                    "-groupname",
                    "secp256r1",
                    "-dname",
                    "CN=" + dnsName,
                    "-keystore",
                    serverStore.toString(),
                    "-storetype",
                    "PKCS12",
                    "-storepass",
                    password);
            byte[] request =
                    keytool(
                            null,
                            "-certreq",
                            "-alias",
                            "server",
                            "-keystore",
                            serverStore.toString(),
                            "-storepass",
                            password);
            byte[] signed =
                    keytool(
                            request,
                            "-gencert",
                            "-alias",
                            "ca",
                            "-ext",
                            "san=dns:" + dnsName,
                            "-ext",
                            "ku:c=digitalSignature,keyEncipherment",
                            "-ext",
                            "eku=serverAuth",
                            "-validity",
                            "2",
                            "-rfc",
                            "-keystore",
                            caStore.toString(),
                            "-storepass",
                            password);
            Path certificate = directory.resolve(stem + ".crt");
            Files.write(certificate, signed);
            PrivateKey key =
                    (PrivateKey)
                            load(serverStore, password).getKey("server", password.toCharArray());
            Path keyFile = directory.resolve(stem + ".key");
            Files.writeString(
                    keyFile,
                    "-----BEGIN PRIVATE KEY-----\n"
                            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                    .encodeToString(key.getEncoded())
                            + "\n-----END PRIVATE KEY-----\n");
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            return new ServerFiles(certificate, keyFile);
        } catch (IOException | GeneralSecurityException | InterruptedException e) {
            throw new IllegalStateException("server certificate not issued", e);
        }
    }

    /** TLS that trusts this CA only. */
    public SSLContext trustingOnlyThisCa() {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("gatehouse-test-ca", caCertificate);
            TrustManagerFactory factory =
                    TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The certificates in a PEM file, for checks on what was issued. */
    public static List<X509Certificate> read(Path pem)
            throws IOException, GeneralSecurityException {
        List<X509Certificate> certificates = new ArrayList<>();
        try (InputStream in = Files.newInputStream(pem)) {
            for (Certificate certificate :
                    CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certificates.add((X509Certificate) certificate);
            }
        }
        return certificates;
    }

    private static KeyStore load(Path store, String password)
            throws IOException, GeneralSecurityException {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, password.toCharArray());
        }
        return keyStore;
    }

    private static byte[] keytool(byte[] input, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process =
                new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
        if (input != null) {
            process.getOutputStream().write(input);
        }
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            // keytool reports its errors on standard output
            throw new IOException(
                    "keytool "
                            + arguments[0]
                            + " failed: "
                            + errors
                            + new String(output, StandardCharsets.UTF_8));
        }
        return output;
    }
}
