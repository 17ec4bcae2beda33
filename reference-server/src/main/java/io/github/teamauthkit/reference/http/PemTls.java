package io.github.teamauthkit.reference.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** An {@link SSLContext} from a PEM certificate chain and a PEM (PKCS#8) private key, as most tools write them. */
public final class PemTls {

    private PemTls() {
    }

    /**
     * Builds the server's TLS context.
     *
     * @param certificate PEM file with the certificate chain, leaf first
     * @param privateKey  PEM file with the unencrypted PKCS#8 private key ({@code BEGIN PRIVATE KEY})
     * @return the context
     * @throws IOException if a file cannot be read or is not what it should be
     */
    public static SSLContext sslContext(Path certificate, Path privateKey) throws IOException {
        try {
            List<? extends Certificate> chain;
            try (InputStream in = Files.newInputStream(certificate)) {
                chain = List.copyOf(CertificateFactory.getInstance("X.509").generateCertificates(in));
            }
            if (chain.isEmpty()) {
                throw new IOException(certificate + " holds no certificate");
            }
            PrivateKey key = privateKey(privateKey, chain.get(0).getPublicKey().getAlgorithm());
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            char[] password = new char[0];
            store.setKeyEntry("server", key, password, chain.toArray(Certificate[]::new));
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot use " + certificate + " and " + privateKey + " for TLS: " + e.getMessage(), e);
        }
    }

    private static PrivateKey privateKey(Path file, String algorithm) throws IOException, GeneralSecurityException {
        String pem = Files.readString(file);
        int begin = pem.indexOf("-----BEGIN PRIVATE KEY-----");
        int end = pem.indexOf("-----END PRIVATE KEY-----");
        if (begin < 0 || end < begin) {
            throw new IOException(file + " is not a PEM PKCS#8 private key (BEGIN PRIVATE KEY); convert it with "
                    + "`openssl pkcs8 -topk8 -nocrypt`");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + 27, end));
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
    }
}
