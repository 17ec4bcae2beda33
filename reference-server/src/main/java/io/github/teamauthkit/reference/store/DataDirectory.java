package io.github.teamauthkit.reference.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.stream.Stream;

/**
 * The embedded database's directory. Checked before H2 opens it, because H2 alone opens a read-only
 * file read-only, starts afresh on an empty (truncated) file, and reports a second process with
 * {@code Database may be already in use … [90020-252]}; each of those is a one-line refusal here.
 * The directory and the files are the owner's alone: they hold API key hashes and encrypted secrets.
 */
final class DataDirectory {

    /** H2's file of the {@code teamauth} database. */
    static final String DATABASE_FILE = "teamauth.mv.db";
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private DataDirectory() {
    }

    /** Creates the directory (0700) if it is missing, and refuses one the server could not use. */
    static void prepare(Path dir) throws IOException {
        if (Files.notExists(dir)) {
            if (POSIX) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the data directory " + dir + " is not a directory");
        }
        Path database = dir.resolve(DATABASE_FILE);
        if (!Files.isWritable(dir) || Files.exists(database) && !Files.isWritable(database)) {
            throw new IllegalStateException("the data directory " + dir + " is read-only: the server writes its database there");
        }
        if (Files.exists(database) && Files.size(database) == 0) {
            throw new IllegalStateException("the database file " + database + " is empty (truncated?): restore it from a backup, "
                    + "or move it away to start with a new database");
        }
    }

    /** Makes H2's files (the database, its temporary and trace files) readable by the owner alone. */
    static void restrict(Path dir) throws IOException {
        if (!POSIX) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.getFileName().toString().startsWith("teamauth."))::iterator) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        }
    }

    /**
     * H2's refusal to open the database, said in one line naming the directory, or null when the
     * failure is not about the directory.
     */
    static String explain(Path dir, SQLException e) {
        return switch (e.getErrorCode()) {
            case 90020 -> "the data directory " + dir + " is in use by another process (a reference server or admin command): "
                    + "stop it, or give this one another --data-dir";
            case 90030 -> "the database file " + dir.resolve(DATABASE_FILE) + " is corrupted: restore it from a backup";
            case 90048 -> "the database file " + dir.resolve(DATABASE_FILE) + " was written by an incompatible H2 version";
            case 90097 -> "the data directory " + dir + " is read-only: the server writes its database there";
            default -> null;
        };
    }
}
