package org.lscp.workspace.domain.frontdoor.model;

public enum Channel {
    PHONE("Phone"), EMAIL("Email"), ONLINE_FORM("Online form"), IN_PERSON("In person"), LETTER("Letter"),
    POLICE_NOTIFICATION("Police notification"), IMPORTED("Imported (Annex A)");

    private final String label;

    Channel(String label) { this.label = label; }

    public String label() { return label; }
}
