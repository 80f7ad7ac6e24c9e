package com.northwind.onboarding.worker;

import com.northwind.onboarding.domain.PartnerCredential;
import com.northwind.onboarding.flags.PostHogHttpClient;
import com.northwind.onboarding.partner.PartnerApiClient;
import com.northwind.onboarding.partner.PartnerApiClient.PartnerApiException;
import com.northwind.onboarding.repository.PartnerCredentialRepository;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.worker.JobClient;
import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.Variable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Map;

@Component
public class ProvisionAccountWorker {

    private static final Logger log = LoggerFactory.getLogger(ProvisionAccountWorker.class);

    private final PartnerCredentialRepository credentials;
    private final PartnerApiClient partnerApiClient;
    private final PostHogHttpClient postHogHttpClient;

    public ProvisionAccountWorker(PartnerCredentialRepository credentials,
                                  PartnerApiClient partnerApiClient,
                                  PostHogHttpClient postHogHttpClient) {
        this.credentials = credentials;
        this.partnerApiClient = partnerApiClient;
        this.postHogHttpClient = postHogHttpClient;
    }

    @JobWorker(type = "provision-partner-account", autoComplete = false)
    public void provision(final JobClient client, final ActivatedJob job,
                          @Variable String partnerId,
                          @Variable String email,
                          @Variable String temporaryPassword) {
        PartnerCredential credential = credentials.findByPartnerId(partnerId)
                .orElseThrow(() -> new IllegalStateException("No credentials stored for partner " + partnerId));
        log.info("Provisioning {} on partner platform using {}", email, credential);

        try {
            String accountId = partnerApiClient.createAccount(credential, email, temporaryPassword);
            postHogHttpClient.captureAuditEvent(email, "partner_account_provisioned",
                    Map.of("partnerId", partnerId, "partnerAccountId", accountId));
            client.newCompleteCommand(job)
                    .variables(Map.of("partnerAccountId", accountId))
                    .send()
                    .join();
        } catch (PartnerApiException e) {
            log.error("Provisioning failed for job {}: {}", job.getKey(), e.getMessage());
            client.newThrowErrorCommand(job)
                    .errorCode("PARTNER_REJECTED")
                    .errorMessage("Partner " + partnerId + " rejected account creation (HTTP " + e.getStatus() + ")")
                    .send()
                    .join();
        }
    }
}
