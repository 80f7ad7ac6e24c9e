package com.northwind.flagsync;

import io.micronaut.runtime.Micronaut;

public class FlagSyncApplication {

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(FlagSyncApplication.class)
                .banner(false)
                .start();
    }
}
