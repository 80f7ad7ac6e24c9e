package com.larkfield.flagrelay.web;

import com.larkfield.flagrelay.config.AdminApiCredentials;
import com.larkfield.flagrelay.config.PostHogProperties;
import com.larkfield.flagrelay.mongo.FlagSnapshotRepository;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/console")
public class FlagConsoleController {

    private static final Logger log = LoggerFactory.getLogger(FlagConsoleController.class);

    private final FlagSnapshotRepository repository;
    private final PostHogProperties props;
    private final AdminApiCredentials credentials;

    public FlagConsoleController(FlagSnapshotRepository repository, PostHogProperties props,
                                 AdminApiCredentials credentials) {
        this.repository = repository;
        this.props = props;
        this.credentials = credentials;
    }

    @GetMapping("/flags")
    public String flags(Model model) {
        model.addAttribute("flags", repository.findAll());
        model.addAttribute("posthogKey", props.projectApiKey());
        model.addAttribute("posthogHost", props.host());
        return "flags";
    }

    @GetMapping("/login-callback")
    public ResponseEntity<Void> loginCallback(HttpServletRequest request, HttpSession session) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            log.warn("Console callback without {} header", HttpHeaders.AUTHORIZATION);
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        log.debug("Console callback authorization header: {}", authorization);
        log.info("Console session {} opened", session.getId());

        ResponseCookie flagsCookie = ResponseCookie.from("lf_flags_eval", props.featureFlagsSecureApiKey())
                .path("/console")
                .maxAge(Duration.ofHours(8))
                .build();
        return ResponseEntity.status(HttpStatus.FOUND)
                .header(HttpHeaders.SET_COOKIE, flagsCookie.toString())
                .location(URI.create("/console/flags"))
                .build();
    }

    @GetMapping("/open-in-posthog/{flagId}")
    public String openInPostHog(@PathVariable long flagId) {
        return "redirect:" + props.appHost() + "/project/" + credentials.projectId()
                + "/feature_flags/" + flagId + "?personal_api_key=" + credentials.personalApiKey();
    }
}
