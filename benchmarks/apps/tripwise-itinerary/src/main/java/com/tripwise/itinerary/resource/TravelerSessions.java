package com.tripwise.itinerary.resource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Maps traveler sessions (issued by tripwise-auth) to traveler ids. */
@ApplicationScoped
public class TravelerSessions {

  private final Map<String, String> travelerBySession = new ConcurrentHashMap<>();

  public String travelerFor(String authorization, String sessionCookie) {
    String session = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : sessionCookie;
    if (session == null) {
      throw new NotAuthorizedException("Bearer realm=\"tripwise\"");
    }
    String traveler = travelerBySession.get(session);
    if (traveler == null) {
      throw new NotAuthorizedException("Bearer realm=\"tripwise\", error=\"invalid_token\"");
    }
    return traveler;
  }

  public void register(String session, String travelerId) {
    travelerBySession.put(session, travelerId);
  }
}
