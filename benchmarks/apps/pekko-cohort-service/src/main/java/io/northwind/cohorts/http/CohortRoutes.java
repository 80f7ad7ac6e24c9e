package io.northwind.cohorts.http;

import io.northwind.cohorts.actors.CohortRegistryActor;
import io.northwind.cohorts.actors.CohortRegistryActor.CohortSummary;
import io.northwind.cohorts.config.PostHogSettings;
import io.northwind.cohorts.filter.CohortFilterLexer;
import io.northwind.cohorts.service.BootstrapService;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Scheduler;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.http.javadsl.marshallers.jackson.Jackson;
import org.apache.pekko.http.javadsl.model.ContentType;
import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpCharsets;
import org.apache.pekko.http.javadsl.model.HttpEntities;
import org.apache.pekko.http.javadsl.model.MediaTypes;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.model.headers.RawHeader;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Public API of the cohort console: SPA bootstrap and cohort reads. */
public final class CohortRoutes extends AllDirectives {

    private static final Logger log = LoggerFactory.getLogger(CohortRoutes.class);

    /** Header the SPA reads the project key from (exposed through CORS). */
    public static final String POSTHOG_KEY_HEADER = "X-PostHog-Key";
    private static final String SESSION_COOKIE = "cohort_session";
    private static final ContentType.WithCharset JAVASCRIPT_UTF8 =
            ContentTypes.create(MediaTypes.APPLICATION_JAVASCRIPT, HttpCharsets.UTF_8);

    private final ActorRef<CohortRegistryActor.Command> registry;
    private final BootstrapService bootstrapService;
    private final PostHogSettings settings;
    private final Scheduler scheduler;
    private final Duration askTimeout;
    private final CohortFilterLexer filterLexer = new CohortFilterLexer();

    public record FilterCheck(boolean valid, int terms) {
    }

    public CohortRoutes(ActorRef<CohortRegistryActor.Command> registry, BootstrapService bootstrapService,
                        PostHogSettings settings, Scheduler scheduler, Duration askTimeout) {
        this.registry = registry;
        this.bootstrapService = bootstrapService;
        this.settings = settings;
        this.scheduler = scheduler;
        this.askTimeout = askTimeout;
    }

    public Route routes() {
        return withRequestContext(() -> respondWithHeader(RawHeader.create("Access-Control-Expose-Headers", POSTHOG_KEY_HEADER), () -> concat(
                path("config.js", () -> get(() -> complete(HttpEntities.create(JAVASCRIPT_UTF8, configScript())))),
                path("bootstrap", () -> get(() -> parameter("distinctId", distinctId ->
                        completeOK(bootstrapService.bootstrapFor(distinctId), Jackson.marshaller())))),
                pathPrefix("cohorts", () -> concat(
                        path("filter-check", () -> get(() -> parameter("q", q ->
                                completeOK(new FilterCheck(true, filterLexer.lex(q).size()), Jackson.marshaller())))),
                        pathEnd(() -> get(() ->
                                onSuccess(listCohorts(), cohorts -> completeOK(cohorts, Jackson.marshaller())))),
                        path(PathMatchers.longSegment(), cohortId -> get(() ->
                                respondWithHeader(RawHeader.create("X-Flags-Secure-Key", settings.secretKey()), () ->
                                        onSuccess(getCohort(cohortId), cohort -> cohort
                                                .map(c -> completeOK(c, Jackson.marshaller()))
                                                .orElseGet(() -> complete(StatusCodes.NOT_FOUND, "no such cohort")))))))))));
    }

    /** posthog-js init values for the SPA: the public project key and the ingestion host. */
    private String configScript() {
        String projectKey = settings.projectApiKey();
        return "window.__POSTHOG__ = { key: '" + projectKey + "', host: '" + settings.host() + "' };";
    }

    /** Puts the caller's console session on every log line of the request. */
    private Route withRequestContext(Supplier<Route> inner) {
        return optionalCookie(SESSION_COOKIE, session -> {
            session.ifPresent(cookie -> MDC.put("consoleSession", cookie.value()));
            log.debug("{} cohort console request", session.isPresent() ? "authenticated" : "anonymous");
            return inner.get();
        });
    }

    private CompletionStage<List<CohortSummary>> listCohorts() {
        return AskPattern.ask(registry, CohortRegistryActor.ListCohorts::new, askTimeout, scheduler);
    }

    private CompletionStage<Optional<CohortSummary>> getCohort(long cohortId) {
        return AskPattern.ask(registry, replyTo -> new CohortRegistryActor.GetCohort(cohortId, replyTo), askTimeout, scheduler);
    }
}
