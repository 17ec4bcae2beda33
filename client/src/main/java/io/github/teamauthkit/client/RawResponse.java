package io.github.teamauthkit.client;

import java.net.http.HttpHeaders;

/**
 * A successful response with its status and headers, for callers who want more than the data.
 *
 * @param status  the HTTP status
 * @param headers the response headers
 * @param data    the parsed body; null for 204 and for a {@code null} session
 * @param <T>     the data type
 */
public record RawResponse<T>(int status, HttpHeaders headers, T data) {
}
