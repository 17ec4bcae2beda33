package io.github.teamauthkit.reference.http;

import io.github.teamauthkit.reference.fault.BrokenAnswer;
import io.undertow.server.ServerConnection;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.TimeUnit;
import org.xnio.IoUtils;
import org.xnio.channels.StreamSourceChannel;
import org.xnio.conduits.AbstractStreamSinkConduit;
import org.xnio.conduits.ConduitWritableByteChannel;
import org.xnio.conduits.Conduits;
import org.xnio.conduits.StreamSinkConduit;

/**
 * An answer's body on its way out, broken as a {@link BrokenAnswer} says: dropped with its connection, cut half way,
 * or sent slowly. It sits above the conduits that write the head and frame the body, so "half way" is half the body
 * the head announced. Writes come from the worker thread that answers (blocking), which is the one that waits here.
 */
final class BrokenAnswerConduit extends AbstractStreamSinkConduit<StreamSinkConduit> {

    private final BrokenAnswer answer;
    private final ServerConnection connection;
    private boolean closed;
    /** A slow body's piece size, the pause between pieces and the bytes left, set by its first write. */
    private int piece;
    private long pauseNanos;
    private long unsent;

    BrokenAnswerConduit(StreamSinkConduit next, BrokenAnswer answer, ServerConnection connection) {
        super(next);
        this.answer = answer;
        this.connection = connection;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        int length = src.remaining();
        if (closed) {
            src.position(src.limit());
            return length;
        }
        switch (answer.kind()) {
            case CLOSE_BEFORE_ACTING, COMMIT_THEN_DROP -> close();
            case COMMIT_THEN_CUT -> {
                writeFully(slice(src, length / 2));
                close();
            }
            case SLOW_BODY -> {
                if (piece == 0) {
                    // The first piece goes with the head, the last ends the body: the pauses between them make up the time.
                    piece = Math.max(1, (length + BrokenAnswer.SLOW_BODY_PIECES - 1) / BrokenAnswer.SLOW_BODY_PIECES);
                    pauseNanos = answer.over().toNanos() / Math.max(1, (length + piece - 1) / piece - 1);
                    unsent = length;
                }
                int sent = Math.min(piece, length);
                writeFully(slice(src, sent));
                unsent -= sent;
                if (unsent > 0) {
                    pause();
                }
                src.position(src.position() + sent);
                return sent;
            }
        }
        src.position(src.limit());
        return length;
    }

    @Override
    public long write(ByteBuffer[] srcs, int offs, int len) throws IOException {
        long written = 0;
        for (int i = offs; i < offs + len; i++) {
            while (srcs[i].hasRemaining()) {
                written += write(srcs[i]);
            }
        }
        return written;
    }

    @Override
    public int writeFinal(ByteBuffer src) throws IOException {
        return Conduits.writeFinalBasic(this, src);
    }

    @Override
    public long writeFinal(ByteBuffer[] srcs, int offs, int len) throws IOException {
        return Conduits.writeFinalBasic(this, srcs, offs, len);
    }

    @Override
    public long transferFrom(FileChannel src, long position, long count) throws IOException {
        return src.transferTo(position, count, new ConduitWritableByteChannel(this));
    }

    @Override
    public long transferFrom(StreamSourceChannel source, long count, ByteBuffer throughBuffer) throws IOException {
        return IoUtils.transfer(source, count, throughBuffer, new ConduitWritableByteChannel(this));
    }

    @Override
    public boolean flush() throws IOException {
        if (!closed && dropsEverything()) {
            close();
        }
        return closed || super.flush();
    }

    @Override
    public void terminateWrites() throws IOException {
        if (!closed && dropsEverything()) {
            close();
        }
        if (!closed) {
            super.terminateWrites();
        }
    }

    private boolean dropsEverything() {
        return answer.kind() == BrokenAnswer.Kind.CLOSE_BEFORE_ACTING || answer.kind() == BrokenAnswer.Kind.COMMIT_THEN_DROP;
    }

    private static ByteBuffer slice(ByteBuffer src, int length) {
        return src.duplicate().limit(src.position() + length);
    }

    /** Writes and flushes the bytes (the head goes with them), waiting for the socket as a blocking write would. */
    private void writeFully(ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            if (next.write(bytes) == 0) {
                next.awaitWritable();
            }
        }
        while (!next.flush()) {
            next.awaitWritable();
        }
    }

    private void pause() {
        try {
            TimeUnit.NANOSECONDS.sleep(pauseNanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void close() {
        closed = true;
        IoUtils.safeClose(connection);
    }
}
