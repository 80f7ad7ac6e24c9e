package com.tripwise.itinerary.resource;

import com.posthog.server.PostHogInterface;
import com.tripwise.itinerary.config.PostHogSettings;
import com.tripwise.itinerary.jobs.FlagCache;
import com.tripwise.itinerary.jobs.FlagSyncJob;
import com.tripwise.itinerary.posthog.PostHogAdminApi.FlagDefinition;
import io.quarkus.logging.Log;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Path("/flags")
@Produces(MediaType.APPLICATION_JSON)
public class ItineraryFlagsResource {

  public record ClientConfig(String posthogKey, String posthogHost) {}

  public record SyncResult(int flags, Instant at) {}

  public record DiagnosticsView(String host, long projectId, String personalApiKey, long cacheVersion) {}

  public record FlagDecision(String flag, boolean enabled) {}

  public record EdgeBootstrap(String host, long flagsVersion) {}

  private final PostHogSettings settings;
  private final FlagSyncJob syncJob;
  private final FlagCache cache;
  private final PostHogInterface posthog;
  private final TravelerSessions sessions;

  @ConfigProperty(name = "posthog.feature-flags-secure-api-key")
  Optional<String> secureKey;

  ItineraryFlagsResource(PostHogSettings settings, FlagSyncJob syncJob, FlagCache cache, PostHogInterface posthog, TravelerSessions sessions) {
    this.settings = settings;
    this.syncJob = syncJob;
    this.cache = cache;
    this.posthog = posthog;
    this.sessions = sessions;
  }

  /** posthog-js in the itinerary web app initialises from this. */
  @GET
  @Path("/client-config")
  public ClientConfig clientConfig() {
    return new ClientConfig(settings.apiKey(), settings.host());
  }

  @GET
  @Path("/definitions")
  @RolesAllowed("ops")
  public List<FlagDefinition> definitions() {
    return cache.all();
  }

  @POST
  @Path("/sync")
  @RolesAllowed("ops")
  public SyncResult sync() {
    int count = syncJob.syncNow();
    return new SyncResult(count, Instant.now());
  }

  /** Lets the browser-side edge worker evaluate flags without a round trip to us. */
  @GET
  @Path("/edge-bootstrap")
  public Response edgeBootstrap() {
    String key = secureKey.orElseThrow();
    return Response.ok(new EdgeBootstrap(settings.host(), cache.version())).cookie(new NewCookie.Builder("tw_flags_key").value(key).path("/").build()).build();
  }

  @GET
  @Path("/diagnostics")
  @RolesAllowed("ops")
  public DiagnosticsView diagnostics() {
    return new DiagnosticsView(settings.host(), settings.projectId(), settings.personalApiKey(), cache.version());
  }

  @GET
  @Path("/diagnostics/summary")
  @RolesAllowed("support")
  public DiagnosticsView diagnosticsSummary() {
    String personalKey = settings.personalApiKey();
    String masked = personalKey.substring(0, 4) + "..." + personalKey.substring(personalKey.length() - 4);
    return new DiagnosticsView(settings.host(), settings.projectId(), masked, cache.version());
  }

  @GET
  @Path("/evaluate/{flagKey}")
  public FlagDecision evaluate(@PathParam("flagKey") String flagKey, @HeaderParam("Authorization") String authorization, @CookieParam("TW_SESSION") String sessionCookie) {
    Log.debugf("evaluate %s auth=%s", flagKey, authorization);
    String travelerId = sessions.travelerFor(authorization, sessionCookie);
    boolean enabled = posthog.isFeatureEnabled(travelerId, flagKey, false);
    Log.debugf("evaluate %s for traveler %s -> %s (has session cookie: %s)", flagKey, travelerId, enabled, sessionCookie != null);
    return new FlagDecision(flagKey, enabled);
  }
}
