package io.github.teamauthkit.reference.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.teamauthkit.reference.store.PageRequest.Position;
import io.github.teamauthkit.server.runtime.ApiErrorException;
import io.github.teamauthkit.server.runtime.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The opaque {@code nextPage} cursors: a list position, bound to the list, team, order and filter it
 * was issued for, and signed (HMAC-SHA256 under a key derived from the master key). A cursor that
 * was altered, made up, or issued for anything else is refused with 400 before it reaches a query,
 * so it can never select another team's rows.
 */
public final class PageCursors {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int MAC_BYTES = 16;
    private static final String REFUSED = "after: not a cursor of this list (it was changed, or issued for another team,"
            + " order or role); list again without it.";

    private final SecretKeySpec key;

    /**
     * Creates the codec.
     *
     * @param key the signing key
     */
    public PageCursors(byte[] key) {
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /**
     * What a cursor is valid for.
     *
     * @param list   the list's name
     * @param teamId the team
     * @param order  {@code asc} or {@code desc}
     * @param role   the role filter, or null
     */
    public record Scope(String list, String teamId, String order, String role) {
    }

    /**
     * The cursor for the page after a position.
     *
     * @param scope    what it is valid for
     * @param position the last item of the page
     * @return the cursor
     */
    public String issue(Scope scope, Position position) {
        ArrayNode payload = JSON.createArrayNode().add(scope.list()).add(scope.teamId()).add(scope.order()).add(scope.role())
                .add(position.time().toString()).add(position.id());
        byte[] bytes = payload.toString().getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes));
    }

    /**
     * The position a cursor holds, if it is genuine and was issued for this scope.
     *
     * @param cursor the {@code after} parameter
     * @param scope  the list being read
     * @return the position
     * @throws ApiErrorException (400) for anything else
     */
    public Position read(String cursor, Scope scope) {
        int dot = cursor.indexOf('.');
        try {
            byte[] payload = DECODER.decode(cursor.substring(0, Math.max(dot, 0)));
            byte[] signature = DECODER.decode(cursor.substring(dot + 1));
            // Only the spelling issue() writes: base64 has other spellings of the same bytes (padding, the last
            // character's unused bits), and one cursor must have one spelling.
            if (dot < 0 || !cursor.equals(ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(signature))
                    || !MessageDigest.isEqual(mac(payload), signature)) {
                throw refused();
            }
            JsonNode fields = JSON.readTree(payload);
            Scope issuedFor = new Scope(fields.path(0).asText(), fields.path(1).asText(), fields.path(2).asText(),
                    fields.path(3).isNull() ? null : fields.path(3).asText());
            if (!issuedFor.equals(scope)) {
                throw refused();
            }
            return new Position(OffsetDateTime.parse(fields.path(4).asText()), fields.path(5).asText());
        } catch (IllegalArgumentException | IOException | DateTimeParseException e) {
            throw refused();
        }
    }

    private static ApiErrorException refused() {
        return new ApiErrorException(ErrorCode.BAD_REQUEST, REFUSED);
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] full = mac.doFinal(payload);
            byte[] truncated = new byte[MAC_BYTES];
            System.arraycopy(full, 0, truncated, 0, MAC_BYTES);
            return truncated;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cursor signing failed", e);
        }
    }
}
