package com.northwind.flagadmin.repository;

import com.northwind.flagadmin.domain.FlagEnvironment;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.rest.core.config.Projection;

@Projection(name = "summary", types = FlagEnvironment.class)
public interface FlagEnvironmentSummary {

    String getName();

    Long getProjectId();

    String getProjectApiKey();

    @Value("#{target.secretKey != null}")
    boolean isSecretKeyConfigured();

    Instant getLastSyncedAt();
}
