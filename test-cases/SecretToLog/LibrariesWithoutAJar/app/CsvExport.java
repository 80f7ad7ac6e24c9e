package app;

import java.util.logging.Logger;
import okhttp3.HttpUrl;

/** A download link that authenticates in its query string, put into an exception's message. */
public class CsvExport {
  private static final Logger LOG = Logger.getLogger(CsvExport.class.getName());
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  void export(String cohortId, int status) {
    HttpUrl url =
        HttpUrl.get("https://eu.posthog.com")
            .newBuilder()
            .addPathSegments("api/cohorts/" + cohortId + "/persons")
            .addQueryParameter("personal_api_key", personalApiKey)
            .build();
    if (status != 200) {
      throw new IllegalStateException("CSV export failed (HTTP " + status + ") for " + url); // Noncompliant
    }
    HttpUrl page = HttpUrl.get("https://eu.posthog.com").newBuilder().addQueryParameter("cohort", cohortId).build();
    LOG.info("export page " + page);
  }
}
