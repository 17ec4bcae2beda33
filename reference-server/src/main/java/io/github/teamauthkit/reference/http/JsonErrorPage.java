package io.github.teamauthkit.reference.http;

import io.github.teamauthkit.server.runtime.ApiErrors;
import io.github.teamauthkit.server.runtime.ErrorCode;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The servlet container's error page, for errors raised before Jakarta REST sees a request (an empty
 * {@code Content-Type}, which RESTEasy refuses while wrapping the request): {@code {code, message}}
 * instead of the container's HTML.
 */
public final class JsonErrorPage extends HttpServlet {

    /** Where the deployment maps it; requested directly, it is a path like any unknown one. */
    static final String PATH = "/-/error";

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ErrorCode code = request.getDispatcherType() == DispatcherType.ERROR ? ErrorCode.forStatus(response.getStatus())
                : ErrorCode.NOT_FOUND;
        response.setStatus(code.status());
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // The code's own message: nothing from the request is echoed.
        response.getWriter().write(ApiErrors.json(code, code.defaultMessage()));
    }
}
