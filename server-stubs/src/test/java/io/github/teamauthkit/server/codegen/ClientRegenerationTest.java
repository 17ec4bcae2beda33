package io.github.teamauthkit.server.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SDK follows the spec with no hand-written edit: on a copy of the repository, a new operation
 * added to the spec becomes a typed call that a program can make at once (typed data, typed 404,
 * retried 503, key redacted from the error), and a removed operation can no longer be called.
 */
class ClientRegenerationTest {

    private static final String SPEC = "spec/paperspace-team-auth-api-openapi.yml";

    private static final String VERSIONS_OPERATION = """
              /teams/{id}/secrets/{name}/versions:
                parameters:
                - $ref: '#/components/parameters/TeamIdInSecretsPath'
                - $ref: '#/components/parameters/SecretNameInPath'
                get:
                  tags: [Team Secrets]
                  operationId: listTeamSecretVersions
                  x-sdk: {resource: secrets, method: listVersions}
                  x-access: {role: member, team: id}
                  summary: List Team Secret Versions
                  security:
                  - bearerAuth: []
                  - legacyApiKey: []
                  parameters:
                  - in: query
                    name: limit
                    description: How many versions at most.
                    schema: {type: integer, minimum: 1, maximum: 100}
                  responses:
                    '200':
                      description: The secret's versions, newest first.
                      content:
                        application/json:
                          schema:
                            type: array
                            items: {$ref: '#/components/schemas/SecretVersion'}
                    '401': {$ref: '#/components/responses/Unauthorized'}
                    '404': {$ref: '#/components/responses/NotFound'}
                    default: {$ref: '#/components/responses/Default'}
            components:
            """;

    private static final String VERSION_SCHEMA = """
              schemas:
                SecretVersion:
                  type: object
                  properties:
                    version: {type: integer, description: The version number.}
                    dtCreated: {type: string, format: date-time, description: When it was written.}
                  example: {version: 2, dtCreated: '2026-11-02T09:30:00Z'}
            """;

    /** A user's program: a scripted server, and the new call through the SDK. */
    private static final String PROGRAM = """
            import com.sun.net.httpserver.HttpServer;
            import io.github.teamauthkit.client.TeamAuthClient;
            import io.github.teamauthkit.client.errors.NotFoundException;
            import io.github.teamauthkit.client.model.Secret;
            import io.github.teamauthkit.client.model.SecretVersion;
            import io.github.teamauthkit.client.resources.TeamSecretsResource;
            import java.net.InetAddress;
            import java.net.InetSocketAddress;
            import java.nio.charset.StandardCharsets;
            import java.time.Duration;
            import java.util.List;
            import java.util.concurrent.atomic.AtomicInteger;

            public class Program {
                public static void main(String[] args) throws Exception {
                    String key = "ps_program_key_0001";
                    AtomicInteger attempts = new AtomicInteger();
                    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                    server.createContext("/", exchange -> {
                        String target = exchange.getRequestURI().toString();
                        int status = 404;
                        String body = "{\\"code\\":\\"NOT_FOUND\\",\\"message\\":\\"no secret for key " + key + "\\"}";
                        if (target.equals("/v1/teams/t1/secrets/HF_TOKEN/versions?limit=2")) {
                            boolean first = attempts.incrementAndGet() == 1;
                            status = first ? 503 : 200;
                            body = first ? "{\\"code\\":\\"UNAVAILABLE\\",\\"message\\":\\"later\\"}"
                                    : "[{\\"version\\":2,\\"dtCreated\\":\\"2026-11-02T09:30:00Z\\"},{\\"version\\":1}]";
                        }
                        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                        exchange.getResponseHeaders().add("Content-Type", "application/json");
                        exchange.sendResponseHeaders(status, bytes.length);
                        exchange.getResponseBody().write(bytes);
                        exchange.close();
                    });
                    server.start();
                    try {
                        TeamAuthClient client = TeamAuthClient.builder().apiKey(key).retryBaseDelay(Duration.ofMillis(5))
                                .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/v1").build();
                        System.out.println(TeamSecretsResource.ListParams.builder().namePrefix("HF").build()
                                + ", rotated " + new Secret().getDtLastRotated());
                        List<SecretVersion> versions = client.secrets("t1").listVersions("HF_TOKEN", 2);
                        System.out.println("versions " + versions.size() + ", newest " + versions.get(0).getVersion()
                                + " of " + versions.get(0).getDtCreated() + ", attempts " + attempts.get());
                        try {
                            client.secrets("t1").listVersions("MISSING", null);
                        } catch (NotFoundException e) {
                            System.out.println("typed 404: " + e.getMessage());
                        }
                    } finally {
                        server.stop(0);
                    }
                }
            }
            """;

    @TempDir
    Path directory;

