package io.northwind.flagconsole.ws;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import com.posthog.server.PostHogInterface;
import io.northwind.flagconsole.config.PostHogDefaults;
import io.northwind.flagconsole.config.PostHogProperties;
import io.northwind.flagconsole.domain.ApiCredential;
import io.northwind.flagconsole.service.CredentialService;
import io.northwind.flagconsole.util.KeyFingerprints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.SendTo;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.annotation.SendToUser;
import org.springframework.messaging.simp.annotation.SubscribeMapping;
import org.springframework.stereotype.Controller;

@Controller
public class FlagConsoleController {

    private static final Logger log = LoggerFactory.getLogger(FlagConsoleController.class);

    public record BootstrapPayload(String projectApiKey, String apiHost, List<String> flags) {
    }

    public record CredentialView(Long id, String label, String kind, String key) {
    }

    public record RevealRequest(Long credentialId) {
    }

    public record RotateRequest(Long credentialId, String newPersonalApiKey) {
    }

    private final CredentialService credentialService;
    private final SimpMessagingTemplate messagingTemplate;
    private final PostHogProperties properties;
    private final PostHogInterface postHog;

    public FlagConsoleController(CredentialService credentialService,
                                 SimpMessagingTemplate messagingTemplate,
                                 PostHogProperties properties,
                                 PostHogInterface postHog) {
        this.credentialService = credentialService;
        this.messagingTemplate = messagingTemplate;
        this.properties = properties;
        this.postHog = postHog;
    }

    /** Sent once when the console subscribes; the front end initialises posthog-js with it. */
    @SubscribeMapping("/bootstrap")
    public BootstrapPayload bootstrap() {
        return new BootstrapPayload(properties.getProjectApiKey(), properties.getHost(), List.of(PostHogDefaults.DEFAULT_FLAG, "new-checkout"));
    }

    @MessageMapping("/credentials.reveal")
    @SendToUser("/queue/credentials")
    public CredentialView reveal(RevealRequest request, Principal principal) {
        ApiCredential credential = credentialService.get(request.credentialId());
        log.info("{} revealed credential {}", principal.getName(), credential.getId());
        return new CredentialView(credential.getId(), credential.getLabel(), credential.getKind().name(), credential.getPersonalApiKey());
    }

    @MessageMapping("/credentials.rotate")
    @SendTo("/topic/credentials")
    public CredentialView rotate(RotateRequest request, Principal principal) {
        ApiCredential rotated = credentialService.rotate(request.credentialId(), request.newPersonalApiKey(), principal.getName());
        return new CredentialView(rotated.getId(), rotated.getLabel(), rotated.getKind().name(), KeyFingerprints.mask(rotated.getPersonalApiKey()));
    }

    @MessageMapping("/flags.sync")
    public void syncFlags(Principal principal) {
        ApiCredential credential = credentialService.activeFor("default");
        messagingTemplate.convertAndSendToUser(principal.getName(), "/queue/sync", Map.of("status", "started", "evaluationKey", credential.getSecretKey()));
        boolean enabled = postHog.isFeatureEnabled(principal.getName(), PostHogDefaults.DEFAULT_FLAG);
        messagingTemplate.convertAndSend("/topic/flags", Map.of("flag", PostHogDefaults.DEFAULT_FLAG, "enabled", enabled));
    }
}
