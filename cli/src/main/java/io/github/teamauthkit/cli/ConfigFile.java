package io.github.teamauthkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * {@code ~/.paperspace/config.json}, shared with paperspace-node and gradient-cli: {@code apiKey},
 * {@code name} and, from us, {@code team}. Other fields are kept as they are. Written atomically,
 * mode 0600 in a 0700 directory.
 */
final class ConfigFile {

    static final String API_KEY = "apiKey";
    static final String NAME = "name";
    static final String TEAM = "team";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    ConfigFile(Path home) {
        this.file = home.resolve(".paperspace").resolve("config.json");
    }

    Path path() {
        return file;
    }

    /** The file's fields; empty when there is no file. */
    ObjectNode read() throws IOException {
        if (!Files.exists(file)) {
            return JSON.createObjectNode();
        }
        try {
            return (ObjectNode) JSON.readTree(file.toFile());
        } catch (IOException | ClassCastException e) {
            throw new UserError(file + " is not a JSON object; fix or remove it");
        }
    }

    /** Replaces the file with these fields, in one atomic step. */
    void write(ObjectNode config) throws IOException {
        writePrivately(file, JSON.writeValueAsBytes(config));
    }

    /** Replaces a file of {@code ~/.paperspace} in one atomic step, mode 0600 in a 0700 directory. */
    static void writePrivately(Path file, byte[] content) throws IOException {
        Path directory = file.getParent();
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        Path temporary = Files.createTempFile(directory, ".config", ".json",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
