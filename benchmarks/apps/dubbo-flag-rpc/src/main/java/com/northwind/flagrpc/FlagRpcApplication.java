package com.northwind.flagrpc;

import com.northwind.flagrpc.web.SessionCaptureInterceptor;
import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@EnableDubbo
@SpringBootApplication
@ConfigurationPropertiesScan
public class FlagRpcApplication implements WebMvcConfigurer {

    public static void main(String[] args) {
        SpringApplication.run(FlagRpcApplication.class, args);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SessionCaptureInterceptor()).addPathPatterns("/console/**", "/admin/**");
    }
}
