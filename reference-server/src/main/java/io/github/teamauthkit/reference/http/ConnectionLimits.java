package io.github.teamauthkit.reference.http;

import com.sun.management.UnixOperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.net.InetAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many connections the server holds open: at most {@value #PER_ADDRESS} from one client address (trusted proxies,
 * which carry everyone's, excepted), and in all fewer than the process may open files. 20,000 idle connections from
 * one address used up the file descriptors: accepting stalled (Undertow backs off for seconds after "Too many open
 * files") and {@code /healthz} went unanswered. A connection past a limit is closed as soon as it is accepted.
 */
final class ConnectionLimits {

    /** Far above what one client needs (browsers open 6, load tools tens), far below a descriptor limit. */
    static final int PER_ADDRESS = 1_000;
    /** Descriptors kept back from connections: the database's files and pool, the log, the JDK's own. */
    static final int RESERVED_DESCRIPTORS = 256;

    private final int total;
    private final Set<String> unlimited;
    private final AtomicInteger open = new AtomicInteger();
    private final ConcurrentHashMap<String, Integer> openByAddress = new ConcurrentHashMap<>();

    ConnectionLimits(int total, Set<String> unlimited) {
        this.total = total;
        this.unlimited = Set.copyOf(unlimited);
    }

    /**
     * The limits for this process: its file-descriptor limit, less {@link #RESERVED_DESCRIPTORS}, in all.
     *
     * @param trustedProxies addresses without a limit of their own, as {@link InetAddress#getHostAddress()} writes them
     */
    static ConnectionLimits forThisProcess(Set<String> trustedProxies) {
        OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
        long descriptors = system instanceof UnixOperatingSystemMXBean unix ? unix.getMaxFileDescriptorCount() : Integer.MAX_VALUE;
        return new ConnectionLimits((int) Math.max(RESERVED_DESCRIPTORS, Math.min(Integer.MAX_VALUE, descriptors - RESERVED_DESCRIPTORS)),
                trustedProxies);
    }

    /** Counts a new connection from the address; false, counting nothing, when a limit is reached. */
    boolean open(InetAddress peer) {
        if (open.incrementAndGet() > total) {
            open.decrementAndGet();
            return false;
        }
        String address = peer.getHostAddress();
        if (unlimited.contains(address)) {
            return true;
        }
        boolean[] counted = {false};
        openByAddress.compute(address, (key, count) -> {
            int now = count == null ? 0 : count;
            if (now >= PER_ADDRESS) {
                return count;
            }
            counted[0] = true;
            return now + 1;
        });
        if (!counted[0]) {
            open.decrementAndGet();
        }
        return counted[0];
    }

    /** Forgets a connection {@link #open} counted, once it has closed. */
    void closed(InetAddress peer) {
        open.decrementAndGet();
        String address = peer.getHostAddress();
        if (!unlimited.contains(address)) {
            openByAddress.computeIfPresent(address, (key, count) -> count == 1 ? null : count - 1);
        }
    }
}
