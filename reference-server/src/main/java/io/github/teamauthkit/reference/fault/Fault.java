package io.github.teamauthkit.reference.fault;

import io.github.teamauthkit.server.runtime.ErrorCode;
import java.time.Duration;
import java.util.SplittableRandom;

/** What a fault rule does to a request it picks. */
public sealed interface Fault permits Fault.Latency, Fault.ErrorAnswer, BrokenAnswer {

    /** How the fault is shown on the server's start and in a rule's {@code toString()}. */
    String describe();

    /**
     * The request waits before it goes on: a fixed time, or one drawn evenly between two.
     *
     * @param min the shortest wait
     * @param max the longest wait
     */
    record Latency(Duration min, Duration max) implements Fault {

        /** This latency's wait for one request: the fixed time, or one drawn from the rule's sequence. */
        Latency withDraw(SplittableRandom random) {
            if (min.equals(max)) {
                return this;
            }
            Duration wait = Duration.ofNanos(random.nextLong(min.toNanos(), max.toNanos() + 1));
            return new Latency(wait, wait);
        }

        @Override
        public String describe() {
            return min.equals(max) ? "latency " + min.toMillis() + " ms" : "latency " + min.toMillis() + "-" + max.toMillis() + " ms";
        }
    }

    /**
     * The request is answered with an error in the spec's shape instead of being acted on.
     *
     * @param code       the error (429, 500 or 503)
     * @param retryAfter the {@code Retry-After} sent with it, or null for none
     */
    record ErrorAnswer(ErrorCode code, Duration retryAfter) implements Fault {

        @Override
        public String describe() {
            return code.status() + (retryAfter == null ? "" : " with Retry-After " + retryAfter.toSeconds() + " s");
        }
    }
}
