package io.posestate.store.internal;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import javax.sql.DataSource;

import io.posestate.store.StoreException;
import io.posestate.store.StoreLocation;

/**
 * A minimal bounded connection pool. Drivers are instantiated directly (no DriverManager lookup, which
 * does not see bundle class loaders in OSGi). A borrowed connection is a proxy whose {@code close()}
 * rolls back unfinished work, restores auto-commit and returns the physical connection to the pool.
 */
public final class ConnectionPool implements DataSource {
    private static final long BORROW_TIMEOUT_MS = TimeUnit.SECONDS.toMillis(60);

    private final StoreLocation location;
    private final Driver driver;
    private final int max;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private int open;
    private boolean closed;

    public ConnectionPool(StoreLocation location, int max) {
        this.location = location;
        this.driver = switch (location.vendor()) {
            case H2 -> new org.h2.Driver();
            case POSTGRESQL -> new org.postgresql.Driver();
        };
        this.max = max;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection physical = borrow();
        return (Connection) Proxy.newProxyInstance(ConnectionPool.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Lease(physical));
    }

    private Connection borrow() throws SQLException {
        long deadline = System.currentTimeMillis() + BORROW_TIMEOUT_MS;
        synchronized (this) {
            while (true) {
                if (closed) {
                    throw new SQLException("Store " + location + " is closed");
                }
                Connection c = idle.pollFirst();
                if (c != null) {
                    if (!c.isClosed()) {
                        return c;
                    }
                    open--;
                    continue;
                }
                if (open < max) {
                    open++;
                    break;
                }
                long wait = deadline - System.currentTimeMillis();
                if (wait <= 0) {
                    throw new SQLException("No free connection to store " + location + " after "
                            + BORROW_TIMEOUT_MS / 1000 + " s (" + max + " in use)");
                }
                try {
                    wait(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("Interrupted while waiting for a connection", e);
                }
            }
        }
        try {
            Connection c = driver.connect(location.connectUrl(), location.properties());
            if (c == null) {
                throw new SQLException("Driver does not accept URL " + location);
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            synchronized (this) {
                open--;
                notifyAll();
            }
            throw e;
        }
    }

    private void giveBack(Connection c) {
        boolean usable;
        try {
            if (!c.isClosed() && !c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
            usable = !c.isClosed();
        } catch (SQLException e) {
            usable = false;
        }
        synchronized (this) {
            if (usable && !closed) {
                idle.addFirst(c);
            } else {
                open--;
                closeQuietly(c);
            }
            notifyAll();
        }
    }

    /** Closes idle connections now and leased ones when they are given back. */
    public void close() {
        synchronized (this) {
            closed = true;
            Connection c;
            while ((c = idle.pollFirst()) != null) {
                open--;
                closeQuietly(c);
            }
            notifyAll();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // already broken: nothing to release
        }
    }

    /** Invocation handler of a leased connection. */
    private final class Lease implements InvocationHandler {
        private Connection physical;

        Lease(Connection physical) {
            this.physical = physical;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("close")) {
                if (physical != null) {
                    Connection c = physical;
                    physical = null;
                    giveBack(c);
                }
                return null;
            }
            if (name.equals("isClosed")) {
                return physical == null || physical.isClosed();
            }
            if (name.equals("unwrap") || name.equals("isWrapperFor")) {
                if (args[0] == Connection.class) {
                    return name.equals("unwrap") ? proxy : Boolean.TRUE;
                }
            }
            if (physical == null) {
                throw new SQLException("Connection already returned to the pool");
            }
            try {
                return method.invoke(physical, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("The store pool uses the credentials of its location");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no driver logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // connections are opened by the driver with its own timeouts
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper of " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }

    /** Fails fast with a readable message when the location cannot be reached at all. */
    public void check() {
        try (Connection c = getConnection()) {
            c.isValid(5);
        } catch (SQLException e) {
            throw new StoreException("Cannot connect to store " + location + ": " + e.getMessage(), e);
        }
    }
}
