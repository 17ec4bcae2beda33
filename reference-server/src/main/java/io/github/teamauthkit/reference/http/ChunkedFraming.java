package io.github.teamauthkit.reference.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.xnio.StreamConnection;
import org.xnio.conduits.StreamSourceConduit;

/**
 * A connection's input held to RFC 9112 §7.1 while a chunked request body passes, below Undertow's own chunk reader,
 * which is lenient where it matters: it takes a size of {@code zz} or {@code -1} for the last chunk, skips whatever
 * follows a chunk's data up to the next LF (so {@code 1\r\n{}} loses a byte and the rest is read as the next
 * request), and keeps trailer fields without a bound (an unauthenticated client that never ended them filled the
 * heap). Here a chunk size is 1 to 8 significant hex digits, a chunk line (size and extensions) at most
 * {@value #MAX_CHUNK_LINE_BYTES} bytes, chunk data is followed by CRLF, and the trailer section holds at most
 * {@value #MAX_TRAILER_FIELDS} fields in {@value #MAX_TRAILER_BYTES} bytes. The first byte that breaks a rule is
 * not passed on, nor anything after it, and neither is an end of input before the body's end: reads then return
 * nothing, and {@link #violation()} says which rule broke.
 *
 * <p>It sits on the connection, under the buffer in which Undertow keeps bytes read ahead (Undertow's chunk reader
 * pushes back what it read past a chunk there and reads it again), so that each byte is checked once: the bytes read
 * with the request's head are checked when the body {@linkplain #begin begins}.
 */
final class ChunkedFraming extends ReadThroughConduit {

    static final int MAX_CHUNK_LINE_BYTES = 1024;
    static final int MAX_TRAILER_BYTES = 8 * 1024;
    static final int MAX_TRAILER_FIELDS = 32;
    /** Significant hex digits of a chunk size: under 4 GiB, far above the API's 64 KiB body limit. */
    private static final int MAX_SIZE_DIGITS = 8;
    private static final Map<StreamConnection, ChunkedFraming> BY_CONNECTION = Collections.synchronizedMap(new WeakHashMap<>());

    private enum State { OUTSIDE, SIZE, EXTENSION, SIZE_LF, DATA, DATA_CR, DATA_LF, TRAILER_START, TRAILER_NAME, TRAILER_VALUE,
        TRAILER_LF, END_LF }

    private State state = State.OUTSIDE;
    /** The chunk size being read, then the bytes of its data still to come. */
    private long size;
    private int sizeDigits;
    private boolean sawDigit;
    private int lineBytes;
    private int trailerBytes;
    private int trailerFields;
    private volatile String violation;

    private ChunkedFraming(StreamSourceConduit next) {
        super(next);
    }

    /** Puts the check on a new connection's input; it lets everything through until a chunked body begins. */
    static void guard(StreamConnection connection) {
        ChunkedFraming framing = new ChunkedFraming(connection.getSourceChannel().getConduit());
        connection.getSourceChannel().setConduit(framing);
        BY_CONNECTION.put(connection, framing);
    }

    /**
     * A chunked body begins on the connection: checks the bytes already read past the request's head, then every byte
     * read until the body ends.
     *
     * @param connection the request's connection
     * @param readAhead  the bytes read with the head and not yet consumed, or null; left as they are
     * @return the connection's check, whose {@link #violation()} may already be set
     */
    static ChunkedFraming begin(StreamConnection connection, ByteBuffer readAhead) {
        ChunkedFraming framing = BY_CONNECTION.get(connection);
        if (framing == null) {
            throw new IllegalStateException("the connection was accepted without the chunked-framing check");
        }
        framing.startBody(readAhead);
        return framing;
    }

    /** The rule the body broke, for the 400's message (it quotes nothing that was sent), or null. */
    String violation() {
        return violation;
    }

    private synchronized void startBody(ByteBuffer readAhead) {
        violation = null;
        state = State.SIZE;
        startChunkLine();
        trailerBytes = 0;
        trailerFields = 0;
        if (readAhead != null) {
            check(readAhead, readAhead.position(), readAhead.limit());
        }
    }

    private void startChunkLine() {
        size = 0;
        sizeDigits = 0;
        sawDigit = false;
        lineBytes = 0;
    }

    @Override
    public synchronized int read(ByteBuffer dst) throws IOException {
        if (violation != null) {
            return 0;
        }
        int start = dst.position();
        int read = next.read(dst);
        if (read < 0 && state != State.OUTSIDE) {
            // Undertow's chunk reader would close the connection on this end of input, leaving nothing to answer with.
            fail("The request body ended before its last chunk.");
            return 0;
        }
        if (read <= 0 || state == State.OUTSIDE) {
            return read;
        }
        int broken = check(dst, start, dst.position());
        if (broken < 0) {
            return read;
        }
        dst.position(broken);
        return broken - start;
    }

