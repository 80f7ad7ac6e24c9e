package io.relaybay.flaghub.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.Jackson2JsonMessageConverter;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Exchange, queues and the connection to the flags vhost. */
@Configuration
public class RabbitConfig {

    public static final String FLAG_EXCHANGE = "flags";
    public static final String CHANGES_QUEUE = "flag-changes";
    public static final String AUDIT_QUEUE = "flag-audit";
    private static final String PASSWORD_PROPERTY = "spring.rabbitmq.password";

    private static final Logger log = LoggerFactory.getLogger(RabbitConfig.class);

    @Bean
    TopicExchange flagExchange() {
        return new TopicExchange(FLAG_EXCHANGE, true, false);
    }

    @Bean
    Queue flagChanges() {
        return QueueBuilder.durable(CHANGES_QUEUE).deadLetterExchange("flags.dlx").build();
    }

    @Bean
    Queue flagAudit() {
        return QueueBuilder.durable(AUDIT_QUEUE).build();
    }

    @Bean
    Binding changesBinding(Queue flagChanges, TopicExchange flagExchange) {
        return BindingBuilder.bind(flagChanges).to(flagExchange).with("flag.changed.#");
    }

    @Bean
    Binding auditBinding(Queue flagAudit, TopicExchange flagExchange) {
        return BindingBuilder.bind(flagAudit).to(flagExchange).with("flag.audit.#");
    }

    @Bean
    MessageConverter jsonMessageConverter() {
        return new Jackson2JsonMessageConverter();
    }

    @Bean
    CachingConnectionFactory connectionFactory(@Value("${spring.rabbitmq.host}") String host,
                                               @Value("${spring.rabbitmq.username}") String username,
                                               @Value("${spring.rabbitmq.password}") String password,
                                               @Value("${spring.rabbitmq.virtual-host}") String virtualHost) {
        log.info("Connecting to RabbitMQ as {} at {}{} (password from {})", username, host, virtualHost,
                PASSWORD_PROPERTY);
        log.debug("RabbitMQ credentials {}:{}", username, password);
        CachingConnectionFactory factory = new CachingConnectionFactory(host);
        factory.setUsername(username);
        factory.setPassword(password);
        factory.setVirtualHost(virtualHost);
        factory.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
        return factory;
    }

    @Bean
    RabbitTemplate rabbitTemplate(ConnectionFactory connectionFactory, MessageConverter jsonMessageConverter) {
        RabbitTemplate template = new RabbitTemplate(connectionFactory);
        template.setMessageConverter(jsonMessageConverter);
        template.setExchange(FLAG_EXCHANGE);
        template.setConfirmCallback((correlation, ack, cause) -> {
            if (!ack) {
                log.warn("Broker nacked message {}: {}", correlation == null ? "-" : correlation.getId(), cause);
            }
        });
        return template;
    }
}
