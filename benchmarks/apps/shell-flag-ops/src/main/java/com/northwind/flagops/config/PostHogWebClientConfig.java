package com.northwind.flagops.config;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.transport.ProxyProvider;

@Configuration(proxyBeanMethods = false)
public class PostHogWebClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogWebClientConfig.class);

    @Bean
    WebClient postHogWebClient(WebClient.Builder builder, PostHogProperties props) {
        HttpClient httpClient = HttpClient.create().responseTimeout(Duration.ofSeconds(20));
        PostHogProperties.Proxy proxy = props.proxy();
        if (proxy != null && proxy.enabled()) {
            String proxyUrl = "http://%s:%s@%s:%d".formatted(proxy.username(), proxy.password(), proxy.host(), proxy.port());
            log.info("PostHog API traffic goes through proxy {}", proxyUrl);
            httpClient = httpClient.proxy(spec -> spec.type(ProxyProvider.Proxy.HTTP)
                    .host(proxy.host())
                    .port(proxy.port())
                    .username(proxy.username())
                    .password(user -> proxy.password()));
        }

        WebClient.Builder configured = builder
                .baseUrl(props.host())
                .clientConnector(new ReactorClientHttpConnector(httpClient))
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .defaultHeader(HttpHeaders.USER_AGENT, "flagops-cli/1.4");
        if (props.hasPersonalApiKey()) {
            configured.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + props.personalApiKey());
        }
        return configured.filter(logRequest()).build();
    }

    private static ExchangeFilterFunction logRequest() {
        return ExchangeFilterFunction.ofRequestProcessor(request -> {
            if (log.isDebugEnabled()) {
                log.debug("--> {} {} headers={}", request.method(), request.url(), request.headers());
            }
            return Mono.just(request);
        });
    }
}
