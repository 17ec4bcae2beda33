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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --tls-cert} and {@code --tls-key} serve HTTPS with PEM files, as openssl and certbot write them. */
class TlsTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    private static final String COMPLETED = "completed";
    /** The server's alert 40: no suite it accepts among those offered. */
    private static final String HANDSHAKE_FAILURE = "SSL alert number 40";
    /** The server's alert 70: a protocol version it does not speak. */
    private static final String PROTOCOL_VERSION = "SSL alert number 70";

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
            assertThat(handshake(port, "-tls1_3")).as("TLS 1.3").isEqualTo(COMPLETED);
            assertThat(handshake(port, "-tls1_2", "-cipher", "ECDHE-RSA-AES128-GCM-SHA256")).as("TLS 1.2, AEAD").isEqualTo(COMPLETED);
            // Refusals count only when openssl offered what was asked and the server answered with an alert: an
            // openssl that cannot offer a suite or protocol fails on its own, which would prove nothing.
            assertThat(handshake(port, "-tls1_2", "-cipher", "ECDHE-RSA-AES256-SHA384")).as("TLS 1.2, CBC").isEqualTo(HANDSHAKE_FAILURE);
            assertThat(handshake(port, "-tls1_2", "-cipher", "AES256-GCM-SHA384")).as("TLS 1.2, RSA key exchange")
                    .isEqualTo(HANDSHAKE_FAILURE);
            assertThat(handshake(port, "-tls1_1", "-cipher", "DEFAULT:@SECLEVEL=0")).as("TLS 1.1").isEqualTo(PROTOCOL_VERSION);
        }
    }

    /**
     * How openssl s_client's handshake with these options ended: {@value #COMPLETED}, the server's alert, or
     * openssl's own output when neither (e.g. it could not offer what was asked).
     */
    private String handshake(int port, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl", "s_client", "-connect", "127.0.0.1:" + port));
        command.addAll(List.of(options));
        Path output = Files.createTempFile(dir, "openssl", ".out");
        Process openssl = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        openssl.getOutputStream().close();
        if (!openssl.waitFor(30, TimeUnit.SECONDS)) {
            openssl.destroyForcibly();
            throw new AssertionError("openssl s_client " + String.join(" ", options) + " did not end within 30 s");
        }
        String text = Files.readString(output);
        if (openssl.exitValue() == 0 && text.contains("Cipher is ") && !text.contains("Cipher is (NONE)")) {
            return COMPLETED;
        }
        Matcher alert = Pattern.compile("SSL alert number \\d+").matcher(text);
        return alert.find() ? alert.group() : text;
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
