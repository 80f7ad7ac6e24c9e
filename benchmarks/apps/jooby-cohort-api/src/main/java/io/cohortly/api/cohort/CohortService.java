package io.cohortly.api.cohort;

import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogInterface;
import io.cohortly.api.cohort.CohortRepository.Cohort;
import io.cohortly.api.posthog.CohortPage.RemoteCohort;
import io.cohortly.api.posthog.PostHogRestClient;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Mirrors PostHog cohorts into the local database and searches them. */
public final class CohortService {

  private static final Logger log = LoggerFactory.getLogger(CohortService.class);

  private final CohortRepository repository;
  private final PostHogRestClient posthogApi;
  private final PostHogInterface events;
  private final int pageSize;
  private final FilterLexer lexer = new FilterLexer();
  private final AtomicLong syncSessions = new AtomicLong();

  public CohortService(
      CohortRepository repository,
      PostHogRestClient posthogApi,
      PostHogInterface events,
      int pageSize) {
    this.repository = repository;
    this.posthogApi = posthogApi;
    this.events = events;
    this.pageSize = pageSize;
  }

  public int sync() {
    long sessionId = syncSessions.incrementAndGet();
    log.info("Cohort sync session {} started", sessionId);
    List<RemoteCohort> remote = posthogApi.listCohorts(pageSize);
    int written = 0;
    for (RemoteCohort cohort : remote) {
      if (cohort.calculating()) {
        continue;
      }
      int persons = cohort.personCount() == null ? 0 : cohort.personCount();
      written += repository.upsert(cohort.id(), cohort.name(), cohort.description(), persons);
    }
    events.capture(
        "cohortly-sync",
        "cohort_synced",
        PostHogCaptureOptions.builder().property("count", written).build());
    log.info("Cohort sync session {} wrote {} of {} cohorts", sessionId, written, remote.size());
    return written;
  }

  public Cohort find(long id) {
    return repository.findById(id).orElseThrow(() -> new NoSuchElementException("cohort " + id));
  }

  /** Cohorts whose name contains every word or string of the filter. */
  public List<Cohort> search(String filter) {
    List<Cohort> all = repository.findAll();
    if (filter == null || filter.isBlank()) {
      return all;
    }
    List<String> words =
        lexer.tokenize(filter).stream()
            .filter(t -> t.kind() == FilterLexer.Kind.IDENT || t.kind() == FilterLexer.Kind.STRING)
            .map(t -> t.text().toLowerCase(Locale.ROOT))
            .toList();
    return all.stream()
        .filter(c -> words.stream().allMatch(w -> c.name().toLowerCase(Locale.ROOT).contains(w)))
        .toList();
  }
}
