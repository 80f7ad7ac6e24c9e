package com.northwind.flaggateway.ws;

import com.northwind.flaggateway.config.GatewayConstants;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.ws.config.annotation.EnableWs;
import org.springframework.ws.config.annotation.WsConfigurerAdapter;
import org.springframework.ws.transport.http.MessageDispatcherServlet;
import org.springframework.ws.wsdl.wsdl11.DefaultWsdl11Definition;
import org.springframework.xml.xsd.SimpleXsdSchema;
import org.springframework.xml.xsd.XsdSchema;

@EnableWs
@Configuration
public class WebServiceConfig extends WsConfigurerAdapter {

    @Bean
    public ServletRegistrationBean<MessageDispatcherServlet> messageDispatcherServlet(ApplicationContext context) {
        MessageDispatcherServlet servlet = new MessageDispatcherServlet();
        servlet.setApplicationContext(context);
        servlet.setTransformWsdlLocations(true);
        return new ServletRegistrationBean<>(servlet, "/ws/*");
    }

    @Bean(name = GatewayConstants.WSDL_LOCATION_NAME)
    public DefaultWsdl11Definition flagsWsdl(XsdSchema flagEvaluationSchema) {
        DefaultWsdl11Definition definition = new DefaultWsdl11Definition();
        definition.setPortTypeName("FlagEvaluationPort");
        definition.setLocationUri("/ws");
        definition.setTargetNamespace(GatewayConstants.NAMESPACE_URI);
        definition.setSchema(flagEvaluationSchema);
        return definition;
    }

    @Bean
    public XsdSchema flagEvaluationSchema() {
        return new SimpleXsdSchema(new ClassPathResource("xsd/flag-evaluation.xsd"));
    }
}
