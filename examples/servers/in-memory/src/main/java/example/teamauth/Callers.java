package example.teamauth;

import example.teamauth.TeamAuthData.Member;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Who is calling: the key of {@code Authorization: Bearer KEY}, or of the legacy {@code x-api-key} header. */
final class Callers {

    /** What a request presented. */
    sealed interface Presented {
    }

    /** No key at all. */
    record Nobody() implements Presented {
    }

    /** A key no member holds (now). */
    record UnknownKey() implements Presented {
    }

    /** A member's key. */
    record Known(Member member) implements Presented {
    }

    private Callers() {
    }

    static Presented of(UnaryOperator<String> header, TeamAuthData data) {
        String authorization = header.apply(HttpHeaders.AUTHORIZATION);
        String key = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : header.apply("x-api-key");
        if (key == null || key.isEmpty()) {
            return authorization == null ? new Nobody() : new UnknownKey();
        }
        Optional<Member> member = data.memberByKey(key);
        return member.<Presented>map(Known::new).orElseGet(UnknownKey::new);
    }
}
