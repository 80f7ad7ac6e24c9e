package io.cohortly.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.posthog.server.PostHogInterface;
import com.typesafe.config.Config;
import com.zaxxer.hikari.HikariDataSource;
import io.cohortly.api.cohort.CohortController;
import io.cohortly.api.cohort.CohortRepository;
import io.cohortly.api.cohort.CohortService;
import io.cohortly.api.config.BuildInfo;
import io.cohortly.api.config.PostHogSettings;
import io.cohortly.api.config.SettingsLoader;
import io.cohortly.api.db.DataSourceFactory;
import io.cohortly.api.posthog.FeatureFlagService;
import io.cohortly.api.posthog.PostHogApiException;
import io.cohortly.api.posthog.PostHogClientFactory;
import io.cohortly.api.posthog.PostHogOAuthClient;
import io.cohortly.api.posthog.PostHogRestClient;
import io.cohortly.api.web.AdminController;
import io.cohortly.api.web.AuthFilter;
import io.cohortly.api.web.UiController;
import io.jooby.Jooby;
import io.jooby.StatusCode;
import io.jooby.handlebars.HandlebarsModule;
import io.jooby.jackson.JacksonModule;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Cohort API: mirrors PostHog cohorts and serves them to the dashboard and internal tools. */
public class App extends Jooby {

  private static final Logger log = LoggerFactory.getLogger(App.class);

  {
    Config conf = getConfig();
    PostHogSettings posthog = SettingsLoader.posthog(conf);
    log.debug("posthog settings = {}", posthog);

    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    install(new JacksonModule(mapper));
    install(new HandlebarsModule());

    HikariDataSource dataSource = DataSourceFactory.create(SettingsLoader.db(conf));
    CohortRepository repository = new CohortRepository(dataSource);
    PostHogRestClient posthogApi = new PostHogRestClient(posthog, mapper);
    PostHogOAuthClient warehouseAuth = new PostHogOAuthClient(new OkHttpClient(), mapper);
    FeatureFlagService flags = new FeatureFlagService(posthog);
    PostHogInterface events = PostHogClientFactory.exportClient(posthog);
    CohortService cohorts =
        new CohortService(repository, posthogApi, events, conf.getInt("sync.page-size"));

    use(new AuthFilter(Set.copyOf(conf.getStringList("auth.api-tokens"))));

    get("/health", ctx -> Map.of("status", "up", "version", BuildInfo.VERSION));
    get("/admin/warehouse/auth", ctx -> Map.of("authorised", warehouseAuth.accessToken() != null));

    mvc(new CohortController(cohorts, posthog));
    mvc(new AdminController(posthog, cohorts));
    mvc(new UiController(posthog, flags, repository));

    error(PostHogApiException.class, (ctx, cause, code) -> {
      log.warn("PostHog upstream error {} on {}", ((PostHogApiException) cause).status(), ctx.getRequestPath());
      ctx.setResponseCode(StatusCode.BAD_GATEWAY).render(Map.of("error", "posthog_upstream", "message", cause.getMessage()));
    });
    error(NoSuchElementException.class, (ctx, cause, code) ->
        ctx.setResponseCode(StatusCode.NOT_FOUND).render(Map.of("error", "not_found")));
    error((ctx, cause, code) -> {
      log.error("Unhandled {} on {} {}", code, ctx.getMethod(), ctx.getRequestPath(), cause);
      ctx.setResponseCode(code).render(Map.of("error", code.reason()));
    });

    onStop(flags);
    onStop(posthogApi);
    onStop(events::close);
    onStop(dataSource);
  }

  public static void main(String[] args) {
    runApp(args, App::new);
  }
}
