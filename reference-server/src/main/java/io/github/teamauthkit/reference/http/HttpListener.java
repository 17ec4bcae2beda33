package io.github.teamauthkit.reference.http;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.connector.ByteBufferPool;
import io.undertow.protocols.ssl.UndertowXnioSsl;
import io.undertow.server.DefaultByteBufferPool;
import io.undertow.server.HttpHandler;
import io.undertow.server.protocol.http.HttpOpenListener;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import org.xnio.ChannelListener;
import org.xnio.ChannelListeners;
import org.xnio.IoUtils;
import org.xnio.OptionMap;
import org.xnio.Options;
import org.xnio.Sequence;
import org.xnio.StreamConnection;
import org.xnio.Xnio;
import org.xnio.XnioWorker;
import org.xnio.channels.AcceptingChannel;

/**
 * Undertow's HTTP/1.1 listener, set up as {@code Undertow.start()} sets up one (same worker, buffers
 * and socket options), with additions its builder has no hook for: each connection's input passes
 * through {@link BareCarriageReturns}, so a bare CR cannot split a header line, then {@link ChunkedFraming}, which
 * holds chunked bodies to RFC 9112, and its output through
 * {@link UnparsableRequestAnswer}, so a request Undertow cannot parse is answered JSON.
 */
final class HttpListener implements AutoCloseable {

    /** 16 KiB less room for a TLS record's overhead: Undertow's default for a JVM with this much memory. */
    static final int BUFFER_BYTES = 16 * 1024 - 20;
    /** A client gets this long to send its request line and headers. */
    private static final int HEADER_MILLIS = 10_000;
    /** A connection without a request for this long is closed. */
    private static final int IDLE_MILLIS = 60_000;
    /** A connection that sends nothing for this long in the middle of a request is closed. */
    private static final int READ_MILLIS = 30_000;
    /** How long closing waits for the worker's threads. */
    private static final long STOP_MILLIS = 5_000;
    /** TLS 1.2 and 1.3 only. */
    private static final List<String> TLS_PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");
    /** Forward-secret AEAD suites only ("only high-strength symmetric ciphers"): no CBC, no RSA key exchange. */
    private static final List<String> TLS_SUITES = List.of("TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256",
            "TLS_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");

    private final XnioWorker worker;
    private final AcceptingChannel<? extends StreamConnection> channel;
    /** The connections accepted and not yet forgotten; a closed one is dropped when nothing else holds it. */
    private final Set<StreamConnection> connections;
    /** Set once stopping: every answer from then on closes its connection. */
    private final AtomicBoolean stopping;

    private HttpListener(XnioWorker worker, AcceptingChannel<? extends StreamConnection> channel, Set<StreamConnection> connections,
            AtomicBoolean stopping) {
        this.worker = worker;
        this.channel = channel;
        this.connections = connections;
        this.stopping = stopping;
    }

