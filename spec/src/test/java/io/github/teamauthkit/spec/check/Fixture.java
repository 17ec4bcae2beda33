package io.github.teamauthkit.spec.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** A small spec that passes every check, and ways to break it one rule at a time. */
final class Fixture {

    static final String WIDGET = "/paths/~1widgets~1{widgetId}";
    static final String GET = WIDGET + "/get";
    static final String PUT = WIDGET + "/put";
    static final String ME = "/paths/~1me/get";

    static final String MINIMAL = """
            openapi: 3.0.3
            info: {title: Widgets, version: 1.0.0}
            paths:
              /widgets/{widgetId}:
                parameters:
                - {in: path, name: widgetId, required: true, schema: {type: string}}
                get:
                  tags: [Widgets]
                  operationId: getWidget
                  x-access: {role: anyone}
                  x-sdk: {method: getWidget}
                  summary: Get a widget
                  security: [{bearerAuth: []}]
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Widget'}
                    '401': {$ref: '#/components/responses/Unauthorized'}
                    default: {$ref: '#/components/responses/Unauthorized'}
                put:
                  tags: [Widgets]
                  operationId: updateWidget
                  x-access: {role: admin, team: widgetId}
                  x-sdk: {resource: widgets, method: update}
                  summary: Update a widget
                  security: [{bearerAuth: []}]
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/WidgetUpdate'}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Widget'}
                    '401': {$ref: '#/components/responses/Unauthorized'}
                    default: {$ref: '#/components/responses/Unauthorized'}
              /me:
                get:
                  tags: [Widgets]
                  operationId: getMe
                  x-access: {role: anyone}
                  x-sdk: {method: me, keysTeam: /team/id}
                  summary: The caller
                  security: [{bearerAuth: []}]
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Widget'}
                    '401': {$ref: '#/components/responses/Unauthorized'}
                    default: {$ref: '#/components/responses/Unauthorized'}
            components:
              securitySchemes:
                bearerAuth: {type: http, scheme: bearer}
              responses:
                Unauthorized:
                  description: no key
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Error'}
              schemas:
                Widget:
                  type: object
                  properties:
                    flag: {type: boolean}
                    label: {type: string}
                  example: {flag: true, label: blue}
                WidgetUpdate:
                  type: object
                  properties:
                    label: {type: string}
                  example: {label: blue}
                Error:
                  type: object
                  required: [code, message]
                  properties:
                    code: {type: string}
                    message: {type: string}
                  example: {code: NOT_FOUND, message: No such widget.}
            """;

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Fixture() {
    }

    static ObjectNode minimal() {
        try {
            return (ObjectNode) YAML.readTree(MINIMAL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode object(JsonNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    static ArrayNode array(JsonNode root, String pointer) {
        return (ArrayNode) root.at(pointer);
    }

    static Path write(Path file, JsonNode spec) throws IOException {
        YAML.writeValue(file.toFile(), spec);
        return file;
    }
}
