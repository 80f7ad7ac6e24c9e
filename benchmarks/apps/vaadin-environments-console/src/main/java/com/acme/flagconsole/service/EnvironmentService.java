package com.acme.flagconsole.service;

import com.acme.flagconsole.config.PostHogDefaults;
import com.acme.flagconsole.config.PostHogProperties;
import com.acme.flagconsole.domain.FlagEnvironment;
import com.acme.flagconsole.domain.FlagEnvironmentRepository;
import com.acme.flagconsole.posthog.PostHogAdminClient;
import com.acme.flagconsole.web.ProjectSettingsDto;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.DigestUtils;

@Service
@Transactional(readOnly = true)
public class EnvironmentService {

    private static final Logger log = LoggerFactory.getLogger(EnvironmentService.class);

    private final FlagEnvironmentRepository repository;
    private final PostHogAdminClient adminClient;
    private final PostHogProperties properties;

    public EnvironmentService(FlagEnvironmentRepository repository,
                              PostHogAdminClient adminClient,
                              PostHogProperties properties) {
        this.repository = repository;
        this.adminClient = adminClient;
        this.properties = properties;
    }

    public List<FlagEnvironment> findAll() {
        return repository.findAllByOrderByNameAsc();
    }

    public FlagEnvironment get(long id) {
        return repository.findById(id).orElseThrow(() -> new NoSuchElementException("environment " + id));
    }

    @Transactional
    public FlagEnvironment save(FlagEnvironment environment) {
        FlagEnvironment saved = repository.save(environment);
        log.info("Saved environment {}", saved);
        log.debug("Environment {} uses key type {}", saved.getName(), saved.getKeyType());
        return saved;
    }

    @Transactional
    public String rotateSecureKey(long id) {
        FlagEnvironment environment = get(id);
        String rotated = adminClient.rotateSecureKey(environment.getPosthogProjectId());
        environment.setSecureApiKey(rotated);
        repository.save(environment);
        log.info("Rotated secure key for {}, new fingerprint {}", environment.getName(),
                DigestUtils.md5DigestAsHex(rotated.getBytes(StandardCharsets.UTF_8)));
        return rotated;
    }

    public ProjectSettingsDto settingsFor(long id) {
        FlagEnvironment environment = get(id);
        return new ProjectSettingsDto(
                environment.getName(),
                environment.getPosthogProjectId(),
                environment.getHost(),
                environment.getProjectApiKey(),
                environment.getSecureApiKey(),
                properties.getPollIntervalSeconds());
    }

    public String maskedSecureKey(FlagEnvironment environment) {
        return PostHogDefaults.mask(environment.getSecureApiKey());
    }
}
