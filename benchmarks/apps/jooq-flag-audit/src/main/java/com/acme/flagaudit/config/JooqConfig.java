package com.acme.flagaudit.config;

import com.acme.flagaudit.jooq.SqlBindLoggingListener;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jooq.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class JooqConfig {

    @Bean
    public SqlBindLoggingListener sqlBindLoggingListener(
            @Value("${audit.jooq.slow-query-ms:500}") long slowQueryThresholdMillis) {
        return new SqlBindLoggingListener(slowQueryThresholdMillis);
    }

    @Bean
    public DefaultExecuteListenerProvider sqlBindLoggingListenerProvider(SqlBindLoggingListener listener) {
        return new DefaultExecuteListenerProvider(listener);
    }

    @Bean
    public DefaultConfigurationCustomizer flagAuditJooqCustomizer() {
        return configuration -> configuration.settings()
                .withExecuteLogging(false)
                .withRenderSchema(false)
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED);
    }
}
