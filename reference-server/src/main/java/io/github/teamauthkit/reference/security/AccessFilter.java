package io.github.teamauthkit.reference.security;

import io.github.teamauthkit.reference.http.DatabaseUnavailableMapper;
import io.github.teamauthkit.reference.store.ApiKeyStore;
import io.github.teamauthkit.reference.store.CredentialCheck;
import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.reference.store.DatabaseUnavailableException;
import io.github.teamauthkit.reference.store.KeyHolder;
import io.github.teamauthkit.server.runtime.AccessRule;
import io.github.teamauthkit.server.runtime.ApiErrorException;
import io.github.teamauthkit.server.runtime.ApiErrors;
import io.github.teamauthkit.server.runtime.ErrorCode;
import io.github.teamauthkit.server.runtime.SpecAnnotations;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jboss.resteasy.core.ResteasyContext;
import org.jboss.resteasy.spi.HttpRequest;

/**
 * Authentication, team scope and role, decided on the operation the router matched: its
 * {@link AccessRule} (the spec's {@code x-access}) and its path parameters exactly as the resource
 * receives them. An operation without a rule is refused. This runs before the body is read, so a
 * caller who may not make a request learns nothing from validation or a missing resource. The
 * authenticated {@link KeyHolder} is pushed into the request's context for the resources.
 *
 * <p>A key looked up before is taken from the {@link KeyCache} without a statement; the request then owes a
 * {@link CredentialCheck}, which the database proves in the request's first statement (or beside a list's rows), and
 * which this filter proves before the response when the request reached no database at all.
 */
