package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --tls-cert} and {@code --tls-key} serve HTTPS with PEM files, as openssl and certbot write them. */
class TlsTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    Path dir;

    @Test
    void servesHttpsWithPemFiles() throws Exception {
        KeyStore store = selfSignedFor127001();
        Certificate certificate = store.getCertificate("server");
        Path certPem = Files.writeString(dir.resolve("cert.pem"), pem("CERTIFICATE", certificate.getEncoded()));
        Path keyPem = Files.writeString(dir.resolve("key.pem"),
                pem("PRIVATE KEY", ((PrivateKey) store.getKey("server", PASSWORD)).getEncoded()));

        try (ServerProcess server = ServerProcess.start(dir, "--port", "0", "--data-dir", dir.resolve("data").toString(),
                "--tls-cert", certPem.toString(), "--tls-key", keyPem.toString())) {
            assertThat(server.baseUri().getScheme()).isEqualTo("https");
            HttpClient client = HttpClient.newBuilder().sslContext(trusting(store)).connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> session = client.send(HttpRequest.newBuilder(server.baseUri().resolve("/v1/auth/session"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(session.statusCode()).isEqualTo(200);
            assertThat(session.body()).isEqualTo("null");

            int port = server.baseUri().getPort();
            assertThat(handshake(port, "-tls1_3")).as("TLS 1.3").isTrue();
            assertThat(handshake(port, "-tls1_2", "-cipher", "ECDHE-RSA-AES128-GCM-SHA256")).as("TLS 1.2, AEAD").isTrue();
            assertThat(handshake(port, "-tls1_2", "-cipher", "ECDHE-RSA-AES256-SHA384")).as("TLS 1.2, CBC").isFalse();
            assertThat(handshake(port, "-tls1_2", "-cipher", "AES256-GCM-SHA384")).as("TLS 1.2, RSA key exchange").isFalse();
            assertThat(handshake(port, "-tls1_1", "-cipher", "DEFAULT:@SECLEVEL=0")).as("TLS 1.1").isFalse();
        }
    }

    /** Whether openssl s_client completes a handshake with these options. */
    private static boolean handshake(int port, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl", "s_client", "-connect", "127.0.0.1:" + port));
        command.addAll(List.of(options));
        Process openssl = new ProcessBuilder(command).redirectErrorStream(true).start();
        openssl.getOutputStream().close();
        String output = new String(openssl.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(openssl.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return openssl.exitValue() == 0 && output.contains("Cipher is ") && !output.contains("Cipher is (NONE)");
    }

    /** keytool, from this JDK, makes the key pair and a certificate for the loopback address. */
    private KeyStore selfSignedFor127001() throws Exception {
        Path p12 = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", p12.toString(), "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            store.load(in, PASSWORD);
        }
        return store;
    }

    private static SSLContext trusting(KeyStore store) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", store.getCertificate("server"));
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
