package io.github.teamauthkit.reference.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.xnio.StreamConnection;
import org.xnio.conduits.StreamSourceConduit;

/**
 * A connection's input with every bare CR (one not followed by LF) replaced by a space before Undertow's parser
 * reads it, as RFC 9112 §2.2 allows. Undertow ends a header line at a bare CR, so {@code X-Foo: a\rAuthorization: …}
 * read as two headers, and a {@code Content-Length} hidden that way was honoured: request smuggling behind a proxy
 * that reads the line as one. A replacement in a request's head is also noted, so {@link RawTargetCheck} answers the
 * request 400 and closes the connection (in a body, JSON reads a CR as white space). A CR that ends a read is held
 * back until the next byte says what it is.
 *
 * <p>As it knows where each head ends, it also charges the bytes of unfinished heads to the server's
 * {@link RequestHeadBudget}, and closes the connection when the budget has no room left for them.
 */
final class BareCarriageReturns extends ReadThroughConduit {

    private static final byte CR = '\r';
    private static final byte LF = '\n';
    private static final Map<StreamConnection, BareCarriageReturns> BY_CONNECTION = Collections.synchronizedMap(new WeakHashMap<>());

    private boolean heldCr;
    /** Whether the bytes read now belong to a request's head: from a request's start to its first empty line. */
    private volatile boolean inHead = true;
    /** Whether the last byte of the head read so far ended a line (an empty line then ends the head). */
    private boolean atLineStart = true;
    private volatile boolean replacedInHead;
    private final RequestHeadBudget budget;
    /** The bytes of the current head charged to the budget. */
    private long charged;

    private BareCarriageReturns(StreamSourceConduit next, RequestHeadBudget budget) {
        super(next);
        this.budget = budget;
    }

    /**
     * Puts the guard on a new connection's input.
     *
     * @return what gives back the connection's charge to the budget: to run when the connection closes
     */
    static Runnable guard(StreamConnection connection, RequestHeadBudget budget) {
        BareCarriageReturns guard = new BareCarriageReturns(connection.getSourceChannel().getConduit(), budget);
        connection.getSourceChannel().setConduit(guard);
        BY_CONNECTION.put(connection, guard);
        return guard::giveBackCharge;
    }

    /** Whether a bare CR was replaced in the head of the request being handled on this connection. */
    static boolean seenInHead(StreamConnection connection) {
        BareCarriageReturns guard = BY_CONNECTION.get(connection);
        return guard != null && guard.replacedInHead;
    }

    /**
     * What follows on the connection is the next request's head: called once a request's body has been read. (Bytes of
     * a pipelined request read ahead before this are not noted, though their bare CRs are replaced all the same.)
     */
    static void expectHead(StreamConnection connection) {
        BareCarriageReturns guard = BY_CONNECTION.get(connection);
        if (guard != null) {
            guard.replacedInHead = false;
            guard.atLineStart = true;
            guard.inHead = true;
        }
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        if (!dst.hasRemaining()) {
            return 0;
        }
        int start = dst.position();
        if (heldCr) {
            dst.put(CR);
            heldCr = false;
        }
        int read = next.read(dst);
        int end = dst.position();
        if (read < 0 && end == start) {
            return -1;
        }
        int headBytes = 0;
        boolean headEnded = false;
        for (int i = start; i < end; i++) {
            byte b = dst.get(i);
            if (inHead) {
                headBytes++;
            }
            if (b == CR) {
                if (i + 1 < end) {
                    if (dst.get(i + 1) != LF) {
                        bare(dst, i);
                    }
                    continue;
                }
                if (read >= 0) {
                    dst.position(i);
                    heldCr = true;
                    end = i;
                    break;
                }
                // The input ended on it: nothing follows to make it a line end.
                bare(dst, i);
            } else if (inHead) {
                if (b == LF) {
                    inHead = !atLineStart;
                    headEnded |= !inHead;
                    atLineStart = true;
                } else {
                    atLineStart = false;
                }
            }
        }
        if (headBytes > 0 || headEnded) {
            charge(headBytes, headEnded);
        }
        return end - start;
    }

    private synchronized void charge(int headBytes, boolean headEnded) throws IOException {
        if (headEnded) {
            giveBackCharge();
        } else if (!budget.take(headBytes)) {
            throw new IOException("Unfinished request heads fill the server's budget of " + RequestHeadBudget.TOTAL_BYTES
                    + " bytes: connection closed");
        } else {
            charged += headBytes;
        }
    }

    private synchronized void giveBackCharge() {
        budget.giveBack(charged);
        charged = 0;
    }

    private void bare(ByteBuffer dst, int at) {
        dst.put(at, (byte) ' ');
        if (inHead) {
            replacedInHead = true;
            atLineStart = false;
        }
    }
}
