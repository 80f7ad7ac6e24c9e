package com.acme.exporter.batch;

import com.acme.exporter.config.PostHogProperties;
import com.acme.exporter.model.EventRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.annotation.BeforeStep;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.item.ItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Pages through the PostHog events API. The "next" URL is kept in the step
 * execution context so a restarted job continues where it stopped.
 */
@Component
@StepScope
public class PostHogEventReader implements ItemReader<EventRecord> {

    private static final Logger log = LoggerFactory.getLogger(PostHogEventReader.class);
    static final String NEXT_KEY = "posthog.next";

    private final RestTemplate posthogRestTemplate;
    private final PostHogProperties props;
    private final String after;
    private final String jobToken;
    private final Deque<EventRecord> buffer = new ArrayDeque<>();

    private StepExecution stepExecution;
    private String nextPageToken;
    private boolean exhausted;

    public PostHogEventReader(RestTemplate posthogRestTemplate,
                              PostHogProperties props,
                              @Value("#{jobParameters['after']}") String after,
                              @Value("#{jobParameters['posthogToken']}") String jobToken) {
        this.posthogRestTemplate = posthogRestTemplate;
        this.props = props;
        this.after = after;
        this.jobToken = jobToken;
    }

    @BeforeStep
    public void beforeStep(StepExecution stepExecution) {
        this.stepExecution = stepExecution;
        String saved = stepExecution.getExecutionContext().getString(NEXT_KEY, "");
        this.nextPageToken = saved.isEmpty() ? null : saved;
    }

    @Override
    public EventRecord read() {
        if (buffer.isEmpty() && !exhausted) {
            fetchPage();
        }
        return buffer.poll();
    }

    private void fetchPage() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(jobToken != null ? jobToken : props.getPersonalApiKey());
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));

        String url = nextPageToken != null ? nextPageToken : UriComponentsBuilder
                .fromHttpUrl(props.getApiHost())
                .path("/api/projects/{projectId}/events/")
                .queryParam("after", after)
                .queryParam("limit", 500)
                .buildAndExpand(props.getProjectId())
                .toUriString();

        ResponseEntity<EventRecord.Page> response =
                posthogRestTemplate.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), EventRecord.Page.class);
        if (!response.getStatusCode().is2xxSuccessful() || response.getBody() == null) {
            String sent = headers.getFirst(HttpHeaders.AUTHORIZATION);
            throw new IllegalStateException("PostHog events API answered " + response.getStatusCode() + " for " + sent);
        }

        EventRecord.Page page = response.getBody();
        buffer.addAll(page.results());
        nextPageToken = page.next();
        exhausted = nextPageToken == null;
        stepExecution.getExecutionContext().putString(NEXT_KEY, exhausted ? "" : nextPageToken);
        log.debug("Fetched {} events, nextPageToken={}", page.results().size(), nextPageToken);
    }
}
