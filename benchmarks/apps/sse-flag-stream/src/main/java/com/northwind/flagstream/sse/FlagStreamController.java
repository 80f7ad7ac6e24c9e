package com.northwind.flagstream.sse;

import com.northwind.flagstream.config.FlagStreamDefaults;
import com.northwind.flagstream.config.PostHogProperties;
import com.northwind.flagstream.dto.ClientSettings;
import com.northwind.flagstream.dto.StreamBootstrap;
import com.northwind.flagstream.service.FlagSyncService;
import com.northwind.flagstream.stream.StreamHub;
import com.northwind.flagstream.support.KeyMasker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;

@RestController
@RequestMapping("/flags")
public class FlagStreamController {

    private static final Logger log = LoggerFactory.getLogger(FlagStreamController.class);

    private final StreamHub hub;
    private final PostHogProperties posthog;
    private final FlagSyncService flagSync;

    public FlagStreamController(StreamHub hub, PostHogProperties posthog, FlagSyncService flagSync) {
        this.hub = hub;
        this.posthog = posthog;
        this.flagSync = flagSync;
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter stream(@RequestParam String clientId,
                             @CookieValue(name = "JSESSIONID", required = false) String sessionId) throws IOException {
        log.info("SSE subscribe client={} session={}", clientId, sessionId);
        SseEmitter emitter = new SseEmitter(FlagStreamDefaults.SSE_TIMEOUT_MILLIS);
        hub.register(clientId, emitter);

        StreamBootstrap bootstrap = new StreamBootstrap(clientId, posthog.projectApiKey(),
                posthog.featureFlagsSecureApiKey(), posthog.host(), flagSync.activeFlagKeys());
        log.debug("Sending bootstrap {}", bootstrap);
        emitter.send(SseEmitter.event().name("bootstrap").data(bootstrap, MediaType.APPLICATION_JSON));
        return emitter;
    }

    @GetMapping("/client-config")
    public ClientSettings clientConfig() {
        return new ClientSettings(posthog.projectApiKey(), posthog.host(), KeyMasker.mask(posthog.personalApiKey()), true);
    }
}
