package io.javalin.websocket;

public class WsConnectContext extends WsContext {}
