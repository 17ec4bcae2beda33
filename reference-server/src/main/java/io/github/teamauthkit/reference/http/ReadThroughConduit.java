package io.github.teamauthkit.reference.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import org.xnio.channels.StreamSinkChannel;
import org.xnio.conduits.AbstractStreamSourceConduit;
import org.xnio.conduits.ConduitReadableByteChannel;
import org.xnio.conduits.Conduits;
import org.xnio.conduits.StreamSourceConduit;

/**
 * A conduit that looks at every byte it passes on: its scattering reads and its transfers (a drain transfers to a null
 * file) all go through {@link #read(ByteBuffer)}, the one read a subclass writes, where the inherited ones would go
 * straight to the next conduit past it.
 */
abstract class ReadThroughConduit extends AbstractStreamSourceConduit<StreamSourceConduit> {

    ReadThroughConduit(StreamSourceConduit next) {
        super(next);
    }

    @Override
    public abstract int read(ByteBuffer dst) throws IOException;

    @Override
    public final long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            if (dsts[i].hasRemaining()) {
                return read(dsts[i]);
            }
        }
        return 0;
    }

    @Override
    public final long transferTo(long position, long count, FileChannel target) throws IOException {
        return target.transferFrom(new ConduitReadableByteChannel(this), position, count);
    }

    @Override
    public final long transferTo(long count, ByteBuffer throughBuffer, StreamSinkChannel target) throws IOException {
        return Conduits.transfer(this, count, throughBuffer, target);
    }
}
