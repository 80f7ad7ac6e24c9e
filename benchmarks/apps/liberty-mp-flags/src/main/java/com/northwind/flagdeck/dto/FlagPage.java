package com.northwind.flagdeck.dto;

import java.util.List;

public record FlagPage(int count, String next, List<FlagDefinition> results) {
}
