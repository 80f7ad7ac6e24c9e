package com.northwind.portal.service;

import com.northwind.portal.config.PartnerApiProperties;
import com.northwind.portal.search.PartnerQueryLexer;
import com.northwind.portal.search.PartnerQueryLexer.Token;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Collections;
import java.util.List;
import java.util.Map;

@Service
public class PartnerApiClient {

    private static final Logger log = LogManager.getLogger(PartnerApiClient.class);

    private final RestTemplate partnerRestTemplate;
    private final PartnerApiProperties partner;

    public PartnerApiClient(@Qualifier("partnerRestTemplate") RestTemplate partnerRestTemplate,
                            PartnerApiProperties partner) {
        this.partnerRestTemplate = partnerRestTemplate;
        this.partner = partner;
    }

    public List<Map<String, Object>> search(String user, String query) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/partners").queryParam("owner", user);
        String field = null;
        for (Token token : new PartnerQueryLexer(query).tokenize()) {
            log.trace("search token {} at {}", token, token.getPosition());
            switch (token.getType()) {
                case FIELD:
                    field = token.getText();
                    break;
                case WORD:
                case QUOTED:
                    uri.queryParam(field == null ? "q" : field, token.getText());
                    field = null;
                    break;
                default:
                    break;
            }
        }

        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(Collections.singletonList(MediaType.APPLICATION_JSON));
        headers.set(PartnerApiProperties.TOKEN_HEADER, partner.getApiToken());
        log.debug("Calling partner API for {} (auth header {})", user, PartnerApiProperties.TOKEN_HEADER);
        try {
            return partnerRestTemplate.exchange(uri.toUriString(), HttpMethod.GET, new HttpEntity<>(headers),
                    new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
        } catch (HttpClientErrorException.Unauthorized | HttpClientErrorException.Forbidden e) {
            log.warn("Partner API rejected token {} for user {}: {}", partner.getApiToken(), user,
                    e.getStatusCode());
            return Collections.emptyList();
        }
    }
}
