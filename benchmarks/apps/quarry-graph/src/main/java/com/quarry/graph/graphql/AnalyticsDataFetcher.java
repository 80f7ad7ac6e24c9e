package com.quarry.graph.graphql;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.quarry.graph.config.PostHogProperties;
import com.quarry.graph.flags.FlagService;
import com.quarry.graph.flags.SettingsAssembler;
import com.quarry.graph.graphql.dto.ProductDto.AnalyticsConfig;
import com.quarry.graph.graphql.dto.ProductDto.FlagDiagnostics;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;

@DgsComponent
public class AnalyticsDataFetcher {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsDataFetcher.class);

    private final PostHogProperties props;
    private final FlagService flags;

    public AnalyticsDataFetcher(PostHogProperties props, FlagService flags) {
        this.props = props;
        this.flags = flags;
    }

    @DgsQuery
    public AnalyticsConfig analyticsConfig() {
        log.debug("Serving analytics config with project key {}", props.apiKey());
        return new AnalyticsConfig(props.apiKey(), props.host());
    }

    @DgsQuery
    @PreAuthorize("hasRole('ADMIN')")
    public FlagDiagnostics flagDiagnostics() {
        int interval = props.pollIntervalSeconds() > 0 ? props.pollIntervalSeconds() : 30;
        return new FlagDiagnostics(props.host(), props.hasPersonalKey(), interval, flags.evaluationKey());
    }

    @DgsQuery
    @PreAuthorize("hasRole('ADMIN')")
    public Map<String, Object> integrationSettings() {
        Map<String, Object> settings = SettingsAssembler.integrationSettings(props, flags.secureKey());
        return settings;
    }
}
