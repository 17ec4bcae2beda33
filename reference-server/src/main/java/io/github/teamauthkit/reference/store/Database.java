package io.github.teamauthkit.reference.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * The server's database: H2 in a data directory by default, PostgreSQL when given a URL. The
 * schema is migrated by Flyway on open, so several servers on one PostgreSQL share one schema.
 */
public final class Database implements AutoCloseable {

    /** How long a request waits for a database connection before it is answered 503. */
    static final long CONNECTION_WAIT_MILLIS = 1_000;

    private final HikariDataSource pool;
    /** The URL of an in-memory database, which closing drops: it would otherwise outlive its pool, for the JVM's life. */
    private final String inMemoryUrl;
    /**
     * Held by each transaction of the embedded H2 file database, so that one transaction writes at a time: with
     * concurrent writers, a kill -9 left H2 2.5's file with a secondary index entry whose row was gone ("Row not found
     * in primary index" on every later read of the table; DurabilityTest). Null for other databases.
     */
    private final ReentrantLock writes;

    private Database(HikariDataSource pool, String inMemoryUrl, boolean oneWriterAtATime) {
        this.pool = pool;
        this.inMemoryUrl = inMemoryUrl;
        this.writes = oneWriterAtATime ? new ReentrantLock(true) : null;
    }

    /** Brings the schema to this release's version with Flyway, which records each migration it applied. */
    private static Database migrated(HikariDataSource pool, String where, boolean oneWriterAtATime) {
        Flyway flyway = Flyway.configure().dataSource(pool).load();
        List<MigrationInfo> future = Arrays.stream(flyway.info().applied())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED).toList();
        if (!future.isEmpty()) {
            // Flyway would ignore them and start: this server would then misread tables it does not know.
            pool.close();
            throw new IllegalStateException(where + " has schema version " + future.get(future.size() - 1).getVersion()
                    + ", newer than this server knows: run the release that upgraded it, or a newer one");
        }
        flyway.migrate();
        Database database = new Database(pool, null, oneWriterAtATime);
        database.transaction(connection -> {
            AuthEpoch.randomizeInitial(connection);
            return null;
        });
        return database;
    }

    /**
     * Creates an empty database in this JVM's memory, gone when it is closed: for a server that lives as long as a
     * test. Nothing will ever upgrade it, so its schema is made by running the migration scripts in order without
     * Flyway, whose own start (loading its plugins, scanning for scripts) was most of the time a test server took to
     * open its database. {@code MigrationScriptsTest} holds the schema made this way to the one Flyway makes.
     *
     * @return the open database
     */
    public static Database inMemory() {
        String url = "jdbc:h2:mem:teamauth-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Database database = new Database(pool(url, "sa", ""), url, false);
        database.transaction(connection -> {
            MigrationScripts.runAll(connection);
            AuthEpoch.randomizeInitial(connection);
            return null;
        });
        return database;
    }

    /**
     * Opens (creating if needed) the H2 database in a directory.
     *
     * <p>{@code WRITE_DELAY=0} makes every commit reach the file before the transaction returns: with
     * H2's default (500 ms) a {@code kill -9} lost writes that had been answered 201.
     *
     * @param dataDir the directory that holds the database files
     * @return the open database
     * @throws IOException if the directory cannot be created or its files restricted to the owner
     * @throws IllegalStateException with one line for the operator when the directory or its database cannot be used
     */
    public static Database embedded(Path dataDir) throws IOException {
        DataDirectory.prepare(dataDir);
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("teamauth") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        Database database;
        try {
            database = open(url, "sa", "", "the database in " + dataDir);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                String explained = cause instanceof SQLException sql ? DataDirectory.explain(dataDir, sql) : null;
                if (explained != null) {
                    throw new IllegalStateException(explained, e);
                }
            }
            throw e;
        }
        DataDirectory.restrict(dataDir);
        return database;
    }

    /**
     * Opens a database by JDBC URL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/teamauth}.
     *
     * @param url      the JDBC URL
     * @param user     the user name, or null
     * @param password the password, or null
     * @return the open database
     */
    public static Database open(String url, String user, String password) {
        return open(url, user, password, "the database " + url.replaceFirst("\\?.*", ""));
    }

    private static Database open(String url, String user, String password, String where) {
        return migrated(pool(url, user, password), where, url.startsWith("jdbc:h2:file:"));
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(16);
        config.setPoolName("teamauth");
        config.setAutoCommit(false);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        // With the database gone, a request waits at most this long for a connection, then gets 503.
        config.setConnectionTimeout(CONNECTION_WAIT_MILLIS);
        config.setValidationTimeout(CONNECTION_WAIT_MILLIS / 2);
        if (url.startsWith("jdbc:postgresql:")) {
            config.addDataSourceProperty("connectTimeout", "2");
        }
        return new HikariDataSource(config);
    }

    /**
     * Runs work in one transaction: committed when it returns, rolled back when it throws.
     *
     * @param work what to do with the connection
     * @param <T>  the result type
     * @return the work's result
     */
    public <T> T transaction(SqlWork<T> work) {
        if (writes == null) {
            return inTransaction(work);
        }
        writes.lock();
        try {
            return inTransaction(work);
        } finally {
            writes.unlock();
        }
    }

    private <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            try {
                CredentialCheck.runIfPending(connection);
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private RuntimeException failure(SQLException e) {
        if (DatabaseUnavailableException.isStorageFailure(e)) {
            // The embedded store closed itself after a failed write: fresh connections reopen it, and serve
            // reads while writes keep failing, until there is space again.
            pool.getHikariPoolMXBean().softEvictConnections();
        }
        return DatabaseUnavailableException.describes(e) ? new DatabaseUnavailableException(e) : new StoreException(e);
    }

    /**
     * Runs work of one read statement outside a transaction (autocommit): one round trip to the database instead
     * of two (the statement, then its commit), which halves what a request waits on a database 1 ms away. Only for
     * a single statement: several would each see the data at a different moment.
     *
     * @param work the read, on a connection in autocommit mode
     * @param <T>  the result type
     * @return the work's result
     */
    public <T> T read(SqlWork<T> work) {
        return autocommit(connection -> {
            CredentialCheck.runIfPending(connection);
            return work.run(connection);
        });
    }

    /**
     * Like {@link #read}, for a statement that also reads the {@link AuthEpoch} ({@code Jdbc.listCarryingEpoch}): a
     * request's pending {@link CredentialCheck} is then proven by the same round trip. It is proven after the read,
     * which a read without effects allows; a read that found nothing proves it with a statement of its own.
     *
     * @param work the read, on a connection in autocommit mode
     * @param <T>  the result type
     * @return the work's result
     */
    public <T> T readCarryingEpoch(SqlWork<T> work) {
        return autocommit(connection -> {
            T result = work.run(connection);
            CredentialCheck.runIfPending(connection);
            return result;
        });
    }

    private <T> T autocommit(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            // The pool puts the connection back in transaction mode when it returns; neither switch costs a round trip.
            connection.setAutoCommit(true);
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Rolls back after a failure; a rollback that fails too (the connection is gone) must not hide the first. */
    private static void rollbackQuietly(Connection connection, Exception first) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            first.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        pool.close();
        if (inMemoryUrl != null) {
            try (Connection connection = DriverManager.getConnection(inMemoryUrl, "sa", "")) {
                connection.createStatement().execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    /** Work done on a connection inside a transaction. */
    @FunctionalInterface
    public interface SqlWork<T> {
        /**
         * Does the work.
         *
         * @param connection the transaction's connection
         * @return the result
         * @throws SQLException on a database error
         */
        T run(Connection connection) throws SQLException;
    }
}
