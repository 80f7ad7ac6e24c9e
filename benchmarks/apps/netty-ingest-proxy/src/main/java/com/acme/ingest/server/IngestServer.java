package com.acme.ingest.server;

import com.acme.ingest.config.ProxyConfig;
import com.acme.ingest.handler.AdminHandler;
import com.acme.ingest.handler.IngestHandler;
import com.acme.ingest.upstream.FlagPoller;
import com.acme.ingest.upstream.PostHogForwarder;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.ReadTimeoutHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

public final class IngestServer {

    private static final Logger log = LoggerFactory.getLogger(IngestServer.class);
    private static final int MAX_BODY = 20 * 1024 * 1024;

    private final ProxyConfig config;

    public IngestServer(ProxyConfig config) {
        this.config = config;
    }

    public void run() throws InterruptedException {
        EventLoopGroup boss = new NioEventLoopGroup(1);
        EventLoopGroup workers = new NioEventLoopGroup();
        PostHogForwarder forwarder = new PostHogForwarder(config);
        FlagPoller flags = new FlagPoller(config);

        // lifecycle events go to the "infrastructure" project owned by the same admin key
        PostHogConfig lifecycleConfig = PostHogConfig.builder(config.personalApiKey())
                .host(config.ingestHost())
                .build();
        PostHogInterface lifecycle = PostHog.with(lifecycleConfig);

        IngestHandler ingest = new IngestHandler(config, forwarder, flags);
        AdminHandler admin = new AdminHandler(config, forwarder);
        try {
            ServerBootstrap bootstrap = new ServerBootstrap()
                    .group(boss, workers)
                    .channel(NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline()
                                    .addLast(new ReadTimeoutHandler(30))
                                    .addLast(new HttpServerCodec())
                                    .addLast(new HttpObjectAggregator(MAX_BODY))
                                    .addLast("admin", admin)
                                    .addLast("ingest", ingest);
                        }
                    });
            Channel channel = bootstrap.bind(config.port()).sync().channel();
            log.info("Ingest proxy listening on :{} for project {}", config.port(), config.projectApiKey());
            lifecycle.capture("ingest-proxy", "proxy_started", Map.of("port", config.port()));
            channel.closeFuture().sync();
        } finally {
            lifecycle.close();
            flags.close();
            workers.shutdownGracefully();
            boss.shutdownGracefully();
        }
    }
}
