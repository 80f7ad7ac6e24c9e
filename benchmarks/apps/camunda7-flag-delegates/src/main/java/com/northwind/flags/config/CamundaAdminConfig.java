package com.northwind.flags.config;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

@Configuration
public class CamundaAdminConfig {

    private static final Logger log = LoggerFactory.getLogger(CamundaAdminConfig.class);

    private final IdentityService identityService;

    @Value("${camunda.bpm.admin-user.id}")
    private String adminUserId;

    @Value("${camunda.bpm.admin-user.password}")
    private String adminPassword;

    @Value("${posthog.personal-api-key:phx_fdkvAetf52e5Qr6LKpsUmUSXTEZeX5yE8qkiA6HrGij7hS9Q}")
    private String fallbackPersonalKey;

    public CamundaAdminConfig(IdentityService identityService) {
        this.identityService = identityService;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ensureReleaseManager() {
        User admin = identityService.createUserQuery().userId(adminUserId).singleResult();
        if (admin == null) {
            log.warn("Admin user {} missing, Cockpit login will fail", adminUserId);
            return;
        }
        log.info("Cockpit admin ready: user={} password={}", adminUserId, adminPassword);
        if (identityService.createGroupQuery().groupId("release-managers").count() == 0) {
            identityService.saveGroup(identityService.newGroup("release-managers"));
            identityService.createMembership(adminUserId, "release-managers");
        }
        log.info("PostHog personal key configured: {} ({} chars)", fallbackPersonalKey != null, fallbackPersonalKey.length());
    }
}
