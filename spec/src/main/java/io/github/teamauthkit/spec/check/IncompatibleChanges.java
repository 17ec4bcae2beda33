package io.github.teamauthkit.spec.check;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.ComposedChanged;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.model.schema.ChangedRequired;

/**
 * Names every incompatible change in an openapi-diff result by operation and field, so a failed
 * build says what broke and an allow file can list it.
 */
final class IncompatibleChanges {

    private final List<IncompatibleChange> found = new ArrayList<>();
    private String operation;

    private IncompatibleChanges() {
    }

    static List<IncompatibleChange> of(ChangedOpenApi diff) {
        IncompatibleChanges changes = new IncompatibleChanges();
        for (Endpoint removed : diff.getMissingEndpoints()) {
            changes.operation = removed.getMethod() + " " + removed.getPathUrl();
            changes.add("", "operation removed", "");
        }
        for (ChangedOperation changed : diff.getChangedOperations()) {
            if (changed.isIncompatible()) {
                changes.operation = changed.getHttpMethod() + " " + newPath(diff, changed);
                changes.operation(changed);
            }
        }
        return List.copyOf(changes.found);
    }

    /** openapi-diff names the path as the baseline spelled it; users read the new spelling. */
    private static String newPath(ChangedOpenApi diff, ChangedOperation changed) {
        return diff.getNewSpecOpenApi().getPaths().entrySet().stream()
                .filter(path -> path.getValue().readOperations().contains(changed.getNewOperation()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(changed.getPathUrl());
    }

    private void operation(ChangedOperation changed) {
        int before = found.size();
        parameters(changed.getParameters());
        if (changed.getRequestBody() != null && changed.getRequestBody().isIncompatible()) {
            if (changed.getRequestBody().isChangeRequired()) {
                add("request body", "now required", "");
            }
            content("request body", changed.getRequestBody().getContent());
        }
        responses(changed.getApiResponses());
        if (changed.getSecurityRequirements() != null && changed.getSecurityRequirements().isIncompatible()) {
            add("security", "requirements changed", "");
        }
        if (found.size() == before) {
            add("", "changed incompatibly", "");
        }
    }

    private void parameters(ChangedParameters parameters) {
        if (parameters == null || !parameters.isIncompatible()) {
            return;
        }
        parameters.getMissing().forEach(p -> add(parameterName(p.getName(), p.getIn()), "parameter removed", ""));
        parameters.getIncreased().stream()
                .filter(p -> Boolean.TRUE.equals(p.getRequired()))
                .forEach(p -> add(parameterName(p.getName(), p.getIn()), "new required parameter", ""));
        for (ChangedParameter parameter : parameters.getChanged()) {
            String where = parameterName(parameter.getName(), parameter.getIn());
            if (parameter.isChangeRequired()) {
                add(where, "now required", "");
            }
            schema(where, "", parameter.getSchema());
            content(where, parameter.getContent());
        }
    }

    private void responses(ChangedApiResponse responses) {
        if (responses == null || !responses.isIncompatible()) {
            return;
        }
        responses.getMissing().keySet().forEach(status -> add("response " + status, "response removed", ""));
        for (Map.Entry<String, ChangedResponse> response : responses.getChanged().entrySet()) {
            String where = "response " + response.getKey();
            if (response.getValue().getHeaders() != null && response.getValue().getHeaders().isIncompatible()) {
                add(where, "headers changed", "");
            }
            content(where, response.getValue().getContent());
        }
    }

    private void content(String where, ChangedContent content) {
        if (content == null || !content.isIncompatible()) {
            return;
        }
        content.getMissing().keySet().forEach(type -> add(where + " " + type, "media type removed", ""));
        content.getChanged().values().forEach(media -> schema(where, "", media.getSchema()));
    }

    private void schema(String where, String field, ChangedSchema schema) {
        if (schema == null || !schema.isIncompatible()) {
            return;
        }
        int before = found.size();
        String location = field.isEmpty() ? where : where + " field " + field;
        schema.getChangedProperties().forEach((name, child) -> schema(where, join(field, name), child));
        schema(where, join(field, "[]"), schema.getItems());
        schema(where, join(field, "{}"), schema.getAddProp());
        for (Changed element : schema.getChangedElements()) {
            if (element != null && !(element instanceof ComposedChanged) && element.isIncompatible()) {
                add(location, attributeName(element), detail(element));
            }
        }
        if (schema.isCoreChanged().isIncompatible()) {
            if (schema.isChangedType()) {
                add(location, "type or format changed", "");
            }
            schema.getMissingProperties().keySet().forEach(name -> add(where + " field " + join(field, name), "field removed", ""));
        }
        if (found.size() == before) {
            add(location, "changed incompatibly", "");
        }
    }

    private void add(String location, String kind, String detail) {
        found.add(new IncompatibleChange(operation, location, kind, detail));
    }

    private static String parameterName(String name, String in) {
        return in + " parameter " + name;
    }

    private static String join(String field, String name) {
        return field.isEmpty() ? name : field + "." + name;
    }

    /** {@code ChangedMaxLength} is reported as {@code maxLength}. */
    private static String attributeName(Changed element) {
        String name = element.getClass().getSimpleName().replaceFirst("^Changed", "");
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    private static String detail(Changed element) {
        if (element instanceof ChangedRequired required) {
            List<String> parts = new ArrayList<>();
            if (!required.getIncreased().isEmpty()) {
                parts.add("newly required: " + String.join(", ", required.getIncreased()));
            }
            if (!required.getMissing().isEmpty()) {
                parts.add("no longer required: " + String.join(", ", required.getMissing()));
            }
            return String.join("; ", parts);
        }
        // Most attribute changes (maxLength, pattern, writeOnly, ...) expose old and new values.
        try {
            Method oldValue = element.getClass().getMethod("getOldValue");
            Method newValue = element.getClass().getMethod("getNewValue");
            return oldValue.invoke(element) + " -> " + newValue.invoke(element);
        } catch (ReflectiveOperationException e) {
            return "";
        }
    }
}
