package com.northwind.rollout.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.annotation.EnableRabbit;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.Jackson2JsonMessageConverter;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableRabbit
public class AmqpConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AmqpConfiguration.class);

    static final String DEAD_LETTER_EXCHANGE = "flags.dlx";

    @Bean
    public ConnectionFactory rabbitConnectionFactory(BrokerProperties broker) {
        log.info("Configuring RabbitMQ connection factory from {}", broker);
        CachingConnectionFactory factory = new CachingConnectionFactory(broker.host(), broker.port());
        factory.setUsername(broker.username());
        factory.setPassword(broker.password());
        factory.setVirtualHost(broker.virtualHost());
        factory.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
        factory.setPublisherReturns(true);
        return factory;
    }

    @Bean
    public Queue rolloutCommandQueue(BrokerProperties broker) {
        return QueueBuilder.durable(broker.commandQueue())
                .deadLetterExchange(DEAD_LETTER_EXCHANGE)
                .deadLetterRoutingKey(broker.commandQueue() + ".dlq")
                .build();
    }

    @Bean
    public Queue keyRotationQueue(BrokerProperties broker) {
        return QueueBuilder.durable(broker.rotationQueue())
                .deadLetterExchange(DEAD_LETTER_EXCHANGE)
                .build();
    }

    @Bean
    public TopicExchange rolloutEventsExchange(BrokerProperties broker) {
        return new TopicExchange(broker.eventsExchange(), true, false);
    }

    @Bean
    public Binding rotationBinding(Queue keyRotationQueue, TopicExchange rolloutEventsExchange) {
        return BindingBuilder.bind(keyRotationQueue).to(rolloutEventsExchange).with("posthog.key.rotated");
    }

    @Bean
    public MessageConverter jsonMessageConverter() {
        return new Jackson2JsonMessageConverter();
    }

    @Bean
    public RabbitTemplate rabbitTemplate(ConnectionFactory rabbitConnectionFactory, MessageConverter jsonMessageConverter) {
        RabbitTemplate template = new RabbitTemplate(rabbitConnectionFactory);
        template.setMessageConverter(jsonMessageConverter);
        template.setMandatory(true);
        return template;
    }
}
