package io.posestate.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with a connection; the store handles transaction, rollback and connection release. */
@FunctionalInterface
public interface SqlFunction<T> {
    T apply(Connection connection) throws SQLException;
}
