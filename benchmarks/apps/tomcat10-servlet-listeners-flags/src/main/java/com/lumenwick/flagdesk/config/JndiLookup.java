package com.lumenwick.flagdesk.config;

import java.util.Optional;

import javax.naming.Context;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thin wrapper around {@code java:comp/env}. Every value bound in
 * META-INF/context.xml (or overridden in conf/Catalina/localhost/flagdesk.xml)
 * is read through this class.
 */
public final class JndiLookup {

    private static final Logger log = LoggerFactory.getLogger(JndiLookup.class);

    private final Context env;

    public JndiLookup() throws NamingException {
        this.env = (Context) new InitialContext().lookup("java:comp/env");
    }

    public Optional<String> string(String name) {
        try {
            Object value = env.lookup(name);
            return Optional.ofNullable(value).map(Object::toString).filter(v -> !v.isBlank());
        } catch (NamingException e) {
            log.debug("JNDI entry {} is not bound", name);
            return Optional.empty();
        }
    }

    public Optional<Integer> integer(String name) {
        return string(name).map(String::trim).map(Integer::valueOf);
    }

    public DataSource dataSource(String name) throws NamingException {
        return (DataSource) env.lookup(name);
    }
}