    /**
     * Listens on the address (HTTPS when {@code tls} is given) and hands each request to the handler; a connection
     * past the limits is closed as soon as it is accepted.
     */
    static HttpListener start(String host, int port, SSLContext tls, ConnectionLimits limits, HttpHandler handler) throws IOException {
        Xnio xnio = Xnio.getInstance(Undertow.class.getClassLoader());
        int ioThreads = Math.max(Runtime.getRuntime().availableProcessors(), 2);
        XnioWorker worker = xnio.createWorker(OptionMap.builder()
                .set(Options.WORKER_IO_THREADS, ioThreads)
                .set(Options.CONNECTION_HIGH_WATER, 1_000_000)
                .set(Options.CONNECTION_LOW_WATER, 1_000_000)
                .set(Options.WORKER_TASK_CORE_THREADS, ioThreads * 8)
                .set(Options.WORKER_TASK_MAX_THREADS, ioThreads * 8)
                .set(Options.TCP_NODELAY, true)
                .set(Options.CORK, true)
                .getMap());
        try {
            OptionMap.Builder socket = OptionMap.builder()
                    .set(Options.WORKER_IO_THREADS, ioThreads)
                    .set(Options.TCP_NODELAY, true)
                    .set(Options.REUSE_ADDRESSES, true)
                    .set(Options.BALANCING_TOKENS, 1)
                    .set(Options.BALANCING_CONNECTIONS, 2)
                    .set(Options.BACKLOG, 1000)
                    .set(Options.READ_TIMEOUT, READ_MILLIS);
            OptionMap server = OptionMap.builder()
                    // Buffered, the answers to pipelined requests were dropped when a later request on the connection
                    // could not be parsed: Undertow wrote its 400 past them and closed, and the client paired that 400
                    // with a DELETE it had acted on. Each answer is now written when it is ready, in order.
                    .set(UndertowOptions.BUFFER_PIPELINED_DATA, false)
                    .set(UndertowOptions.REQUEST_PARSE_TIMEOUT, HEADER_MILLIS)
                    .set(UndertowOptions.NO_REQUEST_TIMEOUT, IDLE_MILLIS)
                    .set(UndertowOptions.MAX_HEADER_SIZE, RequestHeadBudget.PER_CONNECTION_BYTES)
                    .getMap();
            ByteBufferPool buffers = new DefaultByteBufferPool(true, BUFFER_BYTES, -1, 4);
            HttpOpenListener http = new HttpOpenListener(buffers, server);
            RequestHeadBudget headBudget = new RequestHeadBudget();
            AtomicBoolean stopping = new AtomicBoolean();
            http.setRootHandler(exchange -> {
                if (stopping.get()) {
                    exchange.setPersistent(false);
                }
                handler.handleRequest(exchange);
            });
            Set<StreamConnection> connections = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
            ChannelListener<StreamConnection> answering = connection -> {
                InetAddress peer = connection.getPeerAddress(InetSocketAddress.class).getAddress();
                if (!limits.open(peer)) {
                    IoUtils.safeClose(connection);
                    return;
                }
                connections.add(connection);
                Runnable giveBackHeadBytes = BareCarriageReturns.guard(connection, headBudget);
                ChunkedFraming.guard(connection);
                connection.getSinkChannel().setConduit(new UnparsableRequestAnswer(connection.getSinkChannel().getConduit()));
                http.handleEvent(connection);
                // Undertow's connection has set its own close listener: chained, so a closed connection is no longer
                // counted, and a head cut short gives back its room.
                ChannelListener<? super StreamConnection> undertows = connection.getCloseListener();
                connection.setCloseListener(closed -> {
                    limits.closed(peer);
                    giveBackHeadBytes.run();
                    ChannelListeners.invokeChannelListener(closed, undertows);
                });
            };
            InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(host), port);
            AcceptingChannel<? extends StreamConnection> channel;
            if (tls == null) {
                channel = worker.createStreamConnectionServer(address, ChannelListeners.openListenerAdapter(answering), socket.getMap());
            } else {
                socket.set(Options.SSL_ENABLED_PROTOCOLS, Sequence.of(TLS_PROTOCOLS))
                        .set(Options.SSL_ENABLED_CIPHER_SUITES, Sequence.of(TLS_SUITES));
                channel = new UndertowXnioSsl(xnio, OptionMap.create(Options.USE_DIRECT_BUFFERS, true), tls)
                        .createSslConnectionServer(worker, address, ChannelListeners.openListenerAdapter(answering), socket.getMap());
            }
            channel.resumeAccepts();
            return new HttpListener(worker, channel, connections, stopping);
        } catch (IOException | RuntimeException e) {
            worker.shutdownNow();
            throw e;
        }
    }

    /** The bound address (the port chosen when 0 was asked for). */
    InetSocketAddress address() {
        return (InetSocketAddress) channel.getLocalAddress();
    }

    /**
     * Stops accepting connections, and has every answer from now on close its connection (a keep-alive connection
     * would otherwise wait for another request, which {@link #close()} may meet half done).
     */
    void stopAccepting() {
        stopping.set(true);
        IoUtils.safeClose(channel);
    }

    /**
     * Stops accepting, closes every connection still open, then lets the worker finish; requests should have been
     * drained before. Undertow's own stop leaves keep-alive connections open: a request arriving on one while the
     * worker's I/O threads terminate fails, and Undertow logs that as an error with a stack trace, once per connection.
     */
    @Override
    public void close() {
        stopAccepting();
        List<StreamConnection> open;
        synchronized (connections) {
            open = List.copyOf(connections);
        }
        open.forEach(IoUtils::safeClose);
        worker.shutdown();
        try {
            if (!worker.awaitTermination(STOP_MILLIS, TimeUnit.MILLISECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