@Priority(Priorities.AUTHENTICATION)
public final class AccessFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private final Database database;
    private final AuthFailureLimiter limiter;
    private final KeyCache cache = new KeyCache();

    /** RESTEasy's own view of the request: unlike a servlet request, it exists on every HTTP engine. */
    @Context
    private HttpRequest httpRequest;

    @Context
    private ResourceInfo resourceInfo;

    /**
     * Creates the filter.
     *
     * @param database where keys are looked up
     * @param limiter  counts failed authentications per client address
     */
    public AccessFilter(Database database, AuthFailureLimiter limiter) {
        this.database = database;
        this.limiter = limiter;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        CredentialCheck.clear();
        Optional<AccessRule> rule = Optional.ofNullable(resourceInfo.getResourceMethod())
                .flatMap(method -> SpecAnnotations.find(resourceInfo.getResourceClass(), method, AccessRule.class));
        if (rule.isEmpty()) {
            deny(request, "This operation declares no access rule, so no key may call it.");
            return;
        }
        Optional<String> key = Credentials.presented(request::getHeaderString);
        if (key.isEmpty() && rule.get().role() == AccessRule.Role.ANYONE) {
            return;
        }
        Optional<String> keyHash = key.filter(k -> !k.isEmpty()).map(ApiKeys::hash);
        MultivaluedMap<String, String> pathParameters = request.getUriInfo().getPathParameters();
        Optional<KeyHolder.AtEpoch> cached = keyHash.flatMap(cache::get);
        Optional<KeyHolder.AtEpoch> lookup = cached;
        if (cached.isPresent() && refusal(rule.get(), pathParameters, cached.get().holder()).isPresent()) {
            // The member may have been made an admin since: a refusal is decided on a fresh lookup only. The key was
            // proven valid here, so looking it up again guesses nothing, and a lockout does not hold it back.
            cached = Optional.empty();
            lookup = keyHash.flatMap(this::lookUp);
        } else if (lookup.isEmpty() && key.isPresent()) {
            // Only keys not proven valid on this server face the limit: a client whose key works keeps working when
            // others behind the same address guess. Counted as a failure before the lookup, taken back if the key is
            // valid: concurrent guesses cannot all pass a check made before any of them was counted. (A request
            // without a key guesses nothing.)
            String address = limiter.clientAddress(httpRequest.getRemoteAddress(), request.getHeaders().getOrDefault(
                    "X-Forwarded-For", List.of()));
            if (tooManyFailures(request, limiter.retryAfterSeconds(address))) {
                return;
            }
            AuthFailureLimiter.Attempt attempt = limiter.attempt(address);
            if (!attempt.allowed() && tooManyFailures(request, limiter.retryAfterSeconds(address))) {
                return;
            }
            lookup = keyHash.flatMap(this::lookUp);
            if (lookup.isPresent()) {
                limiter.refund(attempt);
            }
        }
        if (lookup.isEmpty()) {
            request.abortWith(ApiErrors.of(ErrorCode.UNAUTHORIZED).build());
            return;
        }
        Optional<String> refusal = refusal(rule.get(), pathParameters, lookup.get().holder());
        if (refusal.isPresent()) {
            deny(request, refusal.get());
            return;
        }
        if (cached.isPresent()) {
            String hash = keyHash.get();
            CredentialCheck.require(cached.get().epoch(), connection -> recheck(connection, hash, rule.get(), pathParameters));
        }
        ResteasyContext.pushContext(KeyHolder.class, lookup.get().holder());
    }

    private Optional<KeyHolder.AtEpoch> lookUp(String keyHash) {
        Optional<KeyHolder.AtEpoch> found = database.read(connection -> ApiKeyStore.holder(connection, keyHash));
        found.ifPresentOrElse(lookup -> cache.put(keyHash, lookup), () -> cache.remove(keyHash));
        return found;
    }

    /**
     * After a key, member or role changed somewhere: looks the cached key up again on the request's connection and
     * refuses the request, as the filter would have, if the key or its holder's role no longer allows it. A key found
     * revoked here is not counted as a failed authentication: it was valid when cached, so it guesses nothing, and
     * counting would need a second connection while the request holds this one.
     */
    private void recheck(Connection connection, String keyHash, AccessRule rule, MultivaluedMap<String, String> pathParameters)
            throws SQLException {
        Optional<KeyHolder.AtEpoch> fresh = ApiKeyStore.holder(connection, keyHash);
        if (fresh.isEmpty()) {
            cache.remove(keyHash);
            throw new ApiErrorException(ErrorCode.UNAUTHORIZED, ErrorCode.UNAUTHORIZED.defaultMessage());
        }
        cache.put(keyHash, fresh.get());
        Optional<String> refusal = refusal(rule, pathParameters, fresh.get().holder());
        if (refusal.isPresent()) {
            throw new ApiErrorException(ErrorCode.FORBIDDEN, refusal.get());
        }
        ResteasyContext.pushContext(KeyHolder.class, fresh.get().holder());
    }

    /**
     * A request that answered without reaching the database (a 4xx from validation, say) proves its pending check
     * here, before it answers. An answer of the server's own failure (5xx) reveals nothing and did nothing.
     */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        try {
            if (CredentialCheck.pending() && response.getStatus() < 500) {
                database.read(connection -> null);
            }
        } catch (ApiErrorException refused) {
            replace(response, ApiErrors.of(refused.code(), refused.getMessage()).build());
        } catch (DatabaseUnavailableException down) {
            replace(response, DatabaseUnavailableMapper.answer(down));
        } finally {
            CredentialCheck.clear();
        }
    }

    private static void replace(ContainerResponseContext response, Response answer) {
        response.setStatus(answer.getStatus());
        response.getHeaders().clear();
        response.getHeaders().putAll(answer.getMetadata());
        response.setEntity(answer.getEntity());
    }

    /** Why the rule refuses the holder, given the path parameters the resource will receive (decoded). */
    static Optional<String> refusal(AccessRule rule, MultivaluedMap<String, String> pathParameters, KeyHolder holder) {
        if (rule.role() == AccessRule.Role.ANYONE) {
            return Optional.empty();
        }
        if (!holder.addresses(pathParameters.getFirst(rule.team()))) {
            return Optional.of("The API key belongs to another team.");
        }
        boolean self = !rule.self().isEmpty() && holder.userId().equals(pathParameters.getFirst(rule.self()));
        if (rule.role() == AccessRule.Role.ADMIN && !holder.admin() && !self) {
            return Optional.of("Only team admins may do this.");
        }
        return Optional.empty();
    }

    /** Answers 429 with {@code Retry-After} when the address must wait. */
    private static boolean tooManyFailures(ContainerRequestContext request, OptionalLong wait) {
        if (wait.isEmpty()) {
            return false;
        }
        request.abortWith(ApiErrors.of(ErrorCode.TOO_MANY_REQUESTS,
                "Too many failed authentications; retry in " + wait.getAsLong() + " seconds.")
                .header("Retry-After", wait.getAsLong()).build());
        return true;
    }

    private static void deny(ContainerRequestContext request, String message) {
        request.abortWith(ApiErrors.of(ErrorCode.FORBIDDEN, message).build());
    }
}
