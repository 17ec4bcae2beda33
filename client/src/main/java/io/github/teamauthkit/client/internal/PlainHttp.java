package io.github.teamauthkit.client.internal;

import java.net.http.HttpClient;
import java.security.KeyManagementException;
import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * For a plain-HTTP base URL (a local server): an HTTP client that never sets up TLS and speaks
 * HTTP/1.1 only. The JDK's client otherwise loads the default TLS context and the trust store when
 * it is built, whether or not a request will ever use them (measured: about 0.1 s of a command
 * line's start), and asks every plain-HTTP request to upgrade to HTTP/2 ({@code Upgrade: h2c}), a
 * mechanism RFC 9113 (section 3.1) deprecates and that sets up the HTTP/2 machinery for nothing
 * when the server declines, as the reference server does.
 */
public final class PlainHttp {

    private PlainHttp() {
    }

    /**
     * Configures a builder for plain HTTP/1.1 only; an https:// request through it fails.
     *
     * @param builder the HTTP client builder
     * @return the same builder
     */
    public static HttpClient.Builder only(HttpClient.Builder builder) {
        return builder.version(HttpClient.Version.HTTP_1_1)
                .sslContext(new SSLContext(new NoTls(), null, "none") { }).sslParameters(new SSLParameters());
    }

    /** A TLS implementation that refuses to be used. */
    private static final class NoTls extends SSLContextSpi {

        @Override
        protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random) throws KeyManagementException {
            throw new KeyManagementException("plain HTTP only");
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            throw refused();
        }

        private static IllegalStateException refused() {
            return new IllegalStateException("this HTTP client was built for a plain-HTTP base URL: no TLS");
        }
    }
}
