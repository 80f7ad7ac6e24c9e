package com.northwind.helpdesk.config;

import com.northwind.helpdesk.domain.SupportSession;
import com.northwind.helpdesk.domain.SupportSessionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Start-up report so ops can see which database and session store an instance came up against.
 */
@Component
public class DataSourceDiagnostics implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DataSourceDiagnostics.class);

    private final Environment env;
    private final SupportSessionRepository sessions;

    public DataSourceDiagnostics(Environment env, SupportSessionRepository sessions) {
        this.env = env;
        this.sessions = sessions;
    }

    @Override
    public void run(ApplicationArguments args) {
        log.info("Database {} user={} password={}", env.getProperty("spring.datasource.url"), env.getProperty("spring.datasource.username"), env.getProperty("spring.datasource.password"));
        log.info("Spring Session JDBC table: {}", env.getProperty("spring.session.jdbc.table-name", "SPRING_SESSION"));
        log.info("{} conversations waiting for an agent", sessions.countByStatus(SupportSession.Status.WAITING));
    }
}
