package io.github.teamauthkit.contract;

import io.github.teamauthkit.spec.TeamAuthSpec;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Which documented (operation, status) pairs the run exercised. Every response the suite receives
 * is recorded against the spec's operations; the report lists each documented status as exercised
 * or not.
 */
public final class Coverage {

    /** Statuses a client cannot provoke without harming the run, each with its reason. */
    static final Map<String, String> ALLOWED_GAPS = Map.of(
            "429", "provoking it means failing authentication past the server's limit, which locks the suite's own "
                    + "address out for a minute: --check-throttling does it",
            "503", "provoking it means taking the server's database away; the reference server's own tests cover it");

    /** One documented operation. */
    record DocumentedOperation(String operationId, String method, String path, Pattern pattern, List<String> statuses) {
    }

    private static final List<DocumentedOperation> OPERATIONS = read();
    private static final Set<String> EXERCISED = ConcurrentHashMap.newKeySet();
    private static final Map<String, String> NOT_APPLICABLE = new ConcurrentHashMap<>();

    private Coverage() {
    }

    /**
     * Records one exchange.
     *
     * @param method the request method
     * @param uri    the request URI
     * @param base   the API's base URI
     * @param status the response status
     * @return the operation the exchange belongs to, if any
     */
    static Optional<DocumentedOperation> record(String method, URI uri, URI base, int status) {
        Optional<DocumentedOperation> operation = operationOf(method, uri, base);
        operation.ifPresent(o -> EXERCISED.add(base + " " + o.operationId() + " " + status));
        return operation;
    }

    /** The operation a request addresses, if any. */
    private static Optional<DocumentedOperation> operationOf(String method, URI uri, URI base) {
        String path = uri.getRawPath().substring(Math.min(base.getRawPath().length(), uri.getRawPath().length()));
        return OPERATIONS.stream()
                .filter(operation -> operation.method().equalsIgnoreCase(method) && operation.pattern().matcher(path).matches())
                .findFirst();
    }

    /**
     * Allows one status as a gap on one target, because the only check exercising it does not apply there.
     *
     * @param operationAndStatus e.g. {@code "removeTeamMember 409"}
     */
    static void allowGap(ContractTarget target, String operationAndStatus, String reason) {
        NOT_APPLICABLE.putIfAbsent(URI.create(target.baseUrl()) + " " + operationAndStatus, reason);
    }

    /** The operation × status table for one server; each row exercised, allowed as a gap, or missing. */
    static List<Row> rows(URI base) {
        List<Row> rows = new ArrayList<>();
        for (DocumentedOperation operation : OPERATIONS) {
            for (String status : operation.statuses()) {
                String key = base + " " + operation.operationId() + " " + status;
                boolean exercised = EXERCISED.contains(key);
                String allowed = ALLOWED_GAPS.getOrDefault(status, NOT_APPLICABLE.get(key));
                rows.add(new Row(operation, status, exercised, exercised ? null : allowed));
            }
        }
        return rows;
    }

    /** One documented status of one operation. */
    record Row(DocumentedOperation operation, String status, boolean exercised, String allowedBecause) {

        boolean missing() {
            return !exercised && allowedBecause == null;
        }
    }

    static String markdown(URI base) {
        StringBuilder table = new StringBuilder("# Contract coverage of " + base + "\n\n| operation | request | status | exercised |\n|---|---|---|---|\n");
        for (Row row : rows(base)) {
            table.append("| ").append(row.operation().operationId()).append(" | ").append(row.operation().method()).append(' ')
                    .append(row.operation().path()).append(" | ").append(row.status()).append(" | ")
                    .append(row.exercised() ? "yes" : row.allowedBecause() != null ? "no (allowed: " + row.allowedBecause() + ")"
                            : "**NO**")
                    .append(" |\n");
        }
        return table.toString();
    }

    private static List<DocumentedOperation> read() {
        OpenAPI spec = new OpenAPIV3Parser().readContents(TeamAuthSpec.text()).getOpenAPI();
        List<DocumentedOperation> operations = new ArrayList<>();
        spec.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                operations.add(new DocumentedOperation(operation.getOperationId(), method.name().toUpperCase(Locale.ROOT), path,
                        Pattern.compile(path.replaceAll("\\{[^}]+}", "[^/]+")), operation.getResponses().keySet().stream()
                                // "default" (any other error) is no status a run could exercise.
                                .filter(status -> !"default".equals(status)).toList()))));
        return List.copyOf(operations);
    }
}
