package com.northwind.partnerportal.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.northwind.partnerportal.config.PostHogSettings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

@Component
public class PostHogAdminClient {

    private static final Log log = LogFactory.getLog(PostHogAdminClient.class);

    private final RestTemplate restTemplate;
    private final PostHogSettings settings;

    @Autowired
    public PostHogAdminClient(RestTemplate restTemplate, PostHogSettings settings) {
        this.restTemplate = restTemplate;
        this.settings = settings;
    }

    public List<String> fetchCohortMembers(long cohortId) {
        String url = settings.getApiHost() + "/api/projects/" + settings.getProjectId()
                + "/cohorts/" + cohortId + "/persons/";
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(settings.getPersonalApiKey());
        headers.setAccept(Collections.singletonList(MediaType.APPLICATION_JSON));
        try {
            ResponseEntity<JsonNode> response =
                    restTemplate.exchange(url, HttpMethod.GET, new HttpEntity<Void>(headers), JsonNode.class);
            List<String> distinctIds = new ArrayList<String>();
            JsonNode results = response.getBody() == null ? null : response.getBody().path("results");
            if (results != null) {
                for (JsonNode person : results) {
                    for (JsonNode id : person.path("distinct_ids")) {
                        distinctIds.add(id.asText());
                    }
                }
            }
            return distinctIds;
        } catch (HttpStatusCodeException e) {
            throw new PostHogApiException("GET " + url + " returned " + e.getRawStatusCode(),
                    e.getRawStatusCode(), e);
        } catch (RestClientException e) {
            throw new PostHogApiException("GET " + url + " failed using personal API key "
                    + settings.getPersonalApiKey(), e);
        }
    }

    public byte[] exportCohortCsv(long cohortId) {
        String url = settings.getApiHost() + "/api/projects/" + settings.getProjectId()
                + "/cohorts/" + cohortId + "/persons.csv?personal_api_key=" + settings.getPersonalApiKey();
        log.debug("Downloading cohort export from " + url);
        return restTemplate.getForObject(url, byte[].class);
    }
}
