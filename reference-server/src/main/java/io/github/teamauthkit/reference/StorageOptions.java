package io.github.teamauthkit.reference;

import io.github.teamauthkit.reference.security.MasterKeyCheck;
import io.github.teamauthkit.reference.security.SecretCipher;
import io.github.teamauthkit.reference.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the server keeps its data: shared by the server and the admin commands. */
public final class StorageOptions {

    @Option(names = "--data-dir", defaultValue = "./reference-data", paramLabel = "DIR",
            description = "Directory of the embedded database and the master key (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--db-url", paramLabel = "JDBC_URL",
            description = "Use this PostgreSQL database instead of the embedded one, e.g. jdbc:postgresql://127.0.0.1:5432/teamauth.")
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "${env:TEAMAUTH_DB_USER}", paramLabel = "USER",
            description = "Database user (or TEAMAUTH_DB_USER).")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:TEAMAUTH_DB_PASSWORD}", paramLabel = "PASSWORD",
            description = "Database password (prefer TEAMAUTH_DB_PASSWORD: arguments show in process lists).")
    String dbPassword;

    @Option(names = "--master-key-file", paramLabel = "FILE",
            description = "AES-256 key that encrypts secret values (default: DIR/master.key, created with mode 0600).")
    Path masterKeyFile;

    /**
     * Opens the database these options name, creating the data directory (owner only) for an embedded one.
     *
     * @return the open database
     * @throws IOException if the data directory cannot be created
     */
    public Database open() throws IOException {
        return dbUrl == null ? Database.embedded(dataDir) : Database.open(dbUrl, dbUser, dbPassword);
    }

    /**
     * The cipher under the master key these options name, checked against the database (see
     * {@link MasterKeyCheck}); the key file is created only for a database without secrets.
     *
     * @param database the open database
     * @return the cipher
     * @throws IOException if the key file is missing, unreadable, or not the database's key
     */
    public SecretCipher cipher(Database database) throws IOException {
        Files.createDirectories(dataDir);
        return MasterKeyCheck.load(database, masterKeyFile != null ? masterKeyFile : dataDir.resolve("master.key"));
    }
}
