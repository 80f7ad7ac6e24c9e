package com.northwind.loyalty.api;

import com.northwind.loyalty.sync.PostHogSyncException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

public class PostHogExceptionMapper {

    private static final Logger LOG = Logger.getLogger(PostHogExceptionMapper.class);

    @ServerExceptionMapper
    public RestResponse<ErrorBody> mapSyncFailure(PostHogSyncException e) {
        LOG.errorf("PostHog sync failed: %s", e.getMessage());
        return RestResponse.status(RestResponse.Status.BAD_GATEWAY,
                new ErrorBody("posthog_unavailable", "Feature flag sync failed, retry later"));
    }

    @ServerExceptionMapper
    public RestResponse<ErrorBody> mapBadRule(IllegalArgumentException e) {
        return RestResponse.status(RestResponse.Status.BAD_REQUEST, new ErrorBody("invalid_rule", e.getMessage()));
    }

    public record ErrorBody(String code, String message) {
    }
}