    /** Checks bytes {@code from} to {@code to} of the buffer; returns the index of the first that breaks a rule, or -1. */
    private int check(ByteBuffer bytes, int from, int to) {
        int i = from;
        while (i < to && state != State.OUTSIDE) {
            if (state == State.DATA) {
                int data = (int) Math.min(size, to - i);
                size -= data;
                i += data;
                if (size == 0) {
                    state = State.DATA_CR;
                }
            } else if (accept(bytes.get(i))) {
                i++;
            } else {
                return i;
            }
        }
        return -1;
    }

    private boolean accept(byte b) {
        return switch (state) {
            case SIZE -> size(b);
            case EXTENSION -> b == '\r' ? next(State.SIZE_LF) : (isFieldByte(b) || fail("A chunk extension holds a control character."))
                    && countLineByte();
            case SIZE_LF -> b == '\n' ? next(size == 0 ? State.TRAILER_START : State.DATA) : fail("A chunk line does not end in CRLF.");
            case DATA_CR -> b == '\r' ? next(State.DATA_LF) : fail("A chunk's data is longer than its size.");
            case DATA_LF -> b == '\n' ? chunkEnded() : fail("A chunk's data is not followed by CRLF.");
            case TRAILER_START -> b == '\r' ? next(State.END_LF) : trailerFieldStarts(b);
            case TRAILER_NAME -> (b == ':' ? next(State.TRAILER_VALUE) : isTokenByte(b) || fail("A trailer field is malformed."))
                    && countTrailerByte();
            case TRAILER_VALUE -> (b == '\r' ? next(State.TRAILER_LF) : isFieldByte(b) || fail("A trailer field is malformed."))
                    && countTrailerByte();
            case TRAILER_LF -> b == '\n' ? next(State.TRAILER_START) && countTrailerByte() : fail("A trailer field does not end in CRLF.");
            case END_LF -> b == '\n' ? next(State.OUTSIDE) : fail("The trailer section does not end in CRLF.");
            case DATA, OUTSIDE -> throw new IllegalStateException(state.name());
        };
    }

    private boolean size(byte b) {
        int digit = Character.digit(b, 16);
        if (digit >= 0) {
            sawDigit = true;
            if ((size != 0 || digit != 0) && ++sizeDigits > MAX_SIZE_DIGITS) {
                return fail("A chunk size has more than " + MAX_SIZE_DIGITS + " significant hex digits.");
            }
            size = size * 16 + digit;
            return countLineByte();
        }
        if (!sawDigit) {
            return fail("A chunk size is not a hexadecimal number.");
        }
        if (b == ';' || b == ' ' || b == '\t') {
            return next(State.EXTENSION) && countLineByte();
        }
        return b == '\r' ? next(State.SIZE_LF) : fail("A chunk size is not a hexadecimal number.");
    }

    private boolean chunkEnded() {
        startChunkLine();
        return next(State.SIZE);
    }

    private boolean trailerFieldStarts(byte b) {
        if (++trailerFields > MAX_TRAILER_FIELDS) {
            return fail("The trailer section has more than " + MAX_TRAILER_FIELDS + " fields.");
        }
        return isTokenByte(b) ? next(State.TRAILER_NAME) && countTrailerByte() : fail("A trailer field is malformed.");
    }

    private boolean countLineByte() {
        return ++lineBytes <= MAX_CHUNK_LINE_BYTES || fail("A chunk line is longer than " + MAX_CHUNK_LINE_BYTES + " bytes.");
    }

    private boolean countTrailerByte() {
        return ++trailerBytes <= MAX_TRAILER_BYTES || fail("The trailer section is longer than " + MAX_TRAILER_BYTES + " bytes.");
    }

    private boolean next(State next) {
        state = next;
        return true;
    }

    private boolean fail(String rule) {
        violation = rule;
        return false;
    }

    /** A tchar of RFC 9110 §5.6.2. */
    private static boolean isTokenByte(byte b) {
        return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || "!#$%&'*+-.^_`|~".indexOf(b) >= 0;
    }

    /** A byte a field value or chunk extension may hold: visible, white space or obs-text, never a control. */
    private static boolean isFieldByte(byte b) {
        return b == '\t' || b >= ' ' && b != 0x7f || b < 0;
    }
}
