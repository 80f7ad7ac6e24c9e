package io.flagdeck.saas.tenant;

import io.flagdeck.saas.events.TenantEvents;
import io.flagdeck.saas.util.KeyMasker;
import io.flagdeck.saas.web.dto.OnboardTenantRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.NoSuchElementException;

@Service
public class TenantService {

    private static final Logger log = LoggerFactory.getLogger(TenantService.class);

    private final TenantRepository tenants;
    private final ApplicationEventPublisher events;

    public TenantService(TenantRepository tenants, ApplicationEventPublisher events) {
        this.tenants = tenants;
        this.events = events;
    }

    @Transactional
    public Tenant onboard(OnboardTenantRequest request) {
        if (tenants.existsBySlug(request.slug())) {
            throw new IllegalArgumentException("Tenant slug already taken: " + request.slug());
        }
        Tenant tenant = tenants.save(new Tenant(
                request.slug(),
                request.displayName(),
                request.projectApiKey(),
                request.personalApiKey(),
                request.posthogProjectId(),
                request.ingestHost(),
                request.apiHost()));
        log.info("Onboarded tenant {}", tenant);
        log.info("Tenant {} registered personal key {}", tenant.getSlug(), KeyMasker.mask(tenant.getPersonalApiKey()));
        events.publishEvent(new TenantEvents.Onboarded(tenant.getId(), tenant.getSlug()));
        return tenant;
    }

    @Transactional
    public Tenant rotatePersonalKey(Long tenantId, String newPersonalKey) {
        Tenant tenant = require(tenantId);
        tenant.setPersonalApiKey(newPersonalKey);
        log.info("Rotated personal key for tenant {} (fingerprint {})", tenant.getSlug(), KeyMasker.sha256Hex(newPersonalKey));
        events.publishEvent(new TenantEvents.PersonalKeyRotated(tenant.getId(), tenant.getSlug(), newPersonalKey.length()));
        return tenant;
    }

    @Transactional(readOnly = true)
    public Tenant require(Long tenantId) {
        return tenants.findById(tenantId)
                .orElseThrow(() -> new NoSuchElementException("No tenant with id " + tenantId));
    }

    @Transactional(readOnly = true)
    public Tenant requireBySlug(String slug) {
        return tenants.findBySlug(slug)
                .orElseThrow(() -> new NoSuchElementException("No tenant " + slug));
    }

    @Transactional(readOnly = true)
    public List<Tenant> findAll() {
        return tenants.findAll();
    }
}
