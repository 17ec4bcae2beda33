package io.github.teamauthkit.contract;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.filter.Filter;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.Optional;

/**
 * Request specifications for the suite: the target's base URI, timeouts, validation of every
 * exchange against the spec, and coverage recording.
 */
public final class Requests {

    private static final RestAssuredConfig TIMEOUTS = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 5_000).setParam("http.socket.timeout", 15_000));

    private Requests() {
    }

    /**
     * Without credentials; request and response validated.
     *
     * @param target the server
     * @return the specification
     */
    public static RequestSpecification anonymous(ContractTarget target) {
        return base(target, SpecValidationFilters.requestAndResponse()).build();
    }

    /**
     * With a key; request and response validated.
     *
     * @param target the server
     * @param key    the API key
     * @return the specification
     */
    public static RequestSpecification as(ContractTarget target, String key) {
        return base(target, SpecValidationFilters.requestAndResponse()).addHeader("Authorization", "Bearer " + key).build();
    }

    /**
     * With a key in the deprecated {@code x-api-key} header, which the spec says servers accept; request and response
     * validated.
     *
     * @param target the server
     * @param key    the API key
     * @return the specification
     */
    public static RequestSpecification asLegacy(ContractTarget target, String key) {
        return base(target, SpecValidationFilters.requestAndResponse()).addHeader("x-api-key", key).build();
    }

    /**
     * With a key, for requests that break the spec on purpose: only the response is validated.
     *
     * @param target the server
     * @param key    the API key, or null for none
     * @return the specification
     */
    public static RequestSpecification invalidAs(ContractTarget target, String key) {
        RequestSpecBuilder builder = base(target, SpecValidationFilters.responseOnly());
        if (key != null) {
            builder.addHeader("Authorization", "Bearer " + key);
        }
        return builder.build();
    }

    private static String relative(String uri, String baseUrl) {
        return uri.startsWith(baseUrl) ? uri.substring(baseUrl.length()) : uri;
    }

    /** The variable that holds a key of the target, or the key itself when it is one the kit made up. */
    private static String keyOf(String authorization, ContractTarget target) {
        if (authorization == null) {
            return null;
        }
        String key = authorization.replaceFirst("^Bearer ", "");
        String redacted = target.redacted(key);
        return redacted.equals(key) ? key : redacted;
    }

    private static RequestSpecBuilder base(ContractTarget target, Filter validation) {
        URI base = URI.create(target.baseUrl());
        Filter coverage = (request, response, context) -> {
            var result = context.next(request, response);
            Optional<Coverage.DocumentedOperation> operation = Coverage.record(request.getMethod(), URI.create(request.getURI()),
                    base, result.statusCode());
            Exchange exchange = new Exchange(request.getMethod(), relative(request.getURI(), target.baseUrl()),
                    operation.map(Coverage.DocumentedOperation::operationId).orElse(null),
                    keyOf(Optional.ofNullable(request.getHeaders().getValue("Authorization"))
                            .orElse(request.getHeaders().getValue("x-api-key")), target),
                    request.getBody() == null ? null : target.redacted(request.getBody().toString()), result.statusCode(),
                    target.redacted(result.asString()));
            Exchange.record(exchange);
            // Every operation declares a default response, which a validator accepts for any status:
            // that the answer is the operation's own success status is checked here, before the validator
            // (the outer filter) reads the body.
            operation.filter(o -> result.statusCode() < 400 && !o.statuses().contains(String.valueOf(result.statusCode())))
                    .ifPresent(o -> {
                        throw new CheckFailure(new AssertionError(o.operationId() + " answered " + result.statusCode()
                                + ", which is not a status the spec documents for it " + o.statuses()), exchange, target.baseUrl());
                    });
            return result;
        };
        return new RequestSpecBuilder().setBaseUri(target.baseUrl()).setConfig(TIMEOUTS)
                .setUrlEncodingEnabled(false).addFilter(validation).addFilter(coverage);
    }
}
