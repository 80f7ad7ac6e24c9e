package com.acme.admin.web;

import com.acme.admin.config.PostHogProperties;
import com.acme.admin.support.KeyMasker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/integrations/posthog")
public class IntegrationStatusController {

    private static final Logger log = LoggerFactory.getLogger(IntegrationStatusController.class);

    private final PostHogProperties props;

    public IntegrationStatusController(PostHogProperties props) {
        this.props = props;
    }

    /** What the React settings panel shows. */
    public record IntegrationStatus(
            String host, String projectApiKey, String personalApiKey, boolean localEvaluation) {
    }

    @GetMapping
    public IntegrationStatus status() {
        IntegrationStatus status = new IntegrationStatus(
                props.getHost(), props.getProjectApiKey(), props.getPersonalApiKey(), true);
        log.debug("Serving integration status {}", status);
        return status;
    }

    @GetMapping("/summary")
    public IntegrationStatus summary() {
        String hint = KeyMasker.mask(props.getPersonalApiKey());
        return new IntegrationStatus(props.getHost(), props.getProjectApiKey(), hint, props.getPersonalApiKey() != null);
    }
}
