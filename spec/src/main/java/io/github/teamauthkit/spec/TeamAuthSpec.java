package io.github.teamauthkit.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The Team and Authentication API contract, as packaged in this jar.
 *
 * <p>Every module of this project is generated from or checked against this one file.
 */
public final class TeamAuthSpec {

    /** Class-path location of the OpenAPI document (YAML). */
    public static final String RESOURCE = "io/github/teamauthkit/spec/paperspace-team-auth-api-openapi.yml";

    private TeamAuthSpec() {
    }

    /**
     * Opens the OpenAPI document.
     *
     * @return a new stream over the YAML document; the caller closes it
     * @throws IllegalStateException if the resource is missing from the class path
     */
    public static InputStream open() {
        InputStream in = TeamAuthSpec.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The spec resource " + RESOURCE + " is not on the class path");
        }
        return in;
    }

    /**
     * Reads the OpenAPI document.
     *
     * @return the YAML document as text
     */
    public static String text() {
        try (InputStream in = open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the spec resource " + RESOURCE, e);
        }
    }
}
