package com.northwind.flagconsole;

import org.apache.wicket.protocol.http.WicketFilter;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class FlagConsoleBoot {

    public static void main(String[] args) {
        SpringApplication.run(FlagConsoleBoot.class, args);
    }

    @Bean
    public FilterRegistrationBean<WicketFilter> wicketFilter(FlagConsoleApplication application) {
        WicketFilter filter = new WicketFilter(application);
        filter.setFilterPath("");
        FilterRegistrationBean<WicketFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/*");
        registration.addInitParameter(WicketFilter.FILTER_MAPPING_PARAM, "/*");
        registration.setName("flag-console");
        return registration;
    }
}
