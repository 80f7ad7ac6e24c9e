package com.northwind.billing.config;

import ch.qos.logback.access.tomcat.LogbackValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

@Configuration
public class AccessLogConfig implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final Logger log = LoggerFactory.getLogger(AccessLogConfig.class);

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        LogbackValve valve = new LogbackValve();
        valve.setFilename("logback-access.xml");
        valve.setQuiet(true);
        factory.addContextValves(valve);
        log.info("Access log valve installed; request header {} is never written to access logs", HttpHeaders.AUTHORIZATION);
    }
}
