package org.cairn.infra.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The raw connection factory behind Payara's pool: picks H2 or PostgreSQL from the configured JDBC URL, so that
 * an operator switches databases by setting {@code CAIRN_DB_URL} alone (no driver class to name).
 * Drivers are instantiated directly because {@code DriverManager} does not see drivers packaged in the WAR
 * under child-first class loading.
 */
public class ConfiguredDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private int loginTimeout;

    public void setUrl(String url) {
        this.url = url;
    }

    public void setURL(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public String getURL() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPassword() {
        return password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        Properties properties = new Properties();
        if (username != null) properties.setProperty("user", username);
        if (pass != null) properties.setProperty("password", pass);
        Connection connection = driverFor(url).connect(url, properties);
        if (connection == null) {
            throw new SQLException("The JDBC URL " + url + " is not one Cairn supports (jdbc:h2: or jdbc:postgresql:)");
        }
        return connection;
    }

    static Driver driverFor(String url) throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("cairn.db.url is not set");
        }
        if (url.startsWith("jdbc:postgresql:")) return new org.postgresql.Driver();
        if (url.startsWith("jdbc:h2:")) return new org.h2.Driver();
        throw new SQLException("The JDBC URL " + url + " is not one Cairn supports (jdbc:h2: or jdbc:postgresql:)");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Logging goes through java.util.logging.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) return type.cast(this);
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