    /**
     * Compatible changes of every kind at once (a new operation, a new optional query parameter, a new field), each
     * under a name the spec does not use yet: the client's own tests stay green on them, so none of them hard-codes
     * what the spec lists, and the new names are typed calls, parameters and getters.
     */
    @Test
    void aNewOperationBecomesATypedCallAndARemovedOneCannotBeCalled() throws Exception {
        RepositoryCopy copy = RepositoryCopy.of(directory);
        String before = Files.readString(copy.resolve(SPEC));
        for (String name : List.of("listTeamSecretVersions", "SecretVersion", "namePrefix", "dtLastRotated")) {
            assertThat(before).as("a name the spec does not use yet").doesNotContain(name);
        }
        copy.edit(SPEC, "components:\n", VERSIONS_OPERATION);
        copy.edit(SPEC, "  schemas:\n", VERSION_SCHEMA);
        addAfter(copy, "operationId: listTeamSecrets", "      parameters:\n", """
                      - in: query
                        name: namePrefix
                        description: Only the secrets whose name starts with this.
                        schema: {type: string, maxLength: 100}
                """);
        addAfter(copy, "\n    Secret:\n", "\n      properties:\n", """
                        dtLastRotated:
                          type: string
                          format: date-time
                          description: When the value was last replaced by a rotation.
                """);

        copy.maven("-pl", "spec,client", "verify", "-Dmaven.javadoc.skip=true").succeeded();
        Path generated = copy.resolve("client/target/generated-sources/openapi");
        assertThat(GeneratedImportsTest.unusedIn(generated)).as("unused imports in %s", generated).isEmpty();
        Path program = write(copy.resolve("program"), PROGRAM);
        assertThat(compile(copy, program)).as("compiler output").isEmpty();
        String output = run(copy, program.getParent());

        assertThat(output).contains("namePrefix=HF").contains("], rotated null");
        assertThat(output).contains("versions 2, newest 2 of 2026-11-02T09:30Z, attempts 2");
        assertThat(output).contains("typed 404: ").doesNotContain("ps_program_key_0001").contains("***");

        // Remove deleteTeamSecret (a breaking change, so a new major version) and call it.
        String spec = Files.readString(copy.resolve(SPEC));
        int start = spec.indexOf("    delete:\n      tags: [Team Secrets]");
        int end = spec.indexOf("\n  /", start);
        Matcher major = Pattern.compile("(?m)^  version: (\\d+)\\.\\d+\\.\\d+$").matcher(spec);
        assertThat(major.find()).as("info.version in the spec").isTrue();
        Files.writeString(copy.resolve(SPEC), (spec.substring(0, start) + spec.substring(end + 1))
                .replaceFirst("(?m)^  version: \\d+\\.\\d+\\.\\d+$", "  version: " + (Integer.parseInt(major.group(1)) + 1) + ".0.0"));
        buildClient(copy);
        Path caller = write(copy.resolve("caller"), """
                public class Program {
                    public static void main(String[] args) {
                        io.github.teamauthkit.client.TeamAuthClient.fromEnv().secrets("t1").delete("HF_TOKEN");
                    }
                }
                """);
        assertThat(compile(copy, caller)).contains("cannot find symbol").contains("delete(");
    }

    /** Inserts the text after the first {@code anchor} that follows {@code landmark} in the copy's spec. */
    private static void addAfter(RepositoryCopy copy, String landmark, String anchor, String text) throws Exception {
        String spec = Files.readString(copy.resolve(SPEC));
        int at = spec.indexOf(anchor, spec.indexOf(landmark)) + anchor.length();
        assertThat(spec.indexOf(landmark)).as("%s in the spec", landmark.strip()).isNotNegative();
        Files.writeString(copy.resolve(SPEC), spec.substring(0, at) + text + spec.substring(at));
    }

    private static void buildClient(RepositoryCopy copy) throws Exception {
        copy.maven("-pl", "spec,client", "package", "-DskipTests", "-Dmaven.javadoc.skip=true").succeeded();
    }

    private static Path write(Path dir, String source) throws Exception {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve("Program.java"), source);
    }

    /** Compiles against the copy's freshly built client classes and Jackson; returns the diagnostics. */
    private static String compile(RepositoryCopy copy, Path source) {
        java.io.StringWriter diagnostics = new java.io.StringWriter();
        var compiler = ToolProvider.getSystemJavaCompiler();
        int exit = compiler.run(null, null, new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                diagnostics.write(b);
            }
        }), "-d", source.getParent().toString(), "-cp", classPath(copy), source.toString());
        return exit == 0 ? "" : diagnostics.toString();
    }

    private static String run(RepositoryCopy copy, Path classes) throws Exception {
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                classes + File.pathSeparator + classPath(copy), "Program").redirectErrorStream(true).start();
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).as("the program finished").isTrue();
        String output = new String(java.getInputStream().readAllBytes());
        assertThat(java.exitValue()).as("exit code; output:%n%s", output).isZero();
        return output;
    }

    /** The client as just built, and the Jackson jars it needs (this test's own, the same versions). */
    private static String classPath(RepositoryCopy copy) {
        List<String> entries = new ArrayList<>(List.of(copy.resolve("client/target/classes").toString()));
        Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("jackson")).forEach(entries::add);
        return entries.stream().collect(Collectors.joining(File.pathSeparator));
    }
}
