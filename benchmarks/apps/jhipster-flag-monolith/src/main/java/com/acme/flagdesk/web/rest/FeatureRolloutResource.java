package com.acme.flagdesk.web.rest;

import com.acme.flagdesk.config.ApplicationProperties;
import com.acme.flagdesk.domain.FeatureRollout;
import com.acme.flagdesk.repository.FeatureRolloutRepository;
import com.acme.flagdesk.service.FeatureFlagAdminService;
import com.acme.flagdesk.service.PostHogOAuthService;
import com.acme.flagdesk.service.dto.FeatureRolloutDTO;
import com.acme.flagdesk.service.dto.PostHogOAuthTokens;
import com.acme.flagdesk.service.mapper.FeatureRolloutMapper;
import jakarta.validation.Valid;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.*;
import tech.jhipster.web.util.HeaderUtil;
import tech.jhipster.web.util.ResponseUtil;

/**
 * REST controller for managing {@link FeatureRollout}.
 */
@RestController
@RequestMapping("/api")
public class FeatureRolloutResource {

    private static final Logger LOG = LoggerFactory.getLogger(FeatureRolloutResource.class);

    private static final String ENTITY_NAME = "featureRollout";

    @Value("${jhipster.clientApp.name}")
    private String applicationName;

    private final FeatureRolloutRepository featureRolloutRepository;

    private final FeatureRolloutMapper featureRolloutMapper;

    private final FeatureFlagAdminService featureFlagAdminService;

    private final PostHogOAuthService postHogOAuthService;

    private final ApplicationProperties applicationProperties;

    private final String secureFlagsKey;

    public FeatureRolloutResource(
        FeatureRolloutRepository featureRolloutRepository,
        FeatureRolloutMapper featureRolloutMapper,
        FeatureFlagAdminService featureFlagAdminService,
        PostHogOAuthService postHogOAuthService,
        ApplicationProperties applicationProperties,
        @Value("${application.posthog.feature-flags-secure-api-key}") String secureFlagsKey
    ) {
        this.featureRolloutRepository = featureRolloutRepository;
        this.featureRolloutMapper = featureRolloutMapper;
        this.featureFlagAdminService = featureFlagAdminService;
        this.postHogOAuthService = postHogOAuthService;
        this.applicationProperties = applicationProperties;
        this.secureFlagsKey = secureFlagsKey;
    }

    @PostMapping("/feature-rollouts")
    public ResponseEntity<FeatureRolloutDTO> createFeatureRollout(@Valid @RequestBody FeatureRolloutDTO featureRolloutDTO)
        throws URISyntaxException {
        LOG.debug("REST request to save FeatureRollout : {}", featureRolloutDTO);
        FeatureRollout saved = featureRolloutRepository.save(featureRolloutMapper.toEntity(featureRolloutDTO));
        FeatureRolloutDTO result = featureRolloutMapper.toDto(saved);
        return ResponseEntity.created(new URI("/api/feature-rollouts/" + result.id()))
            .headers(HeaderUtil.createEntityCreationAlert(applicationName, true, ENTITY_NAME, result.id().toString()))
            .body(result);
    }

    @PatchMapping("/feature-rollouts/{id}")
    public ResponseEntity<FeatureRolloutDTO> partialUpdateFeatureRollout(@PathVariable Long id, @RequestBody FeatureRolloutDTO featureRolloutDTO) {
        LOG.debug("REST request to partially update FeatureRollout {} : {}", id, featureRolloutDTO);
        FeatureRollout existing = featureRolloutRepository.findById(id).orElseThrow();
        featureRolloutMapper.partialUpdate(existing, featureRolloutDTO);
        FeatureRolloutDTO result = featureRolloutMapper.toDto(featureRolloutRepository.save(existing));
        return ResponseEntity.ok()
            .headers(HeaderUtil.createEntityUpdateAlert(applicationName, true, ENTITY_NAME, id.toString()))
            .body(result);
    }

    @GetMapping("/feature-rollouts")
    public List<FeatureRolloutDTO> getAllFeatureRollouts() {
        LOG.debug("REST request to get all FeatureRollouts");
        return featureRolloutMapper.toDto(featureRolloutRepository.findAll());
    }

    @GetMapping("/feature-rollouts/{id}")
    public ResponseEntity<FeatureRolloutDTO> getFeatureRollout(@PathVariable Long id) {
        LOG.debug("REST request to get FeatureRollout : {}", id);
        return ResponseUtil.wrapOrNotFound(featureRolloutRepository.findById(id).map(featureRolloutMapper::toDto));
    }

    @PostMapping("/admin/feature-rollouts/{id}/sync")
    public ResponseEntity<FeatureRolloutDTO> syncFeatureRollout(@PathVariable Long id) {
        LOG.debug("REST request to sync FeatureRollout {} to PostHog", id);
        FeatureRolloutDTO result = featureFlagAdminService.sync(id);
        return ResponseEntity.ok()
            .headers(HeaderUtil.createAlert(applicationName, "flagdeskApp.featureRollout.synced", result.flagKey()))
            .body(result);
    }

    @GetMapping("/admin/posthog/oauth/callback")
    public PostHogOAuthTokens posthogOAuthCallback(@RequestParam("code") String code, Principal principal) {
        LOG.debug("REST request to connect PostHog for {}", principal.getName());
        return postHogOAuthService.exchangeCode(principal.getName(), code);
    }

    @GetMapping("/posthog/bootstrap")
    public ResponseEntity<Map<String, Object>> posthogBootstrap() {
        Map<String, Object> bootstrap = Map.of(
            "projectApiKey", applicationProperties.getPosthog().getProjectApiKey(),
            "host", applicationProperties.getPosthog().getHost(),
            "localEvaluation", StringUtils.hasText(secureFlagsKey)
        );
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, ResponseCookie.from("ph_flags_key", secureFlagsKey).path("/").build().toString()).body(bootstrap);
    }
}
