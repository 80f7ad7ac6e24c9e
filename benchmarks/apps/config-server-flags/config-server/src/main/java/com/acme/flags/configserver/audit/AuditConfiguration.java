package com.acme.flags.configserver.audit;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.cloud.config.server.environment.EnvironmentRepository;
import org.springframework.cloud.config.server.environment.SearchPathCompositeEnvironmentRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    static BeanPostProcessor environmentRepositoryAuditor(
            @Value("${audit.config.verbose:false}") boolean verbose) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
                if (bean instanceof SearchPathCompositeEnvironmentRepository composite) {
                    EnvironmentRepository audited = new AuditingEnvironmentRepository(composite, verbose);
                    return audited;
                }
                return bean;
            }
        };
    }
}
