package app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;

/** Job parameters show every value they were given when logged. */
public class BatchLaunch {
  private static final Logger log = LoggerFactory.getLogger(BatchLaunch.class);

  void launch(String after) {
    String accessToken = System.getenv("POSTHOG_PERSONAL_API_KEY");
    JobParameters params =
        new JobParametersBuilder()
            .addString("after", after)
            .addString("posthogToken", accessToken, false)
            .addLong("run.ts", System.currentTimeMillis())
            .toJobParameters();
    log.info("Launching with {}", params); // Noncompliant
    JobParameters plain = new JobParametersBuilder().addString("after", after).toJobParameters();
    log.info("Launching with {}", plain);
  }
}
