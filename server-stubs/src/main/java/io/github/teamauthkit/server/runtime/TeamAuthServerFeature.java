package io.github.teamauthkit.server.runtime;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Register this with your Jakarta REST application next to your implementations of the generated
 * interfaces: success responses then carry the spec's status and body, and every error is
 * answered as the spec's {@code Error} ({@code {code, message, details?}}).
 */
public final class TeamAuthServerFeature implements Feature {

    @Override
    public boolean configure(FeatureContext context) {
        context.register(new SpecObjectMapperResolver());
        context.register(new SpecJsonWriter());
        context.register(new SpecJsonReader());
        context.register(new SpecOperationFeature());
        context.register(new JsonAnswerFilter());
        context.register(new ApiErrorExceptionMapper());
        context.register(new WebApplicationExceptionMapper());
        context.register(new ConstraintViolationExceptionMapper());
        context.register(new UnexpectedExceptionMapper());
        return true;
    }
}
