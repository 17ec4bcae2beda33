package io.github.teamauthkit.reference;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;

/**
 * SIGTERM and SIGINT counted down on a latch, so that the process stops cleanly and exits 0 (the JVM's own handling
 * exits 143). The JDK offers this only as {@code sun.misc.Signal} (module {@code jdk.unsupported}, kept for exactly
 * such uses); it is reached by reflection because javac warns on every compile-time reference to it, in a build
 * whose warnings are each meant to be acted on.
 */
final class StopSignals {

    private StopSignals() {
    }

    /**
     * Installs the handlers.
     *
     * @return the latch a signal counts down
     * @throws IllegalStateException if this JDK has no {@code sun.misc.Signal}
     */
    static CountDownLatch install() {
        CountDownLatch stop = new CountDownLatch(1);
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
            Object handler = Proxy.newProxyInstance(StopSignals.class.getClassLoader(), new Class<?>[] {handlerType},
                    (proxy, method, arguments) -> switch (method.getName()) {
                        case "handle" -> {
                            stop.countDown();
                            yield null;
                        }
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == arguments[0];
                        default -> "StopSignals";
                    });
            Method handle = signal.getMethod("handle", signal, handlerType);
            for (String name : new String[] {"TERM", "INT"}) {
                handle.invoke(null, signal.getConstructor(String.class).newInstance(name), handler);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this JDK cannot hand SIGTERM to the server (no sun.misc.Signal)", e);
        }
        return stop;
    }
}
