package io.github.teamauthkit.reference.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The few JDBC shapes the stores use, so each store reads as its SQL. */
final class Jdbc {

    /** SQLState of a unique or primary key violation, on H2 and PostgreSQL alike. */
    static final String UNIQUE_VIOLATION = "23505";

    private Jdbc() {
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    static <T> List<T> list(Connection connection, String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters); ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        }
    }

    /**
     * Rows of a query whose last column is {@link AuthEpoch#CURRENT}: the epoch read with the rows proves the pending
     * {@link CredentialCheck}, so the request's credentials cost no statement of their own. A query that finds no rows
     * reads no epoch; {@link Database#readCarryingEpoch} then checks with a statement of its own.
     */
    static <T> List<T> listCarryingEpoch(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        long[] epoch = new long[1];
        int[] epochColumn = new int[1];
        List<T> rows = list(connection, sql, row -> {
            if (epochColumn[0] == 0) {
                // Once per query: the metadata is a new object on every call in H2.
                epochColumn[0] = row.getMetaData().getColumnCount();
            }
            epoch[0] = row.getLong(epochColumn[0]);
            return mapper.map(row);
        }, parameters);
        if (!rows.isEmpty()) {
            CredentialCheck.observed(connection, epoch[0]);
        }
        return rows;
    }

    static <T> Optional<T> one(Connection connection, String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
        List<T> rows = list(connection, sql, mapper, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
