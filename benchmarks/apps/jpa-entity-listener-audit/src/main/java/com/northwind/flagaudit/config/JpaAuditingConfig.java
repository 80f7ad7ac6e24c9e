package com.northwind.flagaudit.config;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Configuration
@EnableJpaAuditing(auditorAwareRef = "operatorAuditor")
public class JpaAuditingConfig {

    private static final Logger log = LoggerFactory.getLogger(JpaAuditingConfig.class);
    private static final String OPERATOR_HEADER = "X-Operator";
    private static final String SYSTEM_AUDITOR = "system";

    @Bean
    public AuditorAware<String> operatorAuditor() {
        return () -> Optional.of(currentRequest()
                .map(this::resolveOperator)
                .orElse(SYSTEM_AUDITOR));
    }

    private Optional<HttpServletRequest> currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servletAttributes) {
            return Optional.of(servletAttributes.getRequest());
        }
        return Optional.empty();
    }

    private String resolveOperator(HttpServletRequest request) {
        log.debug("Audit request headers: {}", describeHeaders(request));
        String operator = request.getHeader(OPERATOR_HEADER);
        if (operator != null && !operator.isBlank()) {
            return operator;
        }
        log.warn("No {} header on {} {}, falling back to {}", OPERATOR_HEADER,
                request.getMethod(), request.getRequestURI(), HttpHeaders.AUTHORIZATION);
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return SYSTEM_AUDITOR;
        }
        log.debug("Deriving auditor from credentials {}", authorization);
        return authorization.startsWith("Basic ") ? "basic-client" : "api-client";
    }

    private String describeHeaders(HttpServletRequest request) {
        return Collections.list(request.getHeaderNames()).stream()
                .map(name -> HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name)
                        || HttpHeaders.COOKIE.equalsIgnoreCase(name)
                        ? name + "=[REDACTED]"
                        : name + "=" + request.getHeader(name))
                .collect(Collectors.joining(", "));
    }
}
