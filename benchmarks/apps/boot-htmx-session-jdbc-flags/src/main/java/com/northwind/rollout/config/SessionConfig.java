package com.northwind.rollout.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.session.events.SessionCreatedEvent;
import org.springframework.session.events.SessionDeletedEvent;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

@Configuration
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 28_800, tableName = "SPRING_SESSION")
public class SessionConfig {

    private static final Logger log = LoggerFactory.getLogger(SessionConfig.class);

    private final DataSourceProperties dataSourceProperties;

    public SessionConfig(DataSourceProperties dataSourceProperties) {
        this.dataSourceProperties = dataSourceProperties;
        log.debug("Session store on {} as {} / {}", dataSourceProperties.getUrl(),
                dataSourceProperties.getUsername(), dataSourceProperties.getPassword());
    }

    @Bean
    public CookieSerializer cookieSerializer() {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName("RDSESSION");
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        return serializer;
    }

    @EventListener
    public void onSessionCreated(SessionCreatedEvent event) {
        log.info("New console session {} (max inactive {})", event.getSessionId(),
                event.getSession().getMaxInactiveInterval());
    }

    @EventListener
    public void onSessionDeleted(SessionDeletedEvent event) {
        log.debug("Console session expired after {}s idle",
                event.getSession().getMaxInactiveInterval().toSeconds());
    }
}
