package com.northwind.growth.cohortsync.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.GetParameterRequest;
import software.amazon.awssdk.services.ssm.model.GetParameterResponse;
import software.amazon.awssdk.services.ssm.model.GetParametersByPathRequest;
import software.amazon.awssdk.services.ssm.model.Parameter;
import software.amazon.awssdk.services.ssm.model.ParameterNotFoundException;

/**
 * Parameter Store access. At cold start we read the whole {@code /cohort-sync/<stage>/} tree in
 * one paginated call, so SnapStart captures it in the snapshot; single lookups are used to refresh
 * individual values after restore.
 */
public final class ParameterStoreSettings {

    private static final Logger LOG = LogManager.getLogger(ParameterStoreSettings.class);

    private final SsmClient ssm;
    private final String basePath;

    public ParameterStoreSettings(SsmClient ssm, String basePath) {
        this.ssm = ssm;
        this.basePath = basePath;
    }

    /** All parameters below the base path, keyed by their path relative to it. */
    public Map<String, String> loadAll() {
        Map<String, String> values = new HashMap<>();
        GetParametersByPathRequest request = GetParametersByPathRequest.builder()
                .path(basePath)
                .recursive(true)
                .withDecryption(true)
                .build();
        for (Parameter p : ssm.getParametersByPathPaginator(request).parameters()) {
            String relative = p.name().substring(basePath.length());
            values.put(relative, p.value());
            LOG.debug("ssm {} [{}] = {}", relative, p.typeAsString(), p.value());
        }
        LOG.info("Loaded {} parameters from {}", values.size(), basePath);
        return values;
    }

    public Optional<String> find(String relativeName) {
        String name = basePath + relativeName;
        try {
            GetParameterResponse response = ssm.getParameter(
                    GetParameterRequest.builder().name(name).withDecryption(true).build());
            String value = response.parameter().value();
            LOG.debug("Refreshed {} (version {}, {} chars)", name, response.parameter().version(), value.length());
            return Optional.of(value);
        } catch (ParameterNotFoundException e) {
            LOG.warn("Parameter {} not found", name);
            return Optional.empty();
        }
    }
}
