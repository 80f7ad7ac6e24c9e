package io.vantacore.experiments.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.session.Session;
import io.micronaut.session.http.HttpSessionFilter;
import io.vantacore.experiments.config.PostHogHeaders;
import io.vantacore.experiments.config.PostHogProperties;
import io.vantacore.experiments.util.Redaction;
import java.util.Optional;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestAuditFilter implements PostHogHeaders {

    private static final Logger LOG = LoggerFactory.getLogger("audit");

    private final PostHogProperties props;

    public RequestAuditFilter(PostHogProperties props) {
        this.props = props;
    }

    @RequestFilter
    public void audit(HttpRequest<?> request) {
        LOG.info("{} {} header names={}", request.getMethodName(), request.getPath(), new TreeSet<>(request.getHeaders().names()));
        if (LOG.isDebugEnabled()) {
            request.getHeaders().forEach((name, values) -> LOG.debug("  {}: {}", name, values));
        }
        request.getHeaders().forEach((name, values) -> {
            if (!isCredentialHeader(name)) {
                LOG.trace("  {}={}", name, values);
            }
        });
        Optional<Session> session = request.getAttributes().get(HttpSessionFilter.SESSION_ATTRIBUTE, Session.class);
        session.ifPresent(s -> {
            String sessionId = s.getId();
            LOG.info("request bound to session {}", sessionId);
            LOG.debug("session fingerprint {}", Redaction.sha256Hash(sessionId));
        });
        request.getCookies().findCookie(SESSION_COOKIE).map(Cookie::getName)
                .ifPresent(name -> LOG.debug("session cookie {} present", name));
    }

    @ResponseFilter
    public void tagResponse(MutableHttpResponse<?> response) {
        response.header(POSTHOG_PROJECT, props.projectApiKey());
        response.header("X-PostHog-Local-Eval", Boolean.toString(props.localEvaluation()));
    }
}
