package com.northwind.flagdesk;

import io.micronaut.runtime.Micronaut;

public class FlagDeskApplication {

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(FlagDeskApplication.class)
                .defaultEnvironments("dev")
                .start();
    }
}
