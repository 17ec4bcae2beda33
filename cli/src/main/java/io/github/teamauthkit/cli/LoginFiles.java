package io.github.teamauthkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.github.teamauthkit.client.SavedLogins;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The logins in {@code ~/.paperspace}, changed as Paperspace's CLI ({@code pspace}) changes them, so
 * either CLI finds the other's login: {@code credentials.toml} {@code keys.<namespace>} and
 * {@code config.toml} {@code team} (a key of {@code keys}, as pspace requires), plus
 * {@code config.json} {@code apiKey} for paperspace-node and gradient. Each file is read as a whole
 * tree and written back in one atomic step, mode 0600, so keys we do not know ({@code projects},
 * {@code locale}, another tool's fields) stay as they were; a change of the files holds an exclusive
 * lock on {@code ~/.paperspace/.lock}, so two of our CLIs changing them at once each keep the other's
 * change (two logins at once kept one key of two in 4 of 10 rounds). {@code ~/.paperspace} is made
 * 0700. As pspace does, a symbolic link is followed: a linked file is replaced where it lives and
 * stays linked, and a linked {@code ~/.paperspace} is used as it is, its target's mode left alone
 * (it was made 0700 too, whatever else it held).
 */
final class LoginFiles {

    private static final TomlMapper TOML = new TomlMapper();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String KEYS = "keys";
    private static final String TEAM = "team";
    private static final String API_KEY = "apiKey";
    private static final String NAME = "name";
    /** Links followed to a file at most, as the kernel's own bound on a path's links. */
    private static final int MAX_LINKS = 40;

    private final SavedLogins saved;

    LoginFiles(Path home) {
        this.saved = SavedLogins.in(home);
    }

    Path credentialsFile() {
        return saved.credentialsFile();
    }

    /** Team namespace to key, sorted. */
    Map<String, String> keys() {
        try {
            return saved.keys();
        } catch (IllegalStateException unreadable) {
            throw new UserError(unreadable.getMessage());
        }
    }

    /** The current team's namespace: config.toml's {@code team}. */
    Optional<String> currentTeam() {
        try {
            return saved.currentTeam();
        } catch (IllegalStateException unreadable) {
            throw new UserError(unreadable.getMessage());
        }
    }

    /** The files holding keys that other users of this machine may read (pspace writes them 0644). */
    List<Path> readableByOthers() throws IOException {
        List<Path> readable = new ArrayList<>();
        for (Path file : List.of(saved.credentialsFile(), saved.legacyConfigFile())) {
            if (Files.exists(file)) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                    readable.add(file);
                }
            }
        }
        return readable;
    }

    /** Keeps a team's key and makes the team the current one, in all three files. */
    void save(String namespace, String key) throws IOException {
        locked(() -> {
            ObjectNode credentials = read(TOML, saved.credentialsFile());
            credentials.put("version", 1);
            credentials.with(KEYS).put(namespace, key);
            write(TOML, saved.credentialsFile(), credentials);
            setCurrent(namespace, key, true);
            return null;
        });
    }

    /** Makes a team with a stored key the current one. */
    void use(String namespace) throws IOException {
        locked(() -> {
            String key = keys().get(namespace);
            if (key == null) {
                throw new IllegalArgumentException("no stored key for " + namespace);
            }
            setCurrent(namespace, key, false);
            return null;
        });
    }

    /**
     * Forgets the current team's key: out of credentials.toml, config.toml's team unset, and config.json's
     * {@code apiKey} removed when it is that key (or when it is the only login there is), with the {@code name} login
     * gave it.
     *
     * @return the namespace logged out of, or empty when only config.json's key was removed
     * @throws IllegalStateException when there was nothing to forget
     */
    Optional<String> forgetCurrent() throws IOException {
        return locked(this::forgetCurrentLocked);
    }

    private Optional<String> forgetCurrentLocked() throws IOException {
        Optional<String> team = currentTeam().filter(keys()::containsKey);
        String key = team.map(keys()::get).orElse(null);
        ObjectNode legacy = read(JSON, saved.legacyConfigFile());
        boolean legacyGoes = legacy.hasNonNull(API_KEY) && (key == null || key.equals(legacy.path(API_KEY).asText()));
        if (team.isEmpty() && !legacyGoes) {
            throw new IllegalStateException("no current login");
        }
        if (team.isPresent()) {
            ObjectNode credentials = read(TOML, saved.credentialsFile());
            credentials.with(KEYS).remove(team.get());
            write(TOML, saved.credentialsFile(), credentials);
            ObjectNode config = read(TOML, saved.configFile());
            config.remove(TEAM);
            write(TOML, saved.configFile(), config);
        }
        if (legacyGoes) {
            legacy.remove(API_KEY);
            // A name login put in an empty slot goes with the login; paperspace-node's token name (anything else) stays.
            if (team.isPresent() && team.get().equals(legacy.path(NAME).asText(null))) {
                legacy.remove(NAME);
            }
            write(JSON, saved.legacyConfigFile(), legacy);
        }
        return team;
    }

    /** config.toml's team and config.json's key; on a login, config.json's name too when it has none. */
    private void setCurrent(String namespace, String key, boolean login) throws IOException {
        ObjectNode config = read(TOML, saved.configFile());
        config.put("version", 1);
        config.put(TEAM, namespace);
        write(TOML, saved.configFile(), config);
        ObjectNode legacy = read(JSON, saved.legacyConfigFile());
        legacy.put(API_KEY, key);
        if (login && !legacy.hasNonNull(NAME)) {
            // paperspace-node keeps the key's token name here: only an empty slot gets the team's namespace.
            legacy.put(NAME, namespace);
        }
        write(JSON, saved.legacyConfigFile(), legacy);
    }

    /** Runs a change of the files holding an exclusive lock: another of our CLIs changing them waits for it. */
    private <T> T locked(Change<T> change) throws IOException {
        Path directory = saved.credentialsFile().getParent();
        makePrivate(directory);
        try (FileChannel lockFile = FileChannel.open(directory.resolve(".lock"), Set.of(StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                FileLock lock = lockFile.lock()) {
            return change.run();
        }
    }

    @FunctionalInterface
    private interface Change<T> {
        T run() throws IOException;
    }

    private static ObjectNode read(ObjectMapper mapper, Path file) throws IOException {
        if (!Files.exists(file)) {
            return mapper.createObjectNode();
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(file.toFile());
        } catch (IOException e) {
            // Jackson's message would quote the file, which holds keys: name the file only.
            throw new UserError(file + " cannot be read as " + (mapper == TOML ? "TOML" : "JSON") + "; fix or remove it");
        }
        if (tree == null || tree.isMissingNode()) {
            return mapper.createObjectNode();
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new UserError(file + " is not a " + (mapper == TOML ? "TOML table" : "JSON object") + "; fix or remove it");
        }
        return object;
    }

    private static void write(ObjectMapper mapper, Path file, ObjectNode tree) throws IOException {
        writePrivately(file, mapper.writeValueAsBytes(tree));
    }

    /**
     * Replaces a file of {@code ~/.paperspace} in one atomic step, mode 0600; a symbolic link is followed, and the
     * file it names replaced, so the link stays.
     */
    private static void writePrivately(Path file, byte[] content) throws IOException {
        Path target = file;
        for (int hops = 0; hops < MAX_LINKS && Files.isSymbolicLink(target); hops++) {
            target = target.resolveSibling(Files.readSymbolicLink(target));
        }
        Path directory = target.getParent();
        if (target.equals(file)) {
            makePrivate(directory);
        }
        Path temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Makes {@code ~/.paperspace} 0700, creating it if need be; a link to a directory elsewhere is left as it is. */
    private static void makePrivate(Path directory) throws IOException {
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rwx------");
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(ownerOnly));
        } else if (!Files.isSymbolicLink(directory)) {
            Files.setPosixFilePermissions(directory, ownerOnly);
        }
    }
}
