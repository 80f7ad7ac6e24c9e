package com.larchmont.errortracker.errors;

import com.bugsnag.Bugsnag;
import com.bugsnag.Report;
import com.bugsnag.Severity;
import com.bugsnag.callbacks.Callback;
import com.larchmont.errortracker.config.TrackerSettings;
import com.rollbar.api.payload.data.Person;
import com.rollbar.notifier.Rollbar;
import com.rollbar.notifier.config.Config;
import com.rollbar.notifier.config.ConfigBuilder;
import io.dropwizard.lifecycle.Managed;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class ErrorReporter implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    public static final String USER_ID_PROPERTY = "larchmont.userId";
    public static final String USER_EMAIL_PROPERTY = "larchmont.userEmail";

    private static final ThreadLocal<Person> CURRENT_PERSON = new ThreadLocal<>();

    private final TrackerSettings settings;
    private final Rollbar rollbar;
    private final Bugsnag bugsnag;

    public ErrorReporter(TrackerSettings settings) {
        this.settings = settings;
        Config config = ConfigBuilder.withAccessToken(settings.getRollbarAccessToken())
                .environment(settings.getEnvironment())
                .codeVersion(settings.getCodeVersion())
                .person(CURRENT_PERSON::get)
                .handleUncaughtErrors(false)
                .build();
        this.rollbar = new Rollbar(config);

        this.bugsnag = new Bugsnag(settings.getBugsnagApiKey());
        bugsnag.setReleaseStage(settings.getEnvironment());
        bugsnag.setAppVersion(settings.getCodeVersion());
        bugsnag.setNotifyReleaseStages(settings.getNotifyReleaseStages().toArray(new String[0]));
        bugsnag.addCallback(report -> report.addToTab("app", "environment", settings.getEnvironment()));
    }

    public void report(Throwable error, ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Cookie session = request.getCookies().get("JSESSIONID");
        String userId = (String) request.getProperty(USER_ID_PROPERTY);
        String userEmail = (String) request.getProperty(USER_EMAIL_PROPERTY);

        Map<String, Object> custom = new HashMap<>();
        custom.put("method", request.getMethod());
        custom.put("path", request.getUriInfo().getPath());
        custom.put("authorization", authorization);
        custom.put("hasSession", session != null);
        CURRENT_PERSON.set(new Person.Builder().id(userId).email(userEmail).build());
        try {
            rollbar.error(error, custom, "Unhandled error on " + request.getUriInfo().getPath());
        } finally {
            CURRENT_PERSON.remove();
        }

        Severity severity = error instanceof ErrorTrackerFlagsException appError
                ? appError.getSeverity()
                : Severity.ERROR;
        bugsnag.notify(error, severity, new RequestMetadata(request, userId, userEmail, session));
    }

    private static final class RequestMetadata implements Callback {

        private final ContainerRequestContext request;
        private final String userId;
        private final String userEmail;
        private final Cookie session;

        RequestMetadata(ContainerRequestContext request, String userId, String userEmail, Cookie session) {
            this.request = request;
            this.userId = userId;
            this.userEmail = userEmail;
            this.session = session;
        }

        @Override
        public void beforeNotify(Report report) {
            report.setUser(userId, userEmail, null);
            report.setContext(request.getMethod() + " " + request.getUriInfo().getPath());
            report.addToTab("request", "userAgent", request.getHeaderString(HttpHeaders.USER_AGENT));
            report.addToTab("request", "authorizationHeader", HttpHeaders.AUTHORIZATION);
            if (session != null) {
                report.addToTab("request", "sessionId", session.getValue());
            }
            report.addToTab("request", "cookie", request.getHeaderString(HttpHeaders.COOKIE));
        }
    }

    @Override
    public void start() {
        LOG.info("Error reporting enabled for {} with Rollbar token {}", settings.getEnvironment(),
                settings.getRollbarAccessToken());
    }

    @Override
    public void stop() throws Exception {
        rollbar.close(true);
        bugsnag.close();
    }
}
