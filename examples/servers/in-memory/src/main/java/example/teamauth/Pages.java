package example.teamauth;

import io.github.teamauthkit.server.model.SortOrder;
import io.github.teamauthkit.server.runtime.ApiErrorException;
import io.github.teamauthkit.server.runtime.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyset paging with signed cursors: a page's {@code nextPage} names the last item it held, for
 * the list, team and order it came from, signed so that a cursor that was changed, or that came
 * from another list or team, is refused.
 */
final class Pages {

    /** One page: the items and the cursor of the next page, or null on the last. */
    record Page<T>(List<T> items, String next) {
    }

    private static final byte[] KEY = randomKey();

    private Pages() {
    }

    /**
     * The page after {@code after} of {@code all}, ordered by {@code position}.
     *
     * @param list  what is listed: the list, its team and its filters; a cursor is valid for this only
     */
    static <T> Page<T> page(List<T> all, ToLongFunction<T> position, SortOrder order, String list, String after, int limit) {
        boolean ascending = order == SortOrder.ASC;
        String scope = list + "|" + order;
        Long from = after == null ? null : read(after, scope);
        Comparator<T> byPosition = Comparator.comparingLong(position);
        List<T> rest = all.stream()
                .filter(item -> from == null || (ascending ? position.applyAsLong(item) > from : position.applyAsLong(item) < from))
                .sorted(ascending ? byPosition : byPosition.reversed())
                .limit(limit + 1L)
                .toList();
        if (rest.size() <= limit) {
            return new Page<>(rest, null);
        }
        List<T> items = rest.subList(0, limit);
        return new Page<>(items, write(position.applyAsLong(items.get(limit - 1)), scope));
    }

    private static String write(long position, String scope) {
        String payload = Long.toString(position);
        return payload + "." + sign(payload + "|" + scope);
    }

    private static long read(String cursor, String scope) {
        int dot = cursor.indexOf('.');
        if (dot > 0 && MessageDigest.isEqual(sign(cursor.substring(0, dot) + "|" + scope).getBytes(StandardCharsets.US_ASCII),
                cursor.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            try {
                return Long.parseLong(cursor.substring(0, dot));
            } catch (NumberFormatException e) {
                // A signed cursor always holds a number: fall through to the refusal.
            }
        }
        throw new ApiErrorException(ErrorCode.BAD_REQUEST, "after: not a cursor of this list.");
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private static String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
