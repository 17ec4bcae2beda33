package io.github.teamauthkit.server.runtime;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Answers a bean-validation failure of the request with 400, naming each field and constraint but
 * never the rejected value. A failure of the return value is the server's fault: 500.
 */
@Provider
final class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    private static final System.Logger LOG = System.getLogger(ConstraintViolationExceptionMapper.class.getName());

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<ConstraintViolation<?>> violations = new ArrayList<>(e.getConstraintViolations());
        if (violations.stream().anyMatch(ConstraintViolationExceptionMapper::isReturnValue)) {
            LOG.log(Level.ERROR, "A response broke the spec's constraints: " + violations.size() + " violation(s)");
            return ApiErrors.of(ErrorCode.INTERNAL_SERVER_ERROR).build();
        }
        violations.sort(Comparator.comparing(v -> field(v.getPropertyPath())));
        List<String> problems = violations.stream().map(v -> field(v.getPropertyPath()) + ": " + v.getMessage()).toList();
        String message = problems.isEmpty() ? ErrorCode.BAD_REQUEST.defaultMessage() : String.join("; ", problems);
        return ApiErrors.of(ErrorCode.BAD_REQUEST, message).build();
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        return StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .anyMatch(node -> node.getKind() == ElementKind.RETURN_VALUE);
    }

    /**
     * The path as the client knows it: a path parameter by its name, a body field by its property
     * path, without the Java method and the body parameter's Java name.
     */
    static String field(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case PROPERTY, CONTAINER_ELEMENT -> names.add(node.getName());
                case PARAMETER -> {
                    names.clear();
                    names.add(node.getName());
                }
                default -> { }
            }
        }
        return names.size() > 1 ? String.join(".", names.subList(1, names.size())) : String.join(".", names);
    }
}
