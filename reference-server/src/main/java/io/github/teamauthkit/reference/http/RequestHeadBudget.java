package io.github.teamauthkit.reference.http;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What all of a server's connections together may hold of request heads they have not finished sending. Undertow
 * keeps a head in memory until its empty line, up to {@link #PER_CONNECTION_BYTES} on each connection, for up to the
 * 10 s header deadline: 600 connections each sending most of Undertow's default 1 MiB without finishing it held
 * about 1 MiB apiece and wedged a server with a 512 MiB heap. Past {@link #TOTAL_BYTES}, a connection that sends more
 * of a head is closed; the heads of ordinary requests (a few hundred bytes each) never come near it.
 */
final class RequestHeadBudget {

    /** Undertow's limit for one request's head, set as its MAX_HEADER_SIZE: 8x nginx's default header buffers. */
    static final int PER_CONNECTION_BYTES = 64 * 1024;
    /** 512 connections with a whole head each, or many thousands of ordinary ones. */
    static final long TOTAL_BYTES = 32L * 1024 * 1024;

    private final AtomicLong held = new AtomicLong();

    /** Takes room for bytes of an unfinished head; false, taking nothing, when there is not that much left. */
    boolean take(int bytes) {
        if (held.addAndGet(bytes) <= TOTAL_BYTES) {
            return true;
        }
        held.addAndGet(-bytes);
        return false;
    }

    /** Gives back room taken for a head that ended, or whose connection closed. */
    void giveBack(long bytes) {
        held.addAndGet(-bytes);
    }

    /** The bytes of unfinished heads held now. */
    long held() {
        return held.get();
    }
}
