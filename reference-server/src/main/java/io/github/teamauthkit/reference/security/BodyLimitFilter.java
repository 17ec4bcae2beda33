package io.github.teamauthkit.reference.security;

import io.github.teamauthkit.server.runtime.ApiErrors;
import io.github.teamauthkit.server.runtime.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over 64 KiB with 413, after the access checks (its priority comes after
 * theirs). A declared length is checked without reading; a body of unknown length is read up to
 * the limit, never further.
 */
@Priority(Priorities.AUTHORIZATION)
public final class BodyLimitFilter implements ContainerRequestFilter {

    /** The largest request body accepted, as the spec's 413 response documents. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (request.getLength() > MAX_BODY_BYTES) {
            refuse(request);
            return;
        }
        if (request.getLength() < 0 && request.hasEntity()) {
            InputStream body = request.getEntityStream();
            byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                refuse(request);
                return;
            }
            request.setEntityStream(new ByteArrayInputStream(bytes));
        }
    }

    private static void refuse(ContainerRequestContext request) {
        request.abortWith(ApiErrors.of(ErrorCode.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + MAX_BODY_BYTES + " bytes.").build());
    }
}
