import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP proxy on loopback that holds every chunk it forwards, in either direction, for a fixed delay:
 * a network between the server and its database, where the machine has no netem. Benchmark use only.
 * Usage: {@code java benchmarks/LatencyProxy.java LISTEN_PORT TARGET_PORT DELAY_MICROS}
 */
public final class LatencyProxy {

    public static void main(String[] args) throws IOException {
        int listen = Integer.parseInt(args[0]);
        int target = Integer.parseInt(args[1]);
        long delayNanos = Long.parseLong(args[2]) * 1_000;
        try (ServerSocket server = new ServerSocket(listen, 200, InetAddress.getLoopbackAddress())) {
            System.out.println("Listening on 127.0.0.1:" + listen);
            while (true) {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                pump(client, upstream, delayNanos);
                pump(upstream, client, delayNanos);
            }
        }
    }

    private static void pump(Socket from, Socket to, long delayNanos) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    LockSupport.parkNanos(delayNanos);
                    out.write(buffer, 0, n);
                }
            } catch (IOException closed) {
                // one side went away: closing both ends below is all there is to do
            } finally {
                close(from);
                close(to);
            }
        });
        thread.setDaemon(true);
        thread.start();
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
